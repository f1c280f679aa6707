/* Array iterators: https://tc39.es/ecma262/#sec-array-iterator-objects (rh_iterator.h). Every
 * kind steps here; %Array.prototype.keys% and entries are selfhosted/array.js, which makes its
 * iterators with array_iterator_create. */
#include "rh_array.h"
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_iterator.h"
#include "rh_ops.h"
#include "rh_realm.h"

/* internals of an array iterator object */
#define ITER_TARGET 0 /* the iterated object, undefined once done */
#define ITER_INDEX 1  /* the next index (a number) */
#define ITER_TAG 2    /* RH_ARRAY_ITERATOR_TAG: tells an array iterator from other internal objects */
#define ITER_KIND 3   /* RH_ITERATE_KEYS, RH_ITERATE_VALUES or RH_ITERATE_ENTRIES */
#define ITER_SLOTS 4
#define RH_ARRAY_ITERATOR_TAG 0x41495452 /* "AITR" */

static bool is_array_iterator(rh_value v)
{
    rh_object *o;
    if (!value_is_object(v))
        return false;
    o = value_as_object(v);
    return o->kind == RH_OBJ_INTERNAL && o->internal_count == ITER_SLOTS &&
           obj_internals(o)[ITER_TAG] == value_from_int32(RH_ARRAY_ITERATOR_TAG);
}

/* The length of an array-like: arrays directly, anything else through "length". */
static rh_status length_of(rh_agent *agent, rh_value target, double *out)
{
    rh_value v;
    rh_status status;
    if (value_as_object(target)->kind == RH_OBJ_ARRAY) {
        *out = value_as_object(target)->array_length;
        return RH_OK;
    }
    status = rh_get_rjs(agent, target, agent->common.length, &v);
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, v, out);
    return status;
}

/* %ArrayIteratorPrototype%.next steps 1-? : https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next */
rh_status array_iterator_step(rh_agent *agent, rh_object *iterator, bool *done, rh_value *out)
{
    rh_value *in = obj_internals(iterator);
    rh_value target = in[ITER_TARGET], roots[1] = {value_from_object(iterator)};
    rh_root_frame frame;
    double length, index = value_to_double(in[ITER_INDEX]);
    rh_status status;
    if (value_is_undefined(target)) {
        *done = true;
        return RH_OK;
    }
    /* Dense arrays answer in place. */
    rh_object *a = value_as_object(target);
    int kind = value_as_int32(in[ITER_KIND]);
    if (kind == RH_ITERATE_VALUES && a->kind == RH_OBJ_ARRAY && index < a->array_length && a->elements.dense != NULL && !(a->flags & RH_OBJ_SPARSE) &&
        index < a->elements.dense->length && a->elements.dense->values[(uint32_t)index] != RH_HOLE) {
        *out = a->elements.dense->values[(uint32_t)index];
        in[ITER_INDEX] = value_from_number(index + 1);
        *done = false;
        return RH_OK;
    }
    heap_enter_frame(agent, &frame, roots, 1);
    status = length_of(agent, target, &length);
    if (status == RH_OK && index >= length) {
        in[ITER_TARGET] = RH_UNDEFINED;
        *done = true;
    } else if (status == RH_OK) {
        in[ITER_INDEX] = value_from_number(index + 1);
        *done = false;
        if (kind == RH_ITERATE_KEYS)
            *out = value_from_number(index);
        else
            status = rh_get_rjs(agent, target, value_from_number(index), out);
        if (status == RH_OK && kind == RH_ITERATE_ENTRIES) {
            /* CreateArrayFromList(« indexNumber, elementValue ») */
            rh_value pair[2] = {value_from_number(index), *out};
            rh_root_frame pair_frame;
            heap_enter_frame(agent, &pair_frame, pair, 2);
            status = builtins_array_from(agent, pair, 2, out);
            heap_leave_frame(agent, &pair_frame);
        }
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* A result object { value, done }: https://tc39.es/ecma262/#sec-createiterresultobject */
static rh_status iter_result(rh_agent *agent, rh_value value, bool done, rh_value *out)
{
    rh_object *proto, *o;
    rh_value key, roots[2] = {value, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(agent->current_realm, RH_INTRINSIC_ObjectPrototype, &proto);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = obj_new(agent, agent->current_realm, RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK) {
        roots[1] = value_from_object(o);
        status = rh_atom_ascii(agent, "value", &key);
    }
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, value, RH_ATTR_DEFAULT);
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "done", &key);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, value_from_bool(done), RH_ATTR_DEFAULT);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_from_object(o);
    return status;
}

