/* The intrinsics that expose objects' internal methods to selfhosted/reflect.js
 * (https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots). No Proxy
 * yet: every object is ordinary or one of the core's exotic kinds, which obj_* dispatch on. */
#include <stdlib.h>

#include "rh_array.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"

#define INTRINSIC(name) RH_SELFHOST_INTRINSIC(name)
#define ARG(i) RH_SELFHOST_ARG(i)

#define FIELD_WRITABLE 0x40
#define FIELD_ENUMERABLE 0x80
#define FIELD_CONFIGURABLE 0x100

static rh_status object_arg(rh_agent *agent, rh_value v, rh_object **out)
{
    if (!value_is_object(v))
        return rh_throw_type_error(agent, "not an object");
    *out = value_as_object(v);
    return RH_OK;
}

INTRINSIC(GetPrototypeOf)
{
    rh_object *o = NULL;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        *result = o->proto != NULL ? value_from_object(o->proto) : RH_NULL;
    return status;
}

INTRINSIC(SetPrototypeOf)
{
    rh_object *o = NULL;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status != RH_OK)
        return status;
    if (!value_is_object(ARG(1)) && !value_is_null(ARG(1)))
        return rh_throw_type_error(agent, "Object prototype may only be an Object or null");
    *result = value_from_bool(builtins_set_prototype_of(agent, o, value_is_null(ARG(1)) ? NULL : value_as_object(ARG(1))));
    return RH_OK;
}

INTRINSIC(IsExtensible)
{
    rh_object *o = NULL;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        *result = value_from_bool(obj_is_extensible(o));
    return status;
}

INTRINSIC(PreventExtensions)
{
    rh_object *o = NULL;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = obj_internal_prevent_extensions(agent, o);
    if (status == RH_OK)
        *result = RH_TRUE;
    return status;
}

/* https://tc39.es/ecma262/#sec-frompropertydescriptor */
static rh_status from_descriptor(rh_agent *agent, const rh_property_descriptor *desc, rh_value *out)
{
    rh_object *proto, *o;
    rh_value roots[3] = {desc->value, desc->getter, desc->setter}, obj[1] = {RH_UNDEFINED}, key;
    rh_root_frame frame, frame2;
    const uint8_t attrs_all = RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE;
    bool accessor = (desc->fields & (RH_DESC_GET | RH_DESC_SET)) != 0;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 3);
    status = realm_intrinsic_get(rh_current_realm(agent), RH_INTRINSIC_ObjectPrototype, &proto);
    if (status == RH_OK)
        status = obj_new(agent, rh_current_realm(agent), RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status != RH_OK) {
        heap_leave_frame(agent, &frame);
        return status;
    }
    obj[0] = value_from_object(o);
    heap_enter_frame(agent, &frame2, obj, 1);
    if (!accessor) {
        if ((status = rh_atom_ascii(agent, "value", &key)) == RH_OK)
            status = rh_define_data_rjs(agent, o, key, roots[0], attrs_all);
        if (status == RH_OK && (status = rh_atom_ascii(agent, "writable", &key)) == RH_OK)
            status = rh_define_data_rjs(agent, o, key, value_from_bool(desc->attrs & RH_ATTR_WRITABLE), attrs_all);
    } else {
        if ((status = rh_atom_ascii(agent, "get", &key)) == RH_OK)
            status = rh_define_data_rjs(agent, o, key, roots[1], attrs_all);
        if (status == RH_OK && (status = rh_atom_ascii(agent, "set", &key)) == RH_OK)
            status = rh_define_data_rjs(agent, o, key, roots[2], attrs_all);
    }
    if (status == RH_OK && (status = rh_atom_ascii(agent, "enumerable", &key)) == RH_OK)
        status = rh_define_data_rjs(agent, o, key, value_from_bool(desc->attrs & RH_ATTR_ENUMERABLE), attrs_all);
    if (status == RH_OK && (status = rh_atom_ascii(agent, "configurable", &key)) == RH_OK)
        status = rh_define_data_rjs(agent, o, key, value_from_bool(desc->attrs & RH_ATTR_CONFIGURABLE), attrs_all);
    heap_leave_frame(agent, &frame2);
    heap_leave_frame(agent, &frame);
    *out = obj[0];
    return status;
}

INTRINSIC(GetOwnProperty)
{
    rh_object *o = NULL;
    rh_value key;
    rh_property_descriptor desc;
    bool found = false;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = rh_to_property_key_rjs(agent, ARG(1), &key);
    if (status == RH_OK)
        status = builtins_get_own_property(agent, o, key, &found, &desc);
    if (status != RH_OK || !found)
        return status;
    return from_descriptor(agent, &desc, result);
}

