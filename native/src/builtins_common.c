/* Helpers the builtins_*.c files share: installing method tables, constructor/prototype pairs,
 * GetPrototypeFromConstructor, small conversions (rh_builtins.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))

void builtins_publish(rh_realm *realm, int id, rh_object *made)
{
    /* The table exists while a maker runs (realm_intrinsic_get made it first). */
    if (realm->intrinsics[id] == NULL)
        realm->intrinsics[id] = made;
}

/* Adds target[key] = value (with setter for an accessor): makers build fresh objects whose keys
 * are new, so they append to the shape directly. Going through [[DefineOwnProperty]] would look
 * each key up first, which builds a lookup table on every intermediate shape of a big object.
 * target, key, value and setter must be rooted. */
static rh_status add_property(rh_agent *agent, rh_object *target, rh_value key, rh_value value, rh_value setter,
                              uint8_t attrs)
{
    return obj_add_named(agent, target, key, value, setter, attrs);
}

rh_status builtins_add_value(rh_agent *agent, rh_object *target, const char *name, rh_value value, uint8_t attrs)
{
    rh_value roots[3] = {value_from_object(target), value, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *key;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = atom_from_ascii(agent, target->cell.realm_index, name, &key);
    if (status == RH_OK) {
        roots[2] = value_from_string(key);
        status = add_property(agent, target, roots[2], value, RH_UNDEFINED, attrs);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

static rh_status define_method(rh_agent *agent, rh_realm *realm, rh_object *target, const rh_builtin_method *m)
{
    rh_value roots[3] = {value_from_object(target), RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *fn;
    rh_string *name;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    if (m->symbol == RH_BUILTIN_NO_SYMBOL) {
        status = atom_from_ascii(agent, realm->index, m->name, &name);
        if (status == RH_OK)
            roots[1] = value_from_string(name);
    } else {
        roots[1] = rh_well_known_symbol(agent, (rh_well_known_symbol_id)m->symbol);
        status = roots[1] == RH_UNDEFINED ? RH_ERR_OOM : RH_OK;
    }
    if (status == RH_OK)
        status = func_new_native(agent, realm, m->fn, roots[1], m->length, 0, m->magic, &fn);
    if (status == RH_OK) {
        roots[2] = value_from_object(fn);
        status = add_property(agent, target, roots[1], roots[2], RH_UNDEFINED, m->attrs);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status builtins_define_methods(rh_agent *agent, rh_realm *realm, rh_object *target,
                                  const rh_builtin_method *methods, size_t count)
{
    rh_status status = RH_OK;
    for (size_t i = 0; i < count && status == RH_OK; i++)
        status = define_method(agent, realm, target, &methods[i]);
    return status;
}

rh_status builtins_define_numbers(rh_agent *agent, rh_object *target, const rh_builtin_number *numbers, size_t count)
{
    rh_status status = RH_OK;
    for (size_t i = 0; i < count && status == RH_OK; i++)
        status = builtins_add_value(agent, target, numbers[i].name, value_from_number(numbers[i].value), 0);
    return status;
}

rh_status builtins_define_accessor(rh_agent *agent, rh_realm *realm, rh_object *target,
                                   const rh_builtin_accessor *accessor)
{
    char name[64];
    rh_value roots[4] = {value_from_object(target), RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *fn;
    rh_string *key;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = atom_from_ascii(agent, realm->index, accessor->name, &key);
    if (status == RH_OK) {
        roots[1] = value_from_string(key);
        /* https://tc39.es/ecma262/#sec-setfunctionname with prefix "get" / "set" */
        snprintf(name, sizeof name, "get %s", accessor->name);
        status = func_new_native_ascii(agent, realm, accessor->getter, name, 0, 0, 0, &fn);
    }
    if (status == RH_OK) {
        roots[2] = value_from_object(fn);
        if (accessor->setter != NULL) {
            snprintf(name, sizeof name, "set %s", accessor->name);
            status = func_new_native_ascii(agent, realm, accessor->setter, name, 1, 0, 0, &fn);
            if (status == RH_OK)
                roots[3] = value_from_object(fn);
        }
    }
    if (status == RH_OK)
        status = add_property(agent, target, roots[1], roots[2], roots[3], RH_ATTR_ACCESSOR | RH_ATTR_CONFIGURABLE);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status builtins_make_pair(rh_agent *agent, rh_realm *realm, rh_object *prototype, const rh_builtin_class *cls,
                             rh_object **constructor)
{
    rh_value roots[2] = {value_from_object(prototype), RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *f;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = func_new_native_ascii(agent, realm, cls->constructor, cls->name, cls->length, RH_FUNC_CONSTRUCTOR, 0, &f);
    if (status == RH_OK) {
        roots[1] = value_from_object(f);
        builtins_publish(realm, cls->constructor_id, f);
        /* F.prototype: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false } */
        status = builtins_add_value(agent, f, "prototype", roots[0], 0);
    }
    if (status == RH_OK)
        status = builtins_add_value(agent, prototype, "constructor", roots[1], RH_BUILTIN_METHOD_ATTRS);
    if (status == RH_OK)
        status = builtins_define_methods_lazily(agent, realm, f, cls->statics, cls->static_count);
    if (status == RH_OK)
        status = builtins_define_methods_lazily(agent, realm, prototype, cls->methods, cls->method_count);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *constructor = f;
    return status;
}

rh_status builtins_constructor_of(rh_realm *realm, int prototype_id, int constructor_id, rh_object **out)
{
    rh_object *prototype;
    rh_status status = realm_intrinsic_get(realm, (rh_intrinsic_id)prototype_id, &prototype);
    if (status != RH_OK)
        return status;
    *out = realm->intrinsics[constructor_id];
    return *out != NULL ? RH_OK : RH_ERR_OOM;
}

/* https://tc39.es/ecma262/#sec-getfunctionrealm */
static rh_realm *function_realm(rh_agent *agent, rh_object *f)
{
    rh_realm *realm;
    while (f->kind == RH_OBJ_BOUND_FUNCTION && value_is_object(func_data(f)->u.bound.target))
        f = value_as_object(func_data(f)->u.bound.target);
    realm = func_realm(agent, f);
    return realm != NULL ? realm : agent->current_realm;
}

rh_status builtins_prototype_from_constructor(rh_agent *agent, rh_value new_target, int default_id, rh_object **out)
{
    rh_value key, proto;
    /* 2. Let proto be ? Get(constructor, "prototype"). */
    rh_status status = rh_atom_ascii(agent, "prototype", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, new_target, key, &proto);
    if (status != RH_OK)
        return status;
    if (value_is_object(proto)) {
        *out = value_as_object(proto);
        return RH_OK;
    }
    /* 3. Not an object: the realm of the constructor, and its intrinsic default. */
    return realm_intrinsic_get(function_realm(agent, value_as_object(new_target)), (rh_intrinsic_id)default_id, out);
}

rh_status builtins_wrapper_from_constructor(rh_agent *agent, rh_value new_target, int default_id, rh_value value,
                                            rh_object **out)
{
    rh_object *proto;
    rh_value roots[1] = {value};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_prototype_from_constructor(agent, new_target, default_id, &proto);
    if (status == RH_OK)
        status = obj_new_with_internals(agent, agent->current_realm, RH_OBJ_PRIMITIVE, proto, RH_OBJECT_INLINE_SLOTS,
                                        1, out);
    if (status == RH_OK)
        obj_internals(*out)[0] = roots[0];
    heap_leave_frame(agent, &frame);
    return status;
}

rh_value builtins_wrapped_value(rh_value v)
{
    rh_object *o;
    if (!value_is_object(v))
        return RH_HOLE;
    o = value_as_object(v);
    return o->kind == RH_OBJ_PRIMITIVE && o->internal_count >= 1 ? obj_internals(o)[0] : RH_HOLE;
}

rh_status builtins_array_from(rh_agent *agent, const rh_value *values, size_t count, rh_value *out)
{
    rh_realm *realm = agent->current_realm;
    rh_object *proto, *array;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    bool ok;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ArrayPrototype, &proto);
    if (status == RH_OK)
        status = array_create(agent, realm, proto, &array);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(array);
    ENTER_ROOTS(agent, frame, roots);
    for (size_t i = 0; i < count && status == RH_OK; i++)
        status = obj_create_data_property(agent, array, key_from_index((uint32_t)i), values[i], &ok);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = roots[0];
    return status;
}

rh_status builtins_to_integer_or_infinity_rjs(rh_agent *agent, rh_value v, double *out)
{
    double d;
    /* 1. Let number be ? ToNumber(argument). */
    rh_status status = rh_to_number_rjs(agent, v, &d);
    if (status != RH_OK)
        return status;
    /* 2. NaN, +0, -0 -> 0; 3. infinities stay; 4. truncate (and drop -0). */
    if (d != d || d == 0)
        d = 0;
    else if (isfinite(d))
        d = trunc(d) + 0.0;
    *out = d;
    return RH_OK;
}

rh_status builtins_flat_string(rh_agent *agent, rh_value v, rh_string **out)
{
    return str_flatten(agent, value_as_string(v), out);
}

rh_status builtins_to_flat_string_rjs(rh_agent *agent, rh_value v, rh_value *as_value, rh_string **out)
{
    rh_status status = rh_to_string_rjs(agent, v, as_value);
    if (status != RH_OK)
        return status;
    status = str_flatten(agent, value_as_string(*as_value), out);
    if (status == RH_OK)
        *as_value = value_from_string(*out);
    return status;
}

rh_status builtins_get_own_property(rh_agent *agent, rh_object *o, rh_value key, bool *found,
                                    rh_property_descriptor *desc)
{
    if (o->kind == RH_OBJ_GLOBAL && agent->realms[o->cell.realm_index] != NULL) {
        rh_value roots[2] = {value_from_object(o), key};
        rh_root_frame frame;
        rh_status status;
        ENTER_ROOTS(agent, frame, roots);
        status = global_materialize(agent, agent->realms[o->cell.realm_index], key);
        heap_leave_frame(agent, &frame);
        if (status != RH_OK)
            return status;
    }
    if (o->flags & RH_OBJ_LAZY_HOLDER) {
        rh_value roots[2] = {value_from_object(o), key};
        rh_root_frame frame;
        rh_status status;
        ENTER_ROOTS(agent, frame, roots);
        status = selfhost_materialize(agent, o, key);
        heap_leave_frame(agent, &frame);
        if (status != RH_OK)
            return status;
    }
    *found = obj_get_own_property(agent, o, key, desc);
    return RH_OK;
}

rh_status builtins_own_keys(rh_agent *agent, rh_object *o, rh_value **keys, size_t *count)
{
    rh_status status = RH_OK;
    size_t n;
    *keys = NULL;
    if (o->kind == RH_OBJ_GLOBAL && agent->realms[o->cell.realm_index] != NULL) {
        rh_value roots[1] = {value_from_object(o)};
        rh_root_frame frame;
        ENTER_ROOTS(agent, frame, roots);
        status = global_materialize(agent, agent->realms[o->cell.realm_index], RH_UNDEFINED);
        heap_leave_frame(agent, &frame);
    }
    if (status == RH_OK)
        status = obj_own_property_keys(agent, o, NULL, 0, &n);
    if (status != RH_OK)
        return status;
    *keys = malloc((n ? n : 1) * sizeof **keys);
    if (*keys == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    status = obj_own_property_keys(agent, o, *keys, n, count);
    if (status != RH_OK) {
        free(*keys);
        *keys = NULL;
    }
    return status;
}

bool builtins_set_prototype_of(rh_agent *agent, rh_object *o, rh_object *proto)
{
    rh_realm *realm = agent->realms[o->cell.realm_index];
    /* https://tc39.es/ecma262/#sec-immutable-prototype-exotic-objects: %Object.prototype% */
    if (realm != NULL && realm->intrinsics != NULL && realm->intrinsics[RH_INTRINSIC_ObjectPrototype] == o)
        return proto == o->proto;
    return obj_set_prototype_of(o, proto);
}