static rh_status array_iterator_next(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                                     rh_value new_target, rh_value *result)
{
    rh_value value = RH_UNDEFINED;
    bool done;
    rh_status status;
    if (!is_array_iterator(this_value))
        return rh_throw_type_error(agent, "next method called on an incompatible receiver");
    status = array_iterator_step(agent, value_as_object(this_value), &done, &value);
    if (status != RH_OK)
        return status;
    return iter_result(agent, done ? RH_UNDEFINED : value, done, result);
}

bool array_iterator_is_pristine(rh_agent *agent, rh_value iterator, rh_value next)
{
    return is_array_iterator(iterator) && value_is_object(next) &&
           value_as_object(next)->kind == RH_OBJ_NATIVE_FUNCTION &&
           func_data(value_as_object(next))->u.native.fn == array_iterator_next;
}

/* https://tc39.es/ecma262/#sec-createarrayiterator */
rh_status array_iterator_create(rh_agent *agent, rh_object *target, int kind, rh_value *result)
{
    rh_object *proto, *it;
    rh_value roots[1] = {value_from_object(target)};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = realm_intrinsic_get(agent->current_realm, RH_INTRINSIC_ArrayIteratorPrototype, &proto);
    if (status == RH_OK)
        status = obj_new_with_internals(agent, agent->current_realm, RH_OBJ_INTERNAL, proto, 0, ITER_SLOTS, &it);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    obj_internals(it)[ITER_TARGET] = roots[0];
    obj_internals(it)[ITER_INDEX] = value_from_int32(0);
    obj_internals(it)[ITER_TAG] = value_from_int32(RH_ARRAY_ITERATOR_TAG);
    obj_internals(it)[ITER_KIND] = value_from_int32(kind);
    *result = value_from_object(it);
    return RH_OK;
}

/* %Array.prototype.values%: https://tc39.es/ecma262/#sec-array.prototype.values */
static rh_status array_values(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                              rh_value new_target, rh_value *result)
{
    rh_object *target;
    rh_status status = rh_to_object(agent, this_value, &target);
    if (status != RH_OK)
        return status;
    return array_iterator_create(agent, target, RH_ITERATE_VALUES, result);
}

/* %IteratorPrototype%[@@iterator]: https://tc39.es/ecma262/#sec-%iteratorprototype%-@@iterator */
static rh_status return_this(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                             rh_value new_target, rh_value *result)
{
    *result = this_value;
    return RH_OK;
}

/* Defines target[@@iterator] = fn (writable, configurable). */
static rh_status define_iterator_method(rh_agent *agent, rh_realm *realm, rh_object *target, rh_value fn)
{
    rh_value key = rh_well_known_symbol(agent, RH_SYMBOL_iterator);
    if (key == RH_UNDEFINED)
        return RH_ERR_OOM;
    return rh_define_data_rjs(agent, target, key, fn, RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
}

rh_status intrinsic_make_array_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype, *proto, *values;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = array_create(agent, realm, object_prototype, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    heap_enter_frame(agent, &frame, roots, 2);
    status = func_new_native_ascii(agent, realm, array_values, "values", 0, 0, 0, &values);
    if (status == RH_OK) {
        roots[1] = value_from_object(values);
        status = func_define_value(agent, proto, "values", roots[1], RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    }
    if (status == RH_OK)
        status = define_iterator_method(agent, realm, proto, roots[1]);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status intrinsic_make_array_iterator_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *iterator_prototype, *proto, *fn;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_IteratorPrototype, &iterator_prototype);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(iterator_prototype);
    heap_enter_frame(agent, &frame, roots, 2);
    /* %IteratorPrototype%[@@iterator] first: every iterator prototype inherits it. */
    status = func_new_native_ascii(agent, realm, return_this, "[Symbol.iterator]", 0, 0, 0, &fn);
    if (status == RH_OK) {
        roots[1] = value_from_object(fn);
        status = define_iterator_method(agent, realm, iterator_prototype, roots[1]);
    }
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, iterator_prototype, RH_OBJECT_INLINE_SLOTS, &proto);
    if (status == RH_OK) {
        roots[0] = value_from_object(proto);
        status = func_define_native(agent, realm, proto, "next", array_iterator_next, 0);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}
