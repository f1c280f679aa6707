/* The internal slots of Map and Set ([[MapData]], [[SetData]]) and their iterators, for the
 * self-hosted methods in selfhosted/map_set.js (https://tc39.es/ecma262/#sec-keyed-collections).
 * WeakMap and WeakSet live in weak_collections.c.
 *
 * A Map or Set is an RH_OBJ_INTERNAL object whose internal values are
 *   [TAG, entries, index, size, used, capacity, occupied, pin epoch, pins]
 * - entries: a prototype-less internal object whose elements are key0, value0, key1, value1, ...
 *   in insertion order; a deleted entry's key and value are holes (`used` entries, `size` live).
 *   An iterator is just a position in this list, so it sees the spec's order through deletions,
 *   re-insertions and clear() (https://tc39.es/ecma262/#sec-createmapiterator).
 * - index: an open-addressing hash table (linear probing) of entry numbers, `capacity` (a power
 *   of two) elements of int32 (-1: empty), `occupied` of them used; rebuilt from the live
 *   entries, at four times their number, when it fills to half.
 * Everything lives in ordinary GC-managed objects, and every byte is charged to the realm.
 *
 * Compaction, and why it never breaks an iterator. Deleted entries are dropped (the live ones
 * moved down in order and the index rebuilt, both in place, allocating nothing; into a fresh list
 * when the old one's storage is far bigger than the live entries need) when they are more than
 * half of a list of at least COMPACT_MIN entries, by the delete, set or clear that makes them so;
 * so a Map used as a queue or an LRU cache stays bounded. Moving entries would shift the
 * positions of live iterators, so a collection compacts only while no iterator points into it.
 * An iterator pins its collection:
 * - creating one adds a pin, and finishing (returning done, which also lets go of the
 *   collection) removes it;
 * - an iterator abandoned before its end never finishes, so pins are recounted by every garbage
 *   collection: tracing a live, unfinished iterator pins its collection for the new GC epoch
 *   (agent->stats.collections once that collection is over), and a count from an older epoch is
 *   zero. A count can only be too high (a cell traced twice after a mark-stack overflow, an
 *   iterator that dies after the last collection): then compaction just waits for the next one.
 * forEach (selfhosted/map_set.js) walks the same positions through an iterator object of its own,
 *   held in its frame for the whole call, so it pins the collection too: a callback that deletes
 *   everything and adds it back still sees the spec's order. */
#include <math.h>
#include <string.h>

#include "rh_array.h"
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"
#include "rh_symbol.h"

enum {
    SLOT_TAG, SLOT_ENTRIES, SLOT_INDEX, SLOT_SIZE, SLOT_USED, SLOT_CAPACITY, SLOT_OCCUPIED, SLOT_PIN_EPOCH, SLOT_PINS,
    SLOT_COUNT
};
enum { ITER_TAG_SLOT, ITER_TARGET, ITER_POSITION, ITER_KIND, ITER_SLOT_COUNT };

#define TAG_MAP 0x4D415044       /* "MAPD" */
#define TAG_SET 0x53455444       /* "SETD" */
#define TAG_MAP_ITERATOR 0x4D495452
#define TAG_SET_ITERATOR 0x53495452
#define EMPTY (-1)
#define COMPACT_MIN 32 /* entries below which a list is never compacted */
#define EPOCH_MASK 0x3fffffff

static bool has_tag(rh_value v, int32_t tag, uint8_t count)
{
    rh_object *o;
    if (!value_is_object(v))
        return false;
    o = value_as_object(v);
    return o->kind == RH_OBJ_INTERNAL && o->internal_count == count && obj_internals(o)[0] == value_from_int32(tag);
}

bool map_set_is(rh_value v, bool set)
{
    return has_tag(v, set ? TAG_SET : TAG_MAP, SLOT_COUNT);
}

static int32_t slot_int(rh_object *o, int slot) { return value_as_int32(obj_internals(o)[slot]); }
static void set_slot_int(rh_object *o, int slot, int32_t n) { obj_internals(o)[slot] = value_from_int32(n); }

static rh_value element(rh_object *store, uint32_t i)
{
    rh_property_descriptor desc;
    return elements_get_own(store, i, &desc) ? desc.value : RH_HOLE;
}

static rh_status put(rh_agent *agent, rh_object *store, uint32_t i, rh_value v)
{
    return elements_put(agent, store, i, v, RH_UNDEFINED, RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE);
}

/* --- keys: SameValueZero hashing --- */

static uint32_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

