/* Object: https://tc39.es/ecma262/#sec-object-objects
 * The constructor, its static functions and Object.prototype's methods. Every object is ordinary
 * or an array for now (no proxies), so the internal methods are the ordinary ones (rh_object.h). */
#include <stdio.h>
#include <stdlib.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"
#include "rh_symbol.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

/* --- descriptors --- */

/* https://tc39.es/ecma262/#sec-definepropertyorthrow */
static rh_status define_property_or_throw(rh_agent *agent, rh_object *o, rh_value key, const rh_property_descriptor *desc)
{
    rh_property_descriptor converted = *desc;
    bool ok;
    rh_status status = array_length_value_to_number_rjs(agent, o, key, &converted);
    if (status != RH_OK)
        return status;
    status = obj_define_own_property(agent, o, key, &converted, &ok);
    if (status != RH_OK)
        return rh_throw_status(agent, status, "Invalid property descriptor");
    return ok ? RH_OK : rh_throw_type_error(agent, "Cannot redefine property");
}

/* One field of ToPropertyDescriptor: HasProperty, then Get. *present says whether it was there. */
static rh_status descriptor_field_rjs(rh_agent *agent, rh_object *o, const char *name, bool *present, rh_value *out)
{
    rh_value key;
    rh_status status = rh_atom_ascii(agent, name, &key);
    if (status == RH_OK)
        status = rh_has_property(agent, o, key, present);
    if (status == RH_OK && *present)
        status = rh_get_rjs(agent, value_from_object(o), key, out);
    return status;
}

/* https://tc39.es/ecma262/#sec-topropertydescriptor; desc's values are rooted by the caller
 * through *rooted (3 values: value, getter, setter). */
