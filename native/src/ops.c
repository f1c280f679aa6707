/* Abstract operations on values: conversions, property access on any value, equality and
 * comparison (rh_ops.h). Spec sections are linked on each function. */
#include <math.h>
#include <string.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"
#include "rh_symbol.h"

/* Roots a local array of values for the collector (rh_heap.h). */
#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))

bool rh_to_boolean(rh_value v)
{
    if (value_is_bool(v))
        return v == RH_TRUE;
    if (value_is_int32(v))
        return value_as_int32(v) != 0;
    if (value_is_double(v)) {
        double d = value_as_double(v);
        return !(d == 0 || d != d);
    }
    if (value_is_string(v))
        return value_as_string(v)->length != 0;
    if (value_is_nullish(v) || v == RH_HOLE)
        return false;
    return true; /* objects and symbols */
}

rh_status rh_atom_ascii(rh_agent *agent, const char *text, rh_value *out)
{
    rh_string *atom;
    rh_status status = atom_from_ascii(agent, 0, text, &atom);
    if (status == RH_OK)
        *out = value_from_string(atom);
    return status;
}

static uint16_t current_realm_index(rh_agent *agent)
{
    return agent->current_realm ? agent->current_realm->index : 0;
}

rh_object *rh_primitive_prototype(rh_agent *agent, rh_value v)
{
    rh_realm *realm = agent->current_realm;
    if (realm == NULL)
        return NULL;
    if (value_is_string(v))
        return realm_intrinsic(realm, RH_INTRINSIC_StringPrototype);
    if (value_is_number(v))
        return realm_intrinsic(realm, RH_INTRINSIC_NumberPrototype);
    if (value_is_bool(v))
        return realm_intrinsic(realm, RH_INTRINSIC_BooleanPrototype);
    if (value_is_symbol(v))
        return realm_intrinsic(realm, RH_INTRINSIC_SymbolPrototype);
    return NULL;
}

/* A lookup that may reach a lazy builtin holder (selfhost.c) installs key's method there first:
 * obj_get and obj_has_property only read. o, key and receiver are rooted by the caller's
 * caller as usual; receiver is rooted here too, since installing allocates. */
static rh_status lazy_holder_lookup(rh_agent *agent, rh_object *o, rh_value key, rh_value receiver)
{
    rh_value roots[1] = {receiver};
    rh_root_frame frame;
    rh_status status;
    bool lazy = false;
    for (rh_object *p = o; p != NULL && !lazy; p = p->proto)
        lazy = (p->flags & RH_OBJ_LAZY_HOLDER) != 0;
    if (!lazy)
        return RH_OK;
    ENTER_ROOTS(agent, frame, roots);
    status = selfhost_materialize_chain(agent, o, key);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status rh_object_get_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_value receiver, rh_value *out)
{
    rh_status status;
    if (o->kind == RH_OBJ_GLOBAL && agent->realms[o->cell.realm_index] != NULL) {
        rh_value roots[3] = {value_from_object(o), key, receiver};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        status = global_materialize_lookup(agent, agent->realms[o->cell.realm_index], key);
        heap_leave_frame(agent, &frame);
        if (status != RH_OK)
            return status;
    }
    status = lazy_holder_lookup(agent, o, key, receiver);
    if (status != RH_OK)
        return status;
    status = obj_get(agent, o, key, receiver, out);
    if (status != RH_NEEDS_CALL)
        return status;
    return rh_call_rjs(agent, *out, receiver, NULL, 0, out);
}

/* Own properties of a string value: "length" and the code units. */
static bool string_own_property(rh_agent *agent, rh_value s, rh_value key, rh_value *out, rh_status *status)
{
    rh_string *str = value_as_string(s);
    *status = RH_OK;
    if (key == agent->common.length) {
        *out = value_from_int32((int32_t)str->length);
        return true;
    }
    if (key_is_index(key) && key_index(key) < str->length) {
        rh_string *flat, *unit;
        rh_value roots[1] = {s};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        *status = str_flatten(agent, str, &flat);
        if (*status == RH_OK)
            *status = str_substring(agent, current_realm_index(agent), flat, key_index(key), key_index(key) + 1, &unit);
        heap_leave_frame(agent, &frame);
        if (*status == RH_OK)
            *out = value_from_string(unit);
        return true;
    }
    return false;
}