/* -0 is +0 (https://tc39.es/ecma262/#sec-map.prototype.set step 5), and a number has one
 * encoding (int32 when integral), so equal keys have equal values or are equal strings. */
static rh_value canonical_key(rh_value key)
{
    if (value_is_number(key))
        return value_from_number(value_to_double(key) == 0 ? 0.0 : value_to_double(key));
    return key;
}

static rh_status hash_key(rh_agent *agent, rh_value key, uint32_t *out)
{
    if (value_is_string(key)) {
        rh_string *flat;
        rh_status status = builtins_flat_string(agent, key, &flat);
        if (status != RH_OK)
            return status;
        *out = str_hash(flat);
        return RH_OK;
    }
    *out = mix(key); /* numbers by their canonical bits, cells by address (cells never move) */
    return RH_OK;
}

static bool keys_equal(rh_value a, rh_value b)
{
    if (a == b)
        return true;
    if (value_is_string(a) && value_is_string(b))
        return str_equals(value_as_string(a), value_as_string(b));
    if (value_is_number(a) && value_is_number(b)) /* NaN is NaN for SameValueZero */
        return isnan(value_to_double(a)) && isnan(value_to_double(b));
    return false;
}

/* The entry number of key, or -1. */
static rh_status find(rh_agent *agent, rh_object *m, rh_value key, int32_t *entry)
{
    rh_object *entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    rh_object *index = value_as_object(obj_internals(m)[SLOT_INDEX]);
    uint32_t mask = (uint32_t)slot_int(m, SLOT_CAPACITY) - 1, h;
    rh_status status = hash_key(agent, key, &h);
    if (status != RH_OK)
        return status;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        int32_t e = value_as_int32(element(index, i));
        if (e == EMPTY) {
            *entry = -1;
            return RH_OK;
        }
        rh_value k = element(entries, 2u * (uint32_t)e);
        if (k != RH_HOLE && keys_equal(k, key)) {
            *entry = e;
            return RH_OK;
        }
    }
}

/* The realm m's storage is charged to: m's own, or (once m outlived it) the running one. */
static rh_realm *owner_realm(rh_agent *agent, rh_object *m)
{
    rh_realm *realm = agent->realms[m->cell.realm_index];
    return realm != NULL ? realm : rh_current_realm(agent);
}

/* An index of capacity slots holding every live entry (deleted ones are dropped from it): the
 * same index refilled when it has that capacity already, else a new one (the old one's storage
 * is freed at once). m is rooted. */
