/* The agent's heap: cell headers, allocation with exact per-realm accounting, roots, and the
 * precise mark-sweep collector (heap.c, gc.c).
 *
 * The rooting contract. Any function that allocates may collect (every allocation does under GC
 * stress). So: (1) every value or cell passed to a function that may allocate must be reachable
 * from a root, which is the caller's duty (the interpreter's registers, a handle, a field of a
 * rooted object, or an rh_root_frame); (2) a function that allocates twice roots what it made
 * first, or orders its work so that nothing new is unreachable across an allocation (see
 * obj_add_named); (3) a fresh cell is zeroed and must be made consistent before the next
 * allocation. The collector never moves cells, so rooted raw pointers stay valid. */
#ifndef RH_HEAP_H
#define RH_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_agent rh_agent;

typedef enum rh_cell_type {
    RH_CELL_OBJECT = 1,
    RH_CELL_STRING = 2,
    RH_CELL_SYMBOL = 3,
    RH_CELL_SHAPE = 4,
    RH_CELL_CONTEXT = 5,    /* a closure environment (rh_context.h) */
    RH_CELL_CODE_BLOCK = 6, /* a linked code block: metadata table of (function, realm) (rh_code.h) */
} rh_cell_type;

/* What a byte is counted as in a realm's memory report. */
typedef enum rh_mem_category {
    RH_MEM_OBJECTS = 0,      /* object cells, their slots and property dictionaries */
    RH_MEM_STRINGS = 1,      /* strings and symbols */
    RH_MEM_SHAPES = 2,       /* shapes, their transition and lookup tables */
    RH_MEM_ENVIRONMENTS = 3, /* scopes of closures (interpreter, later) */
    RH_MEM_ELEMENTS = 4,     /* indexed element storage, dense or sparse */
    RH_MEM_METADATA = 5,     /* linked code blocks' metadata tables (later) */
    RH_MEM_BUILTINS = 6,     /* lazily materialised intrinsics (later) */
    RH_MEM_OTHER = 7,        /* the realm record itself and anything else */
    RH_MEM__COUNT = 8,
} rh_mem_category;

#define RH_CELL_MARKED 0x01u

/* Every heap cell starts with this header (16 bytes). realm_index names the realm whose counters
 * paid for the cell and its buffers; 0 is the agent itself (cells that outlived their realm). */
struct rh_cell {
    rh_cell *gc_next;     /* the agent's list of all cells, newest first */
    uint32_t size;        /* bytes requested from malloc for this cell */
    uint16_t realm_index;
    uint8_t type;         /* rh_cell_type */
    uint8_t flags;        /* RH_CELL_MARKED */
};

/* A frame of C locals the collector treats as roots, linked on the agent while live:
 *   rh_value roots[2] = {a, b};  rh_root_frame f;  heap_enter_frame(agent, &f, roots, 2);
 *   ... allocate ...; heap_leave_frame(agent, &f);
 * Never allocates, so it cannot fail. The collector does not move cells, so a rooted pointer
 * stays valid. */
typedef struct rh_root_frame {
    struct rh_root_frame *prev;
    rh_value *values;
    uint32_t count;
} rh_root_frame;

void heap_enter_frame(rh_agent *agent, rh_root_frame *frame, rh_value *values, uint32_t count);
void heap_leave_frame(rh_agent *agent, rh_root_frame *frame);

rh_mem_category heap_category_of(rh_cell_type type);

/* A new zeroed cell charged to realm_index. May collect first (so everything the caller holds
 * must be rooted). NULL on failure, with the agent's oom flag set. */
void *heap_alloc_cell(rh_agent *agent, uint16_t realm_index, rh_cell_type type, size_t size) RH_WUR;

/* A zeroed buffer owned by some cell, charged to (realm_index, category). May collect. */
void *heap_alloc_buffer(rh_agent *agent, uint16_t realm_index, rh_mem_category category,
                        size_t size) RH_WUR;
/* Like heap_alloc_buffer but never collects: for caches built inside lookups that must not run
 * the collector. Failure leaves the oom flag alone (the caller has a slow path). */
void *heap_alloc_buffer_nogc(rh_agent *agent, uint16_t realm_index, rh_mem_category category,
                             size_t size) RH_WUR;
void heap_free_buffer(rh_agent *agent, uint16_t realm_index, rh_mem_category category, void *buffer,
                      size_t size);

/* Adjust counters for memory allocated outside heap_alloc_* (the realm record). */
void heap_charge(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size);
void heap_discharge(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size);
/* Whether size more bytes fit under the heap limit. */
bool heap_within_limit(const rh_agent *agent, size_t size);

/* Sets the allocation volume that triggers the next collection (after a collection). */
void heap_update_threshold(rh_agent *agent);

/* Collects now. Safe at any point where no cell is half-initialised. */
void heap_collect(rh_agent *agent);

/* Marks a value reachable (called by tracers). */
void heap_mark_value(rh_agent *agent, rh_value v);
void heap_mark_cell(rh_agent *agent, rh_cell *cell);

/* Recomputes every counter and checks every traced pointer; returns the number of problems found
 * (0 for a healthy heap). Used by the debug build and the tests. */
size_t heap_verify(rh_agent *agent);

#endif
