/* The C intrinsics self-hosted code calls as %Name(args) (engine/selfhost/intrinsics.py declares
 * them; rh_intrinsics_gen.h lists them). Each is a spec abstract operation over the core's
 * primitives; arguments past argc read as undefined. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rh_array.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"

#define INTRINSIC(name) RH_SELFHOST_INTRINSIC(name)
#define ARG(i) RH_SELFHOST_ARG(i)

typedef rh_status (*intrinsic_fn)(rh_agent *agent, const rh_value *args, uint32_t argc, rh_value *result);

#define MAX_SAFE_INTEGER 9007199254740991.0

/* --- type conversion --- */

INTRINSIC(ToObject)
{
    rh_object *o = NULL;
    rh_status status = rh_to_object(agent, ARG(0), &o);
    if (status == RH_OK)
        *result = value_from_object(o);
    return status;
}

/* https://tc39.es/ecma262/#sec-tolength */
INTRINSIC(ToLength)
{
    double len;
    rh_status status = builtins_to_integer_or_infinity_rjs(agent, ARG(0), &len);
    if (status != RH_OK)
        return status;
    if (len <= 0)
        len = 0;
    else if (len > MAX_SAFE_INTEGER)
        len = MAX_SAFE_INTEGER;
    *result = value_from_number(len);
    return RH_OK;
}

INTRINSIC(ToIntegerOrInfinity)
{
    double d;
    rh_status status = builtins_to_integer_or_infinity_rjs(agent, ARG(0), &d);
    if (status == RH_OK)
        *result = value_from_number(d);
    return status;
}

INTRINSIC(ToString) { return rh_to_string_rjs(agent, ARG(0), result); }

INTRINSIC(ToNumber)
{
    double d;
    rh_status status = rh_to_number_rjs(agent, ARG(0), &d);
    if (status == RH_OK)
        *result = value_from_number(d);
    return status;
}

INTRINSIC(ToPropertyKey) { return rh_to_property_key_rjs(agent, ARG(0), result); }

INTRINSIC(ToBoolean)
{
    *result = value_from_bool(rh_to_boolean(ARG(0)));
    return RH_OK;
}

/* --- testing and comparison --- */

INTRINSIC(IsCallable)
{
    *result = value_from_bool(value_is_callable(ARG(0)));
    return RH_OK;
}

