/* The self-hosted library in the C core (selfhost.c, selfhost_ops.c).
 *
 * The host compiles the selfhosted/ library once per process into one image (engine/selfhost) and
 * attaches it to an agent with the manifest of which top-level function installs where. From
 * then on:
 * - When a realm materialises an intrinsic that holds self-hosted methods (%Array.prototype%),
 *   each of them is installed as a shell: a function object pointing at the shared unlinked
 *   function, with the spec's name and length. Its first call links it in that realm (link.c):
 *   nothing about its code is copied per realm before that.
 * - CallIntrinsic id calls C intrinsic id (id < RH_SELFHOST_NATIVE_COUNT, the table generated
 *   into rh_intrinsics_gen.h) or the library's function id - RH_SELFHOST_NATIVE_COUNT (a
 *   private helper). A helper's frame is pushed straight from the shared unlinked function and
 *   the realm's linked block, with no function object (the frame's callee is NULL): a realm pays
 *   for the helpers it calls their metadata only. LdaIntrinsic id (a helper as a value: a
 *   callback, a constructor) still makes a per-realm function object, once.
 * User code never reaches the intrinsics: only the self-hosting compiler emits CallIntrinsic. */
#ifndef RH_SELFHOST_H
#define RH_SELFHOST_H

#include <stdint.h>

#include "rh_agent.h"
#include "rh_code.h"
#include "rh_function.h"
#include "rh_intrinsics_gen.h"
#include "rh_object.h"
#include "rh_string.h"
#include "rh_status.h"
#include "rh_weak.h"
#include "rh_value.h"

/* RH_SELFHOST_<Name>: the id of each C intrinsic (its CallIntrinsic operand). */
typedef enum rh_selfhost_native_id {
#define RH_SELFHOST_ENUM(name, arity, doc) RH_SELFHOST_##name,
    RH_FOR_EACH_SELFHOST_INTRINSIC(RH_SELFHOST_ENUM)
#undef RH_SELFHOST_ENUM
} rh_selfhost_native_id;

/* The C function of each intrinsic (selfhost_ops*.c): args[0 .. argc) rooted by the caller. */
#define RH_SELFHOST_DECLARE(name, arity, doc)                                                          \
    rh_status selfhost_intrinsic_##name(rh_agent *agent, const rh_value *args, uint32_t argc, rh_value *result) RH_WUR;
RH_FOR_EACH_SELFHOST_INTRINSIC(RH_SELFHOST_DECLARE)
#undef RH_SELFHOST_DECLARE
/* Defines intrinsic name's C function (selfhost_ops*.c). */
#define RH_SELFHOST_INTRINSIC(name)                                                                    \
    rh_status selfhost_intrinsic_##name(rh_agent *agent, const rh_value *args, uint32_t argc, rh_value *result)
#define RH_SELFHOST_ARG(i) rh_arg(args, argc, (i))

/* One installation of the manifest, as the host passes it (native/cdef/40_selfhost.h). */
typedef struct rh_selfhost_entry {
    int32_t holder;      /* rh_intrinsic_id of the object it installs on */
    uint32_t function;   /* index among the library's top-level functions */
    int32_t kind;        /* 0 method, 1 getter, 2 setter, 3 the holder itself (a constructor or function) */
    int32_t symbol;      /* 1: key names a well-known symbol ("iterator"); kind 3: 1 for a constructor */
    const char *key;     /* property name (ASCII) */
} rh_selfhost_entry;

/* Attaches the library image (loaded with rh_api_load_image) and its manifest to agent.
 * function_count: the library's top-level functions, in order (the root's function constants).
 * 0 on success, -1 on a bad entry or out of memory. The agent keeps a copy. */
int rh_selfhost_attach(rh_agent *agent, rh_loaded_image *image, const rh_selfhost_entry *entries, uint32_t count);
/* The rh_intrinsic_id named (ArrayPrototype), or -1. */
int rh_selfhost_intrinsic_id(const char *name);
/* How many C intrinsics the core implements (the generated table's length). */
uint32_t rh_selfhost_native_count(void);
/* Bytes the agent holds for the library (its tables; the image itself is the host's). */
size_t rh_selfhost_bytes(rh_agent *agent);

/* The host's string transformer (the cold path of toUpperCase, toLowerCase and normalize: a
 * Python callback using str.upper/lower and unicodedata). It hands its result to
 * rh_selfhost_transform_result(sink, ...) and returns 0, or returns nonzero on failure.
 * op: 0 upper, 1 lower, 2 NFC, 3 NFD, 4 NFKC, 5 NFKD; 6 "x,p" -> "n,e" (exact digits). */
typedef int (*rh_string_transform_fn)(int op, const uint16_t *units, size_t length, void *sink);
void rh_selfhost_set_string_transform(rh_agent *agent, rh_string_transform_fn fn);
void rh_selfhost_transform_result(void *sink, const uint16_t *units, size_t length);
rh_string_transform_fn selfhost_transformer(rh_agent *agent);
/* s transformed by op, in the current realm: ASCII case mapping here, the rest by the host. */
rh_status selfhost_string_transform(rh_agent *agent, rh_string *s, int op, rh_value *out) RH_WUR;

