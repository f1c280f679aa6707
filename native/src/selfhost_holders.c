/* Makers of the intrinsics that only hold self-hosted functions (rh_selfhost_holders.h). */
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"

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
