/* Agents: creation, roots, handles held by Python, and the agent-level memory report. */
#include <stdlib.h>

#include "rh_selfhost.h"
#include "rh_agent.h"
#include "rh_atom.h"
#include "rh_code.h"
#include "rh_heap.h"
#include "rh_interp.h"
#include "rh_object.h"
#include "rh_realm.h"
#include "rh_shape.h"
#include "rh_string_exotic.h"

#define RH_INITIAL_REALM_SLOTS 8

static void clear_common_atoms(rh_agent *agent)
{
    for (size_t i = 0; i < RH_COMMON_ATOM_COUNT; i++)
        ((rh_value *)&agent->common)[i] = RH_UNDEFINED;
}

static void free_all_cells(rh_agent *agent)
{
    /* With no roots marked, a collection frees every cell through the normal finalisers. */
    agent->frames = NULL;
    agent->handle_capacity = 0;
    clear_common_atoms(agent);
    strx_free(agent);
    agent->exception = RH_UNDEFINED;
    agent->native_callee = NULL;
    agent->root_shape = NULL;
    for (int i = 0; i < RH_MAX_WELL_KNOWN_SYMBOLS; i++)
        agent->well_known_symbols[i] = RH_UNDEFINED;
    interp_stack_free(agent);
    for (uint32_t i = 1; i < agent->realm_capacity; i++) {
        if (agent->realms[i] != NULL) {
            agent->realms[i]->global = NULL;
            realm_drop_roots(agent->realms[i]);
        }
    }
    heap_collect(agent);
}

static bool intern_common_atoms(rh_agent *agent)
{
    static const char *const names[RH_COMMON_ATOM_COUNT] = {"length", "name", "prototype", "constructor"};
    rh_value *slots = (rh_value *)&agent->common;
    for (size_t i = 0; i < RH_COMMON_ATOM_COUNT; i++) {
        rh_string *atom;
        if (atom_from_ascii(agent, 0, names[i], &atom) != RH_OK)
            return false;
        slots[i] = value_from_string(atom); /* a root from here on */
    }
    return true;
}

rh_agent *rh_agent_new(const rh_agent_limits *limits)
{
    rh_agent *agent = calloc(1, sizeof *agent);
    if (agent == NULL)
        return NULL;
    if (limits != NULL)
        agent->limits = *limits;
    agent->handle_free = -1;
    clear_common_atoms(agent);
    strx_free(agent); /* no one-unit strings yet: every slot undefined */
    agent->exception = RH_UNDEFINED;
    for (int i = 0; i < RH_MAX_WELL_KNOWN_SYMBOLS; i++)
        agent->well_known_symbols[i] = RH_UNDEFINED;
    agent->budget_quantum = RH_DEFAULT_BUDGET_QUANTUM;
    agent->budget = agent->budget_quantum;
    if (agent->limits.max_call_depth == 0)
        agent->limits.max_call_depth = RH_DEFAULT_MAX_CALL_DEPTH;
    agent->next_symbol_hash = 0x9E3779B9u;
    heap_update_threshold(agent);
#ifdef RH_DEBUG
    agent->gc_stress = true;
#endif
    agent->realms = calloc(RH_INITIAL_REALM_SLOTS, sizeof *agent->realms);
    if (agent->realms == NULL) {
        free(agent);
        return NULL;
    }
    agent->realm_capacity = RH_INITIAL_REALM_SLOTS;
    if (!intern_common_atoms(agent) || shape_root(agent) == NULL) {
        rh_agent_free(agent);
        return NULL;
    }
    return agent;
}

void rh_agent_free(rh_agent *agent)
{
    if (agent == NULL)
        return;
    image_runtime_drop_roots(agent); /* its string caches are roots: drop them first */
    free_all_cells(agent);
    image_runtime_free_all(agent);    /* after the cells: finalising a code block reads its function */
    for (uint32_t i = 1; i < agent->realm_capacity; i++) {
        if (agent->realms[i] != NULL)
            selfhost_free_realm(agent, agent->realms[i]);
        free(agent->realms[i]);
    }
    selfhost_free(agent);
    free(agent->realms);
    free(agent->handles);
    free(agent->mark_stack);
    atom_table_free(agent);
    free(agent);
}

