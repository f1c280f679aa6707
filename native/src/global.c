/* Global names (https://tc39.es/ecma262/#sec-global-environment-records): the realm's global
 * lexical record (let/const/class: realm->lexical_globals, a null-prototype object whose
 * non-writable properties are the consts and whose holes are bindings in their TDZ) in front of
 * the global object. Loads and stores go through a GlobalIC: the shape of the record or object
 * that held the name, and the slot.
 *
 * Lazy globals: the global object starts empty; a name listed in RH_FOR_EACH_GLOBAL_INTRINSIC
 * becomes a property the first time a lookup misses it (global_materialize). */
#include <string.h>

#include "rh_atom.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_global.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define RH_GLOBAL_INTRINSIC_ATTRS (RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE)

static const char *const global_names[RH_GLOBAL__COUNT] = {
#define RH_GLOBAL_NAME(name, intrinsic) #name,
    RH_FOR_EACH_GLOBAL_INTRINSIC(RH_GLOBAL_NAME)
#undef RH_GLOBAL_NAME
};

static const rh_intrinsic_id global_intrinsics[RH_GLOBAL__COUNT] = {
#define RH_GLOBAL_INTRINSIC(name, intrinsic) RH_INTRINSIC_##intrinsic,
    RH_FOR_EACH_GLOBAL_INTRINSIC(RH_GLOBAL_INTRINSIC)
#undef RH_GLOBAL_INTRINSIC
};


/* Whether an atom key spells the ASCII text name. */
static bool key_is_ascii(rh_value key, const char *name)
{
    rh_string *s;
    size_t n = strlen(name);
    if (!value_is_string(key))
        return false;
    s = str_flat_or_null(value_as_string(key));
    if (s == NULL || s->length != n || s->wide)
        return false;
    return memcmp(s->u.latin1, name, n) == 0;
}

