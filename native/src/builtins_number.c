/* Number (https://tc39.es/ecma262/#sec-number-objects) and Boolean
 * (https://tc39.es/ecma262/#sec-boolean-objects): constructors, constants, predicates and the
 * prototypes' toString / valueOf (and Number's toFixed, toLocaleString). Number to string is
 * the shortest round-trip form of numconv.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_numconv.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

#define MAX_SAFE_INTEGER 9007199254740991.0
/* The exact decimal expansion of any double has at most 1074 fraction digits. */
#define EXACT_FRACTION_DIGITS 1100

/* --- Number --- */

/* https://tc39.es/ecma262/#sec-number-constructor-number-value */
NATIVE(number_constructor)
{
    double n = 0;
    rh_object *o;
    rh_value roots[1] = {new_target};
    rh_root_frame frame;
    rh_status status = RH_OK;
    /* 1. A value: ToNumeric(value) (no BigInt yet); none: +0. */
    if (argc > 0)
        status = rh_to_number_rjs(agent, args[0], &n);
    if (status != RH_OK)
        return status;
    /* 2. Called as a function: the number. */
    if (value_is_undefined(new_target)) {
        *result = value_from_number(n);
        return RH_OK;
    }
    /* 3-5. OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] ») */
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_wrapper_from_constructor(agent, roots[0], RH_INTRINSIC_NumberPrototype, value_from_number(n), &o);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = value_from_object(o);
    return status;
}

/* https://tc39.es/ecma262/#sec-thisnumbervalue */
static rh_status this_number_value(rh_agent *agent, rh_value v, const char *method, double *out)
{
    rh_value inner = builtins_wrapped_value(v);
    if (value_is_number(v))
        inner = v;
    if (!value_is_number(inner))
        return rh_throw_type_error(agent, "Number.prototype.%s requires that 'this' be a Number", method);
    *out = value_to_double(inner);
    return RH_OK;
}

static rh_status ascii_result(rh_agent *agent, const char *text, rh_value *result)
{
    rh_string *s;
    rh_status status = str_from_ascii(agent, agent->current_realm->index, text, &s);
    if (status == RH_OK)
        *result = value_from_string(s);
    return status;
}

/* https://tc39.es/ecma262/#sec-number.prototype.tostring */
NATIVE(number_proto_to_string)
{
    char text[RH_NUMBER_STRING_MAX];
    double x = 0, radix = 10;
    rh_status status = this_number_value(agent, this_value, "toString", &x);
    /* 2-4. radix: undefined is 10, else ToIntegerOrInfinity within 2..36 */
    if (status == RH_OK && !value_is_undefined(rh_arg(args, argc, 0)))
        status = builtins_to_integer_or_infinity_rjs(agent, args[0], &radix);
    if (status != RH_OK)
        return status;
    if (radix < 2 || radix > 36)
        return rh_throw_range_error(agent, "toString() radix must be between 2 and 36");
    numconv_to_string(x, (int)radix, text);
    return ascii_result(agent, text, result);
}

/* https://tc39.es/ecma262/#sec-number.prototype.tolocalestring: without ECMA-402, the
 * implementation-defined form is toString's. */
NATIVE(number_proto_to_locale_string)
{
    char text[RH_NUMBER_STRING_MAX];
    double x = 0;
    rh_status status = this_number_value(agent, this_value, "toLocaleString", &x);
    if (status != RH_OK)
        return status;
    numconv_to_string(x, 10, text);
    return ascii_result(agent, text, result);
}

/* https://tc39.es/ecma262/#sec-number.prototype.valueof */
NATIVE(number_proto_value_of)
{
    double x = 0;
    rh_status status = this_number_value(agent, this_value, "valueOf", &x);
    if (status == RH_OK)
        *result = value_from_number(x);
    return status;
}

/* Rounds the exact decimal expansion in text (digits, one '.') to f fraction digits, ties away
 * from zero: step 10.a of toFixed picks the larger n of two equally close ones. */
