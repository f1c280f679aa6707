/* Per-realm linking (rh_code.h): the first call of a function in a realm makes its linked code
 * block, one cell holding the metadata table, found again through the realm's code table.
 *
 * Inline caches hold shapes, prototype holders and call targets strongly: the block marks them.
 * A cache therefore never compares against a shape whose address was reused; the price is that
 * a cached shape lives as long as the block (at most RH_PROPERTY_IC_WAYS per instruction). */
#include <stdlib.h>
#include <string.h>

#include "rh_agent.h"
#include "rh_code.h"
#include "rh_object.h"
#include "rh_property_ic.h"
#include "rh_realm.h"
#include "rh_shape.h"

static size_t slot_of(const rh_code_table *table, const rh_unlinked *fn)
{
    uint64_t h = (uint64_t)(uintptr_t)fn * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (table->capacity - 1);
}

static rh_code_block *table_find(const rh_code_table *table, const rh_unlinked *fn)
{
    if (table->capacity == 0)
        return NULL;
    for (size_t i = slot_of(table, fn);; i = (i + 1) & (table->capacity - 1)) {
        rh_code_block *block = table->slots[i];
        if (block == NULL)
            return NULL;
        if (block->unlinked == fn)
            return block;
    }
}

static void table_insert(rh_code_table *table, rh_code_block *block)
{
    size_t i = slot_of(table, block->unlinked);
    while (table->slots[i] != NULL)
        i = (i + 1) & (table->capacity - 1);
    table->slots[i] = block;
    table->count++;
}

/* Keeps the table at most half full. */
static rh_status table_reserve(rh_agent *agent, rh_realm *realm)
{
    rh_code_table *table = &realm->code;
    rh_code_table grown;
    if ((table->count + 1) * 2 <= table->capacity)
        return RH_OK;
    grown.capacity = table->capacity ? table->capacity * 2 : 8;
    grown.count = 0;
    grown.slots = heap_alloc_buffer(agent, realm->index, RH_MEM_METADATA, grown.capacity * sizeof *grown.slots);
    if (grown.slots == NULL)
        return RH_ERR_OOM;
    for (uint32_t i = 0; i < table->capacity; i++) {
        if (table->slots[i] != NULL)
            table_insert(&grown, table->slots[i]);
    }
    heap_free_buffer(agent, realm->index, RH_MEM_METADATA, table->slots, table->capacity * sizeof *table->slots);
    *table = grown;
    return RH_OK;
}

/* Entries of a kind: the distance to the next kind's offset over the entry size. */
static uint32_t entry_count(const rh_code_block *block, int kind)
{
    const rh_unlinked *fn = block->unlinked;
    uint32_t end = kind + 1 < RH_METADATA_KIND_COUNT ? fn->meta_offsets[kind + 1] : fn->meta_bytes;
    return (end - fn->meta_offsets[kind]) / (uint32_t)rh_metadata_entry_size(kind);
}

static rh_meta_property_ic *property_ic_at(rh_code_block *block, uint32_t i)
{
    return code_meta(block, RH_META_PROPERTY_IC, i, sizeof(rh_meta_property_ic));
}

static void clear_property_ics(rh_code_block *block)
{
    uint32_t n = entry_count(block, RH_META_PROPERTY_IC);
    for (uint32_t i = 0; i < n; i++)
        property_ic_clear(property_ic_at(block, i));
}

rh_status link_code_block(rh_agent *agent, rh_realm *realm, const rh_unlinked *fn, rh_code_block **out)
{
    rh_code_block *block = table_find(&realm->code, fn);
    rh_status status;
    if (block != NULL) {
        *out = block;
        return RH_OK;
    }
    status = table_reserve(agent, realm); /* first: the new block must be reachable once made */
    if (status != RH_OK)
        return status;
    block = heap_alloc_cell(agent, realm->index, RH_CELL_CODE_BLOCK, sizeof *block + fn->meta_bytes);
    if (block == NULL)
        return RH_ERR_OOM;
    block->unlinked = fn;
    block->meta_bytes = fn->meta_bytes;
    clear_property_ics(block);
    table_insert(&realm->code, block);
    agent->code_blocks_live++;
    *out = block;
    return RH_OK;
}

void code_block_trace(rh_agent *agent, rh_code_block *block)
{
    uint32_t n = entry_count(block, RH_META_PROPERTY_IC);
    for (uint32_t i = 0; i < n; i++)
        property_ic_trace(agent, property_ic_at(block, i));
    n = entry_count(block, RH_META_GLOBAL_IC);
    for (uint32_t i = 0; i < n; i++) {
        rh_meta_global_ic *ic = code_meta(block, RH_META_GLOBAL_IC, i, sizeof *ic);
        heap_mark_cell(agent, (rh_cell *)(uintptr_t)ic->shape);
    }
    n = entry_count(block, RH_META_CALL_IC);
    for (uint32_t i = 0; i < n; i++) {
        rh_meta_call_ic *ic = code_meta(block, RH_META_CALL_IC, i, sizeof *ic);
        if (ic->target != NULL)
            heap_mark_cell(agent, &ic->target->cell);
    }
    n = entry_count(block, RH_META_LITERAL_SITE);
    for (uint32_t i = 0; i < n; i++) {
        rh_meta_literal_site *site = code_meta(block, RH_META_LITERAL_SITE, i, sizeof *site);
        heap_mark_cell(agent, (rh_cell *)(uintptr_t)site->final_shape);
    }
    n = entry_count(block, RH_META_TEMPLATE_CACHE);
    for (uint32_t i = 0; i < n; i++) {
        rh_meta_template_cache *cache = code_meta(block, RH_META_TEMPLATE_CACHE, i, sizeof *cache);
        if (cache->template_object != NULL)
            heap_mark_cell(agent, &cache->template_object->cell);
    }
}

void code_block_finalize(rh_agent *agent, rh_code_block *block)
{
    uint32_t n = entry_count(block, RH_META_PROPERTY_IC);
    for (uint32_t i = 0; i < n; i++)
        property_ic_free(agent, block->cell.realm_index, property_ic_at(block, i));
    agent->code_blocks_live--;
}

size_t code_block_buffer_bytes(rh_code_block *block)
{
    uint32_t n = entry_count(block, RH_META_PROPERTY_IC);
    size_t bytes = 0;
    for (uint32_t i = 0; i < n; i++)
        bytes += property_ic_buffer_bytes(property_ic_at(block, i));
    return bytes;
}

void link_mark_code_table(rh_agent *agent, rh_code_table *table)
{
    for (uint32_t i = 0; i < table->capacity; i++) {
        if (table->slots[i] != NULL)
            heap_mark_cell(agent, &table->slots[i]->cell);
    }
}

void link_free_code_table(rh_agent *agent, rh_realm *realm)
{
    rh_code_table *table = &realm->code;
    heap_free_buffer(agent, realm->index, RH_MEM_METADATA, table->slots, table->capacity * sizeof *table->slots);
    memset(table, 0, sizeof *table);
}

size_t link_code_table_bytes(const rh_code_table *table)
{
    return table->capacity * sizeof *table->slots;
}