static rh_status install_global(rh_agent *agent, rh_realm *realm, int i)
{
    rh_object *value;
    rh_value key;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_property_descriptor desc;
    bool ok;
    rh_status status;
    realm->globals_installed |= 1ull << i;
    status = realm_intrinsic_get(realm, global_intrinsics[i], &value);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(value);
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_atom_ascii(agent, global_names[i], &key);
    if (status == RH_OK) {
        roots[1] = key;
        desc = (rh_property_descriptor){.value = roots[0], .getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
                                        .fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE |
                                                  RH_DESC_CONFIGURABLE,
                                        .attrs = RH_GLOBAL_INTRINSIC_ATTRS};
        status = obj_define_own_property(agent, realm->global, key, &desc, &ok);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* The value properties of the global object (https://tc39.es/ecma262/#sec-value-properties-of-the-global-object),
 * also made on first lookup; their bits sit at the top of globals_installed. */
enum { VALUE_GLOBAL_THIS, VALUE_NAN, VALUE_INFINITY, VALUE_UNDEFINED, VALUE_GLOBAL_COUNT };
static const char *const value_global_names[VALUE_GLOBAL_COUNT] = {"globalThis", "NaN", "Infinity", "undefined"};
#define VALUE_GLOBAL_BIT(i) (1ull << (63 - (i)))
_Static_assert(RH_GLOBAL__COUNT + VALUE_GLOBAL_COUNT <= 64, "globals_installed has a bit for every lazy global");

static rh_status install_value_global(rh_agent *agent, rh_realm *realm, int i, rh_value key)
{
    rh_property_descriptor desc = {.getter = RH_UNDEFINED, .setter = RH_UNDEFINED,
                                   .fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE |
                                             RH_DESC_CONFIGURABLE,
                                   .attrs = 0};
    rh_value roots[1] = {key};
    rh_root_frame frame;
    bool ok;
    rh_status status;
    realm->globals_installed |= VALUE_GLOBAL_BIT(i);
    switch (i) {
    case VALUE_GLOBAL_THIS: /* https://tc39.es/ecma262/#sec-globalthis */
        desc.value = value_from_object(realm->global);
        desc.attrs = RH_GLOBAL_INTRINSIC_ATTRS;
        break;
    case VALUE_NAN:
        desc.value = RH_CANONICAL_NAN;
        break;
    case VALUE_INFINITY:
        desc.value = value_from_double(__builtin_inf());
        break;
    default:
        desc.value = RH_UNDEFINED;
        break;
    }
    heap_enter_frame(agent, &frame, roots, 1);
    status = obj_define_own_property(agent, realm->global, key, &desc, &ok);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status global_materialize(rh_agent *agent, rh_realm *realm, rh_value key)
{
    rh_status status = RH_OK;
    if (realm->global == NULL)
        return RH_OK;
    if (value_is_undefined(key)) {
        rh_value name;
        for (int i = 0; i < RH_GLOBAL__COUNT && status == RH_OK; i++) {
            if (!(realm->globals_installed & (1ull << i)))
                status = install_global(agent, realm, i);
        }
        for (int i = 0; i < VALUE_GLOBAL_COUNT && status == RH_OK; i++) {
            if (!(realm->globals_installed & VALUE_GLOBAL_BIT(i)) &&
                (status = rh_atom_ascii(agent, value_global_names[i], &name)) == RH_OK)
                status = install_value_global(agent, realm, i, name);
        }
        return status;
    }
    if (!value_is_string(key))
        return RH_OK;
    for (int i = 0; i < RH_GLOBAL__COUNT; i++) {
        if (!(realm->globals_installed & (1ull << i)) && key_is_ascii(key, global_names[i]))
            return install_global(agent, realm, i);
    }
    for (int i = 0; i < VALUE_GLOBAL_COUNT; i++) {
        if (!(realm->globals_installed & VALUE_GLOBAL_BIT(i)) && key_is_ascii(key, value_global_names[i]))
            return install_value_global(agent, realm, i, key);
    }
    return RH_OK;
}

/* global_materialize for a lookup that goes on to the global's [[Prototype]] (Get, Set, HasProperty,
 * an identifier): when the global does not answer key itself, %Object.prototype% must exist, and
 * making it makes it the global's prototype (intrinsics.c). Declarations, definitions and deletes
 * only look at own properties, so a script of var declarations still makes no intrinsic. */
rh_status global_materialize_lookup(rh_agent *agent, rh_realm *realm, rh_value key)
{
    rh_property_descriptor own;
    rh_object *object_prototype;
    rh_status status = global_materialize(agent, realm, key);
    if (status != RH_OK || realm->global == NULL || !realm->global_proto_pending ||
        obj_get_own_property(agent, realm->global, key, &own))
        return status;
    return realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
}

static rh_status ensure_lexical_record(rh_agent *agent, rh_realm *realm)
{
    if (realm->lexical_globals != NULL)
        return RH_OK;
    return obj_new(agent, realm, RH_OBJ_ORDINARY, NULL, RH_OBJECT_INLINE_SLOTS, &realm->lexical_globals);
}

/* The lexical record's own data property for name, if any. */
static bool lexical_lookup(rh_agent *agent, rh_realm *realm, rh_value name, rh_property_descriptor *desc)
{
    return realm->lexical_globals != NULL && obj_get_own_property(agent, realm->lexical_globals, name, desc);
}

/* Fills ic for a name found as an own data property of holder (a shape-mode object). */
static void remember(rh_agent *agent, rh_meta_global_ic *ic, rh_object *holder, rh_value name, bool lexical,
                     bool for_store)
{
    uint32_t slot;
    uint8_t attrs;
    if (holder->shape == NULL || !shape_find_slot(agent, holder->shape, name, &slot, &attrs))
        return;
    if ((attrs & RH_ATTR_ACCESSOR) || (for_store && !(attrs & RH_ATTR_WRITABLE)))
        return;
    ic->shape = holder->shape;
    ic->slot = slot;
    ic->in_lexical_record = lexical ? 1 : 0;
}

rh_status global_load_slow_rjs(rh_agent *agent, rh_realm *realm, rh_value name, rh_meta_global_ic *ic,
                               bool for_typeof, rh_value *out)
{
    rh_property_descriptor desc;
    rh_status status;
    if (lexical_lookup(agent, realm, name, &desc)) {
        if (desc.value == RH_HOLE)
            return global_throw_tdz(agent, name);
        *out = desc.value;
        if (ic != NULL)
            remember(agent, ic, realm->lexical_globals, name, true, false);
        return RH_OK;
    }
    bool found = false;
    status = global_materialize_lookup(agent, realm, name);
    /* rh_has_property: a lazy builtin holder on the chain (Object.prototype) installs name first. */
    if (status == RH_OK)
        status = rh_has_property(agent, realm->global, name, &found);
    if (status != RH_OK)
        return status;
    if (!found) {
        if (for_typeof) {
            *out = RH_UNDEFINED;
            return RH_OK;
        }
        return global_throw_not_defined(agent, name);
    }
    if (ic != NULL)
        remember(agent, ic, realm->global, name, false, false);
    return rh_object_get_rjs(agent, realm->global, name, value_from_object(realm->global), out);
}

rh_status global_throw_not_defined(rh_agent *agent, rh_value name)
{
    char text[128] = "?";
    rh_string *flat = value_is_string(name) ? str_flat_or_null(value_as_string(name)) : NULL;
    if (flat != NULL && str_utf8_size(flat) < sizeof text) {
        str_to_utf8(flat, text);
        text[str_utf8_size(flat)] = 0;
    }
    return rh_throw_reference_error(agent, "%s is not defined", text);
}

rh_status global_store_slow_rjs(rh_agent *agent, rh_realm *realm, rh_value name, rh_value value,
                                rh_meta_global_ic *ic, bool strict)
{
    rh_property_descriptor desc;
    rh_value roots[1] = {value};
    rh_root_frame frame;
    rh_status status;
    if (lexical_lookup(agent, realm, name, &desc)) {
        if (desc.value == RH_HOLE)
            return global_throw_tdz(agent, name);
        if (!(desc.attrs & RH_ATTR_WRITABLE))
            return rh_throw_type_error(agent, "Assignment to constant variable.");
        if (ic != NULL)
            remember(agent, ic, realm->lexical_globals, name, true, true);
        return rh_set_rjs(agent, value_from_object(realm->lexical_globals), name, value, true);
    }
    heap_enter_frame(agent, &frame, roots, 1);
    bool found = false;
    status = global_materialize_lookup(agent, realm, name);
    if (status == RH_OK)
        status = rh_has_property(agent, realm->global, name, &found);
    if (status == RH_OK && !found && strict)
        status = global_throw_not_defined(agent, name);
    if (status == RH_OK)
        status = rh_set_rjs(agent, value_from_object(realm->global), name, value, strict);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK && ic != NULL)
        remember(agent, ic, realm->global, name, false, true);
    return status;
}

rh_status global_throw_tdz(rh_agent *agent, rh_value name)
{
    char text[128] = "?";
    rh_string *flat = value_is_string(name) ? str_flat_or_null(value_as_string(name)) : NULL;
    if (flat != NULL && str_utf8_size(flat) < sizeof text) {
        str_to_utf8(flat, text);
        text[str_utf8_size(flat)] = 0;
    }
    return rh_throw_reference_error(agent, "Cannot access '%s' before initialization", text);
}

rh_status global_init_lexical(rh_agent *agent, rh_realm *realm, rh_value name, rh_value value)
{
    rh_property_descriptor desc;
    if (!lexical_lookup(agent, realm, name, &desc))
        return rh_throw_reference_error(agent, "lexical binding was not declared");
    if (!obj_is_dictionary(realm->lexical_globals)) {
        uint32_t slot;
        uint8_t attrs;
        if (shape_find_slot(agent, realm->lexical_globals->shape, name, &slot, &attrs)) {
            obj_slot_set(realm->lexical_globals, slot, value);
            return RH_OK;
        }
    }
    uint32_t e = dict_find(realm->lexical_globals->props.dict, name);
    realm->lexical_globals->props.dict->entries[e].value = value;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-globaldeclarationinstantiation steps 3-6 for one name: throws when
 * it cannot be declared. Creates nothing, so a list is checked whole before any binding exists. */
rh_status global_check_declaration_rjs(rh_agent *agent, rh_realm *realm, rh_value name, int kind)
{
    rh_property_descriptor desc;
    rh_value roots[1] = {name};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = global_materialize(agent, realm, name);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    /* 3.a / 4.a / 5.a: no name may be declared over a lexical binding. */
    if (lexical_lookup(agent, realm, name, &desc))
        return global_throw_redeclaration(agent, name);
    /* 5.b: nor a lexical one over a non-configurable global property (HasRestrictedGlobalProperty). */
    if (kind >= RH_DECLARE_LET && obj_get_own_property(agent, realm->global, name, &desc) &&
        !(desc.attrs & RH_ATTR_CONFIGURABLE))
        return global_throw_redeclaration(agent, name);
    /* CanDeclareGlobalVar / CanDeclareGlobalFunction: a new property needs an extensible object. */
    if (kind < RH_DECLARE_LET && !obj_get_own_property(agent, realm->global, name, &desc) &&
        !obj_is_extensible(realm->global))
        return rh_throw_type_error(agent, "cannot define a global variable");
    return RH_OK;
}

/* Steps 16-18 for one checked name: the lexical binding in its TDZ, or the global property (a
 * configurable one for eval code: https://tc39.es/ecma262/#sec-evaldeclarationinstantiation). */
rh_status global_create_declaration_rjs(rh_agent *agent, rh_realm *realm, rh_value name, int kind, bool deletable)
{
    rh_property_descriptor desc;
    rh_value roots[1] = {name};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = ensure_lexical_record(agent, realm);
    if (status == RH_OK && kind >= RH_DECLARE_LET) {
        /* A configurable global property of that name is shadowed from now on: the global
         * object's caches must stop answering for it, so it leaves shape mode. */
        if (obj_get_own_property(agent, realm->global, name, &desc))
            status = obj_to_dictionary(agent, realm->global);
        if (status == RH_OK)
            status = obj_add_named(agent, realm->lexical_globals, name, RH_HOLE, RH_UNDEFINED,
                                   kind == RH_DECLARE_CONST ? (RH_ATTR_ENUMERABLE)
                                                            : (RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE));
    } else if (status == RH_OK && !obj_get_own_property(agent, realm->global, name, &desc)) {
        /* CreateGlobalVarBinding / CreateGlobalFunctionBinding */
        status = obj_add_named(agent, realm->global, name, RH_UNDEFINED, RH_UNDEFINED,
                               RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | (deletable ? RH_ATTR_CONFIGURABLE : 0));
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status global_throw_redeclaration(rh_agent *agent, rh_value name)
{
    char text[128] = "?";
    rh_string *flat = value_is_string(name) ? str_flat_or_null(value_as_string(name)) : NULL;
    if (flat != NULL && str_utf8_size(flat) < sizeof text) {
        str_to_utf8(flat, text);
        text[str_utf8_size(flat)] = 0;
    }
    return rh_throw_syntax_error(agent, "Identifier '%s' has already been declared", text);
}
