/* The core's test library: see rh_testapi.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rh_agent.h"
#include "rh_array.h"
#include "rh_atom.h"
#include "rh_code.h"
#include "rh_numconv.h"
#include "rh_object.h"
#include "rh_realm.h"
#include "rh_string.h"
#include "rh_symbol.h"
#include "rh_testapi.h"

void rh_test_set_gc_stress(rh_agent *agent, int on)
{
    agent->gc_stress = on != 0;
}

void rh_test_fail_allocation_after(rh_agent *agent, uint64_t count)
{
    agent->fail_allocations_after = count;
}

size_t rh_test_heap_verify(rh_agent *agent)
{
    return heap_verify(agent);
}

uint32_t rh_test_realm_index(rh_realm *realm)
{
    return realm->index;
}

void rh_test_skew_counter(rh_realm *realm, int category, int64_t delta)
{
    realm->counters[category] += (size_t)delta;
}

int rh_test_value_kind(rh_value v)
{
    if (value_is_double(v))
        return 0;
    switch (value_tag(v)) {
    case RH_TAG_INT32:
        return 1;
    case RH_TAG_BOOL:
        return 2;
    case RH_TAG_MISC:
        return v == RH_UNDEFINED ? 3 : v == RH_NULL ? 4 : 5;
    case RH_TAG_OBJECT:
        return 6;
    case RH_TAG_STRING:
        return 7;
    case RH_TAG_SYMBOL:
        return 8;
    }
    return -1;
}

rh_value rh_test_number(double d) { return value_from_number(d); }
rh_value rh_test_int32(int32_t i) { return value_from_int32(i); }
double rh_test_value_to_double(rh_value v) { return value_to_double(v); }
rh_value rh_test_undefined(void) { return RH_UNDEFINED; }
rh_value rh_test_null(void) { return RH_NULL; }
rh_value rh_test_bool(int b) { return value_from_bool(b != 0); }
rh_value rh_test_hole(void) { return RH_HOLE; }
int rh_test_same_value(rh_value a, rh_value b) { return value_same_value(a, b); }
size_t rh_test_cell_size(rh_value v) { return value_as_cell(v)->size; }
uint32_t rh_test_cell_realm(rh_value v) { return value_as_cell(v)->realm_index; }

/* Strings */

/* Stores *s in *out when status is RH_OK (s is read after the call that filled it). */
static int string_result(rh_status status, rh_string *const *s, rh_value *out)
{
    if (status == RH_OK)
        *out = value_from_string(*s);
    return status;
}

int rh_test_string_new(rh_realm *realm, const char *utf8, size_t size, rh_value *out)
{
    rh_string *s;
    return string_result(str_from_utf8(realm->agent, realm->index, utf8, size, &s), &s, out);
}

int rh_test_string_from_utf16(rh_realm *realm, const uint16_t *units, size_t length, rh_value *out)
{
    rh_string *s;
    return string_result(str_from_utf16(realm->agent, realm->index, units, length, &s), &s, out);
}

int rh_test_string_concat(rh_realm *realm, rh_value a, rh_value b, rh_value *out)
{
    rh_string *s;
    return string_result(str_concat(realm->agent, realm->index, value_as_string(a), value_as_string(b), &s), &s, out);
}

int rh_test_string_flatten(rh_agent *agent, rh_value s, rh_value *out)
{
    rh_string *flat;
    return string_result(str_flatten(agent, value_as_string(s), &flat), &flat, out);
}

uint32_t rh_test_string_length(rh_value s) { return value_as_string(s)->length; }
int rh_test_string_form(rh_value s) { return value_as_string(s)->form; }
int rh_test_string_is_wide(rh_value s) { return value_as_string(s)->wide; }
int rh_test_string_is_atom(rh_value s) { return value_as_string(s)->is_atom; }
int rh_test_string_equals(rh_value a, rh_value b) { return str_equals(value_as_string(a), value_as_string(b)); }

int rh_test_string_to_utf8(rh_agent *agent, rh_value s, char *out, size_t capacity, size_t *size)
{
    rh_string *flat;
    rh_status status = str_flatten(agent, value_as_string(s), &flat);
    if (status != RH_OK)
        return status;
    *size = str_utf8_size(flat);
    if (*size <= capacity)
        str_to_utf8(flat, out);
    return RH_OK;
}

int rh_test_string_to_utf16(rh_value s, uint16_t *out, size_t capacity)
{
    rh_string *str = value_as_string(s);
    if (capacity < str->length)
        return RH_ERR_RANGE;
    return str_copy_units(str, out) ? RH_OK : RH_ERR_OOM;
}

int rh_test_string_from_number(rh_realm *realm, double d, rh_value *out)
{
    rh_string *s;
    return string_result(str_from_number(realm->agent, realm->index, d, &s), &s, out);
}

