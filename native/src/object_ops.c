/* The internal methods of ordinary objects: https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots
 * Arrays differ only in [[DefineOwnProperty]] (array.c). Accessor calls are left to the
 * interpreter: operations that reach a getter or setter return RH_NEEDS_CALL with the function. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_arguments_exotic.h"
#include "rh_array.h"
#include "rh_atom.h"
#include "rh_intrinsics.h"
#include "rh_object.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string_exotic.h"
#include "rh_symbol.h"

#define RH_DESC_ACCESSOR_FIELDS (RH_DESC_GET | RH_DESC_SET)
#define RH_DESC_DATA_FIELDS (RH_DESC_VALUE | RH_DESC_WRITABLE)
#define RH_DESC_ALL_DATA (RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE)
#define RH_DESC_ALL_ACCESSOR (RH_DESC_GET | RH_DESC_SET | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE)

static bool is_accessor_descriptor(const rh_property_descriptor *d) { return (d->fields & RH_DESC_ACCESSOR_FIELDS) != 0; }
static bool is_data_descriptor(const rh_property_descriptor *d) { return (d->fields & RH_DESC_DATA_FIELDS) != 0; }
static bool is_generic_descriptor(const rh_property_descriptor *d) { return !is_accessor_descriptor(d) && !is_data_descriptor(d); }

/* A complete descriptor from stored (value, setter, attrs). */
static void describe_stored(rh_value value, rh_value setter, uint32_t attrs, rh_property_descriptor *desc)
{
    if (attrs & RH_ATTR_ACCESSOR) {
        desc->value = RH_UNDEFINED;
        desc->getter = value;
        desc->setter = setter;
        desc->fields = RH_DESC_ALL_ACCESSOR;
        desc->attrs = (uint8_t)(attrs & (RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE));
    } else {
        desc->value = value;
        desc->getter = desc->setter = RH_UNDEFINED;
        desc->fields = RH_DESC_ALL_DATA;
        desc->attrs = (uint8_t)(attrs & RH_ATTR_DEFAULT);
    }
}

/* The storage attributes of a complete descriptor. */
static uint8_t stored_attrs(const rh_property_descriptor *desc)
{
    if (is_accessor_descriptor(desc))
        return (uint8_t)((desc->attrs & (RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE)) | RH_ATTR_ACCESSOR);
    return (uint8_t)(desc->attrs & RH_ATTR_DEFAULT);
}

/* A global object's lazy globals (global.c) must exist before an internal method that can change
 * or list them runs: else a deleted or redefined Math would come back at its next lookup.
 * key RH_UNDEFINED materialises every one. o and key must be rooted (this may allocate). */
static rh_status materialize_global(rh_agent *agent, rh_object *o, rh_value key)
{
    rh_realm *realm = agent->realms[o->cell.realm_index];
    return realm != NULL ? global_materialize(agent, realm, key) : RH_OK;
}

/* A lazy builtin holder (selfhost.c) installs every remaining self-hosted method before an
 * internal method that changes or lists its properties: the layout it then sees is the eager one,
 * and a method deleted or redefined stays so. o must be rooted (this may allocate). */
static rh_status materialize_holder(rh_agent *agent, rh_object *o)
{
    rh_value roots[1] = {value_from_object(o)};
    rh_root_frame frame;
    rh_status status;
    if (!(o->flags & RH_OBJ_LAZY_HOLDER))
        return RH_OK;
    heap_enter_frame(agent, &frame, roots, 1);
    status = selfhost_materialize(agent, o, RH_UNDEFINED);
    heap_leave_frame(agent, &frame);
    return status;
}

static bool is_array_length(rh_agent *agent, const rh_object *o, rh_value key)
{
    return o->kind == RH_OBJ_ARRAY && key == agent->common.length;
}