INTRINSIC(IsConstructor)
{
    *result = value_from_bool(value_is_constructor(ARG(0)));
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-isarray (no Proxy yet) */
INTRINSIC(IsArray)
{
    rh_value v = ARG(0);
    *result = value_from_bool(value_is_object(v) && obj_is_array(value_as_object(v)));
    return RH_OK;
}

INTRINSIC(IsObject)
{
    *result = value_from_bool(value_is_object(ARG(0)));
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-samevalue and #sec-samevaluezero on numbers; the rest is
 * IsStrictlyEqual. */
static bool same_value(rh_value a, rh_value b, bool zero_is_zero)
{
    if (value_is_number(a) && value_is_number(b)) {
        double x = value_to_double(a), y = value_to_double(b);
        if (isnan(x) && isnan(y))
            return true;
        if (!zero_is_zero && x == 0 && y == 0)
            return signbit(x) == signbit(y);
        return x == y;
    }
    return rh_strictly_equal(a, b);
}

INTRINSIC(SameValue)
{
    *result = value_from_bool(same_value(ARG(0), ARG(1), false));
    return RH_OK;
}

INTRINSIC(SameValueZero)
{
    *result = value_from_bool(same_value(ARG(0), ARG(1), true));
    return RH_OK;
}

/* --- operations on objects --- */

/* https://tc39.es/ecma262/#sec-call */
INTRINSIC(Call)
{
    if (!value_is_callable(ARG(0)))
        return rh_throw_type_error(agent, "not a function");
    return rh_call_rjs(agent, ARG(0), ARG(1), argc > 2 ? args + 2 : args, argc > 2 ? argc - 2 : 0, result);
}

/* https://tc39.es/ecma262/#sec-construct with newTarget F */
INTRINSIC(Construct)
{
    if (!value_is_constructor(ARG(0)))
        return rh_throw_type_error(agent, "not a constructor");
    return rh_construct_rjs(agent, ARG(0), argc > 1 ? args + 1 : args, argc > 1 ? argc - 1 : 0, ARG(0), result);
}

/* The object and property key of (O, P) arguments; O must be an object. */
static rh_status object_and_key(rh_agent *agent, const rh_value *args, uint32_t argc, rh_object **o, rh_value *key)
{
    if (!value_is_object(ARG(0)))
        return rh_throw_type_error(agent, "not an object");
    *o = value_as_object(ARG(0));
    return rh_to_property_key_rjs(agent, ARG(1), key);
}

/* https://tc39.es/ecma262/#sec-hasproperty */
INTRINSIC(HasProperty)
{
    rh_object *o = NULL;
    rh_value key;
    bool found = false;
    rh_status status = object_and_key(agent, args, argc, &o, &key);
    if (status == RH_OK)
        status = rh_has_property(agent, o, key, &found);
    *result = value_from_bool(found);
    return status;
}

/* https://tc39.es/ecma262/#sec-hasownproperty */
INTRINSIC(HasOwnProperty)
{
    rh_object *o = NULL;
    rh_value key;
    rh_property_descriptor desc;
    bool found = false;
    rh_status status = object_and_key(agent, args, argc, &o, &key);
    if (status == RH_OK)
        status = builtins_get_own_property(agent, o, key, &found, &desc);
    *result = value_from_bool(found);
    return status;
}

/* https://tc39.es/ecma262/#sec-createdatapropertyorthrow */
INTRINSIC(CreateDataPropertyOrThrow)
{
    rh_object *o = NULL;
    rh_value key;
    bool ok = false;
    rh_status status = object_and_key(agent, args, argc, &o, &key);
    if (status == RH_OK)
        status = obj_create_data_property(agent, o, key, ARG(2), &ok);
    if (status == RH_OK && !ok)
        return rh_throw_type_error(agent, "cannot define property");
    *result = RH_TRUE;
    return status;
}

/* https://tc39.es/ecma262/#sec-deletepropertyorthrow */
INTRINSIC(DeletePropertyOrThrow)
{
    bool ok;
    rh_value key;
    rh_status status;
    if (!value_is_object(ARG(0)))
        return rh_throw_type_error(agent, "not an object");
    status = rh_to_property_key_rjs(agent, ARG(1), &key);
    if (status == RH_OK)
        status = rh_delete_rjs(agent, ARG(0), key, true, &ok);
    *result = RH_TRUE;
    return status;
}

/* https://tc39.es/ecma262/#sec-arraycreate with the current realm's %Array.prototype% */
static rh_status array_create_with_length(rh_agent *agent, rh_realm *realm, double length, rh_value *result)
{
    rh_object *proto, *a;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (length > 4294967295.0)
        return rh_throw_range_error(agent, "Invalid array length");
    status = realm_intrinsic_get(realm, RH_INTRINSIC_ArrayPrototype, &proto);
    if (status == RH_OK)
        status = array_create(agent, realm, proto, &a);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(a);
    heap_enter_frame(agent, &frame, roots, 1);
    if (length > 0)
        status = rh_set_rjs(agent, roots[0], agent->common.length, value_from_number(length), true);
    heap_leave_frame(agent, &frame);
    *result = roots[0];
    return status;
}

INTRINSIC(ArrayCreate)
{
    double length;
    rh_status status = rh_to_number_rjs(agent, ARG(0), &length);
    if (status != RH_OK)
        return status;
    return array_create_with_length(agent, rh_current_realm(agent), length, result);
}

/* The species constructor step of ArraySpeciesCreate: C = O.constructor, and C[@@species]. */
static rh_status species_constructor(rh_agent *agent, rh_value original, rh_value *c)
{
    rh_realm *current = rh_current_realm(agent);
    rh_value key;
    rh_status status = rh_atom_ascii(agent, "constructor", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, original, key, c);
    if (status != RH_OK)
        return status;
    /* Step 4: a constructor of another realm's %Array% counts as undefined. */
    if (value_is_constructor(*c)) {
        rh_realm *c_realm = func_realm(agent, value_as_object(*c));
        if (c_realm != NULL && c_realm != current && c_realm->intrinsics != NULL &&
            c_realm->intrinsics[RH_INTRINSIC_Array] == value_as_object(*c))
            *c = RH_UNDEFINED;
    }
    if (value_is_object(*c)) {
        rh_value roots[1] = {*c};
        rh_root_frame frame;
        heap_enter_frame(agent, &frame, roots, 1);
        status = rh_get_rjs(agent, roots[0], rh_well_known_symbol(agent, RH_SYMBOL_species), c);
        heap_leave_frame(agent, &frame);
        if (status == RH_OK && value_is_null(*c))
            *c = RH_UNDEFINED;
    }
    return status;
}

/* https://tc39.es/ecma262/#sec-arrayspeciescreate */
INTRINSIC(ArraySpeciesCreate)
{
    rh_value original = ARG(0), c;
    double length;
    rh_status status = rh_to_number_rjs(agent, ARG(1), &length);
    if (status != RH_OK)
        return status;
    /* Steps 1-2: not an array: ArrayCreate(length). */
    if (!(value_is_object(original) && obj_is_array(value_as_object(original))))
        return array_create_with_length(agent, rh_current_realm(agent), length, result);
    status = species_constructor(agent, original, &c);
    if (status != RH_OK)
        return status;
    /* Step 6: undefined: ArrayCreate(length). */
    if (value_is_undefined(c))
        return array_create_with_length(agent, rh_current_realm(agent), length, result);
    /* Steps 7-8: Construct(C, « 𝔽(length) »). */
    if (!value_is_constructor(c))
        return rh_throw_type_error(agent, "species is not a constructor");
    rh_value roots[2] = {c, value_from_number(length)};
    rh_root_frame frame;
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_construct_rjs(agent, roots[0], &roots[1], 1, roots[0], result);
    heap_leave_frame(agent, &frame);
    return status;
}

/* Symbol.<name> for a string name (iterator, species, ...): https://tc39.es/ecma262/#sec-well-known-symbols */
INTRINSIC(WellKnownSymbol)
{
    static const char *const names[RH_SYMBOL__COUNT] = {
#define RH_SELFHOST_WKS_NAME(name, description) #name,
        RH_FOR_EACH_WELL_KNOWN_SYMBOL(RH_SELFHOST_WKS_NAME)
#undef RH_SELFHOST_WKS_NAME
    };
    rh_string *name;
    char text[32];
    if (!value_is_string(ARG(0)))
        return rh_throw_type_error(agent, "WellKnownSymbol: not a string");
    name = value_as_string(ARG(0));
    if (!str_is_flat(name) || str_utf8_size(name) >= sizeof text)
        return rh_throw_type_error(agent, "WellKnownSymbol: unknown name");
    str_to_utf8(name, text);
    text[str_utf8_size(name)] = '\0';
    for (int i = 0; i < RH_SYMBOL__COUNT; i++) {
        if (strcmp(names[i], text) == 0) {
            *result = rh_well_known_symbol(agent, (rh_well_known_symbol_id)i);
            return value_is_undefined(*result) ? RH_ERR_OOM : RH_OK;
        }
    }
    return rh_throw_type_error(agent, "WellKnownSymbol: unknown name %s", text);
}

/* https://tc39.es/ecma262/#sec-enumerableownproperties with kind key: string keys only, index
 * keys as their strings, in [[OwnPropertyKeys]] order. */
INTRINSIC(EnumerableOwnKeys)
{
    rh_object *o = NULL;
    rh_value *keys;
    size_t count, kept = 0;
    rh_status status;
    if (!value_is_object(ARG(0)))
        return rh_throw_type_error(agent, "not an object");
    o = value_as_object(ARG(0));
    status = builtins_own_keys(agent, o, &keys, &count);
    if (status != RH_OK)
        return status;
    rh_root_frame frame;
    heap_enter_frame(agent, &frame, keys, (uint32_t)count);
    for (size_t i = 0; i < count && status == RH_OK; i++) {
        rh_property_descriptor desc;
        bool found = false;
        if (value_is_symbol(keys[i]))
            continue;
        status = builtins_get_own_property(agent, o, keys[i], &found, &desc);
        if (status != RH_OK || !found || !(desc.attrs & RH_ATTR_ENUMERABLE))
            continue;
        if (key_is_index(keys[i])) {
            rh_string *s;
            status = str_from_number(agent, rh_current_realm(agent)->index, value_to_double(keys[i]), &s);
            if (status != RH_OK)
                break;
            keys[i] = value_from_string(s);
        }
        keys[kept++] = keys[i];
    }
    if (status == RH_OK)
        status = builtins_array_from(agent, keys, kept, result);
    heap_leave_frame(agent, &frame);
    free(keys);
    return status;
}

/* https://tc39.es/ecma262/#sec-object.prototype.tostring: the fallback of
 * Array.prototype.toString (step 3), with the builtin tags only C can tell apart. */
INTRINSIC(ObjectToString)
{
    return builtins_object_to_string_rjs(agent, ARG(0), result);
}

INTRINSIC(PrimitiveOf)
{
    rh_value v = builtins_wrapped_value(ARG(0));
    *result = v == RH_HOLE ? RH_UNDEFINED : v;
    return RH_OK;
}

/* --- strings --- */

static rh_status flat_string_arg(rh_agent *agent, rh_value v, rh_string **out)
{
    if (!value_is_string(v))
        return rh_throw_type_error(agent, "not a string");
    return builtins_flat_string(agent, v, out);
}

INTRINSIC(CharCodeAt)
{
    rh_string *s;
    double i = value_is_number(ARG(1)) ? value_to_double(ARG(1)) : -1;
    rh_status status = flat_string_arg(agent, ARG(0), &s);
    if (status != RH_OK)
        return status;
    if (!(i >= 0 && i < s->length))
        return rh_throw_range_error(agent, "CharCodeAt: index out of range");
    *result = value_from_int32(str_unit_at(s, (uint32_t)i));
    return RH_OK;
}

INTRINSIC(FromCharCode)
{
    uint16_t unit = (uint16_t)(value_is_number(ARG(0)) ? rh_double_to_int32(value_to_double(ARG(0))) : 0);
    rh_string *s;
    rh_status status = str_from_utf16(agent, rh_current_realm(agent)->index, &unit, 1, &s);
    if (status == RH_OK)
        *result = value_from_string(s);
    return status;
}

INTRINSIC(Substring)
{
    rh_string *s, *sub;
    double start = value_is_number(ARG(1)) ? value_to_double(ARG(1)) : -1;
    double end = value_is_number(ARG(2)) ? value_to_double(ARG(2)) : -1;
    rh_status status = flat_string_arg(agent, ARG(0), &s);
    if (status != RH_OK)
        return status;
    if (!(start >= 0 && start <= end && end <= s->length))
        return rh_throw_range_error(agent, "Substring: range out of bounds");
    status = str_substring(agent, rh_current_realm(agent)->index, s, (uint32_t)start, (uint32_t)end, &sub);
    if (status == RH_OK)
        *result = value_from_string(sub);
    return status;
}

INTRINSIC(StringIndexOf)
{
    rh_string *s, *search;
    double from = value_is_number(ARG(2)) ? value_to_double(ARG(2)) : 0;
    rh_value roots[1] = {ARG(0)};
    rh_root_frame frame;
    rh_status status = flat_string_arg(agent, ARG(0), &s);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_string(s);
    heap_enter_frame(agent, &frame, roots, 1);
    status = flat_string_arg(agent, ARG(1), &search);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    if (!(from >= 0))
        from = 0;
    *result = from > s->length ? value_from_int32(-1)
                               : value_from_number((double)str_index_of_flat(s, search, (uint32_t)from));
    return RH_OK;
}

INTRINSIC(StringTransform)
{
    rh_string *s;
    int op = value_is_int32(ARG(1)) ? value_as_int32(ARG(1)) : -1;
    rh_status status = flat_string_arg(agent, ARG(0), &s);
    if (status != RH_OK)
        return status;
    if (op < 0 || op > 6)
        return rh_throw_type_error(agent, "StringTransform: bad operation");
    return selfhost_string_transform(agent, s, op, result);
}

/* The kinds of value the structured clone algorithm tells apart (selfhosted/structured_clone.js). */
INTRINSIC(CloneKind)
{
    rh_value v = ARG(0);
    const char *kind = "other";
    if (value_is_symbol(v))
        kind = "symbol";
    else if (!value_is_object(v))
        kind = "primitive";
    else if (value_is_callable(v))
        kind = "function";
    else if (map_set_is(v, false))
        kind = "map";
    else if (map_set_is(v, true))
        kind = "set";
    else {
        switch (value_as_object(v)->kind) {
        case RH_OBJ_ORDINARY:
            kind = "object";
            break;
        case RH_OBJ_ARRAY:
            kind = "array";
            break;
        case RH_OBJ_ERROR:
            kind = "error";
            break;
        case RH_OBJ_PRIMITIVE:
            kind = value_is_symbol(builtins_wrapped_value(v)) ? "other" : "wrapper";
            break;
        default:
            break;
        }
    }
    return rh_atom_ascii(agent, kind, result);
}

/* --- WeakMap and WeakSet --- */

static rh_status weak_arg(rh_agent *agent, rh_value v, rh_object **out)
{
    if (!weak_is(v, false) && !weak_is(v, true))
        return rh_throw_type_error(agent, "not a WeakMap or WeakSet");
    *out = value_as_object(v);
    return RH_OK;
}

INTRINSIC(WeakCreate)
{
    bool set = rh_to_boolean(ARG(1));
    rh_object *proto, *w;
    rh_status status = builtins_prototype_from_constructor(
        agent, ARG(0), set ? RH_INTRINSIC_WeakSetPrototype : RH_INTRINSIC_WeakMapPrototype, &proto);
    if (status == RH_OK)
        status = weak_create(agent, proto, set, &w);
    if (status == RH_OK)
        *result = value_from_object(w);
    return status;
}

INTRINSIC(IsWeak)
{
    *result = value_from_bool(weak_is(ARG(0), rh_to_boolean(ARG(1))));
    return RH_OK;
}

INTRINSIC(WeakGet)
{
    rh_object *w = NULL;
    rh_status status = weak_arg(agent, ARG(0), &w);
    if (status == RH_OK && !weak_get(agent, w, ARG(1), result))
        *result = RH_UNDEFINED;
    return status;
}

INTRINSIC(WeakHas)
{
    rh_object *w = NULL;
    rh_value ignored;
    rh_status status = weak_arg(agent, ARG(0), &w);
    if (status == RH_OK)
        *result = value_from_bool(weak_get(agent, w, ARG(1), &ignored));
    return status;
}

INTRINSIC(WeakSet)
{
    rh_object *w = NULL;
    rh_status status = weak_arg(agent, ARG(0), &w);
    if (status != RH_OK)
        return status;
    /* https://tc39.es/ecma262/#sec-weakmap.prototype.set step 3 (and WeakSet.prototype.add's) */
    if (!weak_can_be_held(agent, ARG(1)))
        return rh_throw_type_error(agent, "Invalid value used as weak collection key");
    status = weak_put(agent, w, ARG(1), ARG(2));
    *result = ARG(0);
    return status;
}

INTRINSIC(WeakDelete)
{
    rh_object *w = NULL;
    bool deleted = false;
    rh_status status = weak_arg(agent, ARG(0), &w);
    if (status == RH_OK)
        status = weak_delete(agent, w, ARG(1), &deleted);
    *result = value_from_bool(deleted);
    return status;
}

/* --- Map and Set --- */

/* The Map (or Set) argument 0, checked: TypeError for anything else. */
static rh_status collection_arg(rh_agent *agent, const rh_value *args, uint32_t argc, rh_object **out)
{
    if (map_set_is(ARG(0), false) || map_set_is(ARG(0), true)) {
        *out = value_as_object(ARG(0));
        return RH_OK;
    }
    return rh_throw_type_error(agent, "not a Map or Set");
}

/* https://tc39.es/ecma262/#sec-map-iterable steps 2-3 (and Set's): OrdinaryCreateFromConstructor */
INTRINSIC(MapCreate)
{
    bool set = rh_to_boolean(ARG(1));
    rh_intrinsic_id default_id = set ? RH_INTRINSIC_SetPrototype : RH_INTRINSIC_MapPrototype;
    rh_object *proto, *m;
    /* newTarget undefined: the library's own collection, with the current realm's prototype. */
    rh_status status = value_is_undefined(ARG(0)) ? realm_intrinsic_get(rh_current_realm(agent), default_id, &proto)
                                                  : builtins_prototype_from_constructor(agent, ARG(0), default_id, &proto);
    if (status == RH_OK)
        status = map_set_create(agent, proto, set, &m);
    if (status == RH_OK)
        *result = value_from_object(m);
    return status;
}

INTRINSIC(IsMap)
{
    *result = value_from_bool(map_set_is(ARG(0), rh_to_boolean(ARG(1))));
    return RH_OK;
}

INTRINSIC(MapHas)
{
    rh_object *m;
    int32_t entry = -1;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        status = map_set_find(agent, m, ARG(1), &entry);
    *result = value_from_bool(entry >= 0);
    return status;
}

INTRINSIC(MapGet)
{
    rh_object *m;
    int32_t entry = -1;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        status = map_set_find(agent, m, ARG(1), &entry);
    if (status == RH_OK && entry >= 0)
        *result = map_set_value(m, entry);
    return status;
}

INTRINSIC(MapSet)
{
    rh_object *m;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        status = map_set_put(agent, m, ARG(1), ARG(2));
    *result = ARG(0);
    return status;
}

INTRINSIC(MapDelete)
{
    rh_object *m;
    bool deleted = false;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        status = map_set_delete(agent, m, ARG(1), &deleted);
    *result = value_from_bool(deleted);
    return status;
}

INTRINSIC(MapClear)
{
    rh_object *m;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        status = map_set_clear(agent, m);
    return status;
}

INTRINSIC(MapSize)
{
    rh_object *m;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        *result = value_from_int32(map_set_size(m));
    return status;
}

INTRINSIC(MapIteratorCreate)
{
    rh_object *m, *it;
    int32_t kind = value_is_int32(ARG(1)) ? value_as_int32(ARG(1)) : 0;
    rh_status status = collection_arg(agent, args, argc, &m);
    if (status == RH_OK)
        status = map_set_iterator_create(agent, m, kind, &it);
    if (status == RH_OK)
        *result = value_from_object(it);
    return status;
}

/* https://tc39.es/ecma262/#sec-createiterresultobject */
static rh_status iter_result(rh_agent *agent, rh_value value, bool done, rh_value *out)
{
    rh_object *proto, *o;
    rh_value roots[2] = {value, RH_UNDEFINED}, key;
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(rh_current_realm(agent), RH_INTRINSIC_ObjectPrototype, &proto);
    if (status == RH_OK)
        status = obj_new(agent, rh_current_realm(agent), RH_OBJ_ORDINARY, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status != RH_OK)
        return status;
    roots[1] = value_from_object(o);
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_atom_ascii(agent, "value", &key);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, roots[0], RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE);
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "done", &key);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, value_from_bool(done),
                                    RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE);
    heap_leave_frame(agent, &frame);
    *out = roots[1];
    return status;
}