void rh_agent_gc(rh_agent *agent)
{
    heap_collect(agent);
}

int rh_agent_out_of_memory(rh_agent *agent)
{
    return agent->oom ? 1 : 0;
}

void rh_agent_clear_oom(rh_agent *agent)
{
    agent->oom = false;
}

size_t *agent_counters_for(rh_agent *agent, uint16_t realm_index)
{
    if (realm_index == 0)
        return agent->agent_counters;
    return agent->realms[realm_index]->counters;
}

void rh_agent_memory(rh_agent *agent, rh_memory_report *out)
{
    size_t counters[RH_MEM__COUNT];
    for (int c = 0; c < RH_MEM__COUNT; c++)
        counters[c] = agent->agent_counters[c];
    counters[RH_MEM_OTHER] += sizeof *agent + agent->realm_capacity * sizeof *agent->realms +
                              agent->handle_capacity * sizeof *agent->handles +
                              agent->mark_capacity * sizeof *agent->mark_stack + atom_table_bytes(&agent->atoms) +
                              interp_stack_bytes(agent) + image_runtime_bytes(agent);
    memory_report_from_counters(counters, out);
}

void rh_agent_stats(rh_agent *agent, rh_heap_stats *out)
{
    *out = agent->stats;
    out->heap_bytes = agent->heap_bytes;
}

void agent_mark_roots(rh_agent *agent)
{
    for (rh_root_frame *f = agent->frames; f != NULL; f = f->prev) {
        for (uint32_t i = 0; i < f->count; i++)
            heap_mark_value(agent, f->values[i]);
    }
    for (uint32_t i = 0; i < agent->handle_capacity; i++)
        heap_mark_value(agent, agent->handles[i]); /* free slots hold int32 links: not cells */
    for (uint32_t i = 1; i < agent->realm_capacity; i++) {
        if (agent->realms[i] != NULL)
            realm_mark_roots(agent->realms[i]);
    }
    if (agent->root_shape != NULL)
        heap_mark_cell(agent, &agent->root_shape->cell);
    for (size_t i = 0; i < RH_COMMON_ATOM_COUNT; i++)
        heap_mark_value(agent, ((rh_value *)&agent->common)[i]);
    strx_mark_roots(agent);
    heap_mark_value(agent, agent->exception);
    for (int i = 0; i < RH_MAX_WELL_KNOWN_SYMBOLS; i++)
        heap_mark_value(agent, agent->well_known_symbols[i]);
    heap_mark_value(agent, agent->symbol_registry);
    if (agent->native_callee != NULL)
        heap_mark_cell(agent, &agent->native_callee->cell);
    interp_mark_roots(agent);
    image_runtime_mark(agent);
}

static bool grow_handles(rh_agent *agent)
{
    uint32_t old = agent->handle_capacity, capacity = old ? old * 2 : 16;
    rh_value *grown;
    if (capacity > INT32_MAX)
        return false;
    grown = realloc(agent->handles, capacity * sizeof *grown);
    if (grown == NULL)
        return false;
    /* Thread the new slots onto the free list, lowest first. */
    for (uint32_t i = old; i < capacity; i++)
        grown[i] = value_from_int32(i + 1 < capacity ? (int32_t)(i + 1) : agent->handle_free);
    agent->handle_free = (int32_t)old;
    agent->handles = grown;
    agent->handle_capacity = capacity;
    return true;
}

int32_t rh_handle_new(rh_agent *agent, rh_value value)
{
    int32_t handle;
    if (agent->handle_free < 0 && !grow_handles(agent)) {
        agent->oom = true;
        return -1;
    }
    handle = agent->handle_free;
    agent->handle_free = value_as_int32(agent->handles[handle]);
    agent->handles[handle] = value;
    agent->handle_count++;
    return handle;
}

rh_value rh_handle_get(rh_agent *agent, int32_t handle)
{
    return agent->handles[handle];
}

void rh_handle_set(rh_agent *agent, int32_t handle, rh_value value)
{
    agent->handles[handle] = value;
}

void rh_handle_free(rh_agent *agent, int32_t handle)
{
    if (handle < 0 || (uint32_t)handle >= agent->handle_capacity)
        return;
    agent->handles[handle] = value_from_int32(agent->handle_free);
    agent->handle_free = handle;
    agent->handle_count--;
}
