/* String: https://tc39.es/ecma262/#sec-string-objects
 * The constructor (String(symbol) included), String exotic objects, fromCharCode,
 * fromCodePoint, and String.prototype's charAt, charCodeAt, codePointAt, concat, indexOf,
 * lastIndexOf, slice, substring, toString and valueOf. Positions are UTF-16 code units. */
#include <math.h>
#include <stdlib.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"
#include "rh_string_exotic.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

/* https://tc39.es/ecma262/#sec-stringcreate
 * The object wraps the flat string and has only "length" of its own: its code units are answered
 * by the String exotic internal methods (rh_string_exotic.h), never copied. */
rh_status builtins_string_object_create(rh_agent *agent, rh_realm *realm, rh_value s, rh_object *proto, rh_object **out)
{
    rh_value roots[3] = {s, value_from_object(proto), RH_UNDEFINED}; /* string, proto, object */
    rh_root_frame frame;
    rh_string *flat;
    rh_object *o;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = str_flatten(agent, value_as_string(s), &flat);
    if (status == RH_OK) {
        roots[0] = value_from_string(flat);
        status = strx_prepare(agent, flat);
    }
    if (status == RH_OK)
        status = obj_new_with_internals(agent, realm, RH_OBJ_PRIMITIVE, proto, RH_OBJECT_INLINE_SLOTS, 1, &o);
    if (status == RH_OK) {
        obj_internals(o)[0] = roots[0];
        roots[2] = value_from_object(o);
        /* 4-8. "length": { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false } */
        status = obj_add_named(agent, o, agent->common.length, value_from_int32((int32_t)flat->length), RH_UNDEFINED, 0);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = o;
    return status;
}

/* https://tc39.es/ecma262/#sec-string-constructor-string-value */
NATIVE(string_constructor)
{
    rh_value roots[2] = {new_target, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *proto, *o;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    /* 1. No value: "". 2.a String(symbol) describes it. 2.b ToString(value). */
    if (argc == 0)
        status = rh_atom_ascii(agent, "", &roots[1]);
    else if (value_is_undefined(new_target) && value_is_symbol(args[0]))
        status = builtins_symbol_descriptive_string(agent, args[0], &roots[1]);
    else
        status = rh_to_string_rjs(agent, args[0], &roots[1]);
    /* 3. Called as a function: the string. */
    if (status == RH_OK && value_is_undefined(new_target)) {
        *result = roots[1];
    } else if (status == RH_OK) {
        /* 4. StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")) */
        status = builtins_prototype_from_constructor(agent, roots[0], RH_INTRINSIC_StringPrototype, &proto);
        if (status == RH_OK)
            status = builtins_string_object_create(agent, agent->current_realm, roots[1], proto, &o);
        if (status == RH_OK)
            *result = value_from_object(o);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* A new string from UTF-16 units in the current realm. */
static rh_status string_from_units(rh_agent *agent, const uint16_t *units, size_t length, rh_value *out)
{
    rh_string *s;
    rh_status status = str_from_utf16(agent, agent->current_realm->index, units, length, &s);
    if (status == RH_OK)
        *out = value_from_string(s);
    return status;
}

/* https://tc39.es/ecma262/#sec-string.fromcharcode: ToUint16(ToNumber(each)) */
NATIVE(string_from_char_code)
{
    uint16_t buffer[64], *units = argc <= 64 ? buffer : malloc(argc * sizeof *units);
    rh_status status = RH_OK;
    if (units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t i = 0; i < argc && status == RH_OK; i++) {
        double d;
        status = rh_to_number_rjs(agent, args[i], &d);
        units[i] = (uint16_t)(uint32_t)rh_double_to_int32(d);
    }
    if (status == RH_OK)
        status = string_from_units(agent, units, argc, result);
    if (units != buffer)
        free(units);
    return status;
}

/* https://tc39.es/ecma262/#sec-string.fromcodepoint: integral numbers in 0..0x10FFFF, each one
 * or two code units (https://tc39.es/ecma262/#sec-utf16encodecodepoint). */
NATIVE(string_from_code_point)
{
    uint16_t buffer[128], *units = argc <= 64 ? buffer : malloc(argc * 2 * sizeof *units);
    size_t length = 0;
    rh_status status = RH_OK;
    if (units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t i = 0; i < argc && status == RH_OK; i++) {
        double cp;
        status = rh_to_number_rjs(agent, args[i], &cp);
        if (status == RH_OK && (!isfinite(cp) || trunc(cp) != cp || cp < 0 || cp > 0x10FFFF))
            status = rh_throw_range_error(agent, "Invalid code point %g", cp);
        if (status != RH_OK)
            break;
        if (cp < 0x10000) {
            units[length++] = (uint16_t)cp;
        } else {
            uint32_t c = (uint32_t)cp - 0x10000;
            units[length++] = (uint16_t)(0xD800 + (c >> 10));
            units[length++] = (uint16_t)(0xDC00 + (c & 0x3FF));
        }
    }
    if (status == RH_OK)
        status = string_from_units(agent, units, length, result);
    if (units != buffer)
        free(units);
    return status;
}

/* --- String.prototype --- */

/* https://tc39.es/ecma262/#sec-thisstringvalue: toString (magic 0) and valueOf (magic 1) */
NATIVE(string_proto_to_string_or_value_of)
{
    rh_value s = value_is_string(this_value) ? this_value : builtins_wrapped_value(this_value);
    if (!value_is_string(s))
        return rh_throw_type_error(agent, "String.prototype.%s requires that 'this' be a String",
                                   func_native_magic(rh_native_callee(agent)) == 1 ? "valueOf" : "toString");
    *result = s;
    return RH_OK;
}

/* Steps 1-2 shared by the generic methods: RequireObjectCoercible(this), then ToString, flat.
 * *holder roots the string (the caller roots holder). */
static rh_status this_string_rjs(rh_agent *agent, rh_value this_value, const char *method, rh_value *holder,
                                 rh_string **out)
{
    if (value_is_nullish(this_value))
        return rh_throw_type_error(agent, "String.prototype.%s called on null or undefined", method);
    return builtins_to_flat_string_rjs(agent, this_value, holder, out);
}

/* ToIntegerOrInfinity of an argument (undefined is 0). */
static rh_status integer_arg_rjs(rh_agent *agent, const rh_value *args, uint32_t argc, uint32_t i, double *out)
{
    return builtins_to_integer_or_infinity_rjs(agent, rh_arg(args, argc, i), out);
}

static uint32_t clamp_to_length(double d, uint32_t length)
{
    return d <= 0 ? 0 : d >= length ? length : (uint32_t)d;
}

/* charAt (magic 0), charCodeAt (1), codePointAt (2):
 * https://tc39.es/ecma262/#sec-string.prototype.charat and the two next sections. */
NATIVE(string_proto_char_at)
{
    static const char *const names[3] = {"charAt", "charCodeAt", "codePointAt"};
    int kind = func_native_magic(rh_native_callee(agent));
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *s, *unit;
    double position;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = this_string_rjs(agent, this_value, names[kind], &roots[0], &s);
    if (status == RH_OK)
        status = integer_arg_rjs(agent, args, argc, 0, &position);
    if (status != RH_OK)
        goto done;
    if (position < 0 || position >= s->length) {
        /* Out of range: "", NaN, undefined. */
        if (kind == 0)
            status = rh_atom_ascii(agent, "", result);
        else
            *result = kind == 1 ? value_from_double(NAN) : RH_UNDEFINED;
        goto done;
    }
    uint32_t i = (uint32_t)position;
    uint16_t first = str_unit_at(s, i);
    if (kind == 0) {
        status = str_substring(agent, agent->current_realm->index, s, i, i + 1, &unit);
        if (status == RH_OK)
            *result = value_from_string(unit);
    } else if (kind == 1 || first < 0xD800 || first > 0xDBFF || i + 1 == s->length) {
        *result = value_from_int32(first);
    } else {
        /* https://tc39.es/ecma262/#sec-codepointat: a leading surrogate pairs with a trailing one. */
        uint16_t second = str_unit_at(s, i + 1);
        bool paired = second >= 0xDC00 && second <= 0xDFFF;
        *result = value_from_int32(paired ? 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00) : first);
    }
done:
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-string.prototype.concat */
NATIVE(string_proto_concat)
{
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *joined;
    rh_status status;
    if (value_is_nullish(this_value))
        return rh_throw_type_error(agent, "String.prototype.concat called on null or undefined");
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_string_rjs(agent, this_value, &roots[0]);
    for (uint32_t i = 0; i < argc && status == RH_OK; i++) {
        status = rh_to_string_rjs(agent, args[i], &roots[1]);
        if (status == RH_OK)
            status = str_concat(agent, agent->current_realm->index, value_as_string(roots[0]),
                                value_as_string(roots[1]), &joined);
        if (status == RH_OK)
            roots[0] = value_from_string(joined);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = roots[0];
    return rh_throw_status(agent, status, "Invalid string length");
}

/* Whether search occurs in s at index i (both flat, i + search length <= s length). */
static bool matches_at(const rh_string *s, const rh_string *search, uint32_t i)
{
    for (uint32_t j = 0; j < search->length; j++) {
        if (str_unit_at(s, i + j) != str_unit_at(search, j))
            return false;
    }
    return true;
}

/* indexOf (magic 0) and lastIndexOf (magic 1): https://tc39.es/ecma262/#sec-string.prototype.indexof
 * and #sec-string.prototype.lastindexof */
NATIVE(string_proto_index_of)
{
    bool last = func_native_magic(rh_native_callee(agent)) == 1;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *s, *search;
    double position = 0, number;
    int64_t found = -1;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = this_string_rjs(agent, this_value, last ? "lastIndexOf" : "indexOf", &roots[0], &s);
    if (status == RH_OK)
        status = builtins_to_flat_string_rjs(agent, rh_arg(args, argc, 0), &roots[1], &search);
    if (status == RH_OK && !last)
        status = integer_arg_rjs(agent, args, argc, 1, &position);
    if (status == RH_OK && last) {
        /* lastIndexOf: a NaN position (undefined included) means +Infinity. */
        status = rh_to_number_rjs(agent, rh_arg(args, argc, 1), &number);
        position = number != number ? INFINITY : number;
        if (status == RH_OK)
            status = builtins_to_integer_or_infinity_rjs(agent, value_from_number(position), &position);
    }
    if (status == RH_OK && !last) {
        found = str_index_of_flat(s, search, clamp_to_length(position, s->length));
    } else if (status == RH_OK && search->length <= s->length) {
        uint32_t start = clamp_to_length(position, s->length);
        uint32_t from = start < s->length - search->length ? start : s->length - search->length;
        for (int64_t i = from; i >= 0 && found < 0; i--) {
            if (matches_at(s, search, (uint32_t)i))
                found = i;
        }
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = value_from_number((double)found);
    return status;
}

/* The relative index of slice: negative counts from the end (https://tc39.es/ecma262/#sec-string.prototype.slice). */
static uint32_t relative_index(double d, uint32_t length)
{
    if (d < 0)
        return d + length <= 0 ? 0 : (uint32_t)(d + length);
    return d >= length ? length : (uint32_t)d;
}

/* slice (magic 0) and substring (magic 1) */
NATIVE(string_proto_slice)
{
    bool substring = func_native_magic(rh_native_callee(agent)) == 1;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *s = NULL, *part;
    double start = 0, end;
    uint32_t from, to;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = this_string_rjs(agent, this_value, substring ? "substring" : "slice", &roots[0], &s);
    if (status == RH_OK)
        status = integer_arg_rjs(agent, args, argc, 0, &start);
    end = s != NULL ? s->length : 0;
    if (status == RH_OK && !value_is_undefined(rh_arg(args, argc, 1)))
        status = integer_arg_rjs(agent, args, argc, 1, &end);
    if (status == RH_OK) {
        if (substring) {
            /* https://tc39.es/ecma262/#sec-string.prototype.substring: clamp, then order. */
            uint32_t a = clamp_to_length(start, s->length), b = clamp_to_length(end, s->length);
            from = a < b ? a : b;
            to = a < b ? b : a;
        } else {
            from = relative_index(start, s->length);
            to = relative_index(end, s->length);
        }
        if (from >= to)
            status = rh_atom_ascii(agent, "", result);
        else if ((status = str_substring(agent, agent->current_realm->index, s, from, to, &part)) == RH_OK)
            *result = value_from_string(part);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

static const rh_builtin_method string_statics[] = {
    RH_METHOD("fromCharCode", string_from_char_code, 1),
    RH_METHOD("fromCodePoint", string_from_code_point, 1),
};

static const rh_builtin_method string_prototype_methods[] = {
    RH_METHOD_MAGIC("charAt", string_proto_char_at, 1, 0),
    RH_METHOD_MAGIC("charCodeAt", string_proto_char_at, 1, 1),
    RH_METHOD_MAGIC("codePointAt", string_proto_char_at, 1, 2),
    RH_METHOD("concat", string_proto_concat, 1),
    RH_METHOD_MAGIC("indexOf", string_proto_index_of, 1, 0),
    RH_METHOD_MAGIC("lastIndexOf", string_proto_index_of, 1, 1),
    RH_METHOD_MAGIC("slice", string_proto_slice, 2, 0),
    RH_METHOD_MAGIC("substring", string_proto_slice, 2, 1),
    RH_METHOD_MAGIC("toString", string_proto_to_string_or_value_of, 0, 0),
    RH_METHOD_MAGIC("valueOf", string_proto_to_string_or_value_of, 0, 1),
};

static const rh_builtin_class string_class = {
    "String", string_constructor, 1, RH_INTRINSIC_String,
    string_statics, RH_COUNT_OF(string_statics),
    string_prototype_methods, RH_COUNT_OF(string_prototype_methods),
};

/* %String.prototype% (a String exotic object for "") and %String%:
 * https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object */
rh_status builtins_make_string_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype, *proto, *constructor;
    rh_value empty, roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "", &empty);
    if (status == RH_OK)
        status = builtins_string_object_create(agent, realm, empty, object_prototype, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    builtins_publish(realm, RH_INTRINSIC_StringPrototype, proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &string_class, &constructor);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_string(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_StringPrototype, RH_INTRINSIC_String, out);
}
