/* Indexed properties: dense storage with holes, or a sparse table once an index lands far past
 * the dense part (`a[1e6] = 1` costs one entry, not a million slots) or an element gets
 * non-default attributes. Sparse storage never turns dense again. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_array.h"
#include "rh_atom.h"

#define RH_DENSE_MIN_CAPACITY 4

static size_t dense_size(uint32_t capacity)
{
    return sizeof(rh_dense) + (size_t)capacity * sizeof(rh_value);
}

static bool is_sparse(const rh_object *o)
{
    return (o->flags & RH_OBJ_SPARSE) != 0;
}

size_t elements_bytes(const rh_object *o)
{
    if (is_sparse(o))
        return dict_bytes(o->elements.sparse);
    return o->elements.dense ? dense_size(o->elements.dense->capacity) : 0;
}

static void fill_data_descriptor(rh_value value, uint8_t attrs, rh_property_descriptor *desc)
{
    desc->value = value;
    desc->getter = desc->setter = RH_UNDEFINED;
    desc->fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE;
    desc->attrs = attrs & RH_ATTR_DEFAULT;
}

bool elements_get_own(rh_object *o, uint32_t index, rh_property_descriptor *desc)
{
    if (is_sparse(o)) {
        uint32_t e = dict_find(o->elements.sparse, key_from_index(index));
        if (e == RH_DICT_NOT_FOUND)
            return false;
        const rh_dict_entry *entry = &o->elements.sparse->entries[e];
        if (entry->attrs & RH_ATTR_ACCESSOR) {
            desc->value = RH_UNDEFINED;
            desc->getter = entry->value;
            desc->setter = entry->setter;
            desc->fields = RH_DESC_GET | RH_DESC_SET | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE;
            desc->attrs = (uint8_t)(entry->attrs & (RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE));
        } else {
            fill_data_descriptor(entry->value, (uint8_t)entry->attrs, desc);
        }
        return true;
    }
    rh_dense *dense = o->elements.dense;
    if (dense == NULL || index >= dense->length || dense->values[index] == RH_HOLE)
        return false;
    fill_data_descriptor(dense->values[index], RH_ATTR_DEFAULT, desc);
    return true;
}

/* Moves every present element into a new sparse table. */
static rh_status make_sparse(rh_agent *agent, rh_object *o)
{
    if (is_sparse(o))
        return RH_OK;
    rh_dense *dense = o->elements.dense;
    uint32_t present = 0;
    rh_dict *dict;
    rh_status status;
    for (uint32_t i = 0; dense != NULL && i < dense->length; i++)
        present += dense->values[i] != RH_HOLE;
    status = dict_new(agent, o->cell.realm_index, RH_MEM_ELEMENTS, present + 4, &dict);
    if (status != RH_OK)
        return status;
    dense = o->elements.dense; /* unchanged, but re-read after a possible collection */
    for (uint32_t i = 0; dense != NULL && i < dense->length; i++) {
        if (dense->values[i] != RH_HOLE) {
            status = dict_add(agent, o->cell.realm_index, RH_MEM_ELEMENTS, &dict, key_from_index(i), dense->values[i],
                              RH_UNDEFINED, RH_ATTR_DEFAULT);
            (void)status; /* cannot fail: the table has room */
        }
    }
    if (dense != NULL)
        heap_free_buffer(agent, o->cell.realm_index, RH_MEM_ELEMENTS, dense, dense_size(dense->capacity));
    o->elements.sparse = dict;
    o->flags |= RH_OBJ_SPARSE;
    return RH_OK;
}

/* The present (non-hole) elements of dense storage: read only when a write lands far past the
 * capacity, which happens a logarithmic number of times as an array grows. */
static uint32_t dense_present(const rh_dense *dense)
{
    uint32_t present = 0;
    for (uint32_t i = 0; dense != NULL && i < dense->length; i++)
        present += dense->values[i] != RH_HOLE;
    return present;
}

/* Dense storage with room for index, or false when the index is too far out to stay dense. */
static rh_status grow_dense(rh_agent *agent, rh_object *o, uint32_t index, bool *stays_dense)
{
    rh_dense *old = o->elements.dense, *grown;
    uint32_t capacity = old ? old->capacity : 0, wanted;
    *stays_dense = true;
    if (index < capacity)
        return RH_OK;
    if (index - capacity > RH_DENSE_MAX_GAP && (index / 2 > capacity || dense_present(old) < index / 4)) {
        *stays_dense = false;
        return RH_OK;
    }
    wanted = capacity + capacity / 2 + RH_DENSE_MIN_CAPACITY;
    if (wanted <= index)
        wanted = index + 1;
    grown = heap_alloc_buffer(agent, o->cell.realm_index, RH_MEM_ELEMENTS, dense_size(wanted));
    if (grown == NULL)
        return RH_ERR_OOM;
    old = o->elements.dense;
    grown->capacity = wanted;
    if (old != NULL) {
        grown->length = old->length;
        memcpy(grown->values, old->values, old->length * sizeof(rh_value));
        heap_free_buffer(agent, o->cell.realm_index, RH_MEM_ELEMENTS, old, dense_size(old->capacity));
    }
    o->elements.dense = grown;
    return RH_OK;
}