static rh_status to_property_descriptor_rjs(rh_agent *agent, rh_value obj, rh_property_descriptor *desc, rh_value *rooted)
{
    static const struct {
        const char *name;
        uint8_t field;
        uint8_t attr;
    } flags[2] = {{"enumerable", RH_DESC_ENUMERABLE, RH_ATTR_ENUMERABLE},
                  {"configurable", RH_DESC_CONFIGURABLE, RH_ATTR_CONFIGURABLE}};
    rh_object *o;
    rh_value v = RH_UNDEFINED;
    bool present;
    rh_status status = RH_OK;
    /* 1. If Obj is not an Object, throw a TypeError exception. */
    if (!value_is_object(obj))
        return rh_throw_type_error(agent, "Property description must be an object");
    o = value_as_object(obj);
    *desc = (rh_property_descriptor){.value = RH_UNDEFINED, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED};
    rooted[0] = rooted[1] = rooted[2] = RH_UNDEFINED;
    /* 3-8 in the spec's order: enumerable, configurable, value, writable, get, set. */
    for (int i = 0; i < 2 && status == RH_OK; i++) {
        status = descriptor_field_rjs(agent, o, flags[i].name, &present, &v);
        if (status == RH_OK && present) {
            desc->fields |= flags[i].field;
            desc->attrs |= rh_to_boolean(v) ? flags[i].attr : 0;
        }
    }
    if (status == RH_OK)
        status = descriptor_field_rjs(agent, o, "value", &present, &rooted[0]);
    if (status == RH_OK && present)
        desc->fields |= RH_DESC_VALUE;
    if (status == RH_OK)
        status = descriptor_field_rjs(agent, o, "writable", &present, &v);
    if (status == RH_OK && present) {
        desc->fields |= RH_DESC_WRITABLE;
        desc->attrs |= rh_to_boolean(v) ? RH_ATTR_WRITABLE : 0;
    }
    if (status == RH_OK)
        status = descriptor_field_rjs(agent, o, "get", &present, &rooted[1]);
    if (status == RH_OK && present) {
        if (!value_is_undefined(rooted[1]) && !value_is_callable(rooted[1]))
            return rh_throw_type_error(agent, "Getter must be a function");
        desc->fields |= RH_DESC_GET;
    }
    if (status == RH_OK)
        status = descriptor_field_rjs(agent, o, "set", &present, &rooted[2]);
    if (status == RH_OK && present) {
        if (!value_is_undefined(rooted[2]) && !value_is_callable(rooted[2]))
            return rh_throw_type_error(agent, "Setter must be a function");
        desc->fields |= RH_DESC_SET;
    }
    if (status != RH_OK)
        return status;
    /* 15. Both accessor and data fields: TypeError. */
    if ((desc->fields & (RH_DESC_GET | RH_DESC_SET)) && (desc->fields & (RH_DESC_VALUE | RH_DESC_WRITABLE)))
        return rh_throw_type_error(agent, "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
    desc->value = rooted[0];
    desc->getter = rooted[1];
    desc->setter = rooted[2];
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-frompropertydescriptor for a complete descriptor. */
static rh_status from_property_descriptor(rh_agent *agent, const rh_property_descriptor *desc, rh_value *out)
{
    rh_object *proto, *o;
    rh_value roots[3] = {desc->value, desc->getter, desc->setter};
    rh_value slot_roots[1] = {RH_UNDEFINED};
    rh_root_frame frame, slot_frame;
    bool accessor = builtins_is_accessor(desc);
    rh_status status = realm_intrinsic_get(agent->current_realm, RH_INTRINSIC_ObjectPrototype, &proto);
    if (status != RH_OK)
        return status;
    ENTER_ROOTS(agent, frame, roots);
    status = obj_new(agent, agent->current_realm, RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK) {
        slot_roots[0] = value_from_object(o);
        ENTER_ROOTS(agent, slot_frame, slot_roots);
        if (accessor) {
            status = func_define_value(agent, o, "get", roots[1], RH_ATTR_DEFAULT);
            if (status == RH_OK)
                status = func_define_value(agent, o, "set", roots[2], RH_ATTR_DEFAULT);
        } else {
            status = func_define_value(agent, o, "value", roots[0], RH_ATTR_DEFAULT);
            if (status == RH_OK)
                status = func_define_value(agent, o, "writable", value_from_bool(desc->attrs & RH_ATTR_WRITABLE),
                                           RH_ATTR_DEFAULT);
        }
        if (status == RH_OK)
            status = func_define_value(agent, o, "enumerable", value_from_bool(desc->attrs & RH_ATTR_ENUMERABLE),
                                       RH_ATTR_DEFAULT);
        if (status == RH_OK)
            status = func_define_value(agent, o, "configurable",
                                       value_from_bool(desc->attrs & RH_ATTR_CONFIGURABLE), RH_ATTR_DEFAULT);
        heap_leave_frame(agent, &slot_frame);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_from_object(o);
    return status;
}

/* --- the constructor --- */

/* https://tc39.es/ecma262/#sec-object-value */
NATIVE(object_constructor)
{
    rh_object *proto, *o;
    rh_value value = rh_arg(args, argc, 0);
    rh_status status;
    /* 1. A NewTarget other than Object itself (a subclass): OrdinaryCreateFromConstructor. */
    if (!value_is_undefined(new_target) && value_as_object(new_target) != rh_native_callee(agent)) {
        status = builtins_prototype_from_constructor(agent, new_target, RH_INTRINSIC_ObjectPrototype, &proto);
    } else if (value_is_nullish(value)) {
        /* 2. OrdinaryObjectCreate(%Object.prototype%) */
        status = realm_intrinsic_get(agent->current_realm, RH_INTRINSIC_ObjectPrototype, &proto);
    } else {
        /* 3. ToObject(value) */
        status = rh_to_object(agent, value, &o);
        if (status == RH_OK)
            *result = value_from_object(o);
        return status;
    }
    if (status == RH_OK)
        status = obj_new(agent, agent->current_realm, RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK)
        *result = value_from_object(o);
    return status;
}

/* --- static functions --- */

/* https://tc39.es/ecma262/#sec-objectdefineproperties */
static rh_status object_define_properties_rjs(rh_agent *agent, rh_object *o, rh_value properties)
{
    rh_object *props;
    rh_value *keys = NULL, *held = NULL;
    rh_property_descriptor *descs = NULL;
    size_t count = 0, n = 0;
    rh_value roots[2] = {value_from_object(o), RH_UNDEFINED};
    rh_root_frame frame, keys_frame, held_frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    /* 1-2. props = ToObject(Properties); keys = props.[[OwnPropertyKeys]]() */
    status = rh_to_object(agent, properties, &props);
    if (status == RH_OK) {
        roots[1] = value_from_object(props);
        status = builtins_own_keys(agent, props, &keys, &count);
    }
    if (status != RH_OK) {
        heap_leave_frame(agent, &frame);
        return status;
    }
    held = calloc(count * 4 + 1, sizeof *held);
    descs = calloc(count + 1, sizeof *descs);
    if (held == NULL || descs == NULL)
        status = RH_ERR_OOM;
    heap_enter_frame(agent, &keys_frame, keys, (uint32_t)count);
    heap_enter_frame(agent, &held_frame, held, held ? (uint32_t)count * 4 : 0);
    /* 4. Collect every enumerable own property's descriptor first ... */
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        rh_property_descriptor own;
        bool found;
        status = builtins_get_own_property(agent, props, keys[i], &found, &own);
        if (status != RH_OK || !found || !(own.attrs & RH_ATTR_ENUMERABLE))
            continue;
        status = rh_get_rjs(agent, roots[1], keys[i], &held[n * 4]);
        if (status == RH_OK)
            status = to_property_descriptor_rjs(agent, held[n * 4], &descs[n], &held[n * 4 + 1]);
        if (status == RH_OK) {
            held[n * 4] = keys[i];
            n++;
        }
    }
    /* 5. ... then define them in order. */
    for (size_t i = 0; i < n && status == RH_OK; i++)
        status = define_property_or_throw(agent, o, held[i * 4], &descs[i]);
    heap_leave_frame(agent, &held_frame);
    heap_leave_frame(agent, &keys_frame);
    heap_leave_frame(agent, &frame);
    free(keys);
    free(held);
    free(descs);
    if (status == RH_ERR_OOM)
        agent->oom = true;
    return status;
}

/* https://tc39.es/ecma262/#sec-object.create */
NATIVE(object_create)
{
    rh_value proto = rh_arg(args, argc, 0);
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_object *o;
    rh_status status;
    if (!value_is_object(proto) && !value_is_null(proto))
        return rh_throw_type_error(agent, "Object prototype may only be an Object or null");
    status = obj_new(agent, agent->current_realm, RH_OBJ_ORDINARY, value_is_null(proto) ? NULL : value_as_object(proto),
                     RH_OBJECT_INLINE_SLOTS, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    if (!value_is_undefined(rh_arg(args, argc, 1)))
        status = object_define_properties_rjs(agent, o, args[1]);
    heap_leave_frame(agent, &frame);
    *result = roots[0];
    return status;
}

/* https://tc39.es/ecma262/#sec-object.defineproperty */
NATIVE(object_define_property)
{
    rh_value o = rh_arg(args, argc, 0);
    rh_value roots[4] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_property_descriptor desc;
    rh_status status;
    if (!value_is_object(o))
        return rh_throw_type_error(agent, "Object.defineProperty called on non-object");
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, rh_arg(args, argc, 1), &roots[0]);
    if (status == RH_OK)
        status = to_property_descriptor_rjs(agent, rh_arg(args, argc, 2), &desc, &roots[1]);
    if (status == RH_OK)
        status = define_property_or_throw(agent, value_as_object(o), roots[0], &desc);
    heap_leave_frame(agent, &frame);
    *result = o;
    return status;
}

/* https://tc39.es/ecma262/#sec-object.defineproperties */
NATIVE(object_define_properties)
{
    rh_value o = rh_arg(args, argc, 0);
    if (!value_is_object(o))
        return rh_throw_type_error(agent, "Object.defineProperties called on non-object");
    *result = o;
    return object_define_properties_rjs(agent, value_as_object(o), rh_arg(args, argc, 1));
}

/* https://tc39.es/ecma262/#sec-object.getownpropertydescriptor */
NATIVE(object_get_own_property_descriptor)
{
    rh_object *o;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_property_descriptor desc;
    bool found = false;
    rh_status status = rh_to_object(agent, rh_arg(args, argc, 0), &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, rh_arg(args, argc, 1), &roots[1]);
    if (status == RH_OK)
        status = builtins_get_own_property(agent, o, roots[1], &found, &desc);
    *result = RH_UNDEFINED;
    if (status == RH_OK && found)
        status = from_property_descriptor(agent, &desc, result);
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-object.getownpropertydescriptors */
NATIVE(object_get_own_property_descriptors)
{
    rh_object *o, *proto, *descriptors;
    rh_value *keys = NULL;
    size_t count = 0;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame, keys_frame;
    rh_status status = rh_to_object(agent, rh_arg(args, argc, 0), &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = realm_intrinsic_get(agent->current_realm, RH_INTRINSIC_ObjectPrototype, &proto);
    if (status == RH_OK)
        status = obj_new(agent, agent->current_realm, RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &descriptors);
    if (status == RH_OK) {
        roots[1] = value_from_object(descriptors);
        status = builtins_own_keys(agent, o, &keys, &count);
    }
    heap_enter_frame(agent, &keys_frame, keys, keys ? (uint32_t)count : 0);
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        rh_property_descriptor desc;
        bool found, ok;
        status = builtins_get_own_property(agent, o, keys[i], &found, &desc);
        if (status != RH_OK || !found)
            continue;
        status = from_property_descriptor(agent, &desc, &roots[2]);
        if (status == RH_OK)
            status = obj_create_data_property(agent, descriptors, keys[i], roots[2], &ok);
    }
    heap_leave_frame(agent, &keys_frame);
    heap_leave_frame(agent, &frame);
    free(keys);
    *result = roots[1];
    return status;
}

/* https://tc39.es/ecma262/#sec-getownpropertykeys: magic 0 strings, 1 symbols */
NATIVE(object_get_own_property_keys)
{
    bool symbols = func_native_magic(rh_native_callee(agent)) == 1;
    rh_object *o;
    rh_value *keys = NULL;
    size_t count = 0, n = 0;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame, keys_frame;
    rh_status status = rh_to_object(agent, rh_arg(args, argc, 0), &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_own_keys(agent, o, &keys, &count);
    heap_enter_frame(agent, &keys_frame, keys, keys ? (uint32_t)count : 0);
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        if (value_is_symbol(keys[i]) != symbols)
            continue;
        /* Index keys are numbers inside the engine; JavaScript sees their strings. */
        status = key_is_index(keys[i]) ? rh_to_string_rjs(agent, keys[i], &keys[n]) : RH_OK;
        if (status == RH_OK && !key_is_index(keys[i]))
            keys[n] = keys[i];
        n++;
    }
    if (status == RH_OK)
        status = builtins_array_from(agent, keys, n, result);
    heap_leave_frame(agent, &keys_frame);
    heap_leave_frame(agent, &frame);
    free(keys);
    return status;
}

/* https://tc39.es/ecma262/#sec-enumerableownproperties; magic 0 keys, 1 values, 2 entries */
NATIVE(object_enumerable_own)
{
    int kind = func_native_magic(rh_native_callee(agent));
    rh_object *o;
    rh_value *keys = NULL, *items = NULL;
    size_t count = 0, n = 0;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame, keys_frame, items_frame;
    rh_status status = rh_to_object(agent, rh_arg(args, argc, 0), &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_own_keys(agent, o, &keys, &count);
    if (status == RH_OK && (items = calloc(count + 1, sizeof *items)) == NULL)
        status = RH_ERR_OOM;
    heap_enter_frame(agent, &keys_frame, keys, keys ? (uint32_t)count : 0);
    heap_enter_frame(agent, &items_frame, items, items ? (uint32_t)count : 0);
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        rh_property_descriptor desc;
        bool found;
        if (value_is_symbol(keys[i]))
            continue;
        status = builtins_get_own_property(agent, o, keys[i], &found, &desc);
        if (status != RH_OK || !found || !(desc.attrs & RH_ATTR_ENUMERABLE))
            continue;
        status = rh_to_string_rjs(agent, keys[i], &roots[1]);
        if (status == RH_OK && kind == 0) {
            items[n++] = roots[1];
            continue;
        }
        if (status == RH_OK)
            status = rh_get_rjs(agent, roots[0], keys[i], &roots[2]);
        if (status == RH_OK && kind == 1)
            items[n++] = roots[2];
        else if (status == RH_OK)
            status = builtins_array_from(agent, &roots[1], 2, &items[n++]);
    }
    if (status == RH_OK)
        status = builtins_array_from(agent, items, n, result);
    heap_leave_frame(agent, &items_frame);
    heap_leave_frame(agent, &keys_frame);
    heap_leave_frame(agent, &frame);
    free(keys);
    free(items);
    if (status == RH_ERR_OOM)
        agent->oom = true;
    return status;
}

/* https://tc39.es/ecma262/#sec-object.assign */
NATIVE(object_assign)
{
    rh_object *to, *from;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = rh_to_object(agent, rh_arg(args, argc, 0), &to);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(to);
    ENTER_ROOTS(agent, frame, roots);
    for (uint32_t s = 1; s < argc && status == RH_OK; s++) {
        rh_value *keys = NULL;
        size_t count = 0;
        rh_root_frame keys_frame;
        if (value_is_nullish(args[s]))
            continue;
        status = rh_to_object(agent, args[s], &from);
        if (status == RH_OK) {
            roots[1] = value_from_object(from);
            status = builtins_own_keys(agent, from, &keys, &count);
        }
        heap_enter_frame(agent, &keys_frame, keys, keys ? (uint32_t)count : 0);
        for (size_t i = 0; i < count && status == RH_OK; i++) {
            rh_property_descriptor desc;
            bool found;
            status = builtins_get_own_property(agent, from, keys[i], &found, &desc);
            if (status != RH_OK || !found || !(desc.attrs & RH_ATTR_ENUMERABLE))
                continue;
            status = rh_get_rjs(agent, roots[1], keys[i], &roots[2]);
            if (status == RH_OK)
                status = rh_set_rjs(agent, roots[0], keys[i], roots[2], true);
        }
        heap_leave_frame(agent, &keys_frame);
        free(keys);
    }
    heap_leave_frame(agent, &frame);
    *result = roots[0];
    return status;
}

/* https://tc39.es/ecma262/#sec-setintegritylevel; frozen or only sealed. */
static rh_status set_integrity_level(rh_agent *agent, rh_object *o, bool frozen)
{
    rh_value *keys = NULL;
    size_t count = 0;
    rh_value roots[1] = {value_from_object(o)};
    rh_root_frame frame, keys_frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    /* 3. O.[[PreventExtensions]]() (ordinary: always succeeds) */
    status = obj_internal_prevent_extensions(agent, o);
    if (status == RH_OK)
        status = builtins_own_keys(agent, o, &keys, &count);
    heap_enter_frame(agent, &keys_frame, keys, keys ? (uint32_t)count : 0);
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        rh_property_descriptor current, desc = {.value = RH_UNDEFINED, .getter = RH_UNDEFINED,
                                                .setter = RH_UNDEFINED, .fields = RH_DESC_CONFIGURABLE};
        if (frozen && obj_get_own_property(agent, o, keys[i], &current) && !builtins_is_accessor(&current))
            desc.fields |= RH_DESC_WRITABLE;
        status = define_property_or_throw(agent, o, keys[i], &desc);
    }
    heap_leave_frame(agent, &keys_frame);
    heap_leave_frame(agent, &frame);
    free(keys);
    return status;
}

/* https://tc39.es/ecma262/#sec-testintegritylevel */
static rh_status test_integrity_level(rh_agent *agent, rh_object *o, bool frozen, bool *out)
{
    rh_value *keys = NULL;
    size_t count = 0;
    rh_status status;
    *out = false;
    if (obj_is_extensible(o))
        return RH_OK;
    status = builtins_own_keys(agent, o, &keys, &count);
    if (status != RH_OK)
        return status;
    *out = true;
    for (size_t i = 0; i < count && *out; i++) {
        rh_property_descriptor desc;
        if (!obj_get_own_property(agent, o, keys[i], &desc))
            continue;
        if ((desc.attrs & RH_ATTR_CONFIGURABLE) ||
            (frozen && !builtins_is_accessor(&desc) && (desc.attrs & RH_ATTR_WRITABLE)))
            *out = false;
    }
    free(keys);
    return RH_OK;
}

/* Object.freeze (magic 1) and Object.seal (magic 0): https://tc39.es/ecma262/#sec-object.freeze */
NATIVE(object_freeze_or_seal)
{
    rh_value o = rh_arg(args, argc, 0);
    *result = o;
    if (!value_is_object(o))
        return RH_OK;
    return set_integrity_level(agent, value_as_object(o), func_native_magic(rh_native_callee(agent)) == 1);
}

/* Object.isFrozen (magic 1) and Object.isSealed (magic 0): https://tc39.es/ecma262/#sec-object.isfrozen */
NATIVE(object_is_frozen_or_sealed)
{
    rh_value o = rh_arg(args, argc, 0);
    bool answer = true;
    rh_status status = RH_OK;
    if (value_is_object(o))
        status = test_integrity_level(agent, value_as_object(o), func_native_magic(rh_native_callee(agent)) == 1,
                                      &answer);
    *result = value_from_bool(answer);
    return status;
}

/* https://tc39.es/ecma262/#sec-object.preventextensions */
NATIVE(object_prevent_extensions)
{
    rh_value o = rh_arg(args, argc, 0);
    *result = o;
    return value_is_object(o) ? obj_internal_prevent_extensions(agent, value_as_object(o)) : RH_OK;
}

/* https://tc39.es/ecma262/#sec-object.isextensible */
NATIVE(object_is_extensible)
{
    rh_value o = rh_arg(args, argc, 0);
    *result = value_from_bool(value_is_object(o) && obj_is_extensible(value_as_object(o)));
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-object.getprototypeof */
NATIVE(object_get_prototype_of)
{
    rh_object *o;
    rh_status status = rh_to_object(agent, rh_arg(args, argc, 0), &o);
    if (status == RH_OK)
        *result = o->proto ? value_from_object(o->proto) : RH_NULL;
    return status;
}

/* https://tc39.es/ecma262/#sec-object.setprototypeof */
NATIVE(object_set_prototype_of)
{
    rh_value o = rh_arg(args, argc, 0), proto = rh_arg(args, argc, 1);
    /* 1. RequireObjectCoercible(O); 2. proto must be an Object or null. */
    if (value_is_nullish(o))
        return rh_throw_type_error(agent, "Object.setPrototypeOf called on null or undefined");
    if (!value_is_object(proto) && !value_is_null(proto))
        return rh_throw_type_error(agent, "Object prototype may only be an Object or null");
    *result = o;
    if (!value_is_object(o))
        return RH_OK;
    if (!builtins_set_prototype_of(agent, value_as_object(o), value_is_null(proto) ? NULL : value_as_object(proto)))
        return rh_throw_type_error(agent, "Cannot set the prototype of this object");
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-object.is */
NATIVE(object_is)
{
    *result = value_from_bool(value_same_value(rh_arg(args, argc, 0), rh_arg(args, argc, 1)));
    return RH_OK;
}

/* --- Object.prototype --- */

/* Whether O = ToObject(v) has an own property key, and its attributes (desc->attrs only): a
 * primitive answers without making its wrapper (a String object would copy every code unit),
 * which no code can tell apart. key rooted. */
static rh_status own_property_of_value(rh_agent *agent, rh_value v, rh_value key, bool *found,
                                       rh_property_descriptor *desc)
{
    *found = false;
    if (value_is_nullish(v))
        return rh_throw_type_error(agent, "Cannot convert undefined or null to object");
    if (value_is_object(v))
        return builtins_get_own_property(agent, value_as_object(v), key, found, desc);
    if (!value_is_string(v))
        return RH_OK; /* Number, Boolean and Symbol objects have no own properties */
    /* https://tc39.es/ecma262/#sec-string-exotic-objects-getownproperty-p and "length" */
    if (key == agent->common.length) {
        *found = true;
        desc->attrs = 0;
    } else if (key_is_index(key) && key_index(key) < value_as_string(v)->length) {
        *found = true;
        desc->attrs = RH_ATTR_ENUMERABLE;
    }
    return RH_OK;
}

/* The first steps of hasOwnProperty and propertyIsEnumerable: P = ? ToPropertyKey(V), then the
 * own property P of ToObject(this value), if any. */
static rh_status own_property_named_by_arg(rh_agent *agent, rh_value this_value, rh_value v, bool *found,
                                           rh_property_descriptor *desc)
{
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = rh_to_property_key_rjs(agent, v, &roots[0]);
    if (status != RH_OK)
        return status;
    ENTER_ROOTS(agent, frame, roots);
    status = own_property_of_value(agent, this_value, roots[0], found, desc);
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-object.prototype.hasownproperty */
NATIVE(object_proto_has_own_property)
{
    rh_property_descriptor desc;
    bool found = false;
    /* 1. P = ToPropertyKey(V); 2. O = ToObject(this value); 3. HasOwnProperty(O, P) */
    rh_status status = own_property_named_by_arg(agent, this_value, rh_arg(args, argc, 0), &found, &desc);
    *result = value_from_bool(found);
    return status;
}

/* https://tc39.es/ecma262/#sec-object.prototype.isprototypeof */
NATIVE(object_proto_is_prototype_of)
{
    rh_value v = rh_arg(args, argc, 0);
    rh_object *o;
    rh_status status;
    *result = RH_FALSE;
    if (!value_is_object(v))
        return RH_OK;
    status = rh_to_object(agent, this_value, &o);
    if (status != RH_OK)
        return status;
    for (rh_object *p = value_as_object(v)->proto; p != NULL; p = p->proto) {
        if (p == o) {
            *result = RH_TRUE;
            break;
        }
    }
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-object.prototype.propertyisenumerable */
NATIVE(object_proto_property_is_enumerable)
{
    rh_property_descriptor desc;
    bool found = false;
    rh_status status = own_property_named_by_arg(agent, this_value, rh_arg(args, argc, 0), &found, &desc);
    *result = value_from_bool(found && (desc.attrs & RH_ATTR_ENUMERABLE));
    return status;
}

/* The builtinTag of https://tc39.es/ecma262/#sec-object.prototype.tostring step 5-14, for
 * ToObject(v) (a primitive is tagged as its wrapper would be). */
static const char *builtin_tag(rh_value v)
{
    rh_object *o;
    if (!value_is_object(v))
        return value_is_string(v) ? "String" : value_is_number(v) ? "Number" : value_is_bool(v) ? "Boolean" : "Object";
    o = value_as_object(v);
    if (o->kind == RH_OBJ_ARRAY)
        return "Array";
    if (o->kind == RH_OBJ_ARGUMENTS)
        return "Arguments";
    if (obj_is_function(o))
        return "Function";
    if (o->kind == RH_OBJ_ERROR)
        return "Error";
    if (o->kind == RH_OBJ_PRIMITIVE) {
        rh_value v = obj_internals(o)[0];
        if (value_is_bool(v))
            return "Boolean";
        if (value_is_number(v))
            return "Number";
        if (value_is_string(v))
            return "String";
    }
    return "Object";
}

/* https://tc39.es/ecma262/#sec-object.prototype.tostring */
NATIVE(object_proto_to_string)
{
    char text[128];
    rh_value tag, roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *prefix, *joined;
    rh_status status;
    if (value_is_undefined(this_value))
        return rh_atom_ascii(agent, "[object Undefined]", result);
    if (value_is_null(this_value))
        return rh_atom_ascii(agent, "[object Null]", result);
    /* 3. O = ToObject(this value): a primitive's wrapper has no symbol-keyed own property, so
     * GetV on the primitive reads the same @@toStringTag without making the wrapper. */
    roots[0] = this_value;
    ENTER_ROOTS(agent, frame, roots);
    /* 15. tag = ? Get(O, @@toStringTag); 16. not a String: builtinTag. */
    tag = rh_well_known_symbol(agent, RH_SYMBOL_toStringTag);
    status = tag == RH_UNDEFINED ? RH_ERR_OOM : rh_get_rjs(agent, roots[0], tag, &roots[1]);
    if (status == RH_OK && !value_is_string(roots[1])) {
        snprintf(text, sizeof text, "[object %s]", builtin_tag(roots[0]));
        status = rh_atom_ascii(agent, text, result);
    } else if (status == RH_OK) {
        status = str_from_ascii(agent, agent->current_realm->index, "[object ", &prefix);
        if (status == RH_OK) {
            roots[0] = value_from_string(prefix);
            status = str_concat(agent, agent->current_realm->index, prefix, value_as_string(roots[1]), &joined);
        }
        if (status == RH_OK) {
            roots[0] = value_from_string(joined);
            status = str_from_ascii(agent, agent->current_realm->index, "]", &prefix);
        }
        if (status == RH_OK)
            status = str_concat(agent, agent->current_realm->index, joined, prefix, &joined);
        if (status == RH_OK)
            *result = value_from_string(joined);
        status = rh_throw_status(agent, status, "Invalid string length");
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status builtins_object_to_string_rjs(rh_agent *agent, rh_value v, rh_value *result)
{
    return object_proto_to_string(agent, v, NULL, 0, RH_UNDEFINED, result);
}

/* https://tc39.es/ecma262/#sec-object.prototype.tolocalestring: Invoke(O, "toString") */
NATIVE(object_proto_to_locale_string)
{
    rh_value key, roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = rh_atom_ascii(agent, "toString", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, this_value, key, &roots[0]);
    if (status != RH_OK)
        return status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_call_rjs(agent, roots[0], this_value, NULL, 0, result);
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-object.prototype.valueof */
NATIVE(object_proto_value_of)
{
    rh_object *o;
    rh_status status = rh_to_object(agent, this_value, &o);
    if (status == RH_OK)
        *result = value_from_object(o);
    return status;
}

/* https://tc39.es/ecma262/#sec-get-object.prototype.__proto__ */
NATIVE(object_proto_get_proto)
{
    rh_object *o;
    rh_status status = rh_to_object(agent, this_value, &o);
    if (status == RH_OK)
        *result = o->proto ? value_from_object(o->proto) : RH_NULL;
    return status;
}

/* https://tc39.es/ecma262/#sec-set-object.prototype.__proto__ */
NATIVE(object_proto_set_proto)
{
    rh_value proto = rh_arg(args, argc, 0);
    *result = RH_UNDEFINED;
    if (value_is_nullish(this_value))
        return rh_throw_type_error(agent, "Object.prototype.__proto__ called on null or undefined");
    if ((!value_is_object(proto) && !value_is_null(proto)) || !value_is_object(this_value))
        return RH_OK;
    if (!builtins_set_prototype_of(agent, value_as_object(this_value),
                                   value_is_null(proto) ? NULL : value_as_object(proto)))
        return rh_throw_type_error(agent, "Cannot set the prototype of this object");
    return RH_OK;
}

/* __defineGetter__ (magic 0) and __defineSetter__ (magic 1):
 * https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__ */
NATIVE(object_proto_define_accessor)
{
    bool setter = func_native_magic(rh_native_callee(agent)) == 1;
    rh_object *o;
    rh_value fn = rh_arg(args, argc, 1);
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_property_descriptor desc = {.value = RH_UNDEFINED, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
                                   .fields = (setter ? RH_DESC_SET : RH_DESC_GET) | RH_DESC_ENUMERABLE |
                                             RH_DESC_CONFIGURABLE,
                                   .attrs = RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE};
    rh_status status = rh_to_object(agent, this_value, &o);
    if (status != RH_OK)
        return status;
    if (!value_is_callable(fn))
        return rh_throw_type_error(agent, "Object.prototype.__define%sGetter__: Expecting function", setter ? "S" : "G");
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    *(setter ? &desc.setter : &desc.getter) = fn;
    status = rh_to_property_key_rjs(agent, rh_arg(args, argc, 0), &roots[1]);
    if (status == RH_OK)
        status = define_property_or_throw(agent, o, roots[1], &desc);
    heap_leave_frame(agent, &frame);
    *result = RH_UNDEFINED;
    return status;
}

/* __lookupGetter__ (magic 0) and __lookupSetter__ (magic 1):
 * https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__ */
NATIVE(object_proto_lookup_accessor)
{
    bool setter = func_native_magic(rh_native_callee(agent)) == 1;
    rh_object *o;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = rh_to_object(agent, this_value, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, rh_arg(args, argc, 0), &roots[1]);
    *result = RH_UNDEFINED;
    for (; status == RH_OK && o != NULL; o = o->proto) {
        rh_property_descriptor desc;
        bool found;
        status = builtins_get_own_property(agent, o, roots[1], &found, &desc);
        if (status == RH_OK && found) {
            if (builtins_is_accessor(&desc))
                *result = setter ? desc.setter : desc.getter;
            break;
        }
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* Statics in the spec's alphabetical order; fromEntries, groupBy and hasOwn are self-hosted
 * (selfhosted/object.js, group_by.js) and follow them. */
static const rh_builtin_method object_statics[] = {
    RH_METHOD("assign", object_assign, 2),
    RH_METHOD("create", object_create, 2),
    RH_METHOD("defineProperties", object_define_properties, 2),
    RH_METHOD("defineProperty", object_define_property, 3),
    RH_METHOD_MAGIC("entries", object_enumerable_own, 1, 2),
    RH_METHOD_MAGIC("freeze", object_freeze_or_seal, 1, 1),
    RH_METHOD("getOwnPropertyDescriptor", object_get_own_property_descriptor, 2),
    RH_METHOD("getOwnPropertyDescriptors", object_get_own_property_descriptors, 1),
    RH_METHOD_MAGIC("getOwnPropertyNames", object_get_own_property_keys, 1, 0),
    RH_METHOD_MAGIC("getOwnPropertySymbols", object_get_own_property_keys, 1, 1),
    RH_METHOD("getPrototypeOf", object_get_prototype_of, 1),
    RH_METHOD("is", object_is, 2),
    RH_METHOD("isExtensible", object_is_extensible, 1),
    RH_METHOD_MAGIC("isFrozen", object_is_frozen_or_sealed, 1, 1),
    RH_METHOD_MAGIC("isSealed", object_is_frozen_or_sealed, 1, 0),
    RH_METHOD_MAGIC("keys", object_enumerable_own, 1, 0),
    RH_METHOD("preventExtensions", object_prevent_extensions, 1),
    RH_METHOD_MAGIC("seal", object_freeze_or_seal, 1, 0),
    RH_METHOD("setPrototypeOf", object_set_prototype_of, 2),
    RH_METHOD_MAGIC("values", object_enumerable_own, 1, 1),
};

static const rh_builtin_method object_prototype_methods[] = {
    RH_METHOD("hasOwnProperty", object_proto_has_own_property, 1),
    RH_METHOD("isPrototypeOf", object_proto_is_prototype_of, 1),
    RH_METHOD("propertyIsEnumerable", object_proto_property_is_enumerable, 1),
    RH_METHOD("toLocaleString", object_proto_to_locale_string, 0),
    RH_METHOD("toString", object_proto_to_string, 0),
    RH_METHOD("valueOf", object_proto_value_of, 0),
    RH_METHOD_MAGIC("__defineGetter__", object_proto_define_accessor, 2, 0),
    RH_METHOD_MAGIC("__defineSetter__", object_proto_define_accessor, 2, 1),
    RH_METHOD_MAGIC("__lookupGetter__", object_proto_lookup_accessor, 1, 0),
    RH_METHOD_MAGIC("__lookupSetter__", object_proto_lookup_accessor, 1, 1),
};

static const rh_builtin_class object_class = {
    "Object", object_constructor, 1, RH_INTRINSIC_Object,
    object_statics, RH_COUNT_OF(object_statics),
    object_prototype_methods, RH_COUNT_OF(object_prototype_methods),
};

static const rh_builtin_accessor proto_accessor = {"__proto__", object_proto_get_proto, object_proto_set_proto};

/* %Object.prototype% and %Object%: https://tc39.es/ecma262/#sec-properties-of-the-object-prototype-object */
rh_status builtins_make_object_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *proto, *constructor;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = intrinsic_make_object_prototype(agent, realm, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    builtins_publish(realm, RH_INTRINSIC_ObjectPrototype, proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &object_class, &constructor);
    if (status == RH_OK)
        status = builtins_define_accessor(agent, realm, proto, &proto_accessor);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_object(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_ObjectPrototype, RH_INTRINSIC_Object, out);
}
