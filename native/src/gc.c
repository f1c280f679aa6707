/* Precise mark-sweep collection over explicit roots, and heap verification.
 *
 * Roots: C frames (rh_root_frame), Python handles, each realm's global object, the agent's root
 * shape and common atoms. Nothing is found by scanning the C stack. Weak references: the atom
 * table and shape transitions; the sweeper unlinks dying atoms and shapes from them.
 *
 * Ephemerons: a WeakMap's or WeakSet's table (weak_collections.c) is not traced with its
 * collection. Once the ordinary marking is done, an entry's value is marked when its key is
 * marked, repeated to a fixpoint (a value may hold another key, or another collection); then
 * every entry whose key stayed unmarked is removed, before the sweep frees the key.
 *
 * Map and Set iterators pin their collection (builtins_map_set.c): tracing one records it on the
 * collection, so that a collection no live iterator points into may compact its entries. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_array.h"
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_code.h"
#include "rh_context.h"
#include "rh_heap.h"
#include "rh_intrinsics.h"
#include "rh_object.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_shape.h"
#include "rh_string.h"
#include "rh_symbol.h"
#include "rh_weak.h"

#define RH_MARK_STACK_MIN 256
/* A mark stack deeper than this (entries) is released after its collection: one big heap does not
 * leave the agent holding megabytes; the next collection grows it again as it needs. */
#define RH_MARK_STACK_KEEP (64u * 1024u)

/* State of heap_verify: the set of live cells and the problems found. */
typedef struct rh_heap_verifier {
    rh_cell **set; /* open addressing, power-of-two capacity */
    size_t mask;
    size_t problems;
} rh_heap_verifier;

static size_t pointer_slot(const rh_heap_verifier *v, const rh_cell *cell)
{
    uint64_t h = (uint64_t)(uintptr_t)cell * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 20) & v->mask;
}

static bool verifier_contains(const rh_heap_verifier *v, const rh_cell *cell)
{
    for (size_t i = pointer_slot(v, cell);; i = (i + 1) & v->mask) {
        if (v->set[i] == cell)
            return true;
        if (v->set[i] == NULL)
            return false;
    }
}

static void verifier_insert(rh_heap_verifier *v, rh_cell *cell)
{
    size_t i = pointer_slot(v, cell);
    while (v->set[i] != NULL)
        i = (i + 1) & v->mask;
    v->set[i] = cell;
}

static void mark_stack_push(rh_agent *agent, rh_cell *cell)
{
    if (agent->mark_count == agent->mark_capacity) {
        size_t capacity = agent->mark_capacity ? agent->mark_capacity * 2 : RH_MARK_STACK_MIN;
        rh_cell **grown = realloc(agent->mark_stack, capacity * sizeof *grown);
        if (grown == NULL) {
            /* The cell stays marked; the rescan in mark_from_overflow traces it later. */
            agent->mark_overflowed = true;
            return;
        }
        agent->mark_stack = grown;
        agent->mark_capacity = capacity;
    }
    agent->mark_stack[agent->mark_count++] = cell;
}

void heap_mark_cell(rh_agent *agent, rh_cell *cell)
{
    if (cell == NULL)
        return;
    if (agent->verifier != NULL) {
        if (!verifier_contains(agent->verifier, cell))
            agent->verifier->problems++;
        return;
    }
    if (cell->flags & RH_CELL_MARKED)
        return;
    cell->flags |= RH_CELL_MARKED;
    mark_stack_push(agent, cell);
}

void heap_mark_value(rh_agent *agent, rh_value v)
{
    if (value_is_cell(v))
        heap_mark_cell(agent, value_as_cell(v));
}

/* What an engine-private object holds besides its internal values: a weak collection's table
 * (listed for the ephemeron phase), a Map or Set iterator's pin on its collection. */
static void trace_internal(rh_agent *agent, rh_object *o)
{
    if (weak_is_collection(o))
        weak_trace(agent, o);
    else
        map_set_iterator_trace(agent, o);
}