/* %MapIteratorPrototype%.next / %SetIteratorPrototype%.next: the key, the value or [key, value]. */
INTRINSIC(MapIteratorNext)
{
    bool set = rh_to_boolean(ARG(1));
    rh_object *m;
    int32_t kind, entry;
    rh_value value;
    if (!map_set_is_iterator(ARG(0), set))
        return rh_throw_type_error(agent, set ? "not a Set Iterator" : "not a Map Iterator");
    entry = map_set_iterator_step(agent, value_as_object(ARG(0)), &m, &kind);
    if (entry < 0)
        return iter_result(agent, RH_UNDEFINED, true, result);
    value = kind == 0 ? map_set_key(m, entry) : map_set_value(m, entry);
    if (kind == 2) {
        rh_value pair[2] = {map_set_key(m, entry), map_set_value(m, entry)};
        rh_root_frame frame;
        rh_status status;
        heap_enter_frame(agent, &frame, pair, 2);
        status = builtins_array_from(agent, pair, 2, &value);
        if (status == RH_OK) {
            rh_value roots[1] = {value};
            rh_root_frame inner;
            heap_enter_frame(agent, &inner, roots, 1);
            status = iter_result(agent, roots[0], false, result);
            heap_leave_frame(agent, &inner);
        }
        heap_leave_frame(agent, &frame);
        return status;
    }
    return iter_result(agent, value, false, result);
}

