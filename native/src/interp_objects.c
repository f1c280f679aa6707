/* Slow paths that make objects: literals, arguments, classes, this for constructors, spread,
 * iteration and for-in (rh_interp_slow.h). */
#include <stdlib.h>
#include <string.h>

#include "rh_arguments_exotic.h"
#include "rh_array.h"
#include "rh_atom.h"
#include "rh_call.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_interp_slow.h"
#include "rh_intrinsics.h"
#include "rh_iterator.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))

rh_status interp_new_object(rh_agent *agent, rh_frame *f, rh_value *acc)
{
    rh_object *proto, *o;
    rh_status status = realm_intrinsic_get(f->realm, RH_INTRINSIC_ObjectPrototype, &proto);
    if (status == RH_OK)
        status = obj_new(agent, f->realm, RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK)
        *acc = value_from_object(o);
    return status;
}

rh_status interp_new_array(rh_agent *agent, rh_frame *f, uint32_t capacity, rh_value *acc)
{
    rh_object *proto, *a;
    rh_status status = realm_intrinsic_get(f->realm, RH_INTRINSIC_ArrayPrototype, &proto);
    if (status == RH_OK)
        status = array_create(agent, f->realm, proto, &a);
    if (status == RH_OK)
        *acc = value_from_object(a);
    return status;
}

rh_status interp_array_push(rh_agent *agent, rh_value array, rh_value value)
{
    rh_object *a = value_as_object(array);
    rh_status status = RH_OK;
    if (value != RH_HOLE)
        status = elements_put(agent, a, a->array_length, value, RH_UNDEFINED, RH_ATTR_DEFAULT);
    if (status == RH_OK)
        a->array_length++;
    return status == RH_OK ? RH_OK : rh_throw_status(agent, status, "Invalid array length");
}

/* An array of base[-2-start ..] (the arguments from start on). */
static rh_status arguments_array(rh_agent *agent, rh_frame *f, uint32_t start, rh_object **out)
{
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = interp_new_array(agent, f, 0, &roots[0]);
    ENTER_ROOTS(agent, frame, roots);
    for (uint32_t i = start; status == RH_OK && i < f->argc; i++)
        status = interp_array_push(agent, roots[0], f->base[-2 - (int32_t)i]);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_as_object(roots[0]);
    return status;
}

rh_status interp_create_rest(rh_agent *agent, rh_frame *f, uint32_t start, rh_value *acc)
{
    rh_object *a;
    rh_status status = arguments_array(agent, f, start, &a);
    if (status == RH_OK)
        *acc = value_from_object(a);
    return status;
}

/* A frame of a self-hosted helper (CallIntrinsic) has no function object: the self-hosting
 * compiler never emits what would need one (super, sloppy arguments.callee), so this is a bug. */
static rh_status no_callee(rh_agent *agent)
{
    return rh_throw_type_error(agent, "internal error: a self-hosted helper frame has no function object");
}

/* The arguments object's own @@iterator (%Array.prototype.values%, read from this realm's
 * %Array.prototype%) and callee: the function itself in sloppy code, a %ThrowTypeError% accessor
 * in strict code. */