static void trace_cell(rh_agent *agent, rh_cell *cell)
{
    switch ((rh_cell_type)cell->type) {
    case RH_CELL_OBJECT:
        obj_trace(agent, (rh_object *)cell);
        if (((rh_object *)cell)->kind == RH_OBJ_INTERNAL)
            trace_internal(agent, (rh_object *)cell);
        break;
    case RH_CELL_STRING:
        str_trace(agent, (rh_string *)cell);
        break;
    case RH_CELL_SYMBOL:
        symbol_trace(agent, (rh_symbol *)cell);
        break;
    case RH_CELL_SHAPE:
        shape_trace(agent, (rh_shape *)cell);
        break;
    case RH_CELL_CONTEXT:
        context_trace(agent, (rh_context *)cell);
        break;
    case RH_CELL_CODE_BLOCK:
        code_block_trace(agent, (rh_code_block *)cell);
        break;
    }
    if (agent->weak_key_index != NULL)
        weak_key_traced(agent, cell);
}

static void drain_mark_stack(rh_agent *agent)
{
    while (agent->mark_count > 0)
        trace_cell(agent, agent->mark_stack[--agent->mark_count]);
}

/* After a mark-stack overflow some marked cells were never traced: trace every marked cell again
 * until a pass completes without overflowing. */
static void mark_from_overflow(rh_agent *agent)
{
    while (agent->mark_overflowed) {
        agent->mark_overflowed = false;
        for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next) {
            if (cell->flags & RH_CELL_MARKED) {
                trace_cell(agent, cell);
                drain_mark_stack(agent);
            }
        }
    }
}

/* Frees a dead cell's buffers and unlinks it from weak tables. */
static void finalize_cell(rh_agent *agent, rh_cell *cell)
{
    switch ((rh_cell_type)cell->type) {
    case RH_CELL_OBJECT:
        if (((rh_object *)cell)->kind == RH_OBJ_INTERNAL && weak_is_collection((rh_object *)cell))
            weak_finalize(agent, (rh_object *)cell);
        obj_finalize(agent, (rh_object *)cell);
        break;
    case RH_CELL_STRING:
        if (((rh_string *)cell)->is_atom)
            atom_table_remove(&agent->atoms, (rh_string *)cell);
        break;
    case RH_CELL_SYMBOL:
        break;
    case RH_CELL_SHAPE:
        shape_finalize(agent, (rh_shape *)cell);
        break;
    case RH_CELL_CONTEXT:
        break;
    case RH_CELL_CODE_BLOCK:
        code_block_finalize(agent, (rh_code_block *)cell);
        break;
    }
}

/* Frees every unmarked cell and clears the marks of the others. The list runs newest first, so
 * a dying shape is finalised before its (older) parent could be freed: shape_finalize may still
 * read the parent's transition table. */
static void sweep(rh_agent *agent)
{
    rh_cell **link = &agent->cells;
    while (*link != NULL) {
        rh_cell *cell = *link;
        if (cell->flags & RH_CELL_MARKED) {
            cell->flags &= (uint8_t)~RH_CELL_MARKED;
            link = &cell->gc_next;
            continue;
        }
        *link = cell->gc_next;
        finalize_cell(agent, cell);
        heap_discharge(agent, cell->realm_index, heap_category_of((rh_cell_type)cell->type), cell->size);
        free(cell);
    }
}

void heap_collect(rh_agent *agent)
{
    if (agent->in_gc)
        return;
    agent->in_gc = true;
    agent_mark_roots(agent);
    drain_mark_stack(agent);
    mark_from_overflow(agent);
    /* Ephemerons: mark the values of live keys in live weak collections, to a fixpoint. A first
     * round settles the common cases; if it marked something, a key index finishes the phase in
     * one drain (a round per link of a long chain would be quadratic). Rounds remain the safety
     * net for entries the index had no memory for. */
    if (weak_mark_ephemerons(agent)) {
        weak_begin_key_index(agent);
        drain_mark_stack(agent);
        mark_from_overflow(agent);
        weak_end_key_index(agent);
        while (weak_mark_ephemerons(agent)) { /* finds nothing unless the index was incomplete */
            drain_mark_stack(agent);
            mark_from_overflow(agent);
        }
    }
    weak_clear_dead_entries(agent);
    sweep(agent);
    if (agent->mark_capacity > RH_MARK_STACK_KEEP) {
        free(agent->mark_stack);
        agent->mark_stack = NULL;
        agent->mark_capacity = 0;
    }
    agent->in_gc = false;
    agent->stats.collections++;
    heap_update_threshold(agent);
#ifdef RH_DEBUG
    if (heap_verify(agent) != 0)
        abort();
#endif
}