/* --- errors --- */

static rh_status throw_with_message(rh_agent *agent, rh_intrinsic_id proto, rh_value message)
{
    rh_object *error;
    rh_status status = error_create(agent, rh_current_realm(agent), proto, message, &error);
    if (status != RH_OK)
        return status;
    return rh_throw(agent, value_from_object(error));
}

INTRINSIC(ErrorCreate)
{
    static const struct {
        const char *name;
        rh_intrinsic_id proto;
    } kinds[] = {
        {"EvalError", RH_INTRINSIC_EvalErrorPrototype},     {"RangeError", RH_INTRINSIC_RangeErrorPrototype},
        {"ReferenceError", RH_INTRINSIC_ReferenceErrorPrototype}, {"SyntaxError", RH_INTRINSIC_SyntaxErrorPrototype},
        {"TypeError", RH_INTRINSIC_TypeErrorPrototype},     {"URIError", RH_INTRINSIC_URIErrorPrototype},
    };
    rh_intrinsic_id proto = RH_INTRINSIC_ErrorPrototype;
    rh_object *error;
    rh_status status;
    if (value_is_string(ARG(0))) {
        rh_string *name;
        char text[24];
        status = builtins_flat_string(agent, ARG(0), &name);
        if (status != RH_OK)
            return status;
        if (str_utf8_size(name) < sizeof text) {
            str_to_utf8(name, text);
            text[str_utf8_size(name)] = '\0';
            for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
                if (strcmp(kinds[i].name, text) == 0)
                    proto = kinds[i].proto;
            }
        }
    }
    status = error_create(agent, rh_current_realm(agent), proto, RH_UNDEFINED, &error);
    if (status == RH_OK)
        *result = value_from_object(error);
    return status;
}

