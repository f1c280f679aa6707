/* Allocation through the agent's heap, with exact per-realm byte counters. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_heap.h"
#include "rh_realm.h"

/* Collect when the bytes allocated since the last collection reach the live size, but never
 * more often than every this many bytes. */
#define RH_GC_MIN_THRESHOLD (256u * 1024u)

rh_mem_category heap_category_of(rh_cell_type type)
{
    switch (type) {
    case RH_CELL_OBJECT:
        return RH_MEM_OBJECTS;
    case RH_CELL_STRING:
    case RH_CELL_SYMBOL:
        return RH_MEM_STRINGS;
    case RH_CELL_SHAPE:
        return RH_MEM_SHAPES;
    case RH_CELL_CONTEXT:
        return RH_MEM_ENVIRONMENTS;
    case RH_CELL_CODE_BLOCK:
        return RH_MEM_METADATA;
    }
    return RH_MEM_OTHER;
}

void heap_charge(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size)
{
    agent_counters_for(agent, realm_index)[category] += size;
    agent->heap_bytes += size;
    agent->bytes_since_gc += size;
    agent->stats.bytes_allocated += size;
}

void heap_discharge(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size)
{
    agent_counters_for(agent, realm_index)[category] -= size;
    agent->heap_bytes -= size;
}

bool heap_within_limit(const rh_agent *agent, size_t size)
{
    size_t limit = agent->limits.heap_limit_bytes;
    return limit == 0 || (agent->heap_bytes <= limit && size <= limit - agent->heap_bytes);
}

/* The test hook that makes the Nth allocation from now fail. */
static bool injected_failure(rh_agent *agent)
{
    if (agent->fail_allocations_after == 0)
        return false;
    return --agent->fail_allocations_after == 0;
}

/* Collects if it is time (or always, under GC stress), then says whether size bytes may be
 * allocated; a request over the limit gets one collection first. */
static bool make_room(rh_agent *agent, size_t size, bool may_collect)
{
    bool collected = false;
    if (agent->in_gc)
        return false;
    if (may_collect && (agent->gc_stress || agent->bytes_since_gc >= agent->gc_threshold)) {
        heap_collect(agent);
        collected = true;
    }
    if (heap_within_limit(agent, size))
        return true;
    if (may_collect && !collected) {
        heap_collect(agent);
        return heap_within_limit(agent, size);
    }
    return false;
}

void *heap_alloc_cell(rh_agent *agent, uint16_t realm_index, rh_cell_type type, size_t size)
{
    rh_cell *cell;
    if (size > UINT32_MAX || !make_room(agent, size, true) || injected_failure(agent)) {
        agent->oom = true;
        return NULL;
    }
    cell = calloc(1, size);
    if (cell != NULL && ((uintptr_t)cell & ~(uintptr_t)RH_PAYLOAD_MASK) != 0) {
        free(cell); /* beyond the 48 bits a boxed value can hold (never seen in user space) */
        cell = NULL;
    }
    if (cell == NULL) {
        agent->oom = true;
        return NULL;
    }
    cell->size = (uint32_t)size;
    cell->realm_index = realm_index;
    cell->type = (uint8_t)type;
    cell->gc_next = agent->cells;
    agent->cells = cell;
    agent->stats.cells_allocated++;
    heap_charge(agent, realm_index, heap_category_of(type), size);
    return cell;
}

static void *alloc_buffer(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size,
                          bool may_collect)
{
    void *buffer;
    if (!make_room(agent, size, may_collect) || injected_failure(agent))
        return NULL;
    buffer = calloc(1, size);
    if (buffer != NULL)
        heap_charge(agent, realm_index, category, size);
    return buffer;
}

void *heap_alloc_buffer(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size)
{
    void *buffer = alloc_buffer(agent, realm_index, category, size, true);
    if (buffer == NULL)
        agent->oom = true;
    return buffer;
}

void *heap_alloc_buffer_nogc(rh_agent *agent, uint16_t realm_index, rh_mem_category category, size_t size)
{
    return alloc_buffer(agent, realm_index, category, size, false);
}

void heap_free_buffer(rh_agent *agent, uint16_t realm_index, rh_mem_category category, void *buffer,
                      size_t size)
{
    if (buffer == NULL)
        return;
    heap_discharge(agent, realm_index, category, size);
    free(buffer);
}

void heap_enter_frame(rh_agent *agent, rh_root_frame *frame, rh_value *values, uint32_t count)
{
    frame->prev = agent->frames;
    frame->values = values;
    frame->count = count;
    agent->frames = frame;
}

void heap_leave_frame(rh_agent *agent, rh_root_frame *frame)
{
    agent->frames = frame->prev;
}

/* Next threshold: allocate as much again as survived, at least RH_GC_MIN_THRESHOLD. */
void heap_update_threshold(rh_agent *agent)
{
    size_t live = agent->heap_bytes;
    agent->gc_threshold = live > RH_GC_MIN_THRESHOLD ? live : RH_GC_MIN_THRESHOLD;
    agent->bytes_since_gc = 0;
    agent->stats.live_bytes_after_gc = live;
}
