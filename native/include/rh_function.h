/* Function objects (function.c): bytecode closures, native C functions, bound functions.
 *
 * A function object is an ordinary rh_object of kind RH_OBJ_FUNCTION / RH_OBJ_NATIVE_FUNCTION /
 * RH_OBJ_BOUND_FUNCTION whose internal slots (rh_function_data) follow its inline slots in the same
 * cell, so a function costs one allocation. Its realm is the realm whose index its cell carries.
 *
 * THE NATIVE FUNCTION INTERFACE (what builtins_*.c build on)
 *
 *   static rh_status math_abs(rh_agent *agent, rh_value this_value, const rh_value *args,
 *                             uint32_t argc, rh_value new_target, rh_value *result);
 *
 * - args[0 .. argc) are the arguments, rooted by the caller; rh_arg(args, argc, i) reads one
 *   with undefined past the end. this_value is the receiver as passed (no boxing: a native
 *   function is strict). new_target is undefined for a call, the constructor for `new`.
 * - Return RH_OK with *result set, or RH_THROWN when a JavaScript exception is pending on the
 *   agent (rh_throw*, rh_error.h), or RH_ERR_OOM / RH_TERMINATED, which nothing catches.
 *   Never return RH_ERR_RANGE / RH_ERR_TYPE: turn them into exceptions with rh_throw_status.
 * - The callee and its realm: rh_native_callee(agent) and rh_current_realm(agent) (the callee's
 *   realm while it runs, as the spec's running execution context). func_native_magic(callee)
 *   lets one C function serve several builtins.
 * - Calling back into JavaScript: rh_call_rjs / rh_construct_rjs (rh_call.h). Anything that
 *   can run JavaScript can collect: root what you hold (rh_heap.h) across such calls.
 * - Intrinsics of the realm: realm_intrinsic(realm, RH_INTRINSIC_...) (rh_intrinsics.h),
 *   made on first need. Abstract operations (ToString, ToNumber, Get, Set, ...): rh_ops.h. */
#ifndef RH_FUNCTION_H
#define RH_FUNCTION_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_object.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_context rh_context;
typedef struct rh_unlinked rh_unlinked;
typedef struct rh_code_block rh_code_block;

typedef rh_status (*rh_native_fn)(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                                  rh_value new_target, rh_value *result);

/* Function flags (rh_function_data.flags). */
#define RH_FUNC_CONSTRUCTOR 0x01u       /* has [[Construct]] */
#define RH_FUNC_CLASS_CONSTRUCTOR 0x02u /* throws when called without new */
#define RH_FUNC_DERIVED 0x04u           /* constructor kind "derived" */
#define RH_FUNC_STRICT 0x08u
#define RH_FUNC_ARROW 0x10u

/* The internal slots of a function object, stored after its inline slots. */
typedef struct rh_function_data {
    uint32_t flags; /* RH_FUNC_* */
    int32_t magic;  /* native: a number the C function reads back */
    union {
        struct {
            const rh_unlinked *unlinked; /* shared, immutable code */
            rh_code_block *block;        /* this realm's linked block, NULL until the first call */
            rh_context *env;             /* the captured context (NULL: none) */
            rh_object *home_object;      /* [[HomeObject]] of methods, else NULL */
            rh_object *fields;           /* class constructors: the instance field initialiser */
            /* Arrows see their enclosing function's super and new.target: that function (for
             * super(...)) and the new.target of the call that made the arrow. */
            rh_object *lexical_callee;
            rh_value lexical_new_target;
        } js;
        struct {
            rh_native_fn fn;
        } native;
        struct {
            rh_value target;
            rh_value bound_this;
            rh_value *args; /* buffer charged to RH_MEM_OBJECTS */
            uint32_t argc;
        } bound;
    } u;
} rh_function_data;

#define RH_FUNCTION_INLINE_SLOTS 3 /* length, name, prototype */