INTRINSIC(ThrowTypeError) { return throw_with_message(agent, RH_INTRINSIC_TypeErrorPrototype, ARG(0)); }
INTRINSIC(ThrowRangeError) { return throw_with_message(agent, RH_INTRINSIC_RangeErrorPrototype, ARG(0)); }
INTRINSIC(ThrowSyntaxError) { return throw_with_message(agent, RH_INTRINSIC_SyntaxErrorPrototype, ARG(0)); }
INTRINSIC(ThrowURIError) { return throw_with_message(agent, RH_INTRINSIC_URIErrorPrototype, ARG(0)); }

/* --- dispatch --- */

static const intrinsic_fn intrinsics[RH_SELFHOST_NATIVE_COUNT] = {
#define RH_SELFHOST_ENTRY(name, arity, doc) selfhost_intrinsic_##name,
    RH_FOR_EACH_SELFHOST_INTRINSIC(RH_SELFHOST_ENTRY)
#undef RH_SELFHOST_ENTRY
};

rh_status selfhost_call_native_rjs(rh_agent *agent, uint32_t id, const rh_value *args, uint32_t argc,
                                   rh_value *result)
{
    *result = RH_UNDEFINED;
    if (id >= RH_SELFHOST_NATIVE_COUNT)
        return rh_throw_type_error(agent, "unknown intrinsic %u", id);
    return intrinsics[id](agent, args, argc, result);
}