/* The bytes a cell's buffers add to each category. */
static void add_buffer_bytes(const rh_cell *cell, size_t *counters)
{
    if (cell->type == RH_CELL_OBJECT) {
        const rh_object *o = (const rh_object *)cell;
        counters[RH_MEM_OBJECTS] += obj_buffer_bytes(o);
        counters[RH_MEM_ELEMENTS] += elements_bytes(o);
        if (o->kind == RH_OBJ_INTERNAL && weak_is_collection(o))
            counters[RH_MEM_OBJECTS] += weak_buffer_bytes(o);
    } else if (cell->type == RH_CELL_SHAPE) {
        counters[RH_MEM_SHAPES] += shape_buffer_bytes((const rh_shape *)cell);
    } else if (cell->type == RH_CELL_CODE_BLOCK) {
        counters[RH_MEM_METADATA] += code_block_buffer_bytes((rh_code_block *)(uintptr_t)cell);
    }
}

static size_t count_cells(const rh_agent *agent)
{
    size_t n = 0;
    for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next)
        n++;
    return n;
}

/* Recomputes every realm's counters from the cells and compares. */
static size_t verify_counters(rh_agent *agent)
{
    size_t problems = 0;
    size_t realms = agent->realm_capacity;
    size_t *expected = calloc(realms * RH_MEM__COUNT, sizeof *expected);
    if (expected == NULL)
        return 0;
    for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next) {
        size_t *row;
        if (cell->realm_index >= realms || (cell->realm_index != 0 && agent->realms[cell->realm_index] == NULL)) {
            problems++;
            continue;
        }
        row = &expected[(size_t)cell->realm_index * RH_MEM__COUNT];
        row[heap_category_of((rh_cell_type)cell->type)] += cell->size;
        add_buffer_bytes(cell, row);
    }
    for (size_t r = 1; r < realms; r++) {
        if (agent->realms[r] != NULL) {
            expected[r * RH_MEM__COUNT + RH_MEM_OTHER] += sizeof(rh_realm);
            expected[r * RH_MEM__COUNT + RH_MEM_METADATA] += link_code_table_bytes(&agent->realms[r]->code);
            if (agent->realms[r]->intrinsics != NULL)
                expected[r * RH_MEM__COUNT + RH_MEM_BUILTINS] += RH_INTRINSIC__COUNT * sizeof(rh_object *);
            /* The realm's bit per self-hosted installation entry (selfhost.c). */
            expected[r * RH_MEM__COUNT + RH_MEM_BUILTINS] += agent->realms[r]->selfhost_entry_words * sizeof(uint64_t);
            /* Its function objects of library functions read as values (selfhost.c). */
            expected[r * RH_MEM__COUNT + RH_MEM_BUILTINS] += selfhost_realm_bytes(agent->realms[r]);
            /* Its deferred native method tables (builtins_lazy.c). */
            expected[r * RH_MEM__COUNT + RH_MEM_BUILTINS] += builtins_lazy_bytes(agent->realms[r]);
        }
    }
    for (size_t r = 0; r < realms; r++) {
        if (r != 0 && agent->realms[r] == NULL)
            continue;
        const size_t *actual = agent_counters_for(agent, (uint16_t)r);
        for (size_t c = 0; c < RH_MEM__COUNT; c++)
            problems += expected[r * RH_MEM__COUNT + c] != actual[c];
    }
    free(expected);
    return problems;
}

size_t heap_verify(rh_agent *agent)
{
    rh_heap_verifier v = {0};
    size_t n = count_cells(agent), capacity = 16;
    while (capacity < n * 2)
        capacity *= 2;
    v.set = calloc(capacity, sizeof *v.set);
    if (v.set == NULL)
        return 0; /* cannot verify without memory; not a heap problem */
    v.mask = capacity - 1;
    for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next) {
        if (cell->flags & RH_CELL_MARKED)
            v.problems++; /* marks must be clear outside a collection */
        verifier_insert(&v, cell);
    }
    agent->verifier = &v;
    for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next)
        trace_cell(agent, cell);
    agent_mark_roots(agent);
    /* The weak atom table must hold only live atoms. */
    for (uint32_t i = 0; i < agent->atoms.capacity; i++) {
        rh_string *atom = agent->atoms.slots[i];
        if (atom != NULL && atom != RH_ATOM_TOMBSTONE) {
            heap_mark_cell(agent, &atom->cell);
            v.problems += !atom->is_atom;
        }
    }
    agent->verifier = NULL;
    free(v.set);
    return v.problems + verify_counters(agent);
}
