/* The standard library's native builtins (builtins_*.c, one file per spec area) and the tables
 * the intrinsics code installs them from.
 *
 * Laziness. Nothing here runs when a realm is created. A prototype's maker (listed in
 * RH_FOR_EACH_INTRINSIC) makes the prototype, its constructor and both objects' methods in one
 * go, because each is reachable from the other ("constructor" and "prototype"). The maker
 * publishes the prototype in the realm's table before it makes any function, so the makers it
 * reaches (%Function.prototype% for every native function) find it instead of recursing. The
 * constructor's own maker only asks for its prototype and returns what that maker published.
 * Global names reach them through RH_FOR_EACH_BUILTIN_GLOBAL, resolved on first lookup. */
#ifndef RH_BUILTINS_H
#define RH_BUILTINS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_function.h"
#include "rh_status.h"

/* X(Name, maker): intrinsics the standard library adds to RH_FOR_EACH_INTRINSIC. */
#define RH_FOR_EACH_BUILTIN_INTRINSIC(X)                             \
    X(Object, builtins_make_object)                                  \
    X(Function, builtins_make_function)                              \
    X(Array, builtins_make_array)                                    \
    X(String, builtins_make_string)                                  \
    X(Number, builtins_make_number)                                  \
    X(Boolean, builtins_make_boolean)                                \
    X(Symbol, builtins_make_symbol)                                  \
    X(Error, builtins_make_error)                                    \
    X(EvalError, builtins_make_native_error)                         \
    X(RangeError, builtins_make_native_error)                        \
    X(ReferenceError, builtins_make_native_error)                    \
    X(SyntaxError, builtins_make_native_error)                       \
    X(TypeError, builtins_make_native_error)                         \
    X(URIError, builtins_make_native_error)                          \
    X(AggregateError, builtins_make_native_error)                    \
    X(AggregateErrorPrototype, builtins_make_native_error_prototype) \
    X(Math, builtins_make_math)                                      \
    X(ParseInt, builtins_make_parse_int)                             \
    X(ParseFloat, builtins_make_parse_float)                         \
    X(IsNaN, builtins_make_is_nan)                                   \
    X(IsFinite, builtins_make_is_finite)                             \
    X(Escape, builtins_make_escape)                                  \
    X(Unescape, builtins_make_unescape)

/* X(global name, Intrinsic): https://tc39.es/ecma262/#sec-function-properties-of-the-global-object
 * and #sec-constructor-properties-of-the-global-object (writable, configurable, not enumerable). */
#define RH_FOR_EACH_BUILTIN_GLOBAL(X)     \
    X(Object, Object)                     \
    X(Function, Function)                 \
    X(Array, Array)                       \
    X(String, String)                     \
    X(Number, Number)                     \
    X(Boolean, Boolean)                   \
    X(Symbol, Symbol)                     \
    X(Error, Error)                       \
    X(EvalError, EvalError)               \
    X(RangeError, RangeError)             \
    X(ReferenceError, ReferenceError)     \
    X(SyntaxError, SyntaxError)           \
    X(TypeError, TypeError)               \
    X(URIError, URIError)                 \
    X(AggregateError, AggregateError)     \
    X(Math, Math)                         \
    X(parseInt, ParseInt)                 \
    X(parseFloat, ParseFloat)             \
    X(isNaN, IsNaN)                       \
    X(isFinite, IsFinite)                 \
    X(escape, Escape)                     \
    X(unescape, Unescape)

/* The language-level makers (intrinsics.c, array_iterator.c) that the builtins' prototype makers
 * extend with methods; RH_FOR_EACH_INTRINSIC names the builtins' makers instead. */
rh_status intrinsic_make_object_prototype(rh_agent *agent, rh_realm *realm, rh_object **out) RH_WUR;
rh_status intrinsic_make_array_prototype(rh_agent *agent, rh_realm *realm, rh_object **out) RH_WUR;
rh_status intrinsic_make_error_prototype(rh_agent *agent, rh_realm *realm, rh_object **out) RH_WUR;
rh_status intrinsic_make_native_error_prototype(rh_agent *agent, rh_realm *realm, rh_object **out) RH_WUR;

/* --- tables: what a maker installs --- */

