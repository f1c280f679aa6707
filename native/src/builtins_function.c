/* Function: https://tc39.es/ecma262/#sec-function-objects
 * %Function.prototype% (itself a function returning undefined, made by function.c) and its
 * methods apply, bind, call, toString and @@hasInstance; the %Function% constructor. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_code.h"
#include "rh_dynamic_code.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

/* Calls through apply take at most this many arguments (the interpreter's own bound). */
#define RH_MAX_APPLY_ARGUMENTS 65535u

/* https://tc39.es/ecma262/#sec-function-p1-p2-pn-body: CreateDynamicFunction(C, NewTarget, normal,
 * args), compiled by the host (dynamic_code.c). */
NATIVE(function_constructor)
{
    (void)this_value;
    return dyn_create_dynamic_function_rjs(agent, new_target, args, argc, result);
}

/* https://tc39.es/ecma262/#sec-createlistfromarraylike into a malloc'd *list (free it). */
static rh_status list_from_array_like_rjs(rh_agent *agent, rh_value obj, rh_value **list, uint32_t *count)
{
    rh_value length_value;
    double length;
    rh_root_frame frame;
    rh_status status;
    *list = NULL;
    *count = 0;
    if (!value_is_object(obj))
        return rh_throw_type_error(agent, "CreateListFromArrayLike called on non-object");
    status = rh_get_rjs(agent, obj, agent->common.length, &length_value);
    if (status == RH_OK)
        status = builtins_to_integer_or_infinity_rjs(agent, length_value, &length);
    if (status != RH_OK)
        return status;
    if (length > RH_MAX_APPLY_ARGUMENTS)
        return rh_throw_range_error(agent, "Too many arguments in function call");
    *count = length > 0 ? (uint32_t)length : 0;
    *list = calloc(*count + 1, sizeof **list);
    if (*list == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    heap_enter_frame(agent, &frame, *list, *count);
    for (uint32_t i = 0; i < *count && status == RH_OK; i++)
        status = rh_get_rjs(agent, obj, key_from_index(i), &(*list)[i]);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK) {
        free(*list);
        *list = NULL;
    }
    return status;
}

/* https://tc39.es/ecma262/#sec-function.prototype.apply */
NATIVE(function_proto_apply)
{
    rh_value *list;
    uint32_t count;
    rh_root_frame frame;
    rh_status status;
    /* 2. If IsCallable(func) is false, throw a TypeError exception. */
    if (!value_is_callable(this_value))
        return rh_throw_type_error(agent, "Function.prototype.apply was called on a non-function");
    /* 3. argArray undefined or null: Call(func, thisArg). */
    if (value_is_nullish(rh_arg(args, argc, 1)))
        return rh_call_rjs(agent, this_value, rh_arg(args, argc, 0), NULL, 0, result);
    status = list_from_array_like_rjs(agent, args[1], &list, &count);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, list, count);
    status = rh_call_rjs(agent, this_value, args[0], list, count, result);
    heap_leave_frame(agent, &frame);
    free(list);
    return status;
}

/* https://tc39.es/ecma262/#sec-function.prototype.call */
NATIVE(function_proto_call)
{
    if (!value_is_callable(this_value))
        return rh_throw_type_error(agent, "Function.prototype.call was called on a non-function");
    return rh_call_rjs(agent, this_value, rh_arg(args, argc, 0), argc > 1 ? args + 1 : NULL, argc > 1 ? argc - 1 : 0,
                       result);
}

/* Steps 4-7 of bind: L from the target's own "length". */
static rh_status bound_length_rjs(rh_agent *agent, rh_value target, uint32_t bound_args, double *out)
{
    rh_property_descriptor desc;
    rh_value length;
    bool found;
    rh_status status = builtins_get_own_property(agent, value_as_object(target), agent->common.length, &found, &desc);
    *out = 0;
    if (status != RH_OK || !found)
        return status;
    status = rh_get_rjs(agent, target, agent->common.length, &length);
    if (status != RH_OK || !value_is_number(length))
        return status;
    double d = value_to_double(length);
    if (d == INFINITY) {
        *out = INFINITY;
    } else if (d != -INFINITY) {
        status = builtins_to_integer_or_infinity_rjs(agent, length, &d);
        *out = d - bound_args > 0 ? d - bound_args : 0;
    }
    return status;
}