bool obj_get_own_property(rh_agent *agent, rh_object *o, rh_value key, rh_property_descriptor *desc)
{
    if (key_is_index(key)) {
        /* A String object's code units come first: https://tc39.es/ecma262/#sec-string-exotic-objects-getownproperty-p */
        if (o->kind == RH_OBJ_PRIMITIVE && strx_get_own_index(agent, o, key_index(key), desc))
            return true;
        if (!elements_get_own(o, key_index(key), desc))
            return false;
        /* https://tc39.es/ecma262/#sec-arguments-exotic-objects-getownproperty-p */
        argx_refresh_own_index(o, key_index(key), desc);
        return true;
    }
    if (is_array_length(agent, o, key)) {
        uint8_t writable = (o->flags & RH_OBJ_LENGTH_READONLY) ? 0 : RH_ATTR_WRITABLE;
        describe_stored(value_from_number(o->array_length), RH_UNDEFINED, writable, desc);
        return true;
    }
    if (obj_is_dictionary(o)) {
        uint32_t e = dict_find(o->props.dict, key);
        if (e == RH_DICT_NOT_FOUND)
            return false;
        const rh_dict_entry *entry = &o->props.dict->entries[e];
        describe_stored(entry->value, entry->setter, entry->attrs, desc);
        return true;
    }
    rh_shape *node = shape_lookup(agent, o->shape, key);
    if (node == NULL)
        return false;
    rh_value setter = (node->attrs & RH_ATTR_ACCESSOR) ? obj_slot_get(o, node->slot + 1) : RH_UNDEFINED;
    describe_stored(obj_slot_get(o, node->slot), setter, node->attrs, desc);
    return true;
}

/* Replaces an existing named property with the complete descriptor `desc`. */
static rh_status replace_named(rh_agent *agent, rh_object *o, rh_value key, const rh_property_descriptor *desc)
{
    uint8_t attrs = stored_attrs(desc);
    rh_value value = is_accessor_descriptor(desc) ? desc->getter : desc->value;
    if (!obj_is_dictionary(o)) {
        rh_shape *node = shape_lookup(agent, o->shape, key);
        if (node->attrs == attrs) {
            obj_slot_set(o, node->slot, value);
            if (attrs & RH_ATTR_ACCESSOR)
                obj_slot_set(o, node->slot + 1, desc->setter);
            return RH_OK;
        }
        /* A changed attribute would fork the shape tree for one object: go to a dictionary. */
        rh_status status = obj_to_dictionary(agent, o);
        if (status != RH_OK)
            return status;
    }
    rh_dict_entry *entry = &o->props.dict->entries[dict_find(o->props.dict, key)];
    entry->value = value;
    entry->setter = is_accessor_descriptor(desc) ? desc->setter : RH_UNDEFINED;
    entry->attrs = attrs;
    return RH_OK;
}

/* Stores the complete descriptor `desc` as o's own property key (which exists iff `exists`). */
static rh_status store_own(rh_agent *agent, rh_object *o, rh_value key, const rh_property_descriptor *desc, bool exists)
{
    rh_value value = is_accessor_descriptor(desc) ? desc->getter : desc->value;
    rh_value setter = is_accessor_descriptor(desc) ? desc->setter : RH_UNDEFINED;
    if (key_is_index(key))
        return elements_put(agent, o, key_index(key), value, setter, stored_attrs(desc));
    if (is_array_length(agent, o, key)) {
        /* ArraySetLength validated the value and removed the elements past it. */
        o->array_length = (uint32_t)value_to_double(desc->value);
        if (!(desc->attrs & RH_ATTR_WRITABLE))
            o->flags |= RH_OBJ_LENGTH_READONLY;
        return RH_OK;
    }
    if (!exists)
        return obj_add_named(agent, o, key, value, setter, stored_attrs(desc));
    return replace_named(agent, o, key, desc);
}

