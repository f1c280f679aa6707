/* Insertion-ordered hash tables of properties: one allocation holding the header, the entries in
 * insertion order and an open-addressing index into them. */
#include "rh_agent.h"
#include "rh_atom.h"
#include "rh_dict.h"

#define RH_DICT_MIN_CAPACITY 4

static size_t dict_size(uint32_t entry_capacity, uint32_t index_slots)
{
    return sizeof(rh_dict) + (size_t)entry_capacity * sizeof(rh_dict_entry) + (size_t)index_slots * sizeof(uint32_t);
}

size_t dict_bytes(const rh_dict *dict)
{
    return dict == NULL ? 0 : dict_size(dict->entry_capacity, dict->index_mask + 1);
}

static void index_insert(rh_dict *dict, uint32_t hash, uint32_t entry)
{
    uint32_t i = hash & dict->index_mask;
    while (dict->index[i] != 0)
        i = (i + 1) & dict->index_mask;
    dict->index[i] = entry + 1;
}

rh_status dict_new(rh_agent *agent, uint16_t realm_index, rh_mem_category category, uint32_t capacity,
                   rh_dict **out)
{
    uint32_t index_slots = 8;
    rh_dict *dict;
    if (capacity < RH_DICT_MIN_CAPACITY)
        capacity = RH_DICT_MIN_CAPACITY;
    if (capacity > (UINT32_MAX >> 2))
        return RH_ERR_RANGE;
    while (index_slots < capacity * 2)
        index_slots *= 2;
    dict = heap_alloc_buffer(agent, realm_index, category, dict_size(capacity, index_slots));
    if (dict == NULL)
        return RH_ERR_OOM;
    dict->entry_capacity = capacity;
    dict->index_mask = index_slots - 1;
    dict->entries = (rh_dict_entry *)(dict + 1);
    dict->index = (uint32_t *)(dict->entries + capacity);
    *out = dict;
    return RH_OK;
}

void dict_free(rh_agent *agent, uint16_t realm_index, rh_mem_category category, rh_dict *dict)
{
    heap_free_buffer(agent, realm_index, category, dict, dict_bytes(dict));
}

uint32_t dict_find(const rh_dict *dict, rh_value key)
{
    uint32_t hash = key_hash(key);
    for (uint32_t i = hash & dict->index_mask;; i = (i + 1) & dict->index_mask) {
        uint32_t slot = dict->index[i];
        if (slot == 0)
            return RH_DICT_NOT_FOUND;
        /* A deleted entry keeps its index slot (its key is the hole), so probing goes on. */
        if (dict->entries[slot - 1].key == key)
            return slot - 1;
    }
}

/* Copies the live entries, in order, into a new table with room for `capacity`. */
static rh_status rebuild(rh_agent *agent, uint16_t realm_index, rh_mem_category category, rh_dict **dict,
                         uint32_t capacity)
{
    rh_dict *old = *dict, *fresh;
    rh_status status = dict_new(agent, realm_index, category, capacity, &fresh);
    if (status != RH_OK)
        return status;
    for (uint32_t i = 0; i < old->entry_count; i++) {
        rh_dict_entry *e = &old->entries[i];
        if (e->key == RH_HOLE)
            continue;
        fresh->entries[fresh->entry_count] = *e;
        index_insert(fresh, e->hash, fresh->entry_count);
        fresh->entry_count++;
    }
    fresh->live_count = fresh->entry_count;
    dict_free(agent, realm_index, category, old);
    *dict = fresh;
    return RH_OK;
}

rh_status dict_add(rh_agent *agent, uint16_t realm_index, rh_mem_category category, rh_dict **dict,
                   rh_value key, rh_value value, rh_value setter, uint32_t attrs)
{
    rh_dict *d = *dict;
    rh_dict_entry *e;
    if (d->entry_count == d->entry_capacity) {
        /* Grow by half again what is live; a table mostly full of tombstones just compacts. */
        uint32_t live = d->live_count + 1;
        rh_status status = rebuild(agent, realm_index, category, dict, live + live / 2 + RH_DICT_MIN_CAPACITY);
        if (status != RH_OK)
            return status;
        d = *dict;
    }
    e = &d->entries[d->entry_count];
    e->key = key;
    e->value = value;
    e->setter = setter;
    e->attrs = attrs;
    e->hash = key_hash(key);
    index_insert(d, e->hash, d->entry_count);
    d->entry_count++;
    d->live_count++;
    return RH_OK;
}

void dict_remove(rh_dict *dict, uint32_t entry)
{
    dict->entries[entry].key = RH_HOLE;
    dict->entries[entry].value = RH_UNDEFINED;
    dict->entries[entry].setter = RH_UNDEFINED;
    dict->live_count--;
}

void dict_trace(rh_agent *agent, const rh_dict *dict)
{
    for (uint32_t i = 0; i < dict->entry_count; i++) {
        const rh_dict_entry *e = &dict->entries[i];
        if (e->key == RH_HOLE)
            continue;
        heap_mark_value(agent, e->key);
        heap_mark_value(agent, e->value);
        heap_mark_value(agent, e->setter);
    }
}
