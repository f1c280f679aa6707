/* The agent: one heap, one stack of roots, one atom table, its realms (agent.c).
 * No global mutable state exists anywhere in the core: everything hangs off an agent or a realm,
 * so two agents run in parallel on two threads. */
#ifndef RH_AGENT_H
#define RH_AGENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_atom.h"
#include "rh_heap.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_realm rh_realm;
typedef struct rh_interp_stack rh_interp_stack;
typedef struct rh_loaded_image rh_loaded_image;

/* The host's hook for print and console.log output (NULL: write to the process's stdout). */
typedef void (*rh_output_fn)(void *data, const char *utf8, size_t size);
/* Called at loop back-edges and calls when the instruction budget runs out: return nonzero to
 * stop the evaluation (RH_TERMINATED), zero to continue with a fresh budget. */
typedef int (*rh_interrupt_fn)(void *data);

#define RH_MAX_WELL_KNOWN_SYMBOLS 16
#define RH_DEFAULT_MAX_CALL_DEPTH 10000u

typedef struct rh_agent_limits {
    size_t heap_limit_bytes; /* 0: no limit */
    uint32_t max_call_depth; /* for the interpreter; 0: the default */
} rh_agent_limits;

/* Bytes by category plus their total: what rh_realm_memory and rh_agent_memory fill in. */
typedef struct rh_memory_report {
    size_t objects;
    size_t strings;
    size_t shapes;
    size_t environments;
    size_t elements;
    size_t metadata;
    size_t builtins;
    size_t other;
    size_t total;
} rh_memory_report;

/* Counters the tests and benchmarks read. */
typedef struct rh_heap_stats {
    uint64_t collections;
    uint64_t cells_allocated;
    uint64_t bytes_allocated;      /* every byte ever requested, cells and buffers */
    uint64_t string_units_copied;  /* code units copied by rope flattening and flat concatenation */
    uint64_t ropes_flattened;
    uint64_t ephemeron_rounds;     /* passes over the weak tables' entries (gc.c's ephemeron phase) */
    size_t heap_bytes;             /* live bytes now: cells and buffers */
    size_t live_bytes_after_gc;
} rh_heap_stats;

#define RH_WIDE_UNIT_PAGES 256 /* one-unit strings of String objects: 65536 code units, 256 per page */

/* Atoms every realm needs, interned once per agent and always rooted. */
typedef struct rh_common_atoms {
    rh_value length;
    rh_value name;        /* every function's own "name" */
    rh_value prototype;   /* constructors' "prototype" */
    rh_value constructor; /* prototypes' "constructor" */
} rh_common_atoms;

#define RH_COMMON_ATOM_COUNT (sizeof(rh_common_atoms) / sizeof(rh_value))

struct rh_agent {
    rh_agent_limits limits;

    /* heap */
    rh_cell *cells;
    size_t heap_bytes;
    size_t bytes_since_gc;
    size_t gc_threshold;
    bool oom;
    bool gc_stress;
    bool in_gc;
    uint64_t fail_allocations_after; /* test hook: 0 off, else fail the Nth allocation from now */
    size_t agent_counters[RH_MEM__COUNT]; /* realm index 0: cells that outlived their realm */
    rh_heap_stats stats;

    /* mark stack (agent-owned scratch; its overflow falls back to rescanning the heap) */
    rh_cell **mark_stack;
    size_t mark_count;
    size_t mark_capacity;
    bool mark_overflowed;
    struct rh_heap_verifier *verifier; /* non-NULL while heap_verify runs: tracers check, not mark */
    struct rh_weak_table *weak_tables; /* during a collection: tables of marked WeakMaps/WeakSets (weak_collections.c) */
    struct rh_weak_key_index *weak_key_index; /* during a collection's ephemeron phase, once built (weak_collections.c) */

    /* roots */
    rh_root_frame *frames;
    rh_value *handles;       /* slot i holds a value, or a free-list link (int32 next index) */
    uint32_t handle_capacity;
    int32_t handle_free;     /* first free slot, -1 if none */
    uint32_t handle_count;

