/* An insertion-ordered hash table of properties (dict.c): an object's named properties in
 * dictionary mode, and an object's elements in sparse mode (keys are then index keys).
 * Entries keep insertion order; a deleted entry stays as a tombstone until the next rebuild. */
#ifndef RH_DICT_H
#define RH_DICT_H

#include <stdint.h>

#include "rh_heap.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_dict_entry {
    rh_value key;    /* RH_HOLE once deleted */
    rh_value value;  /* data value, or getter for an accessor */
    rh_value setter; /* accessor only */
    uint32_t hash;
    uint32_t attrs;  /* RH_ATTR_* */
} rh_dict_entry;

typedef struct rh_dict {
    uint32_t entry_capacity;
    uint32_t entry_count; /* used entries, tombstones included */
    uint32_t live_count;
    uint32_t index_mask;  /* index has index_mask + 1 slots, a power of two */
    rh_dict_entry *entries;
    uint32_t *index;      /* entry number + 1, or 0 for empty */
} rh_dict;

#define RH_DICT_NOT_FOUND UINT32_MAX

rh_status dict_new(rh_agent *agent, uint16_t realm_index, rh_mem_category category, uint32_t capacity,
                   rh_dict **out) RH_WUR;
void dict_free(rh_agent *agent, uint16_t realm_index, rh_mem_category category, rh_dict *dict);
size_t dict_bytes(const rh_dict *dict);
uint32_t dict_find(const rh_dict *dict, rh_value key);
/* Appends a new entry (the key must be absent); may rebuild *dict. */
rh_status dict_add(rh_agent *agent, uint16_t realm_index, rh_mem_category category, rh_dict **dict,
                   rh_value key, rh_value value, rh_value setter, uint32_t attrs) RH_WUR;
void dict_remove(rh_dict *dict, uint32_t entry);
void dict_trace(rh_agent *agent, const rh_dict *dict);

#endif