/* Step 8-10 of bind: "bound " + the target's name when it is a string. */
static rh_status bound_name_rjs(rh_agent *agent, rh_value target, rh_value *out)
{
    rh_value key, name = RH_UNDEFINED, roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *prefix, *joined;
    rh_status status = rh_atom_ascii(agent, "name", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, target, key, &name);
    if (status != RH_OK)
        return status;
    if (!value_is_string(name))
        return rh_atom_ascii(agent, "bound ", out);
    roots[0] = name;
    ENTER_ROOTS(agent, frame, roots);
    status = str_from_ascii(agent, agent->current_realm->index, "bound ", &prefix);
    if (status == RH_OK)
        status = str_concat(agent, agent->current_realm->index, prefix, value_as_string(roots[0]), &joined);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_from_string(joined);
    return rh_throw_status(agent, status, "Invalid string length");
}

/* https://tc39.es/ecma262/#sec-function.prototype.bind */
NATIVE(function_proto_bind)
{
    rh_object *f;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    double length;
    rh_string *name_key;
    rh_status status;
    /* 2. If IsCallable(Target) is false, throw a TypeError exception. */
    if (!value_is_callable(this_value))
        return rh_throw_type_error(agent, "Bind must be called on a function");
    /* 3. F = BoundFunctionCreate(Target, thisArg, args) */
    status = func_new_bound(agent, agent->current_realm, this_value, rh_arg(args, argc, 0), argc > 1 ? args + 1 : NULL,
                            argc > 1 ? argc - 1 : 0, &f);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(f);
    ENTER_ROOTS(agent, frame, roots);
    /* 4-7. SetFunctionLength(F, L) */
    status = bound_length_rjs(agent, this_value, argc > 1 ? argc - 1 : 0, &length);
    if (status == RH_OK)
        status = obj_add_named(agent, f, agent->common.length, value_from_number(length), RH_UNDEFINED,
                               RH_ATTR_CONFIGURABLE);
    /* 8-10. SetFunctionName(F, targetName, "bound") */
    if (status == RH_OK)
        status = bound_name_rjs(agent, this_value, &roots[1]);
    if (status == RH_OK)
        status = atom_from_ascii(agent, agent->current_realm->index, "name", &name_key);
    if (status == RH_OK)
        status = obj_add_named(agent, f, value_from_string(name_key), roots[1], RH_UNDEFINED, RH_ATTR_CONFIGURABLE);
    heap_leave_frame(agent, &frame);
    *result = roots[0];
    return status;
}

/* https://tc39.es/ecma262/#sec-function.prototype.tostring
 * A function made from source text prints its exact source slice, which the host keeps (one copy
 * per script: rh_dynamic_code.h). Built-in, self-hosted and bound functions, and code whose source
 * the host no longer has, print as NativeFunction: `function name() { [native code] }`. */
NATIVE(function_proto_to_string)
{
    rh_object *f;
    rh_value name = RH_UNDEFINED, key;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *parts[3];
    rh_status status;
    bool found;
    if (!value_is_callable(this_value))
        return rh_throw_type_error(agent, "Function.prototype.toString requires that 'this' be a Function");
    f = value_as_object(this_value);
    if (f->kind == RH_OBJ_FUNCTION) {
        status = dyn_function_source_text(agent, func_data(f)->u.js.unlinked, &found, result);
        if (status != RH_OK || found)
            return rh_throw_status(agent, status, "Invalid string length");
    }
    /* The initial name: the own "name" data property while it is a string. */
    if (f->kind != RH_OBJ_BOUND_FUNCTION && rh_atom_ascii(agent, "name", &key) == RH_OK) {
        rh_property_descriptor desc;
        if (obj_get_own_property(agent, f, key, &desc) && !builtins_is_accessor(&desc) && value_is_string(desc.value))
            name = desc.value;
    }
    roots[0] = name;
    ENTER_ROOTS(agent, frame, roots);
    status = str_from_ascii(agent, agent->current_realm->index, "function ", &parts[0]);
    if (status == RH_OK && value_is_string(name)) {
        roots[1] = value_from_string(parts[0]);
        status = str_concat(agent, agent->current_realm->index, parts[0], value_as_string(name), &parts[0]);
    }
    if (status == RH_OK) {
        roots[1] = value_from_string(parts[0]);
        status = str_from_ascii(agent, agent->current_realm->index, "() { [native code] }", &parts[1]);
    }
    if (status == RH_OK)
        status = str_concat(agent, agent->current_realm->index, parts[0], parts[1], &parts[2]);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = value_from_string(parts[2]);
    return rh_throw_status(agent, status, "Invalid string length");
}

