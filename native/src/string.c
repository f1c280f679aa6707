/* Strings: flat 8/16-bit storage, ropes flattened on demand, hashing and equality. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_heap.h"
#include "rh_string.h"

static size_t flat_size(size_t length, bool wide)
{
    return RH_STRING_HEADER_SIZE + length * (wide ? 2u : 1u);
}

/* A new flat string with uninitialised units. */
static rh_status alloc_flat(rh_agent *agent, uint16_t realm_index, size_t length, bool wide, rh_string **out)
{
    rh_string *s;
    if (length > RH_STRING_MAX_LENGTH)
        return RH_ERR_RANGE;
    s = heap_alloc_cell(agent, realm_index, RH_CELL_STRING, flat_size(length, wide));
    if (s == NULL)
        return RH_ERR_OOM;
    s->length = (uint32_t)length;
    s->form = RH_STR_FLAT;
    s->wide = wide;
    *out = s;
    return RH_OK;
}

rh_status str_from_latin1(rh_agent *agent, uint16_t realm_index, const uint8_t *units, size_t length,
                          rh_string **out)
{
    rh_status status = alloc_flat(agent, realm_index, length, false, out);
    if (status == RH_OK)
        memcpy((*out)->u.latin1, units, length);
    return status;
}

rh_status str_from_utf16(rh_agent *agent, uint16_t realm_index, const uint16_t *units, size_t length,
                         rh_string **out)
{
    bool wide = false;
    rh_status status;
    for (size_t i = 0; i < length && !wide; i++)
        wide = units[i] > 0xFF;
    status = alloc_flat(agent, realm_index, length, wide, out);
    if (status != RH_OK)
        return status;
    if (wide) {
        memcpy((*out)->u.utf16, units, length * 2);
    } else {
        for (size_t i = 0; i < length; i++)
            (*out)->u.latin1[i] = (uint8_t)units[i];
    }
    return RH_OK;
}

rh_string *str_flat_or_null(rh_string *s)
{
    if (s->form == RH_STR_FLAT)
        return s;
    if (s->form == RH_STR_INDIRECT)
        return s->u.flat;
    return NULL;
}

/* Writes the units of leaf (flat) into dest at offset, widening as needed. */
static void copy_flat_into(const rh_string *leaf, rh_string *dest, uint32_t offset)
{
    if (!dest->wide) {
        memcpy(dest->u.latin1 + offset, leaf->u.latin1, leaf->length);
    } else if (leaf->wide) {
        memcpy(dest->u.utf16 + offset, leaf->u.utf16, (size_t)leaf->length * 2);
    } else {
        for (uint32_t i = 0; i < leaf->length; i++)
            dest->u.utf16[offset + i] = leaf->u.latin1[i];
    }
}

/* Fills dest with the units of s, right to left. A left-leaning rope (what `s += x` builds) needs
 * no stack at all; other shapes push pending left children on a heap-allocated stack. */
static bool fill_from_rope(rh_string *s, rh_string *dest)
{
    rh_string **stack = NULL;
    size_t depth = 0, capacity = 0;
    uint32_t end = dest->length;
    for (;;) {
        rh_string *flat = str_flat_or_null(s);
        if (flat != NULL) {
            end -= flat->length;
            copy_flat_into(flat, dest, end);
            if (depth == 0)
                break;
            s = stack[--depth];
            continue;
        }
        rh_string *right = s->u.rope.right;
        rh_string *right_flat = str_flat_or_null(right);
        if (right_flat != NULL) {
            end -= right_flat->length;
            copy_flat_into(right_flat, dest, end);
            s = s->u.rope.left;
            continue;
        }
        if (depth == capacity) {
            size_t grown_capacity = capacity ? capacity * 2 : 32;
            rh_string **grown = realloc(stack, grown_capacity * sizeof *grown);
            if (grown == NULL) {
                free(stack);
                return false;
            }
            stack = grown;
            capacity = grown_capacity;
        }
        stack[depth++] = s->u.rope.left;
        s = right;
    }
    free(stack);
    return true;
}

rh_status str_flatten(rh_agent *agent, rh_string *s, rh_string **out)
{
    rh_value roots[1] = {value_from_string(s)};
    rh_root_frame frame;
    rh_string *flat = str_flat_or_null(s);
    rh_status status;
    if (flat != NULL) {
        *out = flat;
        return RH_OK;
    }
    heap_enter_frame(agent, &frame, roots, 1);
    status = alloc_flat(agent, s->cell.realm_index, s->length, s->wide, &flat);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    if (!fill_from_rope(s, flat)) {
        agent->oom = true;
        return RH_ERR_OOM; /* flat is unreferenced: the next collection frees it */
    }
    agent->stats.ropes_flattened++;
    agent->stats.string_units_copied += s->length;
    flat->hash = s->hash;
    s->form = RH_STR_INDIRECT;
    s->u.flat = flat;
    *out = flat;
    return RH_OK;
}

static rh_status concat_flat(rh_agent *agent, uint16_t realm_index, rh_string *a, rh_string *b,
                             rh_string **out)
{
    rh_value roots[2] = {value_from_string(a), value_from_string(b)};
    rh_root_frame frame;
    rh_string *s;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = alloc_flat(agent, realm_index, (size_t)a->length + b->length, a->wide || b->wide, &s);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    copy_flat_into(a, s, 0);
    copy_flat_into(b, s, a->length);
    agent->stats.string_units_copied += s->length;
    *out = s;
    return RH_OK;
}

