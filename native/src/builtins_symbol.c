/* Symbol: https://tc39.es/ecma262/#sec-symbol-objects
 * The constructor (callable, not with new), the well-known symbols as its properties,
 * Symbol.for / Symbol.keyFor over the agent's registry, and Symbol.prototype's description,
 * toString, valueOf, @@toPrimitive and @@toStringTag. */
#include "rh_atom.h"
#include "rh_builtins.h"
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

/* https://tc39.es/ecma262/#sec-symbol-description */
NATIVE(symbol_constructor)
{
    rh_value description = RH_UNDEFINED;
    rh_symbol *sym;
    rh_root_frame frame;
    rh_status status;
    /* 1. If NewTarget is not undefined, throw a TypeError exception. */
    if (!value_is_undefined(new_target))
        return rh_throw_type_error(agent, "Symbol is not a constructor");
    /* 2-3. descString: undefined, or ToString(description) */
    if (!value_is_undefined(rh_arg(args, argc, 0))) {
        status = rh_to_string_rjs(agent, args[0], &description);
        if (status != RH_OK)
            return status;
    }
    heap_enter_frame(agent, &frame, &description, 1);
    status = symbol_new(agent, agent->current_realm->index, description, &sym);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = value_from_symbol(sym);
    return status;
}

/* The agent's GlobalSymbolRegistry (https://tc39.es/ecma262/#sec-globalsymbolregistry): one
 * null-prototype object mapping key -> symbol and symbol -> key, shared by all its realms. */
static rh_status symbol_registry(rh_agent *agent, rh_object **out)
{
    rh_status status;
    if (value_is_object(agent->symbol_registry)) {
        *out = value_as_object(agent->symbol_registry);
        return RH_OK;
    }
    status = obj_new(agent, agent->current_realm, RH_OBJ_ORDINARY, NULL, 0, out);
    if (status != RH_OK)
        return status;
    agent->symbol_registry = value_from_object(*out);
    /* Keys are user strings: a dictionary keeps them out of the realm's shape tree. */
    return obj_to_dictionary(agent, *out);
}

/* https://tc39.es/ecma262/#sec-symbol.for */
NATIVE(symbol_for)
{
    rh_object *registry;
    rh_property_descriptor desc;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED}; /* string key, property key, symbol */
    rh_root_frame frame;
    rh_symbol *sym;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    /* 1. Let stringKey be ? ToString(key). */
    status = rh_to_string_rjs(agent, rh_arg(args, argc, 0), &roots[0]);
    if (status == RH_OK)
        status = rh_to_property_key_rjs(agent, roots[0], &roots[1]);
    if (status == RH_OK)
        status = symbol_registry(agent, &registry);
    if (status != RH_OK)
        goto done;
    /* 2. A registered symbol for stringKey. */
    if (obj_get_own_property(agent, registry, roots[1], &desc)) {
        *result = desc.value;
        goto done;
    }
    /* 3-5. A new symbol described by stringKey, registered both ways. */
    status = symbol_new(agent, agent->current_realm->index, roots[0], &sym);
    if (status == RH_OK) {
        bool ok;
        roots[2] = value_from_symbol(sym);
        status = obj_create_data_property(agent, registry, roots[1], roots[2], &ok);
        if (status == RH_OK)
            status = obj_create_data_property(agent, registry, roots[2], roots[0], &ok);
    }
    if (status == RH_OK)
        *result = roots[2];