/* --- builtins_map_set.c: [[MapData]] / [[SetData]] and their iterators --- */
bool map_set_is(rh_value v, bool set);
bool map_set_is_iterator(rh_value v, bool set);
/* A new empty Map (or Set) with prototype proto (rooted). */
rh_status map_set_create(rh_agent *agent, rh_object *proto, bool set, rh_object **out) RH_WUR;
/* The entry number of key (SameValueZero), or -1. */
rh_status map_set_find(rh_agent *agent, rh_object *m, rh_value key, int32_t *entry) RH_WUR;
rh_value map_set_key(rh_object *m, int32_t entry);
rh_value map_set_value(rh_object *m, int32_t entry);
/* Sets key to value, appending an entry for a new key; m, key, value rooted. */
rh_status map_set_put(rh_agent *agent, rh_object *m, rh_value key, rh_value value) RH_WUR;
rh_status map_set_delete(rh_agent *agent, rh_object *m, rh_value key, bool *deleted) RH_WUR;
/* May compact (so m is rooted). */
rh_status map_set_clear(rh_agent *agent, rh_object *m) RH_WUR;
int32_t map_set_size(rh_object *m);
int32_t map_set_next_entry(rh_object *m, int32_t position);
/* kind: 0 keys, 1 values, 2 entries. */
rh_status map_set_iterator_create(rh_agent *agent, rh_object *m, int32_t kind, rh_object **out) RH_WUR;
/* The next live entry number, or -1 once done (the iterator then unpins its collection). */
int32_t map_set_iterator_step(rh_agent *agent, rh_object *it, rh_object **collection, int32_t *kind);
/* The collector's hook for an engine-private object: a live, unfinished Map or Set iterator pins
 * its collection for this collection's epoch (builtins_map_set.c, "Compaction"). */
void map_set_iterator_trace(rh_agent *agent, rh_object *o);

/* WeakMap / WeakSet: rh_weak.h (weak_collections.c). */

/* --- selfhost_holders.c --- */
/* What a holder needs besides its self-hosted functions, once they are installed: today
 * %Array.prototype%[@@unscopables], which names the self-hosted methods. holder is rooted. */
rh_status selfhost_finish_holder(rh_agent *agent, rh_realm *realm, int id, rh_object *holder) RH_WUR;
/* The maker of an intrinsic that is a self-hosted function (a constructor such as %Map%, or a
 * global function): the manifest's FUNCTION entry for the id being made. */
rh_status selfhost_make_function(rh_agent *agent, rh_realm *realm, rh_object **out) RH_WUR;
/* The shell of library function entry for holder id, kind 3 (FUNCTION), and whether it is a
 * constructor; NULL when the library has none. */
rh_status selfhost_function_for(rh_agent *agent, rh_realm *realm, int holder, rh_object **out) RH_WUR;

/* intrinsics.c calls this when the outermost intrinsic maker has returned: installs the
 * self-hosted functions of every holder made since, once per realm. */
rh_status selfhost_install_made(rh_agent *agent, rh_realm *realm) RH_WUR;
/* A holder flagged RH_OBJ_LAZY_HOLDER gets its self-hosted methods on demand: key's entry (and
 * the aliases sharing its function), or with key RH_UNDEFINED every remaining entry in table
 * order. May allocate: holder and key must be rooted. */
rh_status selfhost_materialize(rh_agent *agent, rh_object *holder, rh_value key) RH_WUR;
/* selfhost_materialize(key) on o and each lazy holder of its prototype chain up to the first
 * object that has key as an own property: before a [[Get]], [[Set]] or [[HasProperty]]. */
rh_status selfhost_materialize_chain(rh_agent *agent, rh_object *o, rh_value key) RH_WUR;
/* Whether a self-hosted method has key name (or well-known symbol id symbol, unless
 * RH_BUILTIN_NO_SYMBOL) on intrinsic holder: that native method must exist when it registers. */
bool selfhost_replaces_method(rh_agent *agent, int holder, const char *name, int symbol);
/* The realm's function object for library function index read as a value (LdaIntrinsic), made
 * on first use and kept in the realm's (index, object) pairs. */
rh_status selfhost_function(rh_agent *agent, rh_realm *realm, uint32_t index, rh_object **out) RH_WUR;
/* What a call of library function index (a private helper) runs in realm: its unlinked function
 * and the realm's linked code block for it (made on first call). Makes no function object. */
rh_status selfhost_helper_code(rh_agent *agent, rh_realm *realm, uint32_t index, const rh_unlinked **fn,
                               rh_code_block **block) RH_WUR;
/* Bytes the realm holds for helpers read as values (RH_MEM_BUILTINS; heap_verify checks it). */
size_t selfhost_realm_bytes(const rh_realm *realm);
/* C intrinsic id applied to args (rooted: they are the caller's registers). */
rh_status selfhost_call_native_rjs(rh_agent *agent, uint32_t id, const rh_value *args, uint32_t argc,
                                   rh_value *result) RH_WUR;
void selfhost_mark_realm(rh_agent *agent, rh_realm *realm);
void selfhost_free_realm(rh_agent *agent, rh_realm *realm);
void selfhost_free(rh_agent *agent);

#endif