#define RH_BUILTIN_METHOD_ATTRS (RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE)
#define RH_BUILTIN_NO_SYMBOL (-1)

/* One native method: name is ASCII, or symbol (an rh_well_known_symbol_id) names a symbol key
 * and name is then the function's "name" ("[Symbol.hasInstance]"). */
typedef struct rh_builtin_method {
    const char *name;
    rh_native_fn fn;
    uint8_t length;
    uint8_t attrs;
    int8_t symbol;
    int32_t magic;
} rh_builtin_method;

#define RH_METHOD(name, fn, length) {name, fn, length, RH_BUILTIN_METHOD_ATTRS, RH_BUILTIN_NO_SYMBOL, 0}
#define RH_METHOD_MAGIC(name, fn, length, magic) {name, fn, length, RH_BUILTIN_METHOD_ATTRS, RH_BUILTIN_NO_SYMBOL, magic}

/* One constant number property (non-writable, non-enumerable, non-configurable). */
typedef struct rh_builtin_number {
    const char *name;
    double value;
} rh_builtin_number;

/* One accessor property with a native getter and optional setter (configurable, not enumerable). */
typedef struct rh_builtin_accessor {
    const char *name;
    rh_native_fn getter;
    rh_native_fn setter; /* NULL: none */
} rh_builtin_accessor;

/* What a constructor/prototype pair needs: builtins_make_pair builds it from this. */
typedef struct rh_builtin_class {
    const char *name;
    rh_native_fn constructor;
    uint8_t length;
    int constructor_id;                 /* rh_intrinsic_id of the constructor */
    const rh_builtin_method *statics;   /* on the constructor */
    size_t static_count;
    const rh_builtin_method *methods;   /* on the prototype */
    size_t method_count;
} rh_builtin_class;

#define RH_COUNT_OF(array) (sizeof(array) / sizeof *(array))

/* --- builtins_common.c: helpers every area uses --- */

/* Whether a (complete) descriptor from obj_get_own_property describes an accessor property. */
static inline bool builtins_is_accessor(const rh_property_descriptor *desc)
{
    return (desc->fields & (RH_DESC_GET | RH_DESC_SET)) != 0;
}

/* Records made as realm's intrinsic id while its maker is still running (see above). */
void builtins_publish(rh_realm *realm, int id, rh_object *made);
/* Defines each method of the table on target (rooted). */
rh_status builtins_define_methods(rh_agent *agent, rh_realm *realm, rh_object *target,
                                  const rh_builtin_method *methods, size_t count) RH_WUR;
/* The same for a static table, installed one method at a time on demand (builtins_lazy.c):
 * target (rooted, an intrinsic) becomes an RH_OBJ_LAZY_HOLDER. */
rh_status builtins_define_methods_lazily(rh_agent *agent, rh_realm *realm, rh_object *target,
                                         const rh_builtin_method *methods, size_t count) RH_WUR;
typedef struct rh_lazy_table rh_lazy_table;
/* Installs holder's deferred native method for key, or with key RH_UNDEFINED every remaining one
 * in the eager order. May allocate: holder and key must be rooted. */
rh_status builtins_lazy_materialize(rh_agent *agent, rh_object *holder, rh_value key) RH_WUR;
/* Whether holder still has native methods waiting (or installed early, out of table order). */
bool builtins_lazy_pending(rh_agent *agent, const rh_object *holder);
void builtins_lazy_free_realm(rh_agent *agent, rh_realm *realm);
/* The bytes of realm's deferred-table records (heap_verify checks the counters). */
size_t builtins_lazy_bytes(const rh_realm *realm);
/* Adds target.name = value with attrs; target must not have the property yet (fresh objects in
 * makers). target and value rooted. */
rh_status builtins_add_value(rh_agent *agent, rh_object *target, const char *name, rh_value value,
                             uint8_t attrs) RH_WUR;
rh_status builtins_define_numbers(rh_agent *agent, rh_object *target, const rh_builtin_number *numbers,
                                  size_t count) RH_WUR;
rh_status builtins_define_accessor(rh_agent *agent, rh_realm *realm, rh_object *target,
                                   const rh_builtin_accessor *accessor) RH_WUR;
/* The constructor of a published prototype (rooted): its "prototype" (fixed) and the
 * prototype's "constructor" link, its statics and the prototype's methods, the constructor
 * published as class->constructor_id. */