static rh_status define_arguments_extras(rh_agent *agent, rh_frame *f, rh_object *o, bool strict)
{
    rh_object *array_prototype, *thrower;
    rh_value key = rh_well_known_symbol(agent, RH_SYMBOL_iterator), values, callee_key;
    rh_property_descriptor desc;
    bool ok;
    rh_status status = key == RH_UNDEFINED ? RH_ERR_OOM : realm_intrinsic_get(f->realm, RH_INTRINSIC_ArrayPrototype,
                                                                                &array_prototype);
    if (status == RH_OK)
        status = rh_object_get_rjs(agent, array_prototype, key, value_from_object(array_prototype), &values);
    if (status == RH_OK && !value_is_undefined(values))
        status = rh_define_data_rjs(agent, o, key, values, RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    if (status == RH_OK && strict)
        status = realm_intrinsic_get(f->realm, RH_INTRINSIC_ThrowTypeError, &thrower);
    /* The atom last: nothing may allocate between making it and storing it under a root. */
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "callee", &callee_key);
    if (status != RH_OK)
        return status;
    if (!strict && f->callee == NULL)
        return no_callee(agent);
    if (!strict)
        return rh_define_data_rjs(agent, o, callee_key, value_from_object(f->callee), RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    desc = (rh_property_descriptor){.value = RH_UNDEFINED, .getter = value_from_object(thrower),
                                    .setter = value_from_object(thrower),
                                    .fields = RH_DESC_GET | RH_DESC_SET | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE,
                                    .attrs = 0};
    {
        rh_value roots[2] = {callee_key, value_from_object(thrower)};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        status = obj_define_own_property(agent, o, callee_key, &desc, &ok);
        heap_leave_frame(agent, &frame);
    }
    return status;
}

/* https://tc39.es/ecma262/#sec-createunmappedargumentsobject and
 * https://tc39.es/ecma262/#sec-createmappedargumentsobject: the object with its length, elements,
 * @@iterator and callee; mapped_count > 0 gives it that many mapped indexes (of slots, in f's
 * current context: the function's, which holds the parameters). */
static rh_status create_arguments(rh_agent *agent, rh_frame *f, bool mapped, const uint32_t *slots,
                                  uint32_t mapped_count, rh_value *acc)
{
    rh_object *proto, *o;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(f->realm, RH_INTRINSIC_ObjectPrototype, &proto);
    if (status == RH_OK)
        status = obj_new_with_internals(agent, f->realm, RH_OBJ_ARGUMENTS, proto, RH_OBJECT_INLINE_SLOTS,
                                        mapped_count > 0 ? 1 + mapped_count : 0, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = rh_define_data_rjs(agent, o, agent->common.length, value_from_int32((int32_t)f->argc),
                                RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    for (uint32_t i = 0; status == RH_OK && i < f->argc; i++)
        status = elements_put(agent, o, i, f->base[-2 - (int32_t)i], RH_UNDEFINED, RH_ATTR_DEFAULT);
    if (status == RH_OK && mapped_count > 0)
        status = argx_init_map(agent, o, f->ctx, slots, mapped_count);
    if (status == RH_OK)
        status = define_arguments_extras(agent, f, o, !mapped || (f->fn->flags & RH_FN_STRICT));
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *acc = roots[0];
    return status;
}

rh_status interp_create_arguments(rh_agent *agent, rh_frame *f, unsigned mapped, rh_value *acc)
{
    return create_arguments(agent, f, mapped != 0, NULL, 0, acc);
}

rh_status interp_create_mapped_arguments(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *acc)
{
    /* a BindingList: count, then (name, slot) per parameter */
    const uint32_t *list = image_u32_at(f->fn->image, image_constant_a(f->fn, constant));
    uint32_t count = list[0] < f->argc ? list[0] : f->argc, slots[RH_ARGX_MAX_MAPPED];
    if (count > RH_ARGX_MAX_MAPPED)
        count = RH_ARGX_MAX_MAPPED;
    for (uint32_t i = 0; i < count; i++)
        slots[i] = list[2 + 2 * i];
    return create_arguments(agent, f, true, slots, count, acc);
}

/* https://tc39.es/ecma262/#sec-ordinarycreatefromconstructor with %Object.prototype% */
rh_status interp_create_this_rjs(rh_agent *agent, rh_realm *realm, rh_value new_target, rh_value *out)
{
    rh_value proto, key;
    rh_object *o, *fallback;
    rh_status status = rh_atom_ascii(agent, "prototype", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, new_target, key, &proto);
    if (status == RH_OK && !value_is_object(proto)) {
        status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &fallback);
        proto = value_from_object(fallback);
    }
    if (status == RH_OK) {
        rh_value roots[1] = {proto};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, value_as_object(proto), RH_OBJECT_INLINE_SLOTS, &o);
        heap_leave_frame(agent, &frame);
    }
    if (status == RH_OK)
        *out = value_from_object(o);
    return status;
}

/* --- classes: https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation --- */

rh_status interp_create_class_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value heritage,
                                  rh_value *prototype, rh_value *acc)
{
    rh_object *proto_parent = NULL, *constructor_parent, *proto, *F;
    rh_value roots[3] = {heritage, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value key;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = realm_intrinsic_get(f->realm, RH_INTRINSIC_FunctionPrototype, &constructor_parent);
    if (status == RH_OK && heritage == RH_HOLE) {
        status = realm_intrinsic_get(f->realm, RH_INTRINSIC_ObjectPrototype, &proto_parent);
    } else if (status == RH_OK && !value_is_null(heritage)) {
        rh_value pp;
        if (!value_is_constructor(heritage)) {
            status = rh_throw_type_error(agent, "Class extends value is not a constructor or null");
        } else {
            constructor_parent = value_as_object(heritage);
            status = rh_atom_ascii(agent, "prototype", &key);
            if (status == RH_OK)
                status = rh_get_rjs(agent, heritage, key, &pp);
            if (status == RH_OK && !value_is_object(pp) && !value_is_null(pp))
                status = rh_throw_type_error(agent, "Class extends value does not have valid prototype property");
            if (status == RH_OK)
                proto_parent = value_is_object(pp) ? value_as_object(pp) : NULL;
        }
    }
    if (status == RH_OK)
        status = obj_new(agent, f->realm, RH_OBJ_ORDINARY, proto_parent, RH_OBJECT_INLINE_SLOTS, &proto);
    if (status == RH_OK) {
        roots[1] = value_from_object(proto);
        roots[2] = value_from_object(constructor_parent);
        status = func_new_closure(agent, f->realm, image_constant_function(f->fn, constant), f->ctx, proto, &F);
    }
    if (status == RH_OK) {
        F->proto = value_as_object(roots[2]);
        roots[2] = value_from_object(F);
        status = rh_atom_ascii(agent, "prototype", &key);
    }
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, F, key, roots[1], 0);
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "constructor", &key);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, proto, key, roots[2], RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK) {
        *prototype = roots[1];
        *acc = roots[2];
    }
    return status;
}

