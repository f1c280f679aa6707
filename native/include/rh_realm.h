/* Realms: a global object, lazily made intrinsics, and exact byte counters (realm.c). */
#ifndef RH_REALM_H
#define RH_REALM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_heap.h"

typedef struct rh_shape rh_shape;
typedef struct rh_code_block rh_code_block;

#define RH_SELFHOST_HOLDER_WORDS 2

/* The realm's linked code blocks by unlinked function: an open-addressing table (link.c). */
typedef struct rh_code_table {
    rh_code_block **slots;
    uint32_t capacity; /* power of two, or 0 */
    uint32_t count;
} rh_code_table;

struct rh_realm {
    rh_agent *agent;
    uint16_t index;                      /* the realm_index of every cell it allocates */
    size_t counters[RH_MEM__COUNT];      /* exact bytes by category */
    rh_object *global;                   /* the global object (a root) */
    bool closing;                        /* inside rh_realms_free: its cells are being handed over */
    rh_object **intrinsics;              /* RH_INTRINSIC__COUNT entries, allocated on first need */
    int intrinsic_being_made;            /* the id whose maker is running, or -1 */
    uint64_t globals_installed;          /* bit i: global intrinsic i is on the global object */
    /* The global's [[Prototype]] is %Object.prototype% (https://tc39.es/ecma262/#sec-setrealmglobalobject),
     * set when that is first made: a new realm does not pay for it up front. */
    bool global_proto_pending;
    rh_object *lexical_globals;          /* global let/const/class bindings (a null-proto object) */
    rh_code_table code;                  /* linked code blocks of this realm (roots) */
    /* The self-hosted library (selfhost.c): the function objects of the library functions the
     * library reads as values (LdaIntrinsic: a helper passed as a callback or a constructor), made
     * on first read, as (index, object) pairs (roots); a call to a helper needs none. Then a bit
     * per intrinsic whose self-hosted methods are installed. */
    struct rh_selfhost_value *selfhost_values;
    uint16_t selfhost_value_count;
    uint16_t selfhost_value_capacity;
    uint64_t selfhost_installed[RH_SELFHOST_HOLDER_WORDS];
    /* A bit per library installation entry already installed (or deleted after): holders get
     * their self-hosted methods one at a time, on first lookup (selfhost_materialize). */
    uint64_t *selfhost_entries_done;
    uint32_t selfhost_entry_words;
    /* Native method tables whose holders install them on demand (builtins_lazy.c). */
    struct rh_lazy_table *lazy_tables;
    uint32_t lazy_table_count;
};

/* A new realm with only its global object: microseconds and about a kilobyte. NULL on failure. */
rh_realm *rh_realm_new(rh_agent *agent);
/* Drops the realm's roots and collects. Its counters then cover exactly the cells other realms
 * still reach; those are handed to the agent (realm index 0) and the realm record is freed. */
void rh_realm_free(rh_realm *realm);
/* Closes several realms of one agent with a single collection: closing costs a collection of the
 * agent's heap, so closing many realms at once should go through here. */
void rh_realms_free(rh_realm **realms, size_t count);
void rh_realm_memory(rh_realm *realm, rh_memory_report *out);
rh_value rh_realm_global(rh_realm *realm);

void realm_mark_roots(rh_realm *realm);
/* Forgets every root of the realm (before its last collection). */
void realm_drop_roots(rh_realm *realm);
void memory_report_from_counters(const size_t *counters, rh_memory_report *out);

#endif