/* The property after applying desc to current (ValidateAndApplyPropertyDescriptor step 6). */
static void merge_descriptor(const rh_property_descriptor *current, const rh_property_descriptor *desc,
                             rh_property_descriptor *out)
{
    uint8_t keep = RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE;
    uint8_t flags = current->attrs & keep;
    if (desc->fields & RH_DESC_ENUMERABLE)
        flags = (uint8_t)((flags & ~RH_ATTR_ENUMERABLE) | (desc->attrs & RH_ATTR_ENUMERABLE));
    if (desc->fields & RH_DESC_CONFIGURABLE)
        flags = (uint8_t)((flags & ~RH_ATTR_CONFIGURABLE) | (desc->attrs & RH_ATTR_CONFIGURABLE));
    if (is_data_descriptor(current) && is_accessor_descriptor(desc)) {
        /* 6.a: data -> accessor, missing functions default to undefined. */
        out->value = RH_UNDEFINED;
        out->getter = (desc->fields & RH_DESC_GET) ? desc->getter : RH_UNDEFINED;
        out->setter = (desc->fields & RH_DESC_SET) ? desc->setter : RH_UNDEFINED;
        out->fields = RH_DESC_ALL_ACCESSOR;
        out->attrs = flags;
        return;
    }
    if (is_accessor_descriptor(current) && is_data_descriptor(desc)) {
        /* 6.b: accessor -> data, value defaults to undefined and writable to false. */
        out->value = (desc->fields & RH_DESC_VALUE) ? desc->value : RH_UNDEFINED;
        out->getter = out->setter = RH_UNDEFINED;
        out->fields = RH_DESC_ALL_DATA;
        out->attrs = (uint8_t)(flags | ((desc->fields & RH_DESC_WRITABLE) ? (desc->attrs & RH_ATTR_WRITABLE) : 0));
        return;
    }
    /* 6.c: same kind: every field present in desc overwrites. */
    *out = *current;
    out->attrs = (uint8_t)(flags | (current->attrs & RH_ATTR_WRITABLE));
    if (desc->fields & RH_DESC_VALUE)
        out->value = desc->value;
    if (desc->fields & RH_DESC_WRITABLE)
        out->attrs = (uint8_t)((out->attrs & ~RH_ATTR_WRITABLE) | (desc->attrs & RH_ATTR_WRITABLE));
    if (desc->fields & RH_DESC_GET)
        out->getter = desc->getter;
    if (desc->fields & RH_DESC_SET)
        out->setter = desc->setter;
}

/* Step 5: whether desc may change a non-configurable current property. */
static bool allowed_on_non_configurable(const rh_property_descriptor *current, const rh_property_descriptor *desc)
{
    if ((desc->fields & RH_DESC_CONFIGURABLE) && (desc->attrs & RH_ATTR_CONFIGURABLE))
        return false;
    if ((desc->fields & RH_DESC_ENUMERABLE) &&
        (desc->attrs & RH_ATTR_ENUMERABLE) != (current->attrs & RH_ATTR_ENUMERABLE))
        return false;
    if (!is_generic_descriptor(desc) && is_accessor_descriptor(desc) != is_accessor_descriptor(current))
        return false;
    if (is_accessor_descriptor(current)) {
        if ((desc->fields & RH_DESC_GET) && !value_same_value(desc->getter, current->getter))
            return false;
        if ((desc->fields & RH_DESC_SET) && !value_same_value(desc->setter, current->setter))
            return false;
    } else if (!(current->attrs & RH_ATTR_WRITABLE)) {
        if ((desc->fields & RH_DESC_WRITABLE) && (desc->attrs & RH_ATTR_WRITABLE))
            return false;
        if ((desc->fields & RH_DESC_VALUE) && !value_same_value(desc->value, current->value))
            return false;
    }
    return true;
}

/* https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor (O is always an object here) */
static rh_status validate_and_apply(rh_agent *agent, rh_object *o, rh_value key, bool extensible,
                                    const rh_property_descriptor *desc, const rh_property_descriptor *current,
                                    bool *succeeded)
{
    rh_property_descriptor result;
    *succeeded = false;
    if (current == NULL) {
        /* 2. A new property: absent fields take their defaults. */
        if (!extensible)
            return RH_OK;
        result.fields = is_accessor_descriptor(desc) ? RH_DESC_ALL_ACCESSOR : RH_DESC_ALL_DATA;
        result.value = (desc->fields & RH_DESC_VALUE) ? desc->value : RH_UNDEFINED;
        result.getter = (desc->fields & RH_DESC_GET) ? desc->getter : RH_UNDEFINED;
        result.setter = (desc->fields & RH_DESC_SET) ? desc->setter : RH_UNDEFINED;
        result.attrs = 0;
        if (desc->fields & RH_DESC_WRITABLE && !is_accessor_descriptor(desc))
            result.attrs |= desc->attrs & RH_ATTR_WRITABLE;
        if (desc->fields & RH_DESC_ENUMERABLE)
            result.attrs |= desc->attrs & RH_ATTR_ENUMERABLE;
        if (desc->fields & RH_DESC_CONFIGURABLE)
            result.attrs |= desc->attrs & RH_ATTR_CONFIGURABLE;
        rh_status status = store_own(agent, o, key, &result, false);
        *succeeded = status == RH_OK;
        return status;
    }
    /* 4. An empty descriptor changes nothing. */
    if (desc->fields == 0) {
        *succeeded = true;
        return RH_OK;
    }
    /* 5. */
    if (!(current->attrs & RH_ATTR_CONFIGURABLE) && !allowed_on_non_configurable(current, desc))
        return RH_OK;
    /* 6. */
    merge_descriptor(current, desc, &result);
    rh_status status = store_own(agent, o, key, &result, true);
    *succeeded = status == RH_OK;
    return status;
}