/* https://tc39.es/ecma262/#sec-getv */
rh_status rh_get_rjs(rh_agent *agent, rh_value base, rh_value key, rh_value *out)
{
    rh_object *proto;
    rh_status status;
    if (value_is_object(base))
        return rh_object_get_rjs(agent, value_as_object(base), key, base, out);
    if (value_is_nullish(base))
        return rh_throw_type_error(agent, "Cannot read properties of %s", value_is_null(base) ? "null" : "undefined");
    if (value_is_string(base) && string_own_property(agent, base, key, out, &status))
        return status;
    proto = rh_primitive_prototype(agent, base);
    if (proto == NULL)
        return RH_ERR_OOM;
    return rh_object_get_rjs(agent, proto, key, base, out);
}

/* https://tc39.es/ecma262/#sec-set-o-p-v-throw, with a primitive base handled as
 * https://tc39.es/ecma262/#sec-putvalue step 5 does (setters of the prototype chain run). */
rh_status rh_set_rjs(rh_agent *agent, rh_value base, rh_value key, rh_value value, bool throw_on_fail)
{
    rh_value roots[3] = {base, key, value};
    rh_root_frame frame;
    rh_value setter = RH_UNDEFINED;
    rh_object *o;
    bool ok = false;
    rh_status status;
    if (value_is_nullish(base))
        return rh_throw_type_error(agent, "Cannot set properties of %s", value_is_null(base) ? "null" : "undefined");
    ENTER_ROOTS(agent, frame, roots);
    if (value_is_object(base)) {
        o = value_as_object(base);
        status = RH_OK;
        if (o->kind == RH_OBJ_GLOBAL && agent->realms[o->cell.realm_index] != NULL)
            status = global_materialize_lookup(agent, agent->realms[o->cell.realm_index], key);
    } else {
        o = rh_primitive_prototype(agent, base);
        status = o == NULL ? RH_ERR_OOM : RH_OK;
    }
    if (status == RH_OK)
        status = lazy_holder_lookup(agent, o, key, base);
    if (status == RH_OK && value_is_object(base) && value_is_object(value)) {
        status = array_length_set_value_rjs(agent, o, key, &roots[2]);
        value = roots[2];
    }
    if (status == RH_OK)
        status = obj_set(agent, o, key, value, base, &ok, &setter);
    if (status == RH_NEEDS_CALL) {
        rh_value ignored;
        status = rh_call_rjs(agent, setter, base, &roots[2], 1, &ignored);
        ok = true;
    } else if (status != RH_OK) {
        status = rh_throw_status(agent, status, "Invalid assignment");
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK && !ok && throw_on_fail)
        return rh_throw_type_error(agent, "Cannot assign to read only property");
    return status;
}

rh_status rh_define_data_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_value value, uint8_t attrs)
{
    rh_property_descriptor desc = {.value = value, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
                                   .fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE |
                                             RH_DESC_CONFIGURABLE,
                                   .attrs = attrs};
    /* The key is often an atom made just before (rh_atom_ascii): rooted here, for the shape. */
    rh_value roots[3] = {value_from_object(o), key, value};
    rh_root_frame frame;
    bool ok;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = obj_define_own_property(agent, o, key, &desc, &ok);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return rh_throw_status(agent, status, "Invalid property definition");
    if (!ok)
        return rh_throw_type_error(agent, "Cannot redefine property");
    return RH_OK;
}