static rh_status rebuild_index(rh_agent *agent, rh_object *m, uint32_t capacity)
{
    rh_object *index, *entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    uint32_t used = (uint32_t)slot_int(m, SLOT_USED);
    rh_value roots[1] = {value_from_object(m)}, old = obj_internals(m)[SLOT_INDEX];
    rh_root_frame frame;
    rh_status status = RH_OK;
    if (value_is_object(old) && (uint32_t)slot_int(m, SLOT_CAPACITY) == capacity) {
        index = value_as_object(old);
    } else {
        status = obj_new(agent, owner_realm(agent, m), RH_OBJ_ORDINARY, NULL, 0, &index);
        if (status != RH_OK)
            return status;
        obj_internals(m)[SLOT_INDEX] = value_from_object(index); /* reachable from m from now on */
        if (value_is_object(old))
            elements_free(agent, value_as_object(old));
    }
    heap_enter_frame(agent, &frame, roots, 1);
    for (uint32_t i = 0; i < capacity && status == RH_OK; i++)
        status = put(agent, index, i, value_from_int32(EMPTY));
    set_slot_int(m, SLOT_CAPACITY, (int32_t)capacity);
    set_slot_int(m, SLOT_OCCUPIED, 0);
    for (uint32_t e = 0; e < used && status == RH_OK; e++) {
        rh_value k = element(entries, 2 * e);
        uint32_t h;
        if (k == RH_HOLE)
            continue;
        status = hash_key(agent, k, &h);
        for (uint32_t i = h & (capacity - 1); status == RH_OK; i = (i + 1) & (capacity - 1)) {
            if (value_as_int32(element(index, i)) == EMPTY) {
                status = put(agent, index, i, value_from_int32((int32_t)e));
                set_slot_int(m, SLOT_OCCUPIED, slot_int(m, SLOT_OCCUPIED) + 1);
                break;
            }
        }
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* --- the operations the intrinsics expose --- */

rh_status map_set_create(rh_agent *agent, rh_object *proto, bool set, rh_object **out)
{
    rh_realm *realm = agent->realms[proto->cell.realm_index];
    rh_object *m, *entries;
    rh_value roots[2] = {value_from_object(proto), RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (realm == NULL)
        realm = rh_current_realm(agent);
    heap_enter_frame(agent, &frame, roots, 2);
    status = obj_new_with_internals(agent, realm, RH_OBJ_INTERNAL, proto, RH_OBJECT_INLINE_SLOTS, SLOT_COUNT, &m);
    if (status == RH_OK) {
        roots[1] = value_from_object(m);
        rh_value *in = obj_internals(m);
        in[SLOT_TAG] = value_from_int32(set ? TAG_SET : TAG_MAP);
        in[SLOT_ENTRIES] = in[SLOT_INDEX] = RH_UNDEFINED;
        in[SLOT_SIZE] = in[SLOT_USED] = value_from_int32(0);
        in[SLOT_CAPACITY] = in[SLOT_OCCUPIED] = value_from_int32(0);
        in[SLOT_PIN_EPOCH] = in[SLOT_PINS] = value_from_int32(0);
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, NULL, 0, &entries);
    }
    if (status == RH_OK) {
        obj_internals(m)[SLOT_ENTRIES] = value_from_object(entries);
        status = rebuild_index(agent, m, 8);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = m;
    return status;
}

rh_status map_set_find(rh_agent *agent, rh_object *m, rh_value key, int32_t *entry)
{
    return find(agent, m, canonical_key(key), entry);
}

rh_value map_set_value(rh_object *m, int32_t entry)
{
    return element(value_as_object(obj_internals(m)[SLOT_ENTRIES]), 2u * (uint32_t)entry + 1);
}

rh_value map_set_key(rh_object *m, int32_t entry)
{
    return element(value_as_object(obj_internals(m)[SLOT_ENTRIES]), 2u * (uint32_t)entry);
}

/* --- pins and compaction (see the header comment) --- */

/* The epoch pins are counted in: the number of the last collection, or of the running one. */
static int32_t pin_epoch(const rh_agent *agent)
{
    return (int32_t)((agent->stats.collections + (agent->in_gc ? 1u : 0u)) & EPOCH_MASK);
}

static int32_t pins(const rh_agent *agent, rh_object *m)
{
    return slot_int(m, SLOT_PIN_EPOCH) == pin_epoch(agent) ? slot_int(m, SLOT_PINS) : 0;
}

static void pin(rh_agent *agent, rh_object *m)
{
    int32_t n = pins(agent, m);
    set_slot_int(m, SLOT_PIN_EPOCH, pin_epoch(agent));
    set_slot_int(m, SLOT_PINS, n < INT32_MAX ? n + 1 : n);
}

static void unpin(rh_agent *agent, rh_object *m)
{
    int32_t n = pins(agent, m);
    if (n > 0)
        set_slot_int(m, SLOT_PINS, n - 1);
}

static uint32_t index_capacity_for(uint32_t size)
{
    uint32_t capacity = 8;
    while (capacity < 4 * (size + 1))
        capacity *= 2;
    return capacity;
}

/* Moves the live entries down, in order, within the same list (allocating nothing), then
 * rebuilds the index. */
static rh_status compact_in_place(rh_agent *agent, rh_object *m)
{
    rh_object *entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    uint32_t used = (uint32_t)slot_int(m, SLOT_USED), n = 0;
    rh_status status = RH_OK;
    for (uint32_t e = 0; e < used && status == RH_OK; e++) {
        rh_value k = element(entries, 2 * e);
        if (k == RH_HOLE)
            continue;
        if (n != e) { /* indices below used: present already, so put never allocates */
            status = put(agent, entries, 2 * n, k);
            if (status == RH_OK)
                status = put(agent, entries, 2 * n + 1, element(entries, 2 * e + 1));
        }
        n++;
    }
    for (uint32_t i = 2 * used; i > 2 * n; i--)
        elements_remove(entries, i - 1);
    set_slot_int(m, SLOT_USED, (int32_t)n);
    return status == RH_OK ? rebuild_index(agent, m, index_capacity_for(n)) : status;
}

/* Moves the live entries, in order, into a fresh list and rebuilds the index; the old list's
 * storage is freed at once. m is rooted. Nothing changes on failure. */
static rh_status compact(rh_agent *agent, rh_object *m)
{
    uint32_t used = (uint32_t)slot_int(m, SLOT_USED), n = 0;
    rh_value roots[2] = {value_from_object(m), RH_UNDEFINED}, old;
    rh_root_frame frame;
    rh_object *fresh;
    rh_status status = obj_new(agent, owner_realm(agent, m), RH_OBJ_ORDINARY, NULL, 0, &fresh);
    if (status != RH_OK)
        return status;
    roots[1] = value_from_object(fresh);
    heap_enter_frame(agent, &frame, roots, 2);
    /* The old list stays m's until the copy is whole, so its keys and values stay reachable. */
    for (uint32_t e = 0; e < used && status == RH_OK; e++) {
        rh_value k = map_set_key(m, (int32_t)e);
        if (k == RH_HOLE)
            continue;
        status = put(agent, fresh, 2 * n, k);
        if (status == RH_OK)
            status = put(agent, fresh, 2 * n + 1, map_set_value(m, (int32_t)e));
        n++;
    }
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    old = obj_internals(m)[SLOT_ENTRIES];
    obj_internals(m)[SLOT_ENTRIES] = value_from_object(fresh);
    elements_free(agent, value_as_object(old));
    set_slot_int(m, SLOT_USED, (int32_t)n);
    return rebuild_index(agent, m, index_capacity_for(n));
}

/* Compacts m when deleted entries are more than half of a list that is not tiny and no iterator
 * points into it. m is rooted. */
static rh_status maybe_compact(rh_agent *agent, rh_object *m)
{
    int32_t used = slot_int(m, SLOT_USED), size = slot_int(m, SLOT_SIZE);
    rh_object *entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    if (used < COMPACT_MIN || (used - size) * 2 <= used || pins(agent, m) > 0)
        return RH_OK;
    /* A list whose storage is far bigger than the live entries need moves to a fresh one, so
     * that its storage shrinks; otherwise (a queue, a cache) it is reused. */
    if (!(entries->flags & RH_OBJ_SPARSE) && entries->elements.dense != NULL &&
        entries->elements.dense->capacity > 8u * (uint32_t)size + 4u * COMPACT_MIN)
        return compact(agent, m);
    return compact_in_place(agent, m);
}

/* Sets key's value, appending a new entry when key is absent. m, key and value are rooted. */
rh_status map_set_put(rh_agent *agent, rh_object *m, rh_value key, rh_value value)
{
    rh_object *entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    int32_t entry, used;
    uint32_t h, mask;
    rh_status status;
    key = canonical_key(key);
    status = find(agent, m, key, &entry);
    if (status != RH_OK)
        return status;
    if (entry >= 0)
        return put(agent, entries, 2u * (uint32_t)entry + 1, value);
    status = maybe_compact(agent, m);
    if (status != RH_OK)
        return status;
    entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    used = slot_int(m, SLOT_USED);
    if (used == INT32_MAX / 2)
        return rh_throw_range_error(agent, "Map maximum size exceeded");
    if ((uint32_t)(slot_int(m, SLOT_OCCUPIED) + 1) * 2 > (uint32_t)slot_int(m, SLOT_CAPACITY)) {
        uint32_t capacity = 8;
        while (capacity < 4u * (uint32_t)(slot_int(m, SLOT_SIZE) + 1))
            capacity *= 2;
        status = rebuild_index(agent, m, capacity);
        if (status != RH_OK)
            return status;
    }
    status = put(agent, entries, 2u * (uint32_t)used, key);
    if (status == RH_OK)
        status = put(agent, entries, 2u * (uint32_t)used + 1, value);
    if (status == RH_OK)
        status = hash_key(agent, key, &h);
    if (status != RH_OK)
        return status;
    rh_object *index = value_as_object(obj_internals(m)[SLOT_INDEX]);
    mask = (uint32_t)slot_int(m, SLOT_CAPACITY) - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        if (value_as_int32(element(index, i)) == EMPTY) {
            status = put(agent, index, i, value_from_int32(used));
            set_slot_int(m, SLOT_OCCUPIED, slot_int(m, SLOT_OCCUPIED) + 1);
            break;
        }
    }
    set_slot_int(m, SLOT_USED, used + 1);
    set_slot_int(m, SLOT_SIZE, slot_int(m, SLOT_SIZE) + 1);
    return status;
}

/* Empties entry (its index slot keeps pointing at the hole, skipped by find, dropped on rebuild). */
static void remove_entry(rh_object *m, int32_t entry)
{
    rh_object *entries = value_as_object(obj_internals(m)[SLOT_ENTRIES]);
    elements_remove(entries, 2u * (uint32_t)entry);
    elements_remove(entries, 2u * (uint32_t)entry + 1);
    set_slot_int(m, SLOT_SIZE, slot_int(m, SLOT_SIZE) - 1);
}

rh_status map_set_delete(rh_agent *agent, rh_object *m, rh_value key, bool *deleted)
{
    int32_t entry;
    rh_status status = find(agent, m, canonical_key(key), &entry);
    *deleted = status == RH_OK && entry >= 0;
    if (*deleted) {
        remove_entry(m, entry);
        status = maybe_compact(agent, m);
    }
    return status;
}

/* https://tc39.es/ecma262/#sec-map.prototype.clear: every entry becomes empty (holes, so that a
 * live iterator sees entries added after the clear); with no iterator, the list starts over. */
rh_status map_set_clear(rh_agent *agent, rh_object *m)
{
    int32_t used = slot_int(m, SLOT_USED);
    if (pins(agent, m) == 0) {
        elements_free(agent, value_as_object(obj_internals(m)[SLOT_ENTRIES]));
        set_slot_int(m, SLOT_USED, 0);
        set_slot_int(m, SLOT_SIZE, 0);
        return rebuild_index(agent, m, 8);
    }
    for (int32_t e = 0; e < used; e++) {
        if (map_set_key(m, e) != RH_HOLE)
            remove_entry(m, e);
    }
    return RH_OK;
}

int32_t map_set_size(rh_object *m) { return slot_int(m, SLOT_SIZE); }

/* The first live entry at or after position, or -1. */
int32_t map_set_next_entry(rh_object *m, int32_t position)
{
    int32_t used = slot_int(m, SLOT_USED);
    for (int32_t e = position; e < used; e++) {
        if (map_set_key(m, e) != RH_HOLE)
            return e;
    }
    return -1;
}

/* --- iterators: https://tc39.es/ecma262/#sec-map-iterator-objects, #sec-set-iterator-objects --- */

rh_status map_set_iterator_create(rh_agent *agent, rh_object *m, int32_t kind, rh_object **out)
{
    bool set = map_set_is(value_from_object(m), true);
    rh_realm *realm = rh_current_realm(agent);
    rh_object *proto, *it;
    rh_value roots[1] = {value_from_object(m)};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = realm_intrinsic_get(realm, set ? RH_INTRINSIC_SetIteratorPrototype : RH_INTRINSIC_MapIteratorPrototype,
                                 &proto);
    if (status == RH_OK)
        status = obj_new_with_internals(agent, realm, RH_OBJ_INTERNAL, proto, 0, ITER_SLOT_COUNT, &it);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    rh_value *in = obj_internals(it);
    in[ITER_TAG_SLOT] = value_from_int32(set ? TAG_SET_ITERATOR : TAG_MAP_ITERATOR);
    in[ITER_TARGET] = roots[0];
    in[ITER_POSITION] = value_from_int32(0);
    in[ITER_KIND] = value_from_int32(kind);
    pin(agent, value_as_object(roots[0]));
    *out = it;
    return RH_OK;
}

void map_set_iterator_trace(rh_agent *agent, rh_object *it)
{
    rh_value target;
    if (agent->verifier != NULL || !(map_set_is_iterator(value_from_object(it), false) ||
                                     map_set_is_iterator(value_from_object(it), true)))
        return;
    target = obj_internals(it)[ITER_TARGET];
    if (value_is_object(target))
        pin(agent, value_as_object(target));
}

bool map_set_is_iterator(rh_value v, bool set)
{
    return has_tag(v, set ? TAG_SET_ITERATOR : TAG_MAP_ITERATOR, ITER_SLOT_COUNT);
}

/* Advances the iterator: the next live entry number (kind in *kind), or -1 when done (the
 * iterator then lets go of its collection, as the spec's generator finishes). */
int32_t map_set_iterator_step(rh_agent *agent, rh_object *it, rh_object **collection, int32_t *kind)
{
    rh_value *in = obj_internals(it);
    int32_t entry;
    if (!value_is_object(in[ITER_TARGET]))
        return -1;
    *collection = value_as_object(in[ITER_TARGET]);
    *kind = value_as_int32(in[ITER_KIND]);
    entry = map_set_next_entry(*collection, value_as_int32(in[ITER_POSITION]));
    if (entry < 0) {
        in[ITER_TARGET] = RH_UNDEFINED;
        unpin(agent, *collection);
        return -1;
    }
    in[ITER_POSITION] = value_from_int32(entry + 1);
    return entry;
}
