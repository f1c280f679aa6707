/* A realm's intrinsics (intrinsics.c), made lazily: a new realm holds none of them. The first
 * realm_intrinsic(realm, id) runs the maker, records the object in the realm (a root) and charges
 * what it allocated to the realm like anything else.
 *
 * To add an intrinsic, add a line to RH_FOR_EACH_INTRINSIC naming its maker, a function
 *     rh_status <maker>(rh_agent *agent, rh_realm *realm, rh_object **out);
 * that builds the object (it may ask for other intrinsics; cycles are the maker's to avoid: a
 * prototype's "constructor" link is made by the constructor's maker, after the prototype).
 * To expose one as a global binding, add a line to RH_FOR_EACH_GLOBAL_INTRINSIC: the global
 * object then gets the property (writable, non-enumerable, configurable) the first time any
 * code looks the name up or enumerates the global object's keys.
 *
 * Names follow the spec's %Name%: %Object.prototype% is ObjectPrototype. */
#ifndef RH_INTRINSICS_H
#define RH_INTRINSICS_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_builtins.h"
#include "rh_selfhost_holders.h"
#include "rh_object.h"
#include "rh_status.h"

/* X(Name, maker) */
#define RH_FOR_EACH_INTRINSIC(X)                                        \
    X(ObjectPrototype, builtins_make_object_prototype)                  \
    X(FunctionPrototype, builtins_make_function_prototype)              \
    X(ArrayPrototype, builtins_make_array_prototype)                    \
    X(StringPrototype, builtins_make_string_prototype)                  \
    X(NumberPrototype, builtins_make_number_prototype)                  \
    X(BooleanPrototype, builtins_make_boolean_prototype)                \
    X(SymbolPrototype, builtins_make_symbol_prototype)                  \
    X(IteratorPrototype, intrinsic_make_plain_prototype)                \
    X(ArrayIteratorPrototype, intrinsic_make_array_iterator_prototype)  \
    X(ErrorPrototype, builtins_make_error_prototype)                    \
    X(EvalErrorPrototype, builtins_make_native_error_prototype)         \
    X(RangeErrorPrototype, builtins_make_native_error_prototype)        \
    X(ReferenceErrorPrototype, builtins_make_native_error_prototype)    \
    X(SyntaxErrorPrototype, builtins_make_native_error_prototype)       \
    X(TypeErrorPrototype, builtins_make_native_error_prototype)         \
    X(URIErrorPrototype, builtins_make_native_error_prototype)          \
    X(ThrowTypeError, intrinsic_make_throw_type_error)                  \
    X(Print, intrinsic_make_print)                                      \
    X(Console, intrinsic_make_console)                                  \
    X(Eval, intrinsic_make_eval)                                        \
    RH_FOR_EACH_BUILTIN_INTRINSIC(X)                                    \
    RH_FOR_EACH_SELFHOST_HOLDER(X)

/* X(global name, Intrinsic) */
#define RH_FOR_EACH_GLOBAL_INTRINSIC(X) \
    X(print, Print)                     \
    X(console, Console)                 \
    X(eval, Eval)                       \
    RH_FOR_EACH_BUILTIN_GLOBAL(X)       \
    RH_FOR_EACH_SELFHOST_GLOBAL(X)

typedef enum rh_intrinsic_id {
#define RH_INTRINSIC_ENUM(name, maker) RH_INTRINSIC_##name,
    RH_FOR_EACH_INTRINSIC(RH_INTRINSIC_ENUM)
#undef RH_INTRINSIC_ENUM
    RH_INTRINSIC__COUNT
} rh_intrinsic_id;

typedef enum rh_global_intrinsic_id {
#define RH_GLOBAL_ENUM(name, intrinsic) RH_GLOBAL_##name,
    RH_FOR_EACH_GLOBAL_INTRINSIC(RH_GLOBAL_ENUM)
#undef RH_GLOBAL_ENUM
    RH_GLOBAL__COUNT
} rh_global_intrinsic_id;

typedef rh_status (*rh_intrinsic_maker)(rh_agent *agent, rh_realm *realm, rh_object **out);

#define RH_INTRINSIC_DECLARE_MAKER(name, maker) \
    rh_status maker(rh_agent *agent, rh_realm *realm, rh_object **out) RH_WUR;
RH_FOR_EACH_INTRINSIC(RH_INTRINSIC_DECLARE_MAKER)
#undef RH_INTRINSIC_DECLARE_MAKER

/* The realm's %id%, made on first use. NULL on allocation failure (the agent's oom flag is set).
 * Never runs JavaScript; may collect. */
rh_object *realm_intrinsic(rh_realm *realm, rh_intrinsic_id id);
/* The same with a status, for code that propagates statuses. */
rh_status realm_intrinsic_get(rh_realm *realm, rh_intrinsic_id id, rh_object **out) RH_WUR;
/* The intrinsic's id while its maker runs (makers shared by several ids read it). */
rh_intrinsic_id realm_intrinsic_being_made(rh_realm *realm);

/* Global object laziness (global.c): installs the global intrinsic named key on realm's global
 * object if key names one not installed yet; all of them when key is undefined. */
rh_status global_materialize(rh_agent *agent, rh_realm *realm, rh_value key) RH_WUR;
/* global_materialize, and for a key the global does not hold itself, %Object.prototype% (the
 * global's [[Prototype]], made lazily): what Get, Set and HasProperty on the global need first. */
rh_status global_materialize_lookup(rh_agent *agent, rh_realm *realm, rh_value key) RH_WUR;

/* Well-known symbols: shared by every realm of an agent (https://tc39.es/ecma262/#sec-well-known-symbols). */
#define RH_FOR_EACH_WELL_KNOWN_SYMBOL(X) \
    X(iterator, "Symbol.iterator")       \
    X(hasInstance, "Symbol.hasInstance") \
    X(toPrimitive, "Symbol.toPrimitive") \
    X(toStringTag, "Symbol.toStringTag") \
    X(asyncIterator, "Symbol.asyncIterator") \
    X(isConcatSpreadable, "Symbol.isConcatSpreadable") \
    X(match, "Symbol.match")             \
    X(matchAll, "Symbol.matchAll")       \
    X(replace, "Symbol.replace")         \
    X(search, "Symbol.search")           \
    X(species, "Symbol.species")         \
    X(split, "Symbol.split")             \
    X(unscopables, "Symbol.unscopables")

typedef enum rh_well_known_symbol_id {
#define RH_WKS_ENUM(name, description) RH_SYMBOL_##name,
    RH_FOR_EACH_WELL_KNOWN_SYMBOL(RH_WKS_ENUM)
#undef RH_WKS_ENUM
    RH_SYMBOL__COUNT
} rh_well_known_symbol_id;

/* The agent's well-known symbol (a symbol value), made on first use; undefined on OOM. */
rh_value rh_well_known_symbol(rh_agent *agent, rh_well_known_symbol_id id);

#endif
