/* WeakMap and WeakSet (https://tc39.es/ecma262/#sec-weakmap-objects, #sec-weakset-objects):
 * [[WeakMapData]] as an ephemeron table owned by the collection.
 *
 * A WeakMap (or WeakSet) is an RH_OBJ_INTERNAL object whose internal values are
 *   [TAG, table pointer low 32 bits, table pointer high 32 bits]
 * (two int32 values, which obj_trace skips: the collector reaches the table only through
 * weak_trace). The table is one heap buffer charged to the collection's realm as objects: a
 * header and an open-addressing array (linear probing, power-of-two capacity) of (key, value)
 * slots, hashed by the key cell's address (cells never move). It is made by the first set/add,
 * so an unused collection costs only its cell. A WeakSet stores true as every value.
 *
 * Liveness (https://tc39.es/ecma262/#sec-weakref-execution): the table keeps no key alive, and
 * keeps a value alive only while both the collection and the entry's key are alive. The
 * collector (gc.c) does it in three steps:
 *   1. tracing a marked collection marks nothing in its table and lists the table;
 *   2. after the ordinary marking, weak_mark_ephemerons marks the value of every listed entry
 *      whose key is marked; marking a value can make another key (or collection) live. One
 *      round is usually enough; if it marked something, the entries whose keys are still
 *      unmarked go into a key index (a temporary hash multimap from key cell to values), and
 *      from then on tracing a key marks its values at once, so a chain of n entries (key i's
 *      value is key i+1) costs O(n), not a round per link. A last round finds nothing, unless
 *      memory for the index ran out (then rounds finish the phase);
 *   3. weak_clear_dead_entries removes every listed entry whose key is still unmarked, before the
 *      sweep frees the key, and shrinks a table left at most an eighth full (freeing an empty
 *      one). A table whose collection dies is freed with it
 *      (weak_finalize).
 * Keys (https://tc39.es/ecma262/#sec-canbeheldweakly, ES2023): objects and symbols not made by
 * Symbol.for (well-known symbols included). */
#include <stdlib.h>
#include <string.h>

#include "rh_agent.h"
#include "rh_function.h"
#include "rh_realm.h"
#include "rh_symbol.h"
#include "rh_weak.h"

enum { WEAK_TAG_SLOT, WEAK_TABLE_LOW, WEAK_TABLE_HIGH, WEAK_SLOT_COUNT };
#define TAG_WEAKMAP 0x574D4150 /* "WMAP" */
#define TAG_WEAKSET 0x57534554 /* "WSET" */
#define WEAK_MIN_CAPACITY 8u

/* A slot's key: a cell (an entry), EMPTY (the bits of +0, never a cell) or DELETED (a tombstone
 * that keeps probe chains intact until the next rehash). */
#define EMPTY ((rh_value)0)
#define DELETED RH_HOLE

typedef struct rh_weak_slot {
    rh_value key;
    rh_value value;
} rh_weak_slot;

struct rh_weak_table {
    struct rh_weak_table *gc_next; /* the collector's list of tables of marked collections */
    rh_object *owner;              /* the collection (not traced: the table is listed only while it is marked) */
    uint32_t capacity;             /* slots, a power of two */
    uint32_t count;                /* live entries */
    uint32_t deleted;              /* tombstones */
    uint32_t listed;               /* on the collector's list in this collection */
    rh_weak_slot slots[];
};

static size_t table_size(uint32_t capacity) { return sizeof(rh_weak_table) + capacity * sizeof(rh_weak_slot); }

static bool has_weak_tag(const rh_object *o)
{
    if (o->kind != RH_OBJ_INTERNAL || o->internal_count != WEAK_SLOT_COUNT)
        return false;
    rh_value tag = obj_internals((rh_object *)(uintptr_t)o)[WEAK_TAG_SLOT];
    return tag == value_from_int32(TAG_WEAKMAP) || tag == value_from_int32(TAG_WEAKSET);
}

bool weak_is_collection(const rh_object *o) { return has_weak_tag(o); }

bool weak_is(rh_value v, bool set)
{
    return value_is_object(v) && has_weak_tag(value_as_object(v)) &&
           obj_internals(value_as_object(v))[WEAK_TAG_SLOT] == value_from_int32(set ? TAG_WEAKSET : TAG_WEAKMAP);
}

static rh_weak_table *table_of(const rh_object *o)
{
    const rh_value *in = obj_internals((rh_object *)(uintptr_t)o);
    uint64_t low = (uint32_t)value_as_int32(in[WEAK_TABLE_LOW]), high = (uint32_t)value_as_int32(in[WEAK_TABLE_HIGH]);
    return (rh_weak_table *)(uintptr_t)(high << 32 | low);
}