static inline bool obj_is_function(const rh_object *o)
{
    return o->kind == RH_OBJ_FUNCTION || o->kind == RH_OBJ_NATIVE_FUNCTION || o->kind == RH_OBJ_BOUND_FUNCTION;
}
static inline rh_function_data *func_data(rh_object *f)
{
    return (rh_function_data *)(void *)&f->inline_slots[f->inline_capacity];
}
/* https://tc39.es/ecma262/#sec-iscallable */
static inline bool value_is_callable(rh_value v)
{
    return value_is_object(v) && obj_is_function(value_as_object(v));
}
/* https://tc39.es/ecma262/#sec-isconstructor */
static inline bool value_is_constructor(rh_value v)
{
    return value_is_callable(v) && (func_data(value_as_object(v))->flags & RH_FUNC_CONSTRUCTOR) != 0;
}
static inline rh_value rh_arg(const rh_value *args, uint32_t argc, uint32_t i)
{
    return i < argc ? args[i] : RH_UNDEFINED;
}

/* A native function object in realm with own "length" and "name" (name: an atom or symbol key;
 * a symbol gives "[description]"), prototype %Function.prototype%. flags: RH_FUNC_CONSTRUCTOR or 0.
 * May collect: name must be rooted. */
rh_status func_new_native(rh_agent *agent, rh_realm *realm, rh_native_fn fn, rh_value name, uint32_t length,
                          uint32_t flags, int32_t magic, rh_object **out) RH_WUR;
/* The same with an ASCII name. */
rh_status func_new_native_ascii(rh_agent *agent, rh_realm *realm, rh_native_fn fn, const char *name,
                                uint32_t length, uint32_t flags, int32_t magic, rh_object **out) RH_WUR;
/* Defines target.name = a new native function (writable, non-enumerable, configurable: the
 * attributes of builtin methods). target must be rooted. */
rh_status func_define_native(rh_agent *agent, rh_realm *realm, rh_object *target, const char *name,
                             rh_native_fn fn, uint32_t length) RH_WUR;
/* Defines target.name = value with attrs; target and value must be rooted. */
rh_status func_define_value(rh_agent *agent, rh_object *target, const char *name, rh_value value,
                            uint8_t attrs) RH_WUR;

/* A closure of unlinked code over env in realm (CreateClosure / CreateMethod). home may be NULL.
 * env and home must be rooted. */
rh_status func_new_closure(rh_agent *agent, rh_realm *realm, const rh_unlinked *unlinked, rh_context *env,
                           rh_object *home, rh_object **out) RH_WUR;
/* The closure of a script's or eval code's top-level function: no prototype, no properties. */
rh_status func_new_script_closure(rh_agent *agent, rh_realm *realm, const rh_unlinked *unlinked, rh_context *env,
                                  rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-boundfunctioncreate; target and the args must be rooted. */
rh_status func_new_bound(rh_agent *agent, rh_realm *realm, rh_value target, rh_value bound_this,
                         const rh_value *args, uint32_t argc, rh_object **out) RH_WUR;
/* %Function.prototype% for realm (its maker calls this). */
rh_status func_make_function_prototype(rh_agent *agent, rh_realm *realm, rh_object *object_prototype,
                                       rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-makeconstructor: F.prototype = a new object whose constructor is F. */
rh_status func_make_constructor(rh_agent *agent, rh_realm *realm, rh_object *f) RH_WUR;

/* The native function running now, and the realm of the running function. */
rh_object *rh_native_callee(rh_agent *agent);
rh_realm *rh_current_realm(rh_agent *agent);
static inline int32_t func_native_magic(rh_object *f) { return func_data(f)->magic; }
/* The realm a function (or any cell) belongs to; NULL when its realm was closed. */
rh_realm *func_realm(rh_agent *agent, rh_object *f);

/* The bytes after the inline slots a function of this kind needs: its rh_function_data up to
 * the end of its union member (u.js for RH_OBJ_FUNCTION). */
size_t func_data_size(rh_object_kind kind);
void func_trace(rh_agent *agent, rh_object *f);
void func_finalize(rh_agent *agent, rh_object *f);
size_t func_buffer_bytes(const rh_object *f);

#endif