/* https://tc39.es/ecma262/#sec-ordinarydefineownproperty */
rh_status obj_ordinary_define_own_property(rh_agent *agent, rh_object *o, rh_value key,
                                           const rh_property_descriptor *desc, bool *succeeded)
{
    rh_property_descriptor current;
    /* 1. Let current be ? O.[[GetOwnProperty]](P). */
    bool exists = obj_get_own_property(agent, o, key, &current);
    /* 2-3. Let extensible be ? IsExtensible(O); return ValidateAndApplyPropertyDescriptor(...). */
    return validate_and_apply(agent, o, key, obj_is_extensible(o), desc, exists ? &current : NULL, succeeded);
}

rh_status obj_define_own_property(rh_agent *agent, rh_object *o, rh_value key, const rh_property_descriptor *desc,
                                  bool *succeeded)
{
    rh_property_descriptor unit;
    if (o->kind == RH_OBJ_GLOBAL) {
        rh_status status = materialize_global(agent, o, key);
        if (status != RH_OK)
            return status;
    }
    if (o->flags & RH_OBJ_LAZY_HOLDER) {
        rh_status status = materialize_holder(agent, o);
        if (status != RH_OK)
            return status;
    }
    if (o->kind == RH_OBJ_ARRAY)
        return array_define_own_property(agent, o, key, desc, succeeded);
    if (key_is_index(key) && argx_is_mapped(o, key_index(key)))
        return argx_define_own_index(agent, o, key, desc, succeeded);
    /* https://tc39.es/ecma262/#sec-string-exotic-objects-defineownproperty-p-desc: a code unit of
     * a String object is only checked (IsCompatiblePropertyDescriptor), never stored. */
    if (o->kind == RH_OBJ_PRIMITIVE && key_is_index(key) && strx_get_own_index(agent, o, key_index(key), &unit)) {
        *succeeded = desc->fields == 0 || allowed_on_non_configurable(&unit, desc);
        return RH_OK;
    }
    return obj_ordinary_define_own_property(agent, o, key, desc, succeeded);
}

/* https://tc39.es/ecma262/#sec-ordinaryhasproperty */
bool obj_has_property(rh_agent *agent, rh_object *o, rh_value key)
{
    rh_property_descriptor desc;
    for (rh_object *cur = o; cur != NULL; cur = cur->proto) {
        if (obj_get_own_property(agent, cur, key, &desc))
            return true;
    }
    return false;
}