int rh_test_string_to_number_value(rh_agent *agent, rh_value s, double *out)
{
    return str_to_number(agent, value_as_string(s), out);
}

/* Flattens both strings (each is rooted by a handle, and a flattened rope keeps its flat copy). */
static rh_status flatten_pair(rh_agent *agent, rh_value a, rh_value b, rh_string **fa, rh_string **fb)
{
    rh_status status = str_flatten(agent, value_as_string(a), fa);
    if (status == RH_OK)
        status = str_flatten(agent, value_as_string(b), fb);
    return status;
}

int rh_test_string_compare(rh_agent *agent, rh_value a, rh_value b, int *order)
{
    rh_string *fa, *fb;
    rh_status status = flatten_pair(agent, a, b, &fa, &fb);
    if (status == RH_OK) {
        int c = str_compare_flat(fa, fb);
        *order = (c > 0) - (c < 0);
    }
    return status;
}

int rh_test_string_substring(rh_realm *realm, rh_value s, uint32_t start, uint32_t end, rh_value *out)
{
    rh_string *flat, *sub;
    rh_status status = str_flatten(realm->agent, value_as_string(s), &flat);
    if (status != RH_OK)
        return status;
    if (start > end || end > flat->length)
        return RH_ERR_RANGE;
    return string_result(str_substring(realm->agent, realm->index, flat, start, end, &sub), &sub, out);
}

int rh_test_string_index_of(rh_agent *agent, rh_value s, rh_value search, uint32_t from, int64_t *index)
{
    rh_string *fs, *fsearch;
    rh_status status = flatten_pair(agent, s, search, &fs, &fsearch);
    if (status == RH_OK)
        *index = str_index_of_flat(fs, fsearch, from);
    return status;
}

int rh_test_atom(rh_agent *agent, rh_value s, rh_value *out)
{
    rh_string *atom;
    return string_result(atom_intern(agent, value_as_string(s), &atom), &atom, out);
}

int rh_test_key(rh_agent *agent, rh_value s, rh_value *out)
{
    return atom_key_from_string(agent, value_as_string(s), out);
}

int rh_test_key_from_number(rh_realm *realm, double d, rh_value *out)
{
    return atom_key_from_number(realm->agent, realm->index, d, out);
}

uint32_t rh_test_atom_count(rh_agent *agent) { return agent->atoms.count; }

int rh_test_symbol_new(rh_realm *realm, rh_value description, rh_value *out)
{
    rh_symbol *sym;
    rh_status status = symbol_new(realm->agent, realm->index, description, &sym);
    if (status == RH_OK)
        *out = value_from_symbol(sym);
    return status;
}

rh_value rh_test_symbol_description(rh_value sym) { return value_as_symbol(sym)->description; }

/* Objects */

static rh_object *proto_of(rh_value proto)
{
    return value_is_object(proto) ? value_as_object(proto) : NULL;
}

int rh_test_object_new(rh_realm *realm, rh_value proto, rh_value *out)
{
    rh_object *o;
    rh_status status = obj_new(realm->agent, realm, RH_OBJ_ORDINARY, proto_of(proto), RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK)
        *out = value_from_object(o);
    return status;
}

int rh_test_array_new(rh_realm *realm, rh_value proto, rh_value *out)
{
    rh_object *a;
    rh_status status = array_create(realm->agent, realm, proto_of(proto), &a);
    if (status == RH_OK)
        *out = value_from_object(a);
    return status;
}

int rh_test_define(rh_agent *agent, rh_value o, rh_value key, const rh_property_descriptor *desc, int *succeeded)
{
    bool ok = false;
    rh_status status = obj_define_own_property(agent, value_as_object(o), key, desc, &ok);
    *succeeded = ok;
    return status;
}

int rh_test_get_own(rh_agent *agent, rh_value o, rh_value key, rh_property_descriptor *out)
{
    return obj_get_own_property(agent, value_as_object(o), key, out);
}

int rh_test_get(rh_agent *agent, rh_value o, rh_value key, rh_value *out)
{
    return obj_get(agent, value_as_object(o), key, o, out);
}

int rh_test_set(rh_agent *agent, rh_value o, rh_value key, rh_value value, int *succeeded, rh_value *setter)
{
    bool ok = false;
    rh_status status = obj_set(agent, value_as_object(o), key, value, o, &ok, setter);
    *succeeded = ok;
    return status;
}

int rh_test_has(rh_agent *agent, rh_value o, rh_value key)
{
    return obj_has_property(agent, value_as_object(o), key);
}

int rh_test_delete(rh_agent *agent, rh_value o, rh_value key, int *succeeded)
{
    bool ok = false;
    rh_status status = obj_delete(agent, value_as_object(o), key, &ok);
    *succeeded = ok;
    return status;
}

int rh_test_own_keys(rh_agent *agent, rh_value o, rh_value *out, size_t capacity, size_t *count)
{
    return obj_own_property_keys(agent, value_as_object(o), out, capacity, count);
}