rh_status rh_has_property(rh_agent *agent, rh_object *o, rh_value key, bool *out)
{
    if (o->kind == RH_OBJ_GLOBAL && agent->realms[o->cell.realm_index] != NULL) {
        rh_value roots[2] = {value_from_object(o), key};
        rh_root_frame frame;
        rh_status status;
        ENTER_ROOTS(agent, frame, roots);
        status = global_materialize_lookup(agent, agent->realms[o->cell.realm_index], key);
        heap_leave_frame(agent, &frame);
        if (status != RH_OK)
            return status;
    }
    rh_status status = lazy_holder_lookup(agent, o, key, RH_UNDEFINED);
    if (status != RH_OK)
        return status;
    *out = obj_has_property(agent, o, key);
    return RH_OK;
}

rh_status rh_delete_rjs(rh_agent *agent, rh_value base, rh_value key, bool strict, bool *out)
{
    rh_object *o;
    rh_value roots[2] = {base, key};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_object(agent, base, &o);
    if (status == RH_OK && value_is_string(base)) {
        /* A string's units and length are not configurable. */
        rh_value ignored;
        rh_status s2;
        if (string_own_property(agent, base, key, &ignored, &s2)) {
            *out = false;
            heap_leave_frame(agent, &frame);
            return strict ? rh_throw_type_error(agent, "Cannot delete property of a string") : s2;
        }
    }
    if (status == RH_OK)
        status = obj_delete(agent, o, key, out);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return rh_throw_status(agent, status, "Cannot delete property");
    if (!*out && strict)
        return rh_throw_type_error(agent, "Cannot delete property");
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-toobject */
rh_status rh_to_object(rh_agent *agent, rh_value v, rh_object **out)
{
    rh_object *proto;
    rh_value roots[1] = {v};
    rh_root_frame frame;
    rh_status status;
    if (value_is_object(v)) {
        *out = value_as_object(v);
        return RH_OK;
    }
    if (value_is_nullish(v) || v == RH_HOLE)
        return rh_throw_type_error(agent, "Cannot convert undefined or null to object");
    ENTER_ROOTS(agent, frame, roots);
    proto = rh_primitive_prototype(agent, v);
    if (proto == NULL)
        status = RH_ERR_OOM;
    else if (value_is_string(v)) /* a String exotic object: its code units and length */
        status = builtins_string_object_create(agent, agent->current_realm, v, proto, out);
    else
        status = obj_new_with_internals(agent, agent->current_realm, RH_OBJ_PRIMITIVE, proto, RH_OBJECT_INLINE_SLOTS,
                                        1, out);
    if (status == RH_OK && !value_is_string(v))
        obj_internals(*out)[0] = v;
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-ordinarytoprimitive */
static rh_status ordinary_to_primitive(rh_agent *agent, rh_value o, int hint, rh_value *out)
{
    const char *names[2] = {hint == 2 ? "toString" : "valueOf", hint == 2 ? "valueOf" : "toString"};
    rh_value roots[2] = {o, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = RH_OK;
    ENTER_ROOTS(agent, frame, roots);
    for (int i = 0; i < 2 && status == RH_OK; i++) {
        rh_value key, method, result;
        status = rh_atom_ascii(agent, names[i], &key);
        if (status == RH_OK)
            status = rh_get_rjs(agent, o, key, &method);
        if (status != RH_OK || !value_is_callable(method))
            continue;
        roots[1] = method;
        status = rh_call_rjs(agent, method, o, NULL, 0, &result);
        if (status == RH_OK && !value_is_object(result)) {
            *out = result;
            heap_leave_frame(agent, &frame);
            return RH_OK;
        }
    }
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    return rh_throw_type_error(agent, "Cannot convert object to primitive value");
}

/* https://tc39.es/ecma262/#sec-toprimitive */
rh_status rh_to_primitive_rjs(rh_agent *agent, rh_value v, int hint, rh_value *out)
{
    static const char *const hints[3] = {"default", "number", "string"};
    rh_value roots[2] = {v, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value exotic, hint_value, result;
    rh_status status;
    if (!value_is_object(v)) {
        *out = v;
        return RH_OK;
    }
    ENTER_ROOTS(agent, frame, roots);
    exotic = rh_well_known_symbol(agent, RH_SYMBOL_toPrimitive);
    status = exotic == RH_UNDEFINED ? RH_ERR_OOM : rh_get_rjs(agent, v, exotic, &exotic);
    if (status == RH_OK && !value_is_nullish(exotic)) {
        roots[1] = exotic;
        if (!value_is_callable(exotic))
            status = rh_throw_type_error(agent, "Symbol.toPrimitive is not a function");
        if (status == RH_OK)
            status = rh_atom_ascii(agent, hints[hint], &hint_value);
        if (status == RH_OK)
            status = rh_call_rjs(agent, exotic, v, &hint_value, 1, &result);
        if (status == RH_OK && value_is_object(result))
            status = rh_throw_type_error(agent, "Cannot convert object to primitive value");
        if (status == RH_OK)
            *out = result;
        heap_leave_frame(agent, &frame);
        return status;
    }
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    return ordinary_to_primitive(agent, v, hint == 0 ? 1 : hint, out);
}

/* https://tc39.es/ecma262/#sec-tonumber */
rh_status rh_to_number_rjs(rh_agent *agent, rh_value v, double *out)
{
    rh_status status;
    if (value_is_number(v)) {
        *out = value_to_double(v);
        return RH_OK;
    }
    if (value_is_undefined(v)) {
        *out = NAN;
        return RH_OK;
    }
    if (value_is_null(v) || value_is_bool(v)) {
        *out = v == RH_TRUE ? 1 : 0;
        return RH_OK;
    }
    if (value_is_string(v)) {
        rh_value roots[1] = {v};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        status = str_to_number(agent, value_as_string(v), out);
        heap_leave_frame(agent, &frame);
        return status;
    }
    if (value_is_symbol(v))
        return rh_throw_type_error(agent, "Cannot convert a Symbol value to a number");
    status = rh_to_primitive_rjs(agent, v, 1, &v);
    if (status != RH_OK)
        return status;
    return rh_to_number_rjs(agent, v, out);
}

rh_status rh_to_numeric_rjs(rh_agent *agent, rh_value v, rh_value *out)
{
    double d;
    rh_status status;
    if (value_is_number(v)) {
        *out = v;
        return RH_OK;
    }
    status = rh_to_number_rjs(agent, v, &d);
    if (status == RH_OK)
        *out = value_from_number(d);
    return status;
}

/* https://tc39.es/ecma262/#sec-tostring */
rh_status rh_to_string_rjs(rh_agent *agent, rh_value v, rh_value *out)
{
    rh_string *s;
    rh_status status;
    if (value_is_string(v)) {
        *out = v;
        return RH_OK;
    }
    if (value_is_number(v)) {
        status = str_from_number(agent, current_realm_index(agent), value_to_double(v), &s);
        if (status == RH_OK)
            *out = value_from_string(s);
        return status;
    }
    if (value_is_undefined(v))
        return rh_atom_ascii(agent, "undefined", out);
    if (value_is_null(v))
        return rh_atom_ascii(agent, "null", out);
    if (value_is_bool(v))
        return rh_atom_ascii(agent, v == RH_TRUE ? "true" : "false", out);
    if (value_is_symbol(v))
        return rh_throw_type_error(agent, "Cannot convert a Symbol value to a string");
    status = rh_to_primitive_rjs(agent, v, 2, &v);
    if (status != RH_OK)
        return status;
    return rh_to_string_rjs(agent, v, out);
}

/* Whether a string could be a canonical array index ("0" .. "4294967294"): one must start with a
 * digit, which lets every other atom stand as a key without a closer look. */
bool rh_may_be_index(const rh_string *s)
{
    const rh_string *flat = str_flat_or_null((rh_string *)s);
    return flat == NULL || (flat->length > 0 && str_unit_at(flat, 0) >= '0' && str_unit_at(flat, 0) <= '9');
}

/* The property key of a name from an image (an atom): itself, or an index key for "0", "1", ... */
rh_status rh_name_key(rh_agent *agent, rh_value name, rh_value *out)
{
    if (!rh_may_be_index(value_as_string(name))) {
        *out = name;
        return RH_OK;
    }
    return atom_key_from_string(agent, value_as_string(name), out);
}

/* https://tc39.es/ecma262/#sec-topropertykey */
rh_status rh_to_property_key_rjs(rh_agent *agent, rh_value v, rh_value *out)
{
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (value_is_int32(v) && value_as_int32(v) >= 0) {
        *out = v;
        return RH_OK;
    }
    if (value_is_number(v))
        return atom_key_from_number(agent, current_realm_index(agent), value_to_double(v), out);
    if (value_is_symbol(v)) {
        *out = v;
        return RH_OK;
    }
    if (value_is_string(v) && value_as_string(v)->is_atom && !rh_may_be_index(value_as_string(v))) {
        *out = v;
        return RH_OK;
    }
    status = rh_to_primitive_rjs(agent, v, 2, &v);
    if (status == RH_OK && value_is_symbol(v)) {
        *out = v;
        return RH_OK;
    }
    if (status == RH_OK)
        status = rh_to_string_rjs(agent, v, &v);
    if (status != RH_OK)
        return status;
    roots[0] = v;
    ENTER_ROOTS(agent, frame, roots);
    status = atom_key_from_string(agent, value_as_string(v), out);
    heap_leave_frame(agent, &frame);
    return status;
}

int32_t rh_double_to_int32(double d)
{
    if (!isfinite(d))
        return 0;
    d = trunc(d);
    d = fmod(d, 4294967296.0);
    if (d < 0)
        d += 4294967296.0;
    return (int32_t)(uint32_t)d;
}

/* https://tc39.es/ecma262/#sec-isstrictlyequal */
bool rh_strictly_equal(rh_value a, rh_value b)
{
    if (value_is_number(a) && value_is_number(b))
        return value_to_double(a) == value_to_double(b);
    if (value_is_string(a) && value_is_string(b))
        return a == b || str_equals(value_as_string(a), value_as_string(b));
    return a == b;
}

/* https://tc39.es/ecma262/#sec-islooselyequal */
rh_status rh_loosely_equal_rjs(rh_agent *agent, rh_value a, rh_value b, bool *out)
{
    rh_value roots[2] = {a, b};
    rh_root_frame frame;
    rh_status status = RH_OK;
    double x, y;
    for (;;) {
        /* 2-4. null == undefined, and neither equals anything else */
        if (value_is_nullish(a) || value_is_nullish(b)) {
            *out = value_is_nullish(a) && value_is_nullish(b);
            return RH_OK;
        }
        /* 1. Same type: strict equality. */
        bool same_type = (value_is_number(a) && value_is_number(b)) ||
                         (value_is_boxed(a) && value_is_boxed(b) && value_tag(a) == value_tag(b) && !value_is_int32(a));
        if (same_type) {
            *out = rh_strictly_equal(a, b);
            return RH_OK;
        }
        /* 5-8. numbers and strings / booleans compare as numbers */
        if ((value_is_number(a) && value_is_string(b)) || (value_is_string(a) && value_is_number(b)) ||
            value_is_bool(a) || value_is_bool(b)) {
            ENTER_ROOTS(agent, frame, roots);
            status = rh_to_number_rjs(agent, a, &x);
            if (status == RH_OK)
                status = rh_to_number_rjs(agent, b, &y);
            heap_leave_frame(agent, &frame);
            *out = status == RH_OK && x == y;
            return status;
        }
        /* 11-12. an object against a primitive: ToPrimitive the object */
        if (value_is_object(a) && !value_is_object(b)) {
            status = rh_to_primitive_rjs(agent, a, 0, &a);
        } else if (value_is_object(b) && !value_is_object(a)) {
            status = rh_to_primitive_rjs(agent, b, 0, &b);
        } else {
            *out = false;
            return RH_OK;
        }
        if (status != RH_OK)
            return status;
        roots[0] = a;
        roots[1] = b;
    }
}

/* https://tc39.es/ecma262/#sec-islessthan */
rh_status rh_less_than_rjs(rh_agent *agent, rh_value a, rh_value b, bool left_first, int *out)
{
    rh_value roots[2] = {a, b};
    rh_root_frame frame;
    rh_status status;
    double x, y;
    ENTER_ROOTS(agent, frame, roots);
    if (left_first) {
        status = rh_to_primitive_rjs(agent, a, 1, &roots[0]);
        if (status == RH_OK)
            status = rh_to_primitive_rjs(agent, b, 1, &roots[1]);
    } else {
        status = rh_to_primitive_rjs(agent, b, 1, &roots[1]);
        if (status == RH_OK)
            status = rh_to_primitive_rjs(agent, a, 1, &roots[0]);
    }
    if (status == RH_OK && value_is_string(roots[0]) && value_is_string(roots[1])) {
        rh_string *fa, *fb;
        status = str_flatten(agent, value_as_string(roots[0]), &fa);
        if (status == RH_OK) {
            roots[0] = value_from_string(fa);
            status = str_flatten(agent, value_as_string(roots[1]), &fb);
        }
        if (status == RH_OK)
            *out = str_compare_flat(fa, fb) < 0;
        heap_leave_frame(agent, &frame);
        return status;
    }
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, roots[0], &x);
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, roots[1], &y);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = (x != x || y != y) ? -1 : x < y;
    return status;
}

/* https://tc39.es/ecma262/#sec-ordinaryhasinstance */
static rh_status ordinary_has_instance(rh_agent *agent, rh_value c, rh_value o, bool *out)
{
    rh_value proto, roots[2] = {c, o};
    rh_root_frame frame;
    rh_object *f;
    rh_status status;
    *out = false;
    if (!value_is_callable(c))
        return RH_OK;
    f = value_as_object(c);
    if (f->kind == RH_OBJ_BOUND_FUNCTION)
        return rh_instance_of_rjs(agent, o, func_data(f)->u.bound.target, out);
    if (!value_is_object(o))
        return RH_OK;
    ENTER_ROOTS(agent, frame, roots);
    {
        rh_value key;
        status = rh_atom_ascii(agent, "prototype", &key);
        if (status == RH_OK)
            status = rh_get_rjs(agent, c, key, &proto);
    }
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    if (!value_is_object(proto))
        return rh_throw_type_error(agent, "Function has non-object prototype in instanceof check");
    for (rh_object *p = value_as_object(o)->proto; p != NULL; p = p->proto) {
        if (p == value_as_object(proto)) {
            *out = true;
            break;
        }
    }
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-instanceofoperator */
rh_status rh_instance_of_rjs(rh_agent *agent, rh_value v, rh_value target, bool *out)
{
    rh_value roots[3] = {v, target, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value handler, result;
    rh_status status;
    if (!value_is_object(target))
        return rh_throw_type_error(agent, "Right-hand side of 'instanceof' is not an object");
    ENTER_ROOTS(agent, frame, roots);
    handler = rh_well_known_symbol(agent, RH_SYMBOL_hasInstance);
    status = handler == RH_UNDEFINED ? RH_ERR_OOM : rh_get_rjs(agent, target, handler, &handler);
    if (status == RH_OK && !value_is_nullish(handler)) {
        roots[2] = handler;
        status = rh_call_rjs(agent, handler, target, &roots[0], 1, &result);
        if (status == RH_OK)
            *out = rh_to_boolean(result);
        heap_leave_frame(agent, &frame);
        return status;
    }
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    if (!value_is_callable(target))
        return rh_throw_type_error(agent, "Right-hand side of 'instanceof' is not callable");
    return ordinary_has_instance(agent, target, v, out);
}

/* https://tc39.es/ecma262/#sec-typeof-operator */
rh_status rh_typeof(rh_agent *agent, rh_value v, rh_value *out)
{
    const char *name;
    if (value_is_number(v))
        name = "number";
    else if (value_is_string(v))
        name = "string";
    else if (value_is_bool(v))
        name = "boolean";
    else if (value_is_undefined(v))
        name = "undefined";
    else if (value_is_symbol(v))
        name = "symbol";
    else if (value_is_callable(v))
        name = "function";
    else
        name = "object";
    return rh_atom_ascii(agent, name, out);
}
