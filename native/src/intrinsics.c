/* The realm's intrinsics, made on first need (rh_intrinsics.h), and the agent's well-known
 * symbols. Only the objects the language itself needs are made here; the standard library's
 * constructors and methods come from builtins_*.c through the same table. */
#include <stdlib.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"
#include "rh_symbol.h"

static const rh_intrinsic_maker makers[RH_INTRINSIC__COUNT] = {
#define RH_INTRINSIC_MAKER_ENTRY(name, maker) maker,
    RH_FOR_EACH_INTRINSIC(RH_INTRINSIC_MAKER_ENTRY)
#undef RH_INTRINSIC_MAKER_ENTRY
};

/* The intrinsic table itself is allocated on the first intrinsic a realm asks for, so a realm
 * that runs nothing pays nothing for it. */
static bool ensure_table(rh_realm *realm)
{
    size_t size = RH_INTRINSIC__COUNT * sizeof *realm->intrinsics;
    if (realm->intrinsics != NULL)
        return true;
    if (!heap_within_limit(realm->agent, size) || (realm->intrinsics = calloc(1, size)) == NULL) {
        realm->agent->oom = true;
        return false;
    }
    heap_charge(realm->agent, realm->index, RH_MEM_BUILTINS, size);
    return true;
}

rh_status realm_intrinsic_get(rh_realm *realm, rh_intrinsic_id id, rh_object **out)
{
    rh_object *made;
    int outer;
    rh_status status;
    if (realm->intrinsics != NULL && realm->intrinsics[id] != NULL) {
        *out = realm->intrinsics[id];
        return RH_OK;
    }
    if (!ensure_table(realm))
        return RH_ERR_OOM;
    outer = realm->intrinsic_being_made;
    realm->intrinsic_being_made = (int)id;
    status = makers[id](realm->agent, realm, &made);
    realm->intrinsic_being_made = outer;
    if (status != RH_OK)
        return status;
    /* A maker may have asked for this same id through a dependency; the first one wins. */
    if (realm->intrinsics[id] == NULL)
        realm->intrinsics[id] = made;
    if (id == RH_INTRINSIC_ObjectPrototype && realm->global_proto_pending && realm->global != NULL) {
        realm->global->proto = realm->intrinsics[id];
        realm->global_proto_pending = false;
    }
    /* Once the outermost maker is done, what it made gets its self-hosted methods (after the
     * native ones, so a self-hosted method replaces a native one of the same name). */
    if (outer < 0) {
        status = selfhost_install_made(realm->agent, realm);
        if (status != RH_OK)
            return status;
    }
    *out = realm->intrinsics[id];
    return RH_OK;
}

rh_object *realm_intrinsic(rh_realm *realm, rh_intrinsic_id id)
{
    rh_object *out;
    return realm_intrinsic_get(realm, id, &out) == RH_OK ? out : NULL;
}

rh_intrinsic_id realm_intrinsic_being_made(rh_realm *realm)
{
    return (rh_intrinsic_id)realm->intrinsic_being_made;
}

/* --- makers --- */

rh_status intrinsic_make_object_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    /* https://tc39.es/ecma262/#sec-properties-of-the-object-prototype-object: [[Prototype]] null */
    return obj_new(agent, realm, RH_OBJ_ORDINARY, NULL, RH_OBJECT_INLINE_SLOTS, out);
}

rh_status intrinsic_make_function_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status != RH_OK)
        return status;
    return func_make_function_prototype(agent, realm, object_prototype, out);
}

rh_status intrinsic_make_plain_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status != RH_OK)
        return status;
    return obj_new(agent, realm, RH_OBJ_ORDINARY, object_prototype, RH_OBJECT_INLINE_SLOTS, out);
}

/* %ThrowTypeError%: https://tc39.es/ecma262/#sec-%throwtypeerror% */
static rh_status throw_type_error(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                                  rh_value new_target, rh_value *result)
{
    return rh_throw_type_error(agent, "'caller', 'callee', and 'arguments' properties may not be accessed");
}

rh_status intrinsic_make_throw_type_error(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_status status = func_new_native_ascii(agent, realm, throw_type_error, "", 0, 0, 0, out);
    if (status == RH_OK)
        obj_prevent_extensions(*out);
    return status;
}

/* https://tc39.es/ecma262/#sec-properties-of-the-error-prototype-object: name and message. */
static rh_status make_error_prototype(rh_agent *agent, rh_realm *realm, rh_intrinsic_id parent_id,
                                      const char *name, rh_object **out)
{
    rh_object *parent, *proto;
    rh_string *name_string, *empty;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, parent_id, &parent);
    if (status != RH_OK)
        return status;
    status = obj_new(agent, realm, RH_OBJ_ORDINARY, parent, RH_OBJECT_INLINE_SLOTS, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    heap_enter_frame(agent, &frame, roots, 2);
    status = str_from_ascii(agent, realm->index, name, &name_string);
    if (status == RH_OK) {
        roots[1] = value_from_string(name_string);
        status = func_define_value(agent, proto, "name", roots[1], RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    }
    if (status == RH_OK)
        status = str_from_ascii(agent, realm->index, "", &empty);
    if (status == RH_OK) {
        roots[1] = value_from_string(empty);
        status = func_define_value(agent, proto, "message", roots[1], RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status intrinsic_make_error_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return make_error_prototype(agent, realm, RH_INTRINSIC_ObjectPrototype, "Error", out);
}

rh_status intrinsic_make_native_error_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    static const char *const names[RH_INTRINSIC__COUNT] = {
        [RH_INTRINSIC_EvalErrorPrototype] = "EvalError",
        [RH_INTRINSIC_RangeErrorPrototype] = "RangeError",
        [RH_INTRINSIC_ReferenceErrorPrototype] = "ReferenceError",
        [RH_INTRINSIC_SyntaxErrorPrototype] = "SyntaxError",
        [RH_INTRINSIC_TypeErrorPrototype] = "TypeError",
        [RH_INTRINSIC_URIErrorPrototype] = "URIError",
    };
    const char *name = names[realm_intrinsic_being_made(realm)];
    return make_error_prototype(agent, realm, RH_INTRINSIC_ErrorPrototype, name ? name : "Error", out);
}

/* --- well-known symbols --- */

rh_value rh_well_known_symbol(rh_agent *agent, rh_well_known_symbol_id id)
{
    static const char *const descriptions[RH_SYMBOL__COUNT] = {
#define RH_WKS_DESCRIPTION(name, description) description,
        RH_FOR_EACH_WELL_KNOWN_SYMBOL(RH_WKS_DESCRIPTION)
#undef RH_WKS_DESCRIPTION
    };
    rh_string *description;
    rh_symbol *symbol;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    _Static_assert(RH_SYMBOL__COUNT <= RH_MAX_WELL_KNOWN_SYMBOLS, "room for every well-known symbol");
    if (agent->well_known_symbols[id] != RH_UNDEFINED)
        return agent->well_known_symbols[id];
    if (str_from_ascii(agent, 0, descriptions[id], &description) != RH_OK)
        return RH_UNDEFINED;
    roots[0] = value_from_string(description);
    heap_enter_frame(agent, &frame, roots, 1);
    status = symbol_new(agent, 0, roots[0], &symbol);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return RH_UNDEFINED;
    agent->well_known_symbols[id] = value_from_symbol(symbol);
    return agent->well_known_symbols[id];
}