INTRINSIC(DefineOwnProperty)
{
    rh_object *o = NULL;
    rh_value key;
    int32_t fields = value_is_int32(ARG(2)) ? value_as_int32(ARG(2)) : 0;
    rh_property_descriptor desc = {.value = ARG(3), .getter = ARG(4), .setter = ARG(5)};
    bool ok = false;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = rh_to_property_key_rjs(agent, ARG(1), &key);
    if (status != RH_OK)
        return status;
    desc.fields = (uint8_t)(fields & 0x3F);
    desc.attrs = (uint8_t)(((fields & FIELD_WRITABLE) ? RH_ATTR_WRITABLE : 0) |
                           ((fields & FIELD_ENUMERABLE) ? RH_ATTR_ENUMERABLE : 0) |
                           ((fields & FIELD_CONFIGURABLE) ? RH_ATTR_CONFIGURABLE : 0));
    status = array_length_value_to_number_rjs(agent, o, key, &desc);
    if (status == RH_OK)
        status = obj_define_own_property(agent, o, key, &desc, &ok);
    *result = value_from_bool(ok);
    return status;
}

INTRINSIC(Delete)
{
    rh_object *o = NULL;
    rh_value key;
    bool ok = false;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = rh_to_property_key_rjs(agent, ARG(1), &key);
    if (status == RH_OK)
        status = obj_delete(agent, o, key, &ok);
    *result = value_from_bool(ok);
    return status;
}

INTRINSIC(OwnPropertyKeys)
{
    rh_object *o = NULL;
    rh_value *keys;
    size_t count;
    rh_root_frame frame;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = builtins_own_keys(agent, o, &keys, &count);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, keys, (uint32_t)count);
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        if (key_is_index(keys[i]))
            status = rh_to_string_rjs(agent, keys[i], &keys[i]);
    }
    if (status == RH_OK)
        status = builtins_array_from(agent, keys, count, result);
    heap_leave_frame(agent, &frame);
    free(keys);
    return status;
}

INTRINSIC(GetWithReceiver)
{
    rh_object *o = NULL;
    rh_value key;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = rh_to_property_key_rjs(agent, ARG(1), &key);
    if (status == RH_OK)
        status = rh_object_get_rjs(agent, o, key, ARG(2), result);
    return status;
}

INTRINSIC(SetWithReceiver)
{
    rh_object *o = NULL;
    rh_value key, setter = RH_UNDEFINED, value = ARG(2);
    bool ok = false;
    rh_status status = object_arg(agent, ARG(0), &o);
    if (status == RH_OK)
        status = rh_to_property_key_rjs(agent, ARG(1), &key);
    /* An array receiver's "length" converts an object value first (array.c); only "length" can
     * run JavaScript here, and that key is an agent-wide atom, so key needs no root. */
    if (status == RH_OK && ARG(3) == ARG(0) && value_is_object(value))
        status = array_length_set_value_rjs(agent, o, key, &value);
    if (status == RH_OK)
        status = obj_set(agent, o, key, value, ARG(3), &ok, &setter);
    if (status == RH_NEEDS_CALL) {
        rh_value ignored, value[1] = {ARG(2)};
        /* An accessor with a setter: call it with the receiver (OrdinarySetWithOwnDescriptor
         * step 7); the setter stays reachable from o, rooted by the caller. */
        status = rh_call_rjs(agent, setter, ARG(3), value, 1, &ignored);
        ok = true;
    }
    *result = value_from_bool(ok);
    return status;
}

/* The elements of an internal array (made by CreateListFromArrayLike in JavaScript). */
static rh_status list_arg(rh_agent *agent, rh_value v, rh_value **values, uint32_t *count)
{
    rh_object *a;
    rh_property_descriptor desc;
    if (!value_is_object(v) || !obj_is_array(value_as_object(v)))
        return rh_throw_type_error(agent, "not a list");
    a = value_as_object(v);
    *count = a->array_length;
    *values = malloc((*count ? *count : 1) * sizeof **values);
    if (*values == NULL)
        return RH_ERR_OOM;
    for (uint32_t i = 0; i < *count; i++)
        (*values)[i] = elements_get_own(a, i, &desc) ? desc.value : RH_UNDEFINED;
    return RH_OK;
}

INTRINSIC(CallWithArray)
{
    rh_value *values;
    uint32_t count;
    rh_root_frame frame;
    rh_status status;
    if (!value_is_callable(ARG(0)))
        return rh_throw_type_error(agent, "not a function");
    status = list_arg(agent, ARG(2), &values, &count);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, values, count);
    status = rh_call_rjs(agent, ARG(0), ARG(1), values, count, result);
    heap_leave_frame(agent, &frame);
    free(values);
    return status;
}

INTRINSIC(ConstructWithArray)
{
    rh_value *values;
    uint32_t count;
    rh_root_frame frame;
    rh_status status;
    if (!value_is_constructor(ARG(0)) || !value_is_constructor(ARG(2)))
        return rh_throw_type_error(agent, "not a constructor");
    status = list_arg(agent, ARG(1), &values, &count);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, values, count);
    status = rh_construct_rjs(agent, ARG(0), values, count, ARG(2), result);
    heap_leave_frame(agent, &frame);
    free(values);
    return status;
}