/* https://tc39.es/ecma262/#sec-ordinaryhasinstance */
static rh_status ordinary_has_instance_rjs(rh_agent *agent, rh_value c, rh_value o, bool *out)
{
    rh_value key, proto;
    rh_status status;
    *out = false;
    if (!value_is_callable(c))
        return RH_OK;
    /* 2. A bound function: InstanceofOperator(O, BC). */
    if (value_as_object(c)->kind == RH_OBJ_BOUND_FUNCTION)
        return rh_instance_of_rjs(agent, o, func_data(value_as_object(c))->u.bound.target, out);
    if (!value_is_object(o))
        return RH_OK;
    status = rh_atom_ascii(agent, "prototype", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, c, key, &proto);
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

/* https://tc39.es/ecma262/#sec-function.prototype-@@hasinstance */
NATIVE(function_proto_has_instance)
{
    bool answer;
    rh_status status = ordinary_has_instance_rjs(agent, this_value, rh_arg(args, argc, 0), &answer);
    if (status == RH_OK)
        *result = value_from_bool(answer);
    return status;
}

static const rh_builtin_method function_prototype_methods[] = {
    RH_METHOD("apply", function_proto_apply, 2),
    RH_METHOD("bind", function_proto_bind, 1),
    RH_METHOD("call", function_proto_call, 1),
    RH_METHOD("toString", function_proto_to_string, 0),
    /* { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false } */
    {"[Symbol.hasInstance]", function_proto_has_instance, 1, 0, RH_SYMBOL_hasInstance, 0},
};

static const rh_builtin_class function_class = {
    "Function", function_constructor, 1, RH_INTRINSIC_Function,
    NULL, 0,
    function_prototype_methods, RH_COUNT_OF(function_prototype_methods),
};

/* https://tc39.es/ecma262/#sec-addrestrictedfunctionproperties: "caller" and "arguments" are
 * accessors whose getter and setter are %ThrowTypeError%. f must be rooted. */
static rh_status add_restricted_function_properties(rh_agent *agent, rh_realm *realm, rh_object *f)
{
    static const char *const names[2] = {"caller", "arguments"};
    rh_object *thrower;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ThrowTypeError, &thrower);
    ENTER_ROOTS(agent, frame, roots);
    /* Appended directly (f is fresh): a [[DefineOwnProperty]] would install every lazy method of
     * f first (builtins_lazy.c). thrower is rooted as an intrinsic. */
    for (int i = 0; i < 2 && status == RH_OK; i++) {
        status = rh_atom_ascii(agent, names[i], &roots[0]);
        if (status == RH_OK)
            status = obj_add_named(agent, f, roots[0], value_from_object(thrower), value_from_object(thrower),
                                   RH_ATTR_ACCESSOR | RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* %Function.prototype% and %Function%: https://tc39.es/ecma262/#sec-properties-of-the-function-prototype-object */
rh_status builtins_make_function_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype, *proto, *constructor;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = func_make_function_prototype(agent, realm, object_prototype, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    builtins_publish(realm, RH_INTRINSIC_FunctionPrototype, proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &function_class, &constructor);
    if (status == RH_OK)
        status = add_restricted_function_properties(agent, realm, proto);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_function(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_FunctionPrototype, RH_INTRINSIC_Function, out);
}