static void round_fixed(char *text, int f)
{
    char *point = strchr(text, '.');
    char *cut = point + 1 + f;
    bool up = *cut >= '5';
    *(f == 0 ? point : cut) = 0;
    for (char *p = (f == 0 ? point : cut) - 1; up && p >= text; p--) {
        if (*p == '.')
            continue;
        if (*p == '9') {
            *p = '0';
            continue;
        }
        (*p)++;
        up = false;
    }
    if (up) {
        memmove(text + 1, text, strlen(text) + 1);
        text[0] = '1';
    }
}

/* https://tc39.es/ecma262/#sec-number.prototype.tofixed */
NATIVE(number_proto_to_fixed)
{
    char out[EXACT_FRACTION_DIGITS + 64];
    double x = 0, f = 0;
    rh_status status = this_number_value(agent, this_value, "toFixed", &x);
    if (status == RH_OK)
        status = builtins_to_integer_or_infinity_rjs(agent, rh_arg(args, argc, 0), &f);
    if (status != RH_OK)
        return status;
    /* 4-5. f must be finite and within 0..100. */
    if (!isfinite(f) || f < 0 || f > 100)
        return rh_throw_range_error(agent, "toFixed() digits argument must be between 0 and 100");
    /* 6. A non-finite x, and 9. x >= 10^21: Number::toString(x). */
    if (!isfinite(x) || fabs(x) >= 1e21) {
        numconv_to_string(x, 10, out);
        return ascii_result(agent, out, result);
    }
    /* 10. n / 10^f - x as close to zero as possible: round the exact expansion. */
    snprintf(out + 1, sizeof out - 1, "%.*f", EXACT_FRACTION_DIGITS, fabs(x));
    round_fixed(out + 1, (int)f);
    /* 8. "-" for a negative x (but -0 and values rounding to 0 keep it only when x < 0). */
    out[0] = '-';
    return ascii_result(agent, x < 0 ? out : out + 1, result);
}

/* Number.isFinite (0), isInteger (1), isNaN (2), isSafeInteger (3):
 * https://tc39.es/ecma262/#sec-number.isfinite ... #sec-number.issafeinteger. No coercion. */
NATIVE(number_predicate)
{
    rh_value v = rh_arg(args, argc, 0);
    double d = value_is_number(v) ? value_to_double(v) : NAN;
    bool answer = false;
    if (value_is_number(v)) {
        switch (func_native_magic(rh_native_callee(agent))) {
        case 0: answer = isfinite(d); break;
        case 1: answer = isfinite(d) && trunc(d) == d; break;
        case 2: answer = d != d; break;
        default: answer = isfinite(d) && trunc(d) == d && fabs(d) <= MAX_SAFE_INTEGER; break;
        }
    }
    *result = value_from_bool(answer);
    return RH_OK;
}

static const rh_builtin_number number_constants[] = {
    {"EPSILON", 2.220446049250313e-16},
    {"MAX_SAFE_INTEGER", MAX_SAFE_INTEGER},
    {"MAX_VALUE", 1.7976931348623157e308},
    {"MIN_SAFE_INTEGER", -MAX_SAFE_INTEGER},
    {"MIN_VALUE", 5e-324},
    {"NaN", NAN},
    {"NEGATIVE_INFINITY", -INFINITY},
    {"POSITIVE_INFINITY", INFINITY},
};

static const rh_builtin_method number_statics[] = {
    RH_METHOD_MAGIC("isFinite", number_predicate, 1, 0),
    RH_METHOD_MAGIC("isInteger", number_predicate, 1, 1),
    RH_METHOD_MAGIC("isNaN", number_predicate, 1, 2),
    RH_METHOD_MAGIC("isSafeInteger", number_predicate, 1, 3),
};

static const rh_builtin_method number_prototype_methods[] = {
    RH_METHOD("toFixed", number_proto_to_fixed, 1),
    RH_METHOD("toLocaleString", number_proto_to_locale_string, 0),
    RH_METHOD("toString", number_proto_to_string, 1),
    RH_METHOD("valueOf", number_proto_value_of, 0),
};

static const rh_builtin_class number_class = {
    "Number", number_constructor, 1, RH_INTRINSIC_Number,
    number_statics, RH_COUNT_OF(number_statics),
    number_prototype_methods, RH_COUNT_OF(number_prototype_methods),
};

