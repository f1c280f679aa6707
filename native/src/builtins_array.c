/* Array: https://tc39.es/ecma262/#sec-array-objects
 * The constructor (`new Array(3)`, the RangeError for a bad length), Array.isArray, and
 * Array.prototype.push / pop. The rest of Array comes with the self-hosted library. The exotic
 * "length" itself is array.c's. */
#include <math.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

#define MAX_SAFE_INTEGER 9007199254740991.0

/* https://tc39.es/ecma262/#sec-array */
NATIVE(array_constructor)
{
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *proto, *array;
    bool ok;
    rh_status status;
    /* 1. If NewTarget is undefined, let newTarget be the active function object. */
    roots[0] = value_is_undefined(new_target) ? value_from_object(rh_native_callee(agent)) : new_target;
    ENTER_ROOTS(agent, frame, roots);
    /* 2. proto = ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%") */
    status = builtins_prototype_from_constructor(agent, roots[0], RH_INTRINSIC_ArrayPrototype, &proto);
    if (status == RH_OK)
        status = array_create(agent, agent->current_realm, proto, &array);
    if (status != RH_OK)
        goto done;
    roots[1] = value_from_object(array);
    if (argc == 1 && value_is_number(args[0])) {
        /* 5. One number: the length, which must be a uint32 (SameValueZero with ToUint32). */
        double len = value_to_double(args[0]);
        if (!(len >= 0 && len <= 4294967295.0 && trunc(len) == len)) {
            status = rh_throw_range_error(agent, "Invalid array length");
            goto done;
        }
        status = rh_set_rjs(agent, roots[1], agent->common.length, value_from_number(len + 0.0), true);
    } else {
        /* 5.c / 6. The arguments are the elements. */
        for (uint32_t i = 0; i < argc && status == RH_OK; i++)
            status = obj_create_data_property(agent, array, key_from_index(i), args[i], &ok);
    }
done:
    heap_leave_frame(agent, &frame);
    *result = roots[1];
    return status;
}

/* https://tc39.es/ecma262/#sec-array.isarray (no proxies yet: IsArray is the kind) */
NATIVE(array_is_array)
{
    rh_value v = rh_arg(args, argc, 0);
    *result = value_from_bool(value_is_object(v) && obj_is_array(value_as_object(v)));
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-lengthofarraylike: ToLength(Get(O, "length")) */
static rh_status length_of_array_like_rjs(rh_agent *agent, rh_value o, double *out)
{
    rh_value length;
    rh_status status = rh_get_rjs(agent, o, agent->common.length, &length);
    if (status == RH_OK)
        status = builtins_to_integer_or_infinity_rjs(agent, length, out);
    if (status == RH_OK)
        *out = *out <= 0 ? 0 : *out > MAX_SAFE_INTEGER ? MAX_SAFE_INTEGER : *out;
    return status;
}

/* The property key of index n (an index key below 2^32 - 1, else the atom of its string). */
static rh_status index_key(rh_agent *agent, double n, rh_value *out)
{
    return atom_key_from_number(agent, agent->current_realm->index, n, out);
}

/* https://tc39.es/ecma262/#sec-array.prototype.push */
NATIVE(array_proto_push)
{
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *o;
    double len;
    rh_status status = rh_to_object(agent, this_value, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = length_of_array_like_rjs(agent, roots[0], &len);
    /* 4. If len + argCount > 2^53 - 1, throw a TypeError exception. */
    if (status == RH_OK && len + argc > MAX_SAFE_INTEGER)
        status = rh_throw_type_error(agent, "Pushing %u elements on an array-like of length %.0f is disallowed",
                                     argc, len);
    for (uint32_t i = 0; i < argc && status == RH_OK; i++) {
        status = index_key(agent, len, &roots[1]);
        if (status == RH_OK)
            status = rh_set_rjs(agent, roots[0], roots[1], args[i], true);
        len++;
    }
    if (status == RH_OK)
        status = rh_set_rjs(agent, roots[0], agent->common.length, value_from_number(len), true);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = value_from_number(len);
    return status;
}

/* https://tc39.es/ecma262/#sec-array.prototype.pop */
NATIVE(array_proto_pop)
{
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *o;
    double len;
    bool deleted;
    rh_status status = rh_to_object(agent, this_value, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = length_of_array_like_rjs(agent, roots[0], &len);
    /* 3. len = 0: Set(O, "length", +0, true) and undefined. */
    if (status == RH_OK && len == 0) {
        status = rh_set_rjs(agent, roots[0], agent->common.length, value_from_int32(0), true);
    } else if (status == RH_OK) {
        /* 4. the last element: Get, DeletePropertyOrThrow, then the new length. */
        status = index_key(agent, len - 1, &roots[1]);
        if (status == RH_OK)
            status = rh_get_rjs(agent, roots[0], roots[1], &roots[2]);
        if (status == RH_OK)
            status = rh_delete_rjs(agent, roots[0], roots[1], true, &deleted);
        if (status == RH_OK)
            status = rh_set_rjs(agent, roots[0], agent->common.length, value_from_number(len - 1), true);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = roots[2];
    return status;
}

static const rh_builtin_method array_statics[] = {
    RH_METHOD("isArray", array_is_array, 1),
};

static const rh_builtin_method array_prototype_methods[] = {
    RH_METHOD("pop", array_proto_pop, 0),
    RH_METHOD("push", array_proto_push, 1),
};

static const rh_builtin_class array_class = {
    "Array", array_constructor, 1, RH_INTRINSIC_Array,
    array_statics, RH_COUNT_OF(array_statics),
    array_prototype_methods, RH_COUNT_OF(array_prototype_methods),
};

/* %Array.prototype% (an array, with values and @@iterator from array_iterator.c) and %Array%:
 * https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object */
rh_status builtins_make_array_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *proto, *constructor;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = intrinsic_make_array_prototype(agent, realm, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    builtins_publish(realm, RH_INTRINSIC_ArrayPrototype, proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &array_class, &constructor);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_array(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_ArrayPrototype, RH_INTRINSIC_Array, out);
}
