/* Makers of the intrinsics that only hold self-hosted functions (rh_selfhost_holders.h). */
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"

/* An ordinary object inheriting from %Object.prototype% with @@toStringTag = tag
 * ({ [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }). */
static rh_status make_namespace(rh_agent *agent, rh_realm *realm, const char *tag, rh_object **out)
{
    rh_object *object_prototype, *o;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, object_prototype, RH_OBJECT_INLINE_SLOTS, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_atom_ascii(agent, tag, &roots[1]);
    if (status == RH_OK) {
        rh_value key = rh_well_known_symbol(agent, RH_SYMBOL_toStringTag);
        status = key == RH_UNDEFINED ? RH_ERR_OOM : rh_define_data_rjs(agent, o, key, roots[1], RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = o;
    return status;
}

/* https://tc39.es/ecma262/#sec-json-object: its methods are selfhosted/json.js */
rh_status selfhost_make_json(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return make_namespace(agent, realm, "JSON", out);
}

/* https://tc39.es/ecma262/#sec-reflect-object: its methods are selfhosted/reflect.js */
rh_status selfhost_make_reflect(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return make_namespace(agent, realm, "Reflect", out);
}

/* An ordinary object inheriting from parent_id's intrinsic, with @@toStringTag = tag. */
static rh_status make_tagged(rh_agent *agent, rh_realm *realm, rh_intrinsic_id parent_id, const char *tag,
                             rh_object **out)
{
    rh_object *parent, *o;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, parent_id, &parent);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, parent, RH_OBJECT_INLINE_SLOTS, &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_atom_ascii(agent, tag, &roots[1]);
    if (status == RH_OK) {
        rh_value key = rh_well_known_symbol(agent, RH_SYMBOL_toStringTag);
        status = key == RH_UNDEFINED ? RH_ERR_OOM : rh_define_data_rjs(agent, o, key, roots[1], RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = o;
    return status;
}

/* The constructor intrinsic whose prototype intrinsic is id (MapPrototype -> Map). */
static int constructor_of(int prototype_id)
{
    switch (prototype_id) {
    case RH_INTRINSIC_MapPrototype:
        return RH_INTRINSIC_Map;
    case RH_INTRINSIC_SetPrototype:
        return RH_INTRINSIC_Set;
    case RH_INTRINSIC_WeakMapPrototype:
        return RH_INTRINSIC_WeakMap;
    case RH_INTRINSIC_WeakSetPrototype:
        return RH_INTRINSIC_WeakSet;
    default:
        return -1;
    }
}

static int prototype_of(int constructor_id)
{
    switch (constructor_id) {
    case RH_INTRINSIC_Map:
        return RH_INTRINSIC_MapPrototype;
    case RH_INTRINSIC_Set:
        return RH_INTRINSIC_SetPrototype;
    case RH_INTRINSIC_WeakMap:
        return RH_INTRINSIC_WeakMapPrototype;
    case RH_INTRINSIC_WeakSet:
        return RH_INTRINSIC_WeakSetPrototype;
    default:
        return -1;
    }
}

/* %Map.prototype%, %Set.prototype%, %WeakMap.prototype%, %WeakSet.prototype% (https://tc39.es/ecma262/#sec-properties-of-the-map-prototype-object):
 * published first, then the constructor is made, which links the pair. */
rh_status selfhost_make_collection_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    int id = (int)realm_intrinsic_being_made(realm);
    rh_object *proto, *constructor;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    const char *tag = id == RH_INTRINSIC_MapPrototype ? "Map" : id == RH_INTRINSIC_SetPrototype ? "Set"
                      : id == RH_INTRINSIC_WeakMapPrototype ? "WeakMap" : "WeakSet";
    rh_status status = make_tagged(agent, realm, RH_INTRINSIC_ObjectPrototype, tag, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    heap_enter_frame(agent, &frame, roots, 1);
    builtins_publish(realm, id, proto);
    status = realm_intrinsic_get(realm, (rh_intrinsic_id)constructor_of(id), &constructor);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

/* %MapIteratorPrototype%, %SetIteratorPrototype%, %StringIteratorPrototype%:
 * https://tc39.es/ecma262/#sec-%mapiteratorprototype%-object, #sec-%stringiteratorprototype%-object */
rh_status selfhost_make_iterator_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_intrinsic_id id = realm_intrinsic_being_made(realm);
    const char *tag = id == RH_INTRINSIC_MapIteratorPrototype ? "Map Iterator"
                      : id == RH_INTRINSIC_SetIteratorPrototype ? "Set Iterator" : "String Iterator";
    return make_tagged(agent, realm, RH_INTRINSIC_IteratorPrototype, tag, out);
}

/* A constructor written in JavaScript: its shell, F.prototype (fixed) and prototype.constructor. */
rh_status selfhost_make_function(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    int id = (int)realm_intrinsic_being_made(realm);
    int proto_id = prototype_of(id);
    rh_object *f, *proto;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    bool ok;
    rh_status status = selfhost_function_for(agent, realm, id, &f);
    if (status != RH_OK)
        return status;
    if (f == NULL)
        return rh_throw_type_error(agent, "the self-hosted library has no function for this intrinsic");
    if (proto_id < 0) {
        *out = f;
        return RH_OK;
    }
    roots[0] = value_from_object(f);
    heap_enter_frame(agent, &frame, roots, 2);
    builtins_publish(realm, id, f);
    status = realm_intrinsic_get(realm, (rh_intrinsic_id)proto_id, &proto);
    if (status == RH_OK) {
        rh_value key;
        roots[1] = value_from_object(proto);
        status = rh_atom_ascii(agent, "prototype", &key);
        if (status == RH_OK) {
            /* F.prototype: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false } */
            rh_property_descriptor desc = {.value = roots[1], .getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
                                           .fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE |
                                                     RH_DESC_CONFIGURABLE, .attrs = 0};
            status = obj_define_own_property(agent, f, key, &desc, &ok);
        }
        if (status == RH_OK)
            status = rh_atom_ascii(agent, "constructor", &key);
        if (status == RH_OK)
            status = rh_define_data_rjs(agent, proto, key, roots[0], RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = f;
    return status;
}

/* https://tc39.es/ecma262/#sec-array.prototype-@@unscopables: a null-prototype object whose
 * properties (true) are the names `with` must not expose; the property itself is not writable,
 * not enumerable, configurable. */
static rh_status define_array_unscopables(rh_agent *agent, rh_realm *realm, rh_object *array_prototype)
{
    static const char *const names[] = {"at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast",
                                        "findLastIndex", "flat", "flatMap", "includes", "keys", "toReversed",
                                        "toSorted", "toSpliced", "values"};
    rh_object *list;
    rh_value roots[1] = {RH_UNDEFINED}, key;
    rh_root_frame frame;
    rh_status status = obj_new(agent, realm, RH_OBJ_ORDINARY, NULL, RH_OBJECT_INLINE_SLOTS, &list);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(list);
    heap_enter_frame(agent, &frame, roots, 1);
    for (size_t i = 0; i < sizeof names / sizeof *names && status == RH_OK; i++) {
        status = rh_atom_ascii(agent, names[i], &key);
        if (status == RH_OK)
            status = rh_define_data_rjs(agent, list, key, RH_TRUE,
                                        RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE);
    }
    if (status == RH_OK) {
        key = rh_well_known_symbol(agent, RH_SYMBOL_unscopables);
        status = value_is_undefined(key) ? RH_ERR_OOM
                                         : rh_define_data_rjs(agent, array_prototype, key, roots[0], RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status selfhost_finish_holder(rh_agent *agent, rh_realm *realm, int id, rh_object *holder)
{
    if (id == RH_INTRINSIC_ArrayPrototype)
        return define_array_unscopables(agent, realm, holder);
    return RH_OK;
}