/* Number.parseFloat and Number.parseInt are the global functions themselves. */
static rh_status define_global_function(rh_agent *agent, rh_realm *realm, rh_object *target, const char *name,
                                        rh_intrinsic_id id)
{
    rh_object *fn;
    rh_value roots[2] = {value_from_object(target), RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = realm_intrinsic_get(realm, id, &fn);
    if (status == RH_OK) {
        roots[1] = value_from_object(fn);
        status = builtins_add_value(agent, target, name, roots[1], RH_BUILTIN_METHOD_ATTRS);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* A prototype that is itself a wrapper of value (Number.prototype is a Number object, ...). */
static rh_status make_wrapper_prototype(rh_agent *agent, rh_realm *realm, int id, rh_value value, rh_object **out)
{
    rh_object *object_prototype;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = obj_new_with_internals(agent, realm, RH_OBJ_PRIMITIVE, object_prototype, RH_OBJECT_INLINE_SLOTS, 1,
                                        out);
    if (status == RH_OK) {
        obj_internals(*out)[0] = value;
        builtins_publish(realm, id, *out);
    }
    return status;
}

/* %Number.prototype% and %Number%: https://tc39.es/ecma262/#sec-properties-of-the-number-prototype-object */
rh_status builtins_make_number_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *proto, *constructor;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = make_wrapper_prototype(agent, realm, RH_INTRINSIC_NumberPrototype, value_from_int32(0), &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &number_class, &constructor);
    if (status == RH_OK) {
        roots[1] = value_from_object(constructor);
        status = builtins_define_numbers(agent, constructor, number_constants, RH_COUNT_OF(number_constants));
    }
    if (status == RH_OK)
        status = define_global_function(agent, realm, constructor, "parseFloat", RH_INTRINSIC_ParseFloat);
    if (status == RH_OK)
        status = define_global_function(agent, realm, constructor, "parseInt", RH_INTRINSIC_ParseInt);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_number(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_NumberPrototype, RH_INTRINSIC_Number, out);
}

/* --- Boolean --- */

/* https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value */
NATIVE(boolean_constructor)
{
    rh_value b = value_from_bool(rh_to_boolean(rh_arg(args, argc, 0)));
    rh_object *o;
    rh_status status;
    if (value_is_undefined(new_target)) {
        *result = b;
        return RH_OK;
    }
    status = builtins_wrapper_from_constructor(agent, new_target, RH_INTRINSIC_BooleanPrototype, b, &o);
    if (status == RH_OK)
        *result = value_from_object(o);
    return status;
}

/* https://tc39.es/ecma262/#sec-thisbooleanvalue: magic 0 toString, 1 valueOf */
NATIVE(boolean_proto_to_string_or_value_of)
{
    bool value_of = func_native_magic(rh_native_callee(agent)) == 1;
    rh_value b = value_is_bool(this_value) ? this_value : builtins_wrapped_value(this_value);
    if (!value_is_bool(b))
        return rh_throw_type_error(agent, "Boolean.prototype.%s requires that 'this' be a Boolean",
                                   value_of ? "valueOf" : "toString");
    if (value_of) {
        *result = b;
        return RH_OK;
    }
    return rh_atom_ascii(agent, b == RH_TRUE ? "true" : "false", result);
}

static const rh_builtin_method boolean_prototype_methods[] = {
    RH_METHOD_MAGIC("toString", boolean_proto_to_string_or_value_of, 0, 0),
    RH_METHOD_MAGIC("valueOf", boolean_proto_to_string_or_value_of, 0, 1),
};

static const rh_builtin_class boolean_class = {
    "Boolean", boolean_constructor, 1, RH_INTRINSIC_Boolean,
    NULL, 0,
    boolean_prototype_methods, RH_COUNT_OF(boolean_prototype_methods),
};

/* %Boolean.prototype% (a Boolean object whose value is false) and %Boolean%. */
rh_status builtins_make_boolean_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *proto, *constructor;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = make_wrapper_prototype(agent, realm, RH_INTRINSIC_BooleanPrototype, RH_FALSE, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &boolean_class, &constructor);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_boolean(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_BooleanPrototype, RH_INTRINSIC_Boolean, out);
}