void rh_test_prevent_extensions(rh_value o) { obj_prevent_extensions(value_as_object(o)); }
int rh_test_is_extensible(rh_value o) { return obj_is_extensible(value_as_object(o)); }
int rh_test_set_prototype(rh_value o, rh_value proto) { return obj_set_prototype_of(value_as_object(o), proto_of(proto)); }

rh_value rh_test_get_prototype(rh_value o)
{
    rh_object *proto = value_as_object(o)->proto;
    return proto ? value_from_object(proto) : RH_NULL;
}

int rh_test_is_dictionary(rh_value o) { return obj_is_dictionary(value_as_object(o)); }
int rh_test_is_sparse(rh_value o) { return (value_as_object(o)->flags & RH_OBJ_SPARSE) != 0; }
uint32_t rh_test_array_length(rh_value o) { return value_as_object(o)->array_length; }
uintptr_t rh_test_shape(rh_value o) { return (uintptr_t)obj_shape(value_as_object(o)); }
size_t rh_test_shape_cell_size(rh_value o) { return obj_shape(value_as_object(o))->cell.size; }

int rh_test_shape_slot(rh_agent *agent, rh_value o, rh_value key, uint32_t *slot)
{
    rh_shape *shape = obj_shape(value_as_object(o));
    uint8_t attrs;
    return shape != NULL && shape_find_slot(agent, shape, key, slot, &attrs);
}

rh_value rh_test_slot_get(rh_value o, uint32_t slot) { return obj_slot_get(value_as_object(o), slot); }

size_t rh_test_object_bytes(rh_value o)
{
    rh_object *obj = value_as_object(o);
    return obj->cell.size + obj_buffer_bytes(obj) + elements_bytes(obj);
}

/* Numbers */

size_t rh_test_number_to_string(double d, int radix, char *out)
{
    return numconv_to_string(d, radix, out);
}

double rh_test_string_to_number(const uint16_t *units, size_t length)
{
    return numconv_string_to_number(units, length);
}

/* A census of one realm's cells, for finding what takes a realm's bytes (tests and tools). */
static void census_label_key(rh_agent *agent, rh_value key, char *out, size_t capacity)
{
    size_t size = 0;
    if (value_is_string(key) && rh_test_string_to_utf8(agent, key, out, capacity - 1, &size) == RH_OK &&
        size < capacity)
        out[size] = 0;
    else if (value_is_symbol(key))
        snprintf(out, capacity, "@@symbol");
}

size_t rh_test_census(rh_agent *agent, rh_realm *realm, rh_census_entry *out, size_t capacity)
{
    size_t count = 0;
    for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next) {
        rh_census_entry *e;
        if (cell->realm_index != realm->index)
            continue;
        if (count++ >= capacity)
            continue;
        e = &out[count - 1];
        memset(e, 0, sizeof *e);
        e->type = cell->type;
        e->size = cell->size;
        if (cell->type == RH_CELL_OBJECT) {
            rh_object *o = (rh_object *)cell;
            rh_value name_slot;
            e->kind = o->kind;
            e->flags = o->flags;
            e->buffers = (uint32_t)obj_buffer_bytes(o);
            if (o->shape != NULL) {
                rh_shape *first = o->shape;
                e->props = o->shape->property_count;
                while (first->parent != NULL && first->parent->parent != NULL)
                    first = first->parent;
                if (first->parent != NULL)
                    census_label_key(agent, first->key, e->label, sizeof e->label);
            } else {
                e->props = o->props.dict != NULL ? o->props.dict->live_count : 0;
                snprintf(e->label, sizeof e->label, "(dictionary)");
            }
            if (o->kind == RH_OBJ_FUNCTION || o->kind == RH_OBJ_NATIVE_FUNCTION) {
                name_slot = o->inline_capacity > 1 ? o->inline_slots[1] : RH_UNDEFINED;
                if (value_is_string(name_slot))
                    census_label_key(agent, name_slot, e->label, sizeof e->label);
            }
        } else if (cell->type == RH_CELL_STRING) {
            census_label_key(agent, value_from_string((rh_string *)cell), e->label, sizeof e->label);
        } else if (cell->type == RH_CELL_CODE_BLOCK) {
            rh_code_block *block = (rh_code_block *)cell;
            rh_value name;
            e->props = block->meta_bytes;
            if (block->unlinked->name != RH_IMG_NONE &&
                image_string(agent, block->unlinked->image, block->unlinked->name, &name) == RH_OK)
                census_label_key(agent, name, e->label, sizeof e->label);
        } else if (cell->type == RH_CELL_SHAPE) {
            rh_shape *shape = (rh_shape *)cell;
            e->props = shape->property_count;
            census_label_key(agent, shape->key, e->label, sizeof e->label);
        }
    }
    return count;
}