/* https://tc39.es/ecma262/#sec-ordinaryget */
rh_status obj_get(rh_agent *agent, rh_object *o, rh_value key, rh_value receiver, rh_value *out)
{
    rh_property_descriptor desc;
    (void)receiver; /* the caller passes it to the getter */
    for (rh_object *cur = o; cur != NULL; cur = cur->proto) {
        /* 1-2. Own property, else the prototype's [[Get]] (a loop while prototypes are ordinary). */
        if (!obj_get_own_property(agent, cur, key, &desc))
            continue;
        /* 3. A data property gives its value. */
        if (is_data_descriptor(&desc)) {
            *out = desc.value;
            return RH_OK;
        }
        /* 4-6. An accessor: undefined without a getter, else Call(getter, Receiver). */
        *out = desc.getter;
        return value_is_undefined(desc.getter) ? RH_OK : RH_NEEDS_CALL;
    }
    *out = RH_UNDEFINED;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-createdataproperty */
rh_status obj_create_data_property(rh_agent *agent, rh_object *o, rh_value key, rh_value value, bool *succeeded)
{
    rh_property_descriptor desc = {
        .value = value, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
        .fields = RH_DESC_ALL_DATA, .attrs = RH_ATTR_DEFAULT,
    };
    return obj_define_own_property(agent, o, key, &desc, succeeded);
}

/* https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor, steps 2-7 */
static rh_status set_with_own_descriptor(rh_agent *agent, rh_value key, rh_value value, rh_value receiver,
                                         const rh_property_descriptor *own, bool *succeeded, rh_value *setter)
{
    rh_property_descriptor existing;
    *succeeded = false;
    if (is_data_descriptor(own)) {
        /* 2.a-b */
        if (!(own->attrs & RH_ATTR_WRITABLE) || !value_is_object(receiver))
            return RH_OK;
        rh_object *r = value_as_object(receiver);
        /* 2.c-d: an existing own property of the receiver only gets its value changed. */
        if (obj_get_own_property(agent, r, key, &existing)) {
            if (is_accessor_descriptor(&existing) || !(existing.attrs & RH_ATTR_WRITABLE))
                return RH_OK;
            rh_property_descriptor value_desc = {
                .value = value, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED, .fields = RH_DESC_VALUE,
            };
            return obj_define_own_property(agent, r, key, &value_desc, succeeded);
        }
        /* 2.e */
        return obj_create_data_property(agent, r, key, value, succeeded);
    }
    /* 3-7: an accessor: false without a setter, else Call(setter, Receiver, « V »). */
    if (value_is_undefined(own->setter))
        return RH_OK;
    *setter = own->setter;
    *succeeded = true;
    return RH_NEEDS_CALL;
}

/* The common case of [[Set]] without the descriptor round trip: the receiver is o itself and o has
 * a writable own data property there (a named slot or a present dense element). Same result as
 * the full algorithm: OrdinarySetWithOwnDescriptor ends in a value-only define of that property. */
static bool set_own_data_fast(rh_agent *agent, rh_object *o, rh_value key, rh_value value)
{
    if (key_is_index(key)) {
        rh_dense *dense = (o->flags & RH_OBJ_SPARSE) ? NULL : o->elements.dense;
        uint32_t index = key_index(key);
        if (dense == NULL || index >= dense->length || dense->values[index] == RH_HOLE)
            return false;
        dense->values[index] = value;
        return true;
    }
    if (obj_is_dictionary(o))
        return false;
    rh_shape *node = shape_lookup(agent, o->shape, key);
    if (node == NULL || (node->attrs & (RH_ATTR_ACCESSOR | RH_ATTR_WRITABLE)) != RH_ATTR_WRITABLE)
        return false;
    obj_slot_set(o, node->slot, value);
    return true;
}

/* https://tc39.es/ecma262/#sec-ordinaryset */
rh_status obj_set(rh_agent *agent, rh_object *o, rh_value key, rh_value value, rh_value receiver, bool *succeeded,
                  rh_value *setter)
{
    rh_property_descriptor own;
    if (receiver == value_from_object(o) && set_own_data_fast(agent, o, key, value)) {
        *succeeded = true;
        return RH_OK;
    }
    for (rh_object *cur = o;; cur = cur->proto) {
        if (obj_get_own_property(agent, cur, key, &own))
            break;
        /* OrdinarySetWithOwnDescriptor 1: no property on the whole chain: a new data property. */
        if (cur->proto == NULL) {
            own.value = own.getter = own.setter = RH_UNDEFINED;
            own.fields = RH_DESC_ALL_DATA;
            own.attrs = RH_ATTR_DEFAULT;
            break;
        }
    }
    return set_with_own_descriptor(agent, key, value, receiver, &own, succeeded, setter);
}

/* https://tc39.es/ecma262/#sec-ordinarydelete */
rh_status obj_delete(rh_agent *agent, rh_object *o, rh_value key, bool *succeeded)
{
    rh_property_descriptor desc;
    *succeeded = true;
    if (o->kind == RH_OBJ_GLOBAL) {
        rh_status status = materialize_global(agent, o, key);
        if (status != RH_OK)
            return status;
    }
    if (o->flags & RH_OBJ_LAZY_HOLDER) {
        rh_status status = materialize_holder(agent, o);
        if (status != RH_OK)
            return status;
    }
    if (!obj_get_own_property(agent, o, key, &desc))
        return RH_OK;
    if (!(desc.attrs & RH_ATTR_CONFIGURABLE)) {
        *succeeded = false;
        return RH_OK;
    }
    if (key_is_index(key)) {
        elements_remove(o, key_index(key));
        argx_unmap(o, key_index(key)); /* https://tc39.es/ecma262/#sec-arguments-exotic-objects-delete-p */
        return RH_OK;
    }
    rh_status status = obj_remove_named(agent, o, key);
    *succeeded = status == RH_OK;
    return status;
}

static void emit_key(rh_value *out, size_t capacity, size_t *n, rh_value key)
{
    if (*n < capacity)
        out[*n] = key;
    (*n)++;
}

/* Named keys of one kind (strings or symbols) in insertion order. */
static void emit_named_keys(rh_object *o, bool symbols, rh_value *out, size_t capacity, size_t *n)
{
    if (obj_is_dictionary(o)) {
        const rh_dict *dict = o->props.dict;
        for (uint32_t i = 0; i < dict->entry_count; i++) {
            rh_value key = dict->entries[i].key;
            if (key != RH_HOLE && value_is_symbol(key) == symbols && !value_is_private_name(key))
                emit_key(out, capacity, n, key);
        }
        return;
    }
    rh_shape *path[RH_SHAPE_MAX_PROPERTIES];
    shape_path(o->shape, path);
    for (uint32_t i = 0; i < o->shape->property_count; i++) {
        if (value_is_symbol(path[i]->key) == symbols && !value_is_private_name(path[i]->key))
            emit_key(out, capacity, n, path[i]->key);
    }
}

/* https://tc39.es/ecma262/#sec-ordinaryownpropertykeys */
rh_status obj_own_property_keys(rh_agent *agent, rh_object *o, rh_value *out, size_t capacity, size_t *count)
{
    size_t n = 0, elements;
    rh_string *wrapped = o->kind == RH_OBJ_PRIMITIVE ? strx_wrapped(o) : NULL;
    rh_status status = o->kind == RH_OBJ_GLOBAL ? materialize_global(agent, o, RH_UNDEFINED) : RH_OK;
    if (status == RH_OK)
        status = materialize_holder(agent, o);
    if (status != RH_OK)
        return status;
    /* A String object's code-unit indices come before every other key:
     * https://tc39.es/ecma262/#sec-string-exotic-objects-ownpropertykeys */
    for (uint32_t i = 0; wrapped != NULL && i < wrapped->length; i++)
        emit_key(out, capacity, &n, key_from_index(i));
    /* 2. Array indices, ascending (a String object's stored ones are all past its length). */
    status = elements_keys(agent, o, n < capacity ? out + n : NULL, n < capacity ? capacity - n : 0, &elements);
    if (status != RH_OK)
        return status;
    n += elements;
    /* 3. Strings in creation order: an array's "length" was created first. */
    if (o->kind == RH_OBJ_ARRAY)
        emit_key(out, capacity, &n, agent->common.length);
    emit_named_keys(o, false, out, capacity, &n);
    /* 4. Symbols in creation order. */
    emit_named_keys(o, true, out, capacity, &n);
    *count = n;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-ordinarypreventextensions */
void obj_prevent_extensions(rh_object *o)
{
    o->flags &= (uint8_t)~RH_OBJ_EXTENSIBLE;
}

/* O.[[PreventExtensions]]() for any object: a global object first materialises every lazy global,
 * since one added after the object stops being extensible could never be added at all. */
rh_status obj_internal_prevent_extensions(rh_agent *agent, rh_object *o)
{
    rh_status status = RH_OK;
    if (o->kind == RH_OBJ_GLOBAL && obj_is_extensible(o))
        status = materialize_global(agent, o, RH_UNDEFINED);
    if (status == RH_OK)
        status = materialize_holder(agent, o);
    if (status == RH_OK)
        obj_prevent_extensions(o);
    return status;
}

/* https://tc39.es/ecma262/#sec-ordinarysetprototypeof */
bool obj_set_prototype_of(rh_object *o, rh_object *proto)
{
    if (proto == o->proto)
        return true;
    if (!obj_is_extensible(o))
        return false;
    /* 5. Refuse a cycle (every prototype is ordinary for now, so the walk is complete). */
    for (rh_object *p = proto; p != NULL; p = p->proto) {
        if (p == o)
            return false;
    }
    o->proto = proto;
    return true;
}