rh_status interp_initialize_instance_rjs(rh_agent *agent, rh_value receiver, rh_value constructor)
{
    rh_object *fields;
    rh_value ignored;
    if (!value_is_callable(constructor) || value_as_object(constructor)->kind != RH_OBJ_FUNCTION)
        return RH_OK;
    fields = func_data(value_as_object(constructor))->u.js.fields;
    if (fields == NULL)
        return RH_OK;
    return rh_call_rjs(agent, value_from_object(fields), receiver, NULL, 0, &ignored);
}

/* The function whose super and new.target an arrow sees: the nearest non-arrow around it. */
static rh_object *lexical_function(rh_object *callee)
{
    rh_function_data *data = func_data(callee);
    return (data->flags & RH_FUNC_ARROW) && data->u.js.lexical_callee != NULL ? data->u.js.lexical_callee : callee;
}

rh_status interp_new_closure(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *acc)
{
    const rh_unlinked *fn = image_constant_function(f->fn, constant);
    rh_object *closure, *home = NULL;
    bool arrow = (fn->flags & RH_FN_ARROW) != 0 && f->callee != NULL && f->callee->kind == RH_OBJ_FUNCTION;
    if (arrow)
        home = func_data(lexical_function(f->callee))->u.js.home_object;
    rh_status status = func_new_closure(agent, f->realm, fn, f->ctx, home, &closure);
    if (status != RH_OK)
        return status;
    if (arrow) {
        rh_function_data *data = func_data(closure);
        data->u.js.lexical_callee = lexical_function(f->callee);
        data->u.js.lexical_new_target = f->new_target;
    }
    *acc = value_from_object(closure);
    return RH_OK;
}

/* super(...): the active function's [[GetPrototypeOf]], which must be a constructor. */
rh_status interp_super_constructor(rh_agent *agent, rh_frame *f, rh_value *out)
{
    rh_object *parent;
    if (f->callee == NULL)
        return no_callee(agent);
    parent = lexical_function(f->callee)->proto;
    if (parent == NULL || !value_is_constructor(value_from_object(parent)))
        return rh_throw_type_error(agent, "Super constructor is not a constructor");
    *out = value_from_object(parent);
    return RH_OK;
}