rh_status builtins_make_pair(rh_agent *agent, rh_realm *realm, rh_object *prototype, const rh_builtin_class *cls,
                             rh_object **constructor) RH_WUR;
/* A constructor's maker: asks for its prototype, whose maker published the constructor. */
rh_status builtins_constructor_of(rh_realm *realm, int prototype_id, int constructor_id, rh_object **out) RH_WUR;

/* https://tc39.es/ecma262/#sec-getprototypefromconstructor: new_target.prototype, or the
 * default_id intrinsic of new_target's realm. new_target must be rooted. */
rh_status builtins_prototype_from_constructor(rh_agent *agent, rh_value new_target, int default_id,
                                              rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-ordinarycreatefromconstructor for a primitive wrapper (Number,
 * Boolean, ...): an RH_OBJ_PRIMITIVE object holding value. new_target and value rooted. */
rh_status builtins_wrapper_from_constructor(rh_agent *agent, rh_value new_target, int default_id, rh_value value,
                                            rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-object.prototype.tostring called with this value v (rooted by
 * the caller): "[object " + (@@toStringTag or the builtin tag) + "]". */
rh_status builtins_object_to_string_rjs(rh_agent *agent, rh_value v, rh_value *result) RH_WUR;
/* The primitive inside a wrapper object, or RH_HOLE when v is not one. */
rh_value builtins_wrapped_value(rh_value v);
/* A fresh array in the current realm with the given elements (rooted by the caller). */
rh_status builtins_array_from(rh_agent *agent, const rh_value *values, size_t count, rh_value *out) RH_WUR;
/* https://tc39.es/ecma262/#sec-tointegerorinfinity */
rh_status builtins_to_integer_or_infinity_rjs(rh_agent *agent, rh_value v, double *out) RH_WUR;
/* The string for a string value, flattened (v must be rooted). */
rh_status builtins_flat_string(rh_agent *agent, rh_value v, rh_string **out) RH_WUR;
/* ToString(v) flattened: v must be rooted; *out is rooted through *as_value the caller roots. */
rh_status builtins_to_flat_string_rjs(rh_agent *agent, rh_value v, rh_value *as_value, rh_string **out) RH_WUR;
/* [[GetOwnProperty]] that first installs a lazy global of that name (global objects). */
rh_status builtins_get_own_property(rh_agent *agent, rh_object *o, rh_value key, bool *found,
                                    rh_property_descriptor *desc) RH_WUR;
/* [[OwnPropertyKeys]] as a malloc'd array (*keys, free it) with lazy globals installed. */
rh_status builtins_own_keys(rh_agent *agent, rh_object *o, rh_value **keys, size_t *count) RH_WUR;
/* [[SetPrototypeOf]] including %Object.prototype%'s immutable prototype. */
bool builtins_set_prototype_of(rh_agent *agent, rh_object *o, rh_object *proto);

/* --- builtins_iteration.c: the iteration protocol (https://tc39.es/ecma262/#sec-operations-on-iterator-objects) --- */
/* GetIterator(obj, sync): record[0] the iterator, record[1] its next method (rooted by the caller). */
rh_status builtins_get_iterator_rjs(rh_agent *agent, rh_value obj, rh_value record[2]) RH_WUR;
/* IteratorStepValue: *done, or the next *value (the caller roots it). */
rh_status builtins_iterator_step_value_rjs(rh_agent *agent, const rh_value record[2], bool *done,
                                           rh_value *value) RH_WUR;
/* IteratorClose for an abrupt completion: calls return and gives back completion. */
rh_status builtins_iterator_close_rjs(rh_agent *agent, rh_value iterator, rh_status completion) RH_WUR;

/* --- builtins_symbol.c --- */
/* https://tc39.es/ecma262/#sec-symboldescriptivestring: "Symbol(description)" */
rh_status builtins_symbol_descriptive_string(rh_agent *agent, rh_value sym, rh_value *out) RH_WUR;

/* --- builtins_string.c --- */
/* https://tc39.es/ecma262/#sec-stringcreate: a String exotic object for string value s. */
rh_status builtins_string_object_create(rh_agent *agent, rh_realm *realm, rh_value s, rh_object *proto,
                                        rh_object **out) RH_WUR;

#endif