static void set_table(rh_object *o, rh_weak_table *table)
{
    uint64_t bits = (uint64_t)(uintptr_t)table;
    obj_internals(o)[WEAK_TABLE_LOW] = value_from_int32((int32_t)(uint32_t)bits);
    obj_internals(o)[WEAK_TABLE_HIGH] = value_from_int32((int32_t)(uint32_t)(bits >> 32));
}

size_t weak_buffer_bytes(const rh_object *o)
{
    const rh_weak_table *table = table_of(o);
    return table != NULL ? table_size(table->capacity) : 0;
}

/* Cells never move: their address is their identity and hash. */
static uint32_t hash_pointer(const rh_cell *cell)
{
    uint64_t x = (uint64_t)(uintptr_t)cell;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

static uint32_t hash_cell(rh_value key) { return hash_pointer(value_as_cell(key)); }

/* Whether a slot holds an entry (not EMPTY, not a DELETED tombstone). */
static bool is_entry(const rh_weak_slot *slot) { return slot->key != EMPTY && slot->key != DELETED; }

/* The slot holding key, or NULL. */
static rh_weak_slot *lookup(rh_weak_table *table, rh_value key)
{
    if (table == NULL)
        return NULL;
    uint32_t mask = table->capacity - 1;
    for (uint32_t i = hash_cell(key) & mask;; i = (i + 1) & mask) {
        rh_weak_slot *slot = &table->slots[i];
        if (slot->key == key)
            return slot;
        if (slot->key == EMPTY)
            return NULL;
    }
}

/* Adds an entry known to be absent to a table with room. */
static void insert(rh_weak_table *table, rh_value key, rh_value value)
{
    uint32_t mask = table->capacity - 1;
    uint32_t i = hash_cell(key) & mask;
    while (is_entry(&table->slots[i]))
        i = (i + 1) & mask;
    if (table->slots[i].key == DELETED)
        table->deleted--;
    table->slots[i].key = key;
    table->slots[i].value = value;
    table->count++;
}

/* A copy of w's live entries in a table of capacity slots (NULL when out of memory); the caller
 * frees the old table. in_gc: made by the collector, which the heap's allocators refuse, so it
 * is malloc'd and charged here (it replaces a bigger table at once: the heap only shrinks). */
static rh_weak_table *rehash(rh_agent *agent, rh_object *w, uint32_t capacity, bool in_gc)
{
    size_t size = table_size(capacity);
    rh_weak_table *table, *old;
    if (in_gc) {
        table = calloc(1, size);
        if (table != NULL)
            heap_charge(agent, w->cell.realm_index, RH_MEM_OBJECTS, size);
    } else {
        table = heap_alloc_buffer(agent, w->cell.realm_index, RH_MEM_OBJECTS, size);
    }
    if (table == NULL)
        return NULL;
    old = table_of(w); /* read after the allocation: its entries may have died in a collection */
    table->capacity = capacity;
    table->owner = w;
    for (uint32_t i = 0; old != NULL && i < old->capacity; i++) {
        if (is_entry(&old->slots[i]))
            insert(table, old->slots[i].key, old->slots[i].value);
    }
    return table;
}

static uint32_t capacity_for(uint32_t count)
{
    uint32_t capacity = WEAK_MIN_CAPACITY;
    while (capacity < count * 2)
        capacity *= 2;
    return capacity;
}

/* Makes room for one more entry: a new table sized for the live entries (tombstones dropped)
 * when the current one would pass three quarters full. May collect (w and the caller's key and
 * value are rooted; the collection may remove entries from the old table, read after it). */
static rh_status reserve(rh_agent *agent, rh_object *w)
{
    rh_weak_table *old = table_of(w), *grown;
    if (old != NULL && (old->count + old->deleted + 1) * 4 <= old->capacity * 3)
        return RH_OK;
    grown = rehash(agent, w, capacity_for(old != NULL ? old->count + 1 : 1), false);
    if (grown == NULL)
        return RH_ERR_OOM;
    old = table_of(w);
    if (old != NULL)
        heap_free_buffer(agent, w->cell.realm_index, RH_MEM_OBJECTS, old, table_size(old->capacity));
    set_table(w, grown);
    return RH_OK;
}

/* --- the operations --- */

rh_status weak_create(rh_agent *agent, rh_object *proto, bool set, rh_object **out)
{
    rh_object *w;
    rh_status status = obj_new_with_internals(agent, rh_current_realm(agent), RH_OBJ_INTERNAL, proto,
                                              RH_OBJECT_INLINE_SLOTS, WEAK_SLOT_COUNT, &w);
    if (status != RH_OK)
        return status;
    obj_internals(w)[WEAK_TAG_SLOT] = value_from_int32(set ? TAG_WEAKSET : TAG_WEAKMAP);
    set_table(w, NULL);
    *out = w;
    return RH_OK;
}

bool weak_can_be_held(rh_agent *agent, rh_value v)
{
    rh_property_descriptor desc;
    /* 1. If v is an Object, return true. */
    if (value_is_object(v))
        return true;
    /* 2. If v is a Symbol and KeyForSymbol(v) is undefined, return true. */
    if (value_is_symbol(v))
        return !value_is_private_name(v) &&
               !(value_is_object(agent->symbol_registry) &&
                 obj_get_own_property(agent, value_as_object(agent->symbol_registry), v, &desc));
    /* 3. Return false. */
    return false;
}

bool weak_get(rh_agent *agent, rh_object *w, rh_value key, rh_value *value)
{
    rh_weak_slot *slot;
    (void)agent;
    if (!value_is_object(key) && !value_is_symbol(key))
        return false; /* a registered symbol is simply never found */
    slot = lookup(table_of(w), key);
    if (slot == NULL)
        return false;
    *value = slot->value;
    return true;
}

rh_status weak_put(rh_agent *agent, rh_object *w, rh_value key, rh_value value)
{
    rh_weak_slot *slot = lookup(table_of(w), key);
    rh_status status;
    if (slot != NULL) {
        slot->value = value;
        return RH_OK;
    }
    status = reserve(agent, w);
    if (status == RH_OK)
        insert(table_of(w), key, value);
    return status;
}

rh_status weak_delete(rh_agent *agent, rh_object *w, rh_value key, bool *deleted)
{
    rh_weak_table *table = table_of(w);
    rh_weak_slot *slot = value_is_object(key) || value_is_symbol(key) ? lookup(table, key) : NULL;
    (void)agent;
    *deleted = slot != NULL;
    if (slot != NULL) {
        slot->key = DELETED;
        slot->value = RH_UNDEFINED;
        table->count--;
        table->deleted++;
    }
    return RH_OK;
}

/* --- the collector's side --- */

struct rh_weak_key_index;
static void index_table(rh_agent *agent, struct rh_weak_key_index *index, rh_weak_table *table);
static bool is_marked(rh_value v) { return (value_as_cell(v)->flags & RH_CELL_MARKED) != 0; }

void weak_trace(rh_agent *agent, rh_object *o)
{
    rh_weak_table *table = table_of(o);
    if (table == NULL)
        return;
    if (agent->verifier != NULL) {
        /* heap_verify: every entry's key and value must be a live cell (dead keys went with the
         * collection that freed them). */
        for (uint32_t i = 0; i < table->capacity; i++) {
            if (is_entry(&table->slots[i])) {
                heap_mark_value(agent, table->slots[i].key);
                heap_mark_value(agent, table->slots[i].value);
            }
        }
        return;
    }
    if (table->listed)
        return; /* traced again after a mark-stack overflow */
    table->listed = 1;
    table->gc_next = agent->weak_tables;
    agent->weak_tables = table;
    if (agent->weak_key_index != NULL)
        index_table(agent, agent->weak_key_index, table);
}

bool weak_mark_ephemerons(rh_agent *agent)
{
    bool marked = false;
    if (agent->weak_tables != NULL)
        agent->stats.ephemeron_rounds++;
    for (rh_weak_table *table = agent->weak_tables; table != NULL; table = table->gc_next) {
        for (uint32_t i = 0; i < table->capacity; i++) {
            rh_weak_slot *slot = &table->slots[i];
            if (!is_entry(slot) || !is_marked(slot->key))
                continue;
            if (value_is_cell(slot->value) && !is_marked(slot->value)) {
                heap_mark_value(agent, slot->value);
                marked = true;
            }
        }
    }
    return marked;
}

/* --- the key index of the ephemeron phase ---
 * A chained hash multimap: buckets hold the first pending entry of a key hash, entries chain.
 * Temporary memory of one collection (plain malloc, not charged to any realm). */
typedef struct pending_entry {
    const rh_cell *key;
    rh_value value;
    uint32_t next; /* index + 1 of the next entry in the bucket, 0 at the end */
} pending_entry;

struct rh_weak_key_index {
    pending_entry *entries;
    uint32_t count, capacity;
    uint32_t *buckets; /* entry index + 1, 0 for none */
    uint32_t mask;
};

static bool index_rebucket(struct rh_weak_key_index *index, uint32_t buckets)
{
    uint32_t *fresh = calloc(buckets, sizeof *fresh);
    if (fresh == NULL)
        return false;
    free(index->buckets);
    index->buckets = fresh;
    index->mask = buckets - 1;
    for (uint32_t i = 0; i < index->count; i++) {
        uint32_t b = hash_pointer(index->entries[i].key) & index->mask;
        index->entries[i].next = fresh[b];
        fresh[b] = i + 1;
    }
    return true;
}

static void index_add(struct rh_weak_key_index *index, const rh_cell *key, rh_value value)
{
    uint32_t b;
    if (index->count == index->capacity) {
        uint32_t capacity = index->capacity ? index->capacity * 2 : 64;
        pending_entry *grown = capacity > index->capacity ? realloc(index->entries, capacity * sizeof *grown) : NULL;
        if (grown == NULL)
            return; /* left out: the rounds after the drain reach it */
        index->entries = grown;
        index->capacity = capacity;
        /* One bucket per entry slot; on failure the old buckets still index the old entries. */
        if (!index_rebucket(index, capacity))
            return;
    }
    b = hash_pointer(key) & index->mask;
    index->entries[index->count] = (pending_entry){key, value, index->buckets[b]};
    index->buckets[b] = ++index->count;
}

/* One listed table's entries: values of marked keys are marked, the others wait in the index. */
static void index_table(rh_agent *agent, struct rh_weak_key_index *index, rh_weak_table *table)
{
    for (uint32_t i = 0; i < table->capacity; i++) {
        rh_weak_slot *slot = &table->slots[i];
        if (!is_entry(slot) || !value_is_cell(slot->value) || is_marked(slot->value))
            continue;
        if (is_marked(slot->key))
            heap_mark_value(agent, slot->value);
        else
            index_add(index, value_as_cell(slot->key), slot->value);
    }
}

void weak_begin_key_index(rh_agent *agent)
{
    struct rh_weak_key_index *index = calloc(1, sizeof *index);
    if (index == NULL)
        return;
    agent->weak_key_index = index;
    agent->stats.ephemeron_rounds++;
    for (rh_weak_table *table = agent->weak_tables; table != NULL; table = table->gc_next)
        index_table(agent, index, table);
}

void weak_key_traced(rh_agent *agent, const rh_cell *cell)
{
    struct rh_weak_key_index *index = agent->weak_key_index;
    if (index->buckets == NULL)
        return;
    for (uint32_t e = index->buckets[hash_pointer(cell) & index->mask]; e != 0; e = index->entries[e - 1].next) {
        if (index->entries[e - 1].key == cell)
            heap_mark_value(agent, index->entries[e - 1].value);
    }
}

void weak_end_key_index(rh_agent *agent)
{
    struct rh_weak_key_index *index = agent->weak_key_index;
    if (index == NULL)
        return;
    free(index->entries);
    free(index->buckets);
    free(index);
    agent->weak_key_index = NULL;
}

/* A table at most an eighth full is replaced by a smaller one (an empty one by none). */
static void shrink(rh_agent *agent, rh_weak_table *table)
{
    rh_object *w = table->owner;
    rh_weak_table *smaller = NULL;
    if (table->capacity <= WEAK_MIN_CAPACITY || table->count * 8 > table->capacity)
        return;
    if (table->count > 0) {
        smaller = rehash(agent, w, capacity_for(table->count), true);
        if (smaller == NULL)
            return; /* keep the big one */
    }
    heap_free_buffer(agent, w->cell.realm_index, RH_MEM_OBJECTS, table, table_size(table->capacity));
    set_table(w, smaller);
}

void weak_clear_dead_entries(rh_agent *agent)
{
    rh_weak_table *table = agent->weak_tables;
    while (table != NULL) {
        rh_weak_table *next = table->gc_next;
        for (uint32_t i = 0; i < table->capacity; i++) {
            rh_weak_slot *slot = &table->slots[i];
            if (is_entry(slot) && !is_marked(slot->key)) {
                slot->key = DELETED;
                slot->value = RH_UNDEFINED;
                table->count--;
                table->deleted++;
            }
        }
        table->listed = 0;
        table->gc_next = NULL;
        shrink(agent, table);
        table = next;
    }
    agent->weak_tables = NULL;
}

void weak_finalize(rh_agent *agent, rh_object *o)
{
    rh_weak_table *table = table_of(o);
    if (table != NULL)
        heap_free_buffer(agent, o->cell.realm_index, RH_MEM_OBJECTS, table, table_size(table->capacity));
    set_table(o, NULL);
}