rh_status interp_super_home_prototype(rh_agent *agent, rh_frame *f, rh_value *out)
{
    rh_object *home;
    if (f->callee == NULL)
        return no_callee(agent);
    home = func_data(lexical_function(f->callee))->u.js.home_object;
    if (home == NULL)
        return rh_throw_syntax_error(agent, "'super' keyword unexpected here");
    *out = home->proto ? value_from_object(home->proto) : RH_NULL;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-copydataproperties */
rh_status interp_copy_data_properties_rjs(rh_agent *agent, rh_value target, rh_value source,
                                          const rh_value *excluded, uint32_t excluded_count)
{
    rh_object *from;
    rh_value *keys = NULL;
    size_t count = 0;
    rh_value roots[4] = {target, source, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame, keys_frame;
    rh_status status;
    if (value_is_nullish(source))
        return RH_OK;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_object(agent, source, &from);
    if (status == RH_OK) {
        roots[1] = value_from_object(from);
        status = obj_own_property_keys(agent, from, NULL, 0, &count);
    }
    if (status == RH_OK && count > 0) {
        keys = malloc(count * sizeof *keys);
        status = keys == NULL ? RH_ERR_OOM : obj_own_property_keys(agent, from, keys, count, &count);
    }
    /* A getter may delete the keys still to come (and collect their atoms): the list is rooted. */
    heap_enter_frame(agent, &keys_frame, keys, status == RH_OK ? (uint32_t)count : 0);
    for (size_t i = 0; status == RH_OK && i < count; i++) {
        rh_property_descriptor desc;
        bool skip = false, ok;
        rh_value key = keys[i];
        for (uint32_t e = 0; e < excluded_count; e++)
            skip = skip || rh_strictly_equal(excluded[e], key);
        if (skip || !obj_get_own_property(agent, from, key, &desc) || !(desc.attrs & RH_ATTR_ENUMERABLE))
            continue;
        roots[2] = key;
        /* The value stays rooted while the define may allocate (and collect). */
        status = rh_object_get_rjs(agent, from, key, roots[1], &roots[3]);
        if (status == RH_OK)
            status = obj_create_data_property(agent, value_as_object(target), key, roots[3], &ok);
    }
    heap_leave_frame(agent, &keys_frame);
    free(keys);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status interp_array_spread_rjs(rh_agent *agent, rh_value array, rh_value iterable)
{
    /* array, iterable, the iterator record (iterator, next method), the value */
    rh_value roots[5] = {array, iterable, RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    bool done = false;
    ENTER_ROOTS(agent, frame, roots);
    status = interp_get_iterator_rjs(agent, iterable, &roots[2]);
    while (status == RH_OK) {
        /* The value stays rooted while the push may grow the elements (and collect). */
        status = interp_iterator_step_rjs(agent, &roots[2], &done, &roots[4]);
        if (status != RH_OK || done)
            break;
        status = interp_array_push(agent, array, roots[4]);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status interp_spread_arguments(rh_agent *agent, rh_value array, rh_value **args, uint32_t *argc)
{
    rh_object *a = value_as_object(array);
    if (a->array_length == 0 || a->elements.dense == NULL) {
        *args = NULL;
        *argc = 0;
        return RH_OK;
    }
    if (a->flags & RH_OBJ_SPARSE)
        return rh_throw_range_error(agent, "too many arguments in a spread call");
    *args = a->elements.dense->values;
    *argc = a->elements.dense->length;
    return RH_OK;
}

/* --- iteration: https://tc39.es/ecma262/#sec-getiterator --- */

rh_status interp_get_iterator_rjs(rh_agent *agent, rh_value iterable, rh_value *record)
{
    rh_value method, iterator, next, key;
    rh_value roots[2] = {iterable, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    method = rh_well_known_symbol(agent, RH_SYMBOL_iterator);
    status = method == RH_UNDEFINED ? RH_ERR_OOM : rh_get_rjs(agent, iterable, method, &method);
    if (status == RH_OK && !value_is_callable(method))
        status = rh_throw_type_error(agent, "object is not iterable");
    if (status == RH_OK) {
        roots[1] = method;
        status = rh_call_rjs(agent, method, iterable, NULL, 0, &iterator);
    }
    if (status == RH_OK && !value_is_object(iterator))
        status = rh_throw_type_error(agent, "Result of the Symbol.iterator method is not an object");
    if (status == RH_OK) {
        record[0] = iterator;
        status = rh_atom_ascii(agent, "next", &key);
    }
    if (status == RH_OK)
        status = rh_get_rjs(agent, iterator, key, &next);
    if (status == RH_OK)
        record[1] = next;
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-iteratorstepvalue, with the array iterator stepped in place. */
rh_status interp_iterator_step_rjs(rh_agent *agent, rh_value *record, bool *done, rh_value *acc)
{
    rh_value result, key;
    rh_status status;
    if (array_iterator_is_pristine(agent, record[0], record[1]))
        return array_iterator_step(agent, value_as_object(record[0]), done, acc);
    status = rh_call_rjs(agent, record[1], record[0], NULL, 0, &result);
    if (status != RH_OK)
        return status;
    if (!value_is_object(result))
        return rh_throw_type_error(agent, "Iterator result is not an object");
    {
        rh_value roots[1] = {result};
        rh_root_frame frame;
        rh_value done_value;
        ENTER_ROOTS(agent, frame, roots);
        status = rh_atom_ascii(agent, "done", &key);
        if (status == RH_OK)
            status = rh_get_rjs(agent, result, key, &done_value);
        if (status == RH_OK)
            *done = rh_to_boolean(done_value);
        if (status == RH_OK && !*done) {
            status = rh_atom_ascii(agent, "value", &key);
            if (status == RH_OK)
                status = rh_get_rjs(agent, result, key, acc);
        }
        heap_leave_frame(agent, &frame);
    }
    return status;
}

/* https://tc39.es/ecma262/#sec-iteratorclose */
rh_status interp_iterator_close_rjs(rh_agent *agent, rh_value *record, bool on_throw)
{
    rh_value method, key, result;
    rh_status status = rh_atom_ascii(agent, "return", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, record[0], key, &method);
    if (status == RH_OK && !value_is_nullish(method)) {
        rh_value roots[1] = {method};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        status = rh_call_rjs(agent, method, record[0], NULL, 0, &result);
        heap_leave_frame(agent, &frame);
        if (status == RH_OK && !on_throw && !value_is_object(result))
            status = rh_throw_type_error(agent, "Iterator result is not an object");
    }
    if (on_throw && status == RH_THROWN) {
        rh_take_exception(agent);
        return RH_OK;
    }
    return status;
}

/* --- for-in: https://tc39.es/ecma262/#sec-enumerate-object-properties ---
 * state[0]: an array of the key strings, state[1]: the next index, state[2]: the object. */

/* Whether key is in the array of keys so far (a shadowing property seen first). */
static bool seen_before(rh_object *keys, rh_value key)
{
    if (keys->elements.dense == NULL)
        return false;
    for (uint32_t i = 0; i < keys->elements.dense->length; i++) {
        if (rh_strictly_equal(keys->elements.dense->values[i], key))
            return true;
    }
    return false;
}

static rh_status collect_keys(rh_agent *agent, rh_object *o, rh_value keys_array, rh_value *visited)
{
    rh_value *keys;
    size_t count;
    rh_status status = obj_own_property_keys(agent, o, NULL, 0, &count);
    if (status != RH_OK || count == 0)
        return status;
    keys = malloc(count * sizeof *keys);
    if (keys == NULL)
        return RH_ERR_OOM;
    status = obj_own_property_keys(agent, o, keys, count, &count);
    for (size_t i = 0; status == RH_OK && i < count; i++) {
        rh_property_descriptor desc;
        rh_value name;
        if (value_is_symbol(keys[i]))
            continue;
        status = rh_to_string_rjs(agent, keys[i], &name);
        if (status != RH_OK)
            break;
        if (seen_before(value_as_object(*visited), name))
            continue;
        visited[1] = name;
        status = interp_array_push(agent, *visited, name);
        if (status == RH_OK && obj_get_own_property(agent, o, keys[i], &desc) && (desc.attrs & RH_ATTR_ENUMERABLE))
            status = interp_array_push(agent, keys_array, name);
    }
    free(keys);
    return status;
}

rh_status interp_for_in_prepare_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value *state)
{
    rh_object *o;
    rh_value roots[3] = {object, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    state[1] = value_from_int32(0);
    status = interp_new_array(agent, f, 0, &state[0]);
    if (status != RH_OK || value_is_nullish(object)) {
        state[2] = RH_UNDEFINED;
        return status;
    }
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_object(agent, object, &o);
    if (status == RH_OK) {
        state[2] = value_from_object(o);
        status = interp_new_array(agent, f, 0, &roots[1]); /* every key seen, enumerable or not */
    }
    if (status == RH_OK && o->kind == RH_OBJ_GLOBAL)
        status = global_materialize(agent, agent->realms[o->cell.realm_index], RH_UNDEFINED);
    for (rh_object *p = o; status == RH_OK && p != NULL; p = p->proto)
        status = collect_keys(agent, p, state[0], &roots[1]);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status interp_for_in_next_rjs(rh_agent *agent, rh_value *state, bool *done, rh_value *acc)
{
    rh_object *keys = value_as_object(state[0]);
    uint32_t length = keys->elements.dense ? keys->elements.dense->length : 0;
    while ((uint32_t)value_as_int32(state[1]) < length) {
        rh_value key = keys->elements.dense->values[value_as_int32(state[1])], property;
        bool present;
        rh_status status;
        state[1] = value_from_int32(value_as_int32(state[1]) + 1);
        /* A key deleted during the loop is skipped. */
        status = rh_to_property_key_rjs(agent, key, &property);
        if (status == RH_OK)
            status = rh_has_property(agent, value_as_object(state[2]), property, &present);
        if (status != RH_OK)
            return status;
        if (present) {
            *done = false;
            *acc = key;
            return RH_OK;
        }
    }
    *done = true;
    return RH_OK;
}

/* super[key] = value: https://tc39.es/ecma262/#sec-super-keyword runtime semantics, then PutValue
 * on a Super Reference: the home object's prototype's [[Set]] with this as the receiver. */
rh_status interp_set_super_rjs(rh_agent *agent, rh_frame *f, rh_value receiver, rh_value key, rh_value value)
{
    rh_value home = RH_UNDEFINED, setter = RH_UNDEFINED, ignored;
    rh_value roots[3] = {receiver, key, value};
    rh_root_frame frame;
    bool ok = false;
    rh_status status = interp_super_home_prototype(agent, f, &home);
    if (status != RH_OK)
        return status;
    if (!value_is_object(home))
        return rh_throw_type_error(agent, "super has no prototype");
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK)
        status = obj_set(agent, value_as_object(home), roots[1], value, receiver, &ok, &setter);
    if (status == RH_NEEDS_CALL) {
        status = rh_call_rjs(agent, setter, receiver, &roots[2], 1, &ignored);
        ok = true;
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK && !ok)
        return rh_throw_type_error(agent, "Cannot assign to read only property of super");
    return status == RH_OK ? RH_OK : rh_throw_status(agent, status, "Invalid assignment");
}

/* Freezes a fresh array of strings: https://tc39.es/ecma262/#sec-setintegritylevel (frozen). */
static rh_status freeze_array(rh_agent *agent, rh_object *a)
{
    rh_property_descriptor desc = {.value = RH_UNDEFINED, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
                                   .fields = RH_DESC_WRITABLE | RH_DESC_CONFIGURABLE, .attrs = 0};
    rh_value roots[1] = {value_from_object(a)};
    rh_root_frame frame;
    rh_status status = RH_OK;
    bool ok;
    ENTER_ROOTS(agent, frame, roots);
    for (uint32_t i = 0; status == RH_OK && i < a->array_length; i++)
        status = obj_define_own_property(agent, a, key_from_index(i), &desc, &ok);
    if (status == RH_OK)
        status = obj_define_own_property(agent, a, agent->common.length, &desc, &ok);
    heap_leave_frame(agent, &frame);
    obj_prevent_extensions(a);
    return status;
}

/* An array of the template's strings (cooked, or raw) from the image's u32 indexes. */
static rh_status template_strings(rh_agent *agent, rh_frame *f, const uint32_t *indexes, uint32_t n, rh_value *out)
{
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = interp_new_array(agent, f, n, &roots[0]);
    ENTER_ROOTS(agent, frame, roots);
    for (uint32_t i = 0; status == RH_OK && i < n; i++) {
        rh_value s = RH_UNDEFINED;
        if (indexes[i] != RH_IMG_NONE)
            status = image_string(agent, f->fn->image, indexes[i], &s);
        if (status == RH_OK)
            status = interp_array_push(agent, roots[0], s);
    }
    heap_leave_frame(agent, &frame);
    *out = roots[0];
    return status;
}

/* https://tc39.es/ecma262/#sec-gettemplateobject: one frozen array per site and realm, cached. */
rh_status interp_template_object_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_meta_template_cache *cache,
                                     rh_value *acc)
{
    const uint32_t *data = image_u32_at(f->fn->image, image_constant_a(f->fn, constant));
    uint32_t n = data[0];
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED}, key;
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = template_strings(agent, f, data + 1, n, &roots[0]);
    if (status == RH_OK)
        status = template_strings(agent, f, data + 1 + n, n, &roots[1]);
    if (status == RH_OK)
        status = freeze_array(agent, value_as_object(roots[1]));
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "raw", &key);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, value_as_object(roots[0]), key, roots[1], 0);
    if (status == RH_OK)
        status = freeze_array(agent, value_as_object(roots[0]));
    heap_leave_frame(agent, &frame);
    if (status == RH_OK) {
        cache->template_object = value_as_object(roots[0]);
        *acc = roots[0];
    }
    return status;
}
