/* Property inline caches: see rh_property_ic.h. */
#include "rh_property_ic.h"

#include "rh_agent.h"
#include "rh_heap.h"
#include "rh_shape.h"

static bool way_matches(const rh_ic_way *way, rh_object *o, rh_object **holder)
{
    if (way->shape != o->shape || o->shape == NULL || way->holder == RH_IC_ARRAY_LENGTH)
        return false;
    if (way->holder == NULL) {
        *holder = o;
        return true;
    }
    if (o->proto != way->holder || o->proto->shape != way->holder_shape)
        return false;
    *holder = o->proto;
    return true;
}

static rh_ic_way inline_way(const rh_meta_property_ic *ic)
{
    return (rh_ic_way){ic->shape, ic->holder, ic->holder_shape, ic->slot};
}

bool property_ic_find(const rh_meta_property_ic *ic, rh_object *o, rh_object **holder, uint32_t *slot)
{
    rh_ic_way first = inline_way(ic);
    if (way_matches(&first, o, holder)) {
        *slot = first.slot;
        return true;
    }
    for (uint32_t k = 0; ic->more != NULL && k < ic->more->count; k++) {
        if (way_matches(&ic->more->ways[k], o, holder)) {
            *slot = ic->more->ways[k].slot;
            return true;
        }
    }
    return false;
}

/* Removes the older way with this receiver shape, if any: a shape keeps at most one way. */
static void forget_older_way(struct rh_ic_more *more, const rh_shape *shape)
{
    for (uint32_t k = 0; k < more->count; k++) {
        if (more->ways[k].shape == shape) {
            for (; k + 1 < more->count; k++)
                more->ways[k] = more->ways[k + 1];
            more->count--;
            return;
        }
    }
}

void property_ic_insert(rh_agent *agent, rh_code_block *block, rh_meta_property_ic *ic, const rh_shape *shape,
                        uint32_t slot, rh_object *holder)
{
    bool prototype = holder != NULL && holder != RH_IC_ARRAY_LENGTH;
    if (ic->state != 0 && ic->shape != shape) {
        /* The inline way moves to the older ways (made on the first miss); the oldest may fall off. */
        struct rh_ic_more *more = ic->more;
        if (more == NULL) {
            more = heap_alloc_buffer_nogc(agent, block->cell.realm_index, RH_MEM_METADATA, sizeof *more);
            ic->more = more;
        }
        if (more != NULL) {
            forget_older_way(more, shape);
            if (more->count == RH_PROPERTY_IC_WAYS - 1) {
                more->count--;
                ic->state = 3;
            }
            for (uint32_t k = more->count; k > 0; k--)
                more->ways[k] = more->ways[k - 1];
            more->ways[0] = inline_way(ic);
            more->count++;
        }
    }
    ic->shape = shape;
    ic->holder = holder;
    ic->holder_shape = prototype ? holder->shape : NULL;
    ic->slot = slot;
    if (ic->state != 3)
        ic->state = ic->more != NULL && ic->more->count > 0 ? 2 : 1;
}

void property_ic_clear(rh_meta_property_ic *ic)
{
    ic->shape = RH_IC_NO_SHAPE;
    ic->holder = NULL;
    ic->holder_shape = NULL;
    ic->more = NULL;
    ic->slot = 0;
    ic->state = 0;
}

static void trace_way(rh_agent *agent, const rh_ic_way *way)
{
    if (way->shape != RH_IC_NO_SHAPE)
        heap_mark_cell(agent, (rh_cell *)(uintptr_t)way->shape);
    if (way->holder != NULL && way->holder != RH_IC_ARRAY_LENGTH) {
        heap_mark_cell(agent, &way->holder->cell);
        heap_mark_cell(agent, (rh_cell *)(uintptr_t)way->holder_shape);
    }
}

void property_ic_trace(rh_agent *agent, const rh_meta_property_ic *ic)
{
    rh_ic_way first = inline_way(ic);
    if (ic->state == 0)
        return;
    trace_way(agent, &first);
    for (uint32_t k = 0; ic->more != NULL && k < ic->more->count; k++)
        trace_way(agent, &ic->more->ways[k]);
}

void property_ic_free(rh_agent *agent, uint16_t realm_index, rh_meta_property_ic *ic)
{
    heap_free_buffer(agent, realm_index, RH_MEM_METADATA, ic->more, sizeof *ic->more);
    ic->more = NULL;
}

size_t property_ic_buffer_bytes(const rh_meta_property_ic *ic)
{
    return ic->more != NULL ? sizeof *ic->more : 0;
}
