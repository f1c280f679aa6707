/* Shapes: the transition tree, property lookup along a path, weak transitions. */
#include "rh_agent.h"
#include "rh_heap.h"
#include "rh_atom.h"
#include "rh_shape.h"

/* An open-addressing set of shapes; used for a node's transitions (keyed by key and attributes)
 * and for a path's lookup table (keyed by key). */
struct rh_shape_table {
    uint32_t capacity; /* power of two */
    uint32_t count;
    uint32_t tombstones;
    uint32_t pad;
    rh_shape *slots[];
};

#define TABLE_TOMBSTONE ((rh_shape *)(uintptr_t)1)
#define TRANSITIONS_MIN 8

static size_t table_size(uint32_t capacity)
{
    return sizeof(rh_shape_table) + (size_t)capacity * sizeof(rh_shape *);
}

static uint32_t transition_hash(rh_value key, uint8_t attrs)
{
    return key_hash(key) ^ ((uint32_t)attrs * 0x9E3779B1u);
}

static rh_shape_table *table_new(rh_agent *agent, const rh_shape *owner, uint32_t capacity)
{
    rh_shape_table *t = heap_alloc_buffer_nogc(agent, owner->cell.realm_index, RH_MEM_SHAPES, table_size(capacity));
    if (t != NULL)
        t->capacity = capacity;
    return t;
}

static void table_free(rh_agent *agent, const rh_shape *owner, rh_shape_table *t)
{
    if (t != NULL)
        heap_free_buffer(agent, owner->cell.realm_index, RH_MEM_SHAPES, t, table_size(t->capacity));
}

static void table_insert(rh_shape_table *t, uint32_t hash, rh_shape *shape)
{
    uint32_t mask = t->capacity - 1, i = hash & mask;
    while (t->slots[i] != NULL && t->slots[i] != TABLE_TOMBSTONE)
        i = (i + 1) & mask;
    if (t->slots[i] == TABLE_TOMBSTONE)
        t->tombstones--;
    t->slots[i] = shape;
    t->count++;
}

static rh_shape *find_transition(const rh_shape *parent, rh_value key, uint8_t attrs)
{
    const rh_shape_table *t = parent->transitions;
    if (t == NULL) {
        rh_shape *only = parent->transition;
        return only != NULL && only->key == key && only->attrs == attrs ? only : NULL;
    }
    uint32_t mask = t->capacity - 1;
    for (uint32_t i = transition_hash(key, attrs) & mask;; i = (i + 1) & mask) {
        rh_shape *s = t->slots[i];
        if (s == NULL)
            return NULL;
        if (s != TABLE_TOMBSTONE && s->key == key && s->attrs == attrs)
            return s;
    }
}

/* Records child under parent. Failure to allocate a table only loses the cache entry. */
static void remember_transition(rh_agent *agent, rh_shape *parent, rh_shape *child)
{
    rh_shape_table *t = parent->transitions;
    if (t == NULL && parent->transition == NULL) {
        parent->transition = child;
        return;
    }
    if (t == NULL || (t->count + t->tombstones + 1) * 4 > t->capacity * 3) {
        uint32_t live = t ? t->count : 1, capacity = TRANSITIONS_MIN;
        while (capacity < (live + 1) * 2)
            capacity *= 2;
        rh_shape_table *grown = table_new(agent, parent, capacity);
        if (grown == NULL)
            return;
        if (t == NULL) {
            table_insert(grown, transition_hash(parent->transition->key, parent->transition->attrs), parent->transition);
        } else {
            for (uint32_t i = 0; i < t->capacity; i++) {
                rh_shape *s = t->slots[i];
                if (s != NULL && s != TABLE_TOMBSTONE)
                    table_insert(grown, transition_hash(s->key, s->attrs), s);
            }
            table_free(agent, parent, t);
        }
        parent->transition = NULL;
        parent->transitions = t = grown;
    }
    table_insert(t, transition_hash(child->key, child->attrs), child);
}

rh_shape *shape_root(rh_agent *agent)
{
    rh_shape *root = agent->root_shape;
    if (root != NULL)
        return root;
    root = heap_alloc_cell(agent, 0, RH_CELL_SHAPE, sizeof *root); /* once, by rh_agent_new */
    if (root == NULL)
        return NULL;
    root->key = RH_UNDEFINED;
    agent->root_shape = root;
    return root;
}