rh_status str_concat(rh_agent *agent, uint16_t realm_index, rh_string *a, rh_string *b, rh_string **out)
{
    size_t length = (size_t)a->length + b->length;
    rh_string *fa = str_flat_or_null(a), *fb = str_flat_or_null(b), *rope;
    if (b->length == 0 || a->length == 0) {
        *out = b->length == 0 ? a : b;
        return RH_OK;
    }
    if (length > RH_STRING_MAX_LENGTH)
        return RH_ERR_RANGE;
    if (length < RH_ROPE_MIN_LENGTH && fa != NULL && fb != NULL)
        return concat_flat(agent, realm_index, fa, fb, out);
    rh_value roots[2] = {value_from_string(a), value_from_string(b)};
    rh_root_frame frame;
    heap_enter_frame(agent, &frame, roots, 2);
    rope = heap_alloc_cell(agent, realm_index, RH_CELL_STRING, RH_STRING_HEADER_SIZE + sizeof rope->u.rope);
    heap_leave_frame(agent, &frame);
    if (rope == NULL)
        return RH_ERR_OOM;
    rope->length = (uint32_t)length;
    rope->form = RH_STR_ROPE;
    rope->wide = a->wide || b->wide;
    rope->u.rope.left = a;
    rope->u.rope.right = b;
    *out = rope;
    return RH_OK;
}

/* FNV-1a over 16-bit code units, so equal strings hash alike whatever their width. */
uint32_t str_hash_units(const void *units, bool wide, size_t length)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < length; i++) {
        uint32_t unit = wide ? ((const uint16_t *)units)[i] : ((const uint8_t *)units)[i];
        h = (h ^ (unit & 0xFF)) * 16777619u;
        h = (h ^ (unit >> 8)) * 16777619u;
    }
    return h ? h : 1;
}

uint32_t str_hash(rh_string *s)
{
    if (s->hash == 0)
        s->hash = str_hash_units(s->wide ? (const void *)s->u.utf16 : (const void *)s->u.latin1, s->wide,
                                 s->length);
    return s->hash;
}

bool str_equals_flat(const rh_string *a, const rh_string *b)
{
    if (a == b)
        return true;
    if (a->length != b->length || (a->hash && b->hash && a->hash != b->hash))
        return false;
    if (a->wide == b->wide)
        return memcmp(a->u.latin1, b->u.latin1, (size_t)a->length * (a->wide ? 2 : 1)) == 0;
    for (uint32_t i = 0; i < a->length; i++) {
        if (str_unit_at(a, i) != str_unit_at(b, i))
            return false;
    }
    return true;
}

/* Walks a string's leaves left to right, one unit at a time, without allocating: a cursor keeps
 * the path of pending right children. Used to compare ropes that have not been flattened. */
typedef struct unit_cursor {
    rh_string **pending;
    size_t depth, capacity;
    const rh_string *leaf;
    uint32_t pos;
} unit_cursor;

static bool cursor_descend(unit_cursor *c, rh_string *s)
{
    while (str_flat_or_null(s) == NULL) {
        if (c->depth == c->capacity) {
            size_t capacity = c->capacity ? c->capacity * 2 : 32;
            rh_string **grown = realloc(c->pending, capacity * sizeof *grown);
            if (grown == NULL)
                return false;
            c->pending = grown;
            c->capacity = capacity;
        }
        c->pending[c->depth++] = s->u.rope.right;
        s = s->u.rope.left;
    }
    c->leaf = str_flat_or_null(s);
    c->pos = 0;
    return true;
}

static bool cursor_next(unit_cursor *c, uint16_t *unit)
{
    while (c->pos == c->leaf->length) {
        if (c->depth == 0 || !cursor_descend(c, c->pending[--c->depth]))
            return false;
    }
    *unit = str_unit_at(c->leaf, c->pos++);
    return true;
}

bool str_equals(rh_string *a, rh_string *b)
{
    rh_string *fa = str_flat_or_null(a), *fb = str_flat_or_null(b);
    unit_cursor ca = {0}, cb = {0};
    bool equal = true;
    if (a == b)
        return true;
    if (a->length != b->length)
        return false;
    if (fa != NULL && fb != NULL)
        return str_equals_flat(fa, fb);
    if (!cursor_descend(&ca, a) || !cursor_descend(&cb, b)) {
        equal = false; /* out of scratch memory: callers needing certainty flatten first */
    } else {
        for (uint32_t i = 0; i < a->length && equal; i++) {
            uint16_t ua, ub;
            equal = cursor_next(&ca, &ua) && cursor_next(&cb, &ub) && ua == ub;
        }
    }
    free(ca.pending);
    free(cb.pending);
    return equal;
}

bool str_copy_units(const rh_string *s, uint16_t *out)
{
    unit_cursor c = {0};
    const rh_string *flat = str_flat_or_null((rh_string *)s);
    uint32_t copied = 0;
    if (flat != NULL) {
        for (uint32_t i = 0; i < flat->length; i++)
            out[i] = str_unit_at(flat, i);
        return true;
    }
    if (cursor_descend(&c, (rh_string *)s)) {
        while (copied < s->length && cursor_next(&c, &out[copied]))
            copied++;
    }
    free(c.pending);
    return copied == s->length;
}

size_t str_cell_size(const rh_string *s)
{
    return s->cell.size;
}

void str_trace(rh_agent *agent, rh_string *s)
{
    if (s->form == RH_STR_ROPE) {
        heap_mark_cell(agent, &s->u.rope.left->cell);
        heap_mark_cell(agent, &s->u.rope.right->cell);
    } else if (s->form == RH_STR_INDIRECT) {
        heap_mark_cell(agent, &s->u.flat->cell);
    }
}