static rh_status put_dense(rh_agent *agent, rh_object *o, uint32_t index, rh_value value, bool *done)
{
    bool stays_dense;
    rh_status status = grow_dense(agent, o, index, &stays_dense);
    *done = false;
    if (status != RH_OK || !stays_dense)
        return status;
    rh_dense *dense = o->elements.dense;
    while (dense->length < index)
        dense->values[dense->length++] = RH_HOLE;
    dense->values[index] = value;
    if (dense->length == index)
        dense->length = index + 1;
    *done = true;
    return RH_OK;
}

rh_status elements_put(rh_agent *agent, rh_object *o, uint32_t index, rh_value value, rh_value setter, uint8_t attrs)
{
    rh_status status;
    if (!is_sparse(o)) {
        if (attrs == RH_ATTR_DEFAULT) {
            bool done;
            status = put_dense(agent, o, index, value, &done);
            if (status != RH_OK || done)
                return status;
        }
        status = make_sparse(agent, o);
        if (status != RH_OK)
            return status;
    }
    rh_value key = key_from_index(index);
    uint32_t e = dict_find(o->elements.sparse, key);
    if (e == RH_DICT_NOT_FOUND)
        return dict_add(agent, o->cell.realm_index, RH_MEM_ELEMENTS, &o->elements.sparse, key, value, setter, attrs);
    rh_dict_entry *entry = &o->elements.sparse->entries[e];
    entry->value = value;
    entry->setter = setter;
    entry->attrs = attrs;
    return RH_OK;
}

void elements_remove(rh_object *o, uint32_t index)
{
    if (is_sparse(o)) {
        uint32_t e = dict_find(o->elements.sparse, key_from_index(index));
        if (e != RH_DICT_NOT_FOUND)
            dict_remove(o->elements.sparse, e);
        return;
    }
    rh_dense *dense = o->elements.dense;
    if (dense == NULL || index >= dense->length)
        return;
    dense->values[index] = RH_HOLE;
    while (dense->length > 0 && dense->values[dense->length - 1] == RH_HOLE)
        dense->length--; /* trailing holes are simply absent */
}

static int compare_ascending(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The sparse table's indices that are >= from, in ascending order (malloc'd). */
static uint32_t *sparse_indices(const rh_dict *dict, uint32_t from, uint32_t *count)
{
    uint32_t *indices = malloc((dict->live_count + 1) * sizeof *indices), n = 0;
    if (indices == NULL)
        return NULL;
    for (uint32_t i = 0; i < dict->entry_count; i++) {
        rh_value key = dict->entries[i].key;
        if (key != RH_HOLE && key_index(key) >= from)
            indices[n++] = key_index(key);
    }
    qsort(indices, n, sizeof *indices, compare_ascending);
    *count = n;
    return indices;
}

rh_status elements_keys(rh_agent *agent, rh_object *o, rh_value *out, size_t capacity, size_t *count)
{
    size_t n = 0;
    if (is_sparse(o)) {
        uint32_t total;
        if (capacity == 0) {
            *count = o->elements.sparse->live_count;
            return RH_OK;
        }
        uint32_t *indices = sparse_indices(o->elements.sparse, 0, &total);
        if (indices == NULL) {
            agent->oom = true;
            return RH_ERR_OOM;
        }
        for (uint32_t i = 0; i < total; i++, n++) {
            if (n < capacity)
                out[n] = key_from_index(indices[i]);
        }
        free(indices);
    } else if (o->elements.dense != NULL) {
        const rh_dense *dense = o->elements.dense;
        for (uint32_t i = 0; i < dense->length; i++) {
            if (dense->values[i] == RH_HOLE)
                continue;
            if (n < capacity)
                out[n] = key_from_index(i);
            n++;
        }
    }
    *count = n;
    return RH_OK;
}

uint32_t *elements_indices_from(rh_agent *agent, rh_object *o, uint32_t from, uint32_t *count)
{
    uint32_t *indices, n = 0;
    if (is_sparse(o)) {
        indices = sparse_indices(o->elements.sparse, from, &n);
    } else {
        const rh_dense *dense = o->elements.dense;
        uint32_t length = dense ? dense->length : 0;
        indices = malloc((length > from ? length - from : 0) * sizeof *indices + sizeof *indices);
        for (uint32_t i = from; indices != NULL && i < length; i++) {
            if (dense->values[i] != RH_HOLE)
                indices[n++] = i;
        }
    }
    if (indices == NULL) {
        agent->oom = true;
        return NULL;
    }
    for (uint32_t i = 0; i < n / 2; i++) { /* descending */
        uint32_t t = indices[i];
        indices[i] = indices[n - 1 - i];
        indices[n - 1 - i] = t;
    }
    *count = n;
    return indices;
}

void elements_trace(rh_agent *agent, rh_object *o)
{
    if (is_sparse(o)) {
        dict_trace(agent, o->elements.sparse);
        return;
    }
    const rh_dense *dense = o->elements.dense;
    for (uint32_t i = 0; dense != NULL && i < dense->length; i++)
        heap_mark_value(agent, dense->values[i]);
}

void elements_free(rh_agent *agent, rh_object *o)
{
    if (is_sparse(o))
        dict_free(agent, o->cell.realm_index, RH_MEM_ELEMENTS, o->elements.sparse);
    else if (o->elements.dense != NULL)
        heap_free_buffer(agent, o->cell.realm_index, RH_MEM_ELEMENTS, o->elements.dense,
                         dense_size(o->elements.dense->capacity));
    o->elements.dense = NULL;
}

rh_status elements_make_sparse(rh_agent *agent, rh_object *o)
{
    return make_sparse(agent, o);
}