rh_status shape_add(rh_agent *agent, uint16_t realm_index, rh_shape *shape, rh_value key, uint8_t attrs,
                    rh_shape **out)
{
    rh_shape *child = find_transition(shape, key, attrs);
    if (child != NULL) {
        *out = child;
        return RH_OK;
    }
    child = heap_alloc_cell(agent, realm_index, RH_CELL_SHAPE, sizeof *child);
    if (child == NULL)
        return RH_ERR_OOM;
    child->parent = shape;
    child->key = key;
    child->attrs = attrs;
    child->slot = shape->slot_count;
    child->slot_count = shape->slot_count + ((attrs & RH_ATTR_ACCESSOR) ? 2 : 1);
    child->property_count = shape->property_count + 1;
    remember_transition(agent, shape, child);
    *out = child;
    return RH_OK;
}

/* Builds the key -> node table for shape's path; NULL if memory is short. */
static rh_shape_table *build_lookup(rh_agent *agent, rh_shape *shape)
{
    uint32_t capacity = 16;
    while (capacity < shape->property_count * 2)
        capacity *= 2;
    rh_shape_table *t = table_new(agent, shape, capacity);
    if (t == NULL)
        return NULL;
    for (rh_shape *s = shape; s->parent != NULL; s = s->parent)
        table_insert(t, key_hash(s->key), s);
    return t;
}

rh_shape *shape_lookup(rh_agent *agent, rh_shape *shape, rh_value key)
{
    if (shape->property_count > RH_SHAPE_LINEAR_LOOKUP_MAX) {
        if (shape->lookup == NULL)
            shape->lookup = build_lookup(agent, shape);
        if (shape->lookup != NULL) {
            const rh_shape_table *t = shape->lookup;
            uint32_t mask = t->capacity - 1;
            for (uint32_t i = key_hash(key) & mask;; i = (i + 1) & mask) {
                rh_shape *s = t->slots[i];
                if (s == NULL)
                    return NULL;
                if (s->key == key)
                    return s;
            }
        }
    }
    for (rh_shape *s = shape; s->parent != NULL; s = s->parent) {
        if (s->key == key)
            return s;
    }
    return NULL;
}

bool shape_find_slot(rh_agent *agent, rh_shape *shape, rh_value key, uint32_t *slot, uint8_t *attrs)
{
    rh_shape *node = shape_lookup(agent, shape, key);
    if (node == NULL)
        return false;
    *slot = node->slot;
    *attrs = node->attrs;
    return true;
}

void shape_path(rh_shape *shape, rh_shape **out)
{
    uint32_t i = shape->property_count;
    for (rh_shape *s = shape; s->parent != NULL; s = s->parent)
        out[--i] = s;
}

/* Transitions are weak: the collector never follows them, but heap_verify checks that each one
 * still points at a live shape (a missed unlink in shape_finalize would show up here). */
static void verify_transitions(rh_agent *agent, const rh_shape *shape)
{
    const rh_shape_table *t = shape->transitions;
    if (shape->transition != NULL)
        heap_mark_cell(agent, &shape->transition->cell);
    for (uint32_t i = 0; t != NULL && i < t->capacity; i++) {
        if (t->slots[i] != NULL && t->slots[i] != TABLE_TOMBSTONE)
            heap_mark_cell(agent, &t->slots[i]->cell);
    }
}

void shape_trace(rh_agent *agent, rh_shape *shape)
{
    if (shape->parent != NULL)
        heap_mark_cell(agent, &shape->parent->cell);
    heap_mark_value(agent, shape->key);
    if (agent->verifier != NULL)
        verify_transitions(agent, shape);
}

/* Unlinks a dying child from its parent; a table left empty is freed. */
static void forget_transition(rh_agent *agent, rh_shape *parent, rh_shape *child)
{
    rh_shape_table *t = parent->transitions;
    if (t == NULL) {
        if (parent->transition == child)
            parent->transition = NULL;
        return;
    }
    /* child's key is older than child, so the sweep has not freed it yet: its hash is readable. */
    uint32_t mask = t->capacity - 1;
    for (uint32_t i = transition_hash(child->key, child->attrs) & mask; t->slots[i] != NULL; i = (i + 1) & mask) {
        if (t->slots[i] == child) {
            t->slots[i] = TABLE_TOMBSTONE;
            t->count--;
            t->tombstones++;
            break;
        }
    }
    if (t->count == 0) {
        table_free(agent, parent, t);
        parent->transitions = NULL;
    }
}

void shape_finalize(rh_agent *agent, rh_shape *shape)
{
    if (shape->parent != NULL)
        forget_transition(agent, shape->parent, shape);
    table_free(agent, shape, shape->transitions);
    table_free(agent, shape, shape->lookup);
}

size_t shape_buffer_bytes(const rh_shape *shape)
{
    size_t bytes = 0;
    if (shape->transitions != NULL)
        bytes += table_size(shape->transitions->capacity);
    if (shape->lookup != NULL)
        bytes += table_size(shape->lookup->capacity);
    return bytes;
}