done:
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-symbol.keyfor */
NATIVE(symbol_key_for)
{
    rh_value sym = rh_arg(args, argc, 0);
    rh_property_descriptor desc;
    /* 1. If sym is not a Symbol, throw a TypeError exception. */
    if (!value_is_symbol(sym))
        return rh_throw_type_error(agent, "Symbol.keyFor: %s is not a symbol", "argument");
    *result = RH_UNDEFINED;
    if (value_is_object(agent->symbol_registry) &&
        obj_get_own_property(agent, value_as_object(agent->symbol_registry), sym, &desc))
        *result = desc.value;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-thissymbolvalue */
static rh_status this_symbol_value(rh_agent *agent, rh_value v, const char *method, rh_value *out)
{
    rh_value inner = value_is_symbol(v) ? v : builtins_wrapped_value(v);
    if (!value_is_symbol(inner))
        return rh_throw_type_error(agent, "Symbol.prototype.%s requires that 'this' be a Symbol", method);
    *out = inner;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-symboldescriptivestring: "Symbol(" + description + ")" */
static rh_status symbol_descriptive_string(rh_agent *agent, rh_value sym, rh_value *out)
{
    rh_value description = value_as_symbol(sym)->description;
    rh_value roots[2] = {sym, RH_UNDEFINED};
    rh_root_frame frame;
    uint16_t realm_index = agent->current_realm->index;
    rh_string *part, *joined;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = str_from_ascii(agent, realm_index, "Symbol(", &joined);
    if (status == RH_OK && value_is_string(description)) {
        roots[1] = value_from_string(joined);
        status = str_concat(agent, realm_index, joined, value_as_string(description), &joined);
    }
    if (status == RH_OK) {
        roots[1] = value_from_string(joined);
        status = str_from_ascii(agent, realm_index, ")", &part);
    }
    if (status == RH_OK)
        status = str_concat(agent, realm_index, joined, part, &joined);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_from_string(joined);
    return rh_throw_status(agent, status, "Invalid string length");
}

/* https://tc39.es/ecma262/#sec-symbol.prototype.tostring */
NATIVE(symbol_proto_to_string)
{
    rh_value sym = RH_UNDEFINED;
    rh_status status = this_symbol_value(agent, this_value, "toString", &sym);
    if (status != RH_OK)
        return status;
    return symbol_descriptive_string(agent, sym, result);
}

/* https://tc39.es/ecma262/#sec-symbol.prototype.valueof and #sec-symbol.prototype-@@toprimitive */
NATIVE(symbol_proto_value_of)
{
    return this_symbol_value(agent, this_value, "valueOf", result);
}

/* https://tc39.es/ecma262/#sec-symbol.prototype.description */
NATIVE(symbol_proto_description)
{
    rh_value sym = RH_UNDEFINED;
    rh_status status = this_symbol_value(agent, this_value, "description", &sym);
    if (status == RH_OK)
        *result = value_as_symbol(sym)->description;
    return status;
}

/* Exposed so builtins_string.c's String(symbol) prints the same way. */
rh_status builtins_symbol_descriptive_string(rh_agent *agent, rh_value sym, rh_value *out)
{
    return symbol_descriptive_string(agent, sym, out);
}

static const rh_builtin_method symbol_statics[] = {
    RH_METHOD("for", symbol_for, 1),
    RH_METHOD("keyFor", symbol_key_for, 1),
};

static const rh_builtin_method symbol_prototype_methods[] = {
    RH_METHOD("toString", symbol_proto_to_string, 0),
    RH_METHOD("valueOf", symbol_proto_value_of, 0),
    /* { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true } */
    {"[Symbol.toPrimitive]", symbol_proto_value_of, 1, RH_ATTR_CONFIGURABLE, RH_SYMBOL_toPrimitive, 0},
};

static const rh_builtin_class symbol_class = {
    "Symbol", symbol_constructor, 0, RH_INTRINSIC_Symbol,
    symbol_statics, RH_COUNT_OF(symbol_statics),
    symbol_prototype_methods, RH_COUNT_OF(symbol_prototype_methods),
};

static const rh_builtin_accessor description_accessor = {"description", symbol_proto_description, NULL};

/* Symbol.asyncIterator ... Symbol.unscopables: { [[Writable]]: false, [[Enumerable]]: false,
 * [[Configurable]]: false }, named without the "Symbol." prefix of their descriptions. */
static rh_status define_well_known_symbols(rh_agent *agent, rh_object *constructor)
{
    static const char *const names[RH_SYMBOL__COUNT] = {
#define RH_WKS_NAME(name, description) #name,
        RH_FOR_EACH_WELL_KNOWN_SYMBOL(RH_WKS_NAME)
#undef RH_WKS_NAME
    };
    rh_status status = RH_OK;
    for (int i = 0; i < RH_SYMBOL__COUNT && status == RH_OK; i++) {
        rh_value sym = rh_well_known_symbol(agent, (rh_well_known_symbol_id)i);
        status = sym == RH_UNDEFINED ? RH_ERR_OOM : builtins_add_value(agent, constructor, names[i], sym, 0);
    }
    return status;
}

/* %Symbol.prototype% (an ordinary object) and %Symbol%. */
rh_status builtins_make_symbol_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype, *proto, *constructor;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, object_prototype, RH_OBJECT_INLINE_SLOTS, &proto);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(proto);
    builtins_publish(realm, RH_INTRINSIC_SymbolPrototype, proto);
    ENTER_ROOTS(agent, frame, roots);
    status = builtins_make_pair(agent, realm, proto, &symbol_class, &constructor);
    if (status == RH_OK) {
        roots[1] = value_from_object(constructor);
        status = define_well_known_symbols(agent, constructor);
    }
    if (status == RH_OK)
        status = builtins_define_accessor(agent, realm, proto, &description_accessor);
    /* Symbol.prototype[@@toStringTag] = "Symbol" (configurable only) */
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "Symbol", &roots[2]);
    if (status == RH_OK) {
        rh_value key = rh_well_known_symbol(agent, RH_SYMBOL_toStringTag);
        /* Appended directly: a [[DefineOwnProperty]] would install every lazy method first. */
        status = key == RH_UNDEFINED ? RH_ERR_OOM
                                     : obj_add_named(agent, proto, key, roots[2], RH_UNDEFINED, RH_ATTR_CONFIGURABLE);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

rh_status builtins_make_symbol(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_SymbolPrototype, RH_INTRINSIC_Symbol, out);
}