    /* realms by index; slot 0 is unused (index 0 means "the agent") */
    rh_realm **realms;
    uint32_t realm_capacity;
    uint32_t realm_search_from; /* no free realm slot below this index */

    /* The empty shape every object starts from. Shapes are key paths, so one tree serves every
     * realm: a node is charged to the realm whose object first needed it. */
    struct rh_shape *root_shape;

    rh_atom_table atoms;
    rh_common_atoms common;
    uint32_t next_symbol_hash;
    rh_value well_known_symbols[RH_MAX_WELL_KNOWN_SYMBOLS]; /* made on first use; roots */
    rh_value symbol_registry;    /* Symbol.for's GlobalSymbolRegistry (builtins_symbol.c): an object once used; a root */
    uint64_t random_state[2];    /* Math.random's xorshift128+ (builtins_math.c), seeded on first use */

    /* execution */
    rh_value exception;          /* the pending exception while a status is RH_THROWN */
    bool has_exception;
    rh_realm *current_realm;     /* realm of the running function */
    rh_object *native_callee;    /* the native function running now */
    rh_interp_stack *stack;      /* register file and frames, made on first run */
    uint32_t native_depth;       /* nested entries into the interpreter from C */
    rh_loaded_image *images;     /* images linked into this agent (string caches), newest first */
    uint64_t code_blocks_live;   /* linked code blocks (metadata tables) alive */
    struct rh_selfhost *selfhost; /* the self-hosted library attached by the host (selfhost.c), or NULL */

    /* interrupts */
    volatile int terminate;      /* set by the host: the running evaluation ends (RH_TERMINATED) */
    int64_t budget;              /* instructions left before the interrupt check (back-edges, calls) */
    int64_t budget_quantum;      /* budget after each check */
    rh_interrupt_fn interrupt;
    void *interrupt_data;

    rh_output_fn output;
    void *output_data;

    /* eval: the host compiles eval code (rh_host_api.h rh_eval_compiler) */
    void *eval_compiler;
    void *eval_compiler_data;

    /* Function(...) and Function.prototype.toString: host callbacks (rh_dynamic_code.h) */
    void *function_compiler;
    void *source_text;
    void *dynamic_code_data;

    /* String exotic objects answer their code units with these shared one-unit strings (roots;
     * builtins_string_exotic.c): Latin-1 ones, then pages of wider units, made as needed. */
    rh_value latin1_unit_strings[256];
    rh_value *wide_unit_pages[RH_WIDE_UNIT_PAGES];
};

rh_agent *rh_agent_new(const rh_agent_limits *limits);
void rh_agent_free(rh_agent *agent);
/* Forces a full collection. */
void rh_agent_gc(rh_agent *agent);
/* 1 if an allocation failed since the last rh_agent_clear_oom. */
int rh_agent_out_of_memory(rh_agent *agent);
void rh_agent_clear_oom(rh_agent *agent);
/* Bytes charged to the agent itself: cells that outlived their realm, plus its own tables
 * (atom table, handle table, mark stack, the agent record) under "other". */
void rh_agent_memory(rh_agent *agent, rh_memory_report *out);
void rh_agent_stats(rh_agent *agent, rh_heap_stats *out);

/* Handles: values held by Python, roots until freed. A handle is a small non-negative integer;
 * -1 means out of memory. */
int32_t rh_handle_new(rh_agent *agent, rh_value value);
rh_value rh_handle_get(rh_agent *agent, int32_t handle);
void rh_handle_set(rh_agent *agent, int32_t handle, rh_value value);
void rh_handle_free(rh_agent *agent, int32_t handle);

/* The counters of realm_index (0: the agent's own). */
size_t *agent_counters_for(rh_agent *agent, uint16_t realm_index);
/* Marks every root the agent holds (frames, handles, realms, common atoms). */
void agent_mark_roots(rh_agent *agent);

#endif
