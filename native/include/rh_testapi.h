/* The test library of the core (testapi.c), in the manner of Lua's ltests.c: thin entry points
 * the Python tests drive the runtime through, plus heap checks and fault injection. Statuses are
 * rh_status values returned as int. Every value argument must be rooted (a handle). */
#ifndef RH_TESTAPI_H
#define RH_TESTAPI_H

#include <stddef.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_object.h"
#include "rh_realm.h"

/* Heap control and checks. */
void rh_test_set_gc_stress(rh_agent *agent, int on);
void rh_test_fail_allocation_after(rh_agent *agent, uint64_t count);
size_t rh_test_heap_verify(rh_agent *agent);
uint32_t rh_test_realm_index(rh_realm *realm);
/* Skews a realm counter (to show that heap_verify catches a wrong count); undo with -delta. */
void rh_test_skew_counter(rh_realm *realm, int category, int64_t delta);

/* Values. Kinds: 0 double, 1 int32, 2 boolean, 3 undefined, 4 null, 5 hole, 6 object, 7 string,
 * 8 symbol. */
int rh_test_value_kind(rh_value v);
rh_value rh_test_number(double d);
rh_value rh_test_int32(int32_t i);
double rh_test_value_to_double(rh_value v);
rh_value rh_test_undefined(void);
rh_value rh_test_null(void);
rh_value rh_test_bool(int b);
rh_value rh_test_hole(void);
int rh_test_same_value(rh_value a, rh_value b);
size_t rh_test_cell_size(rh_value v);
uint32_t rh_test_cell_realm(rh_value v);

/* Strings, atoms, symbols. Forms: 0 flat, 1 rope, 2 flattened rope. */
int rh_test_string_new(rh_realm *realm, const char *utf8, size_t size, rh_value *out);
int rh_test_string_from_utf16(rh_realm *realm, const uint16_t *units, size_t length, rh_value *out);
int rh_test_string_concat(rh_realm *realm, rh_value a, rh_value b, rh_value *out);
int rh_test_string_flatten(rh_agent *agent, rh_value s, rh_value *out);
uint32_t rh_test_string_length(rh_value s);
int rh_test_string_form(rh_value s);
int rh_test_string_is_wide(rh_value s);
int rh_test_string_is_atom(rh_value s);
int rh_test_string_equals(rh_value a, rh_value b);
/* UTF-8 (surrogatepass) of s, flattening it; *size gets the byte count even when capacity is short. */
int rh_test_string_to_utf8(rh_agent *agent, rh_value s, char *out, size_t capacity, size_t *size);
int rh_test_string_to_utf16(rh_value s, uint16_t *out, size_t capacity);
int rh_test_string_from_number(rh_realm *realm, double d, rh_value *out);
int rh_test_string_to_number_value(rh_agent *agent, rh_value s, double *out);
int rh_test_string_compare(rh_agent *agent, rh_value a, rh_value b, int *order);
int rh_test_string_substring(rh_realm *realm, rh_value s, uint32_t start, uint32_t end, rh_value *out);
int rh_test_string_index_of(rh_agent *agent, rh_value s, rh_value search, uint32_t from, int64_t *index);
int rh_test_atom(rh_agent *agent, rh_value s, rh_value *out);
int rh_test_key(rh_agent *agent, rh_value s, rh_value *out);
int rh_test_key_from_number(rh_realm *realm, double d, rh_value *out);
uint32_t rh_test_atom_count(rh_agent *agent);
int rh_test_symbol_new(rh_realm *realm, rh_value description, rh_value *out);
rh_value rh_test_symbol_description(rh_value sym);

/* Objects. proto is an object or null. */
int rh_test_object_new(rh_realm *realm, rh_value proto, rh_value *out);
int rh_test_array_new(rh_realm *realm, rh_value proto, rh_value *out);
int rh_test_define(rh_agent *agent, rh_value o, rh_value key, const rh_property_descriptor *desc, int *succeeded);
int rh_test_get_own(rh_agent *agent, rh_value o, rh_value key, rh_property_descriptor *out);
int rh_test_get(rh_agent *agent, rh_value o, rh_value key, rh_value *out);
int rh_test_set(rh_agent *agent, rh_value o, rh_value key, rh_value value, int *succeeded, rh_value *setter);
int rh_test_has(rh_agent *agent, rh_value o, rh_value key);
int rh_test_delete(rh_agent *agent, rh_value o, rh_value key, int *succeeded);
int rh_test_own_keys(rh_agent *agent, rh_value o, rh_value *out, size_t capacity, size_t *count);
void rh_test_prevent_extensions(rh_value o);
int rh_test_is_extensible(rh_value o);
int rh_test_set_prototype(rh_value o, rh_value proto);
rh_value rh_test_get_prototype(rh_value o);
int rh_test_is_dictionary(rh_value o);
int rh_test_is_sparse(rh_value o);
uint32_t rh_test_array_length(rh_value o);
uintptr_t rh_test_shape(rh_value o);
size_t rh_test_shape_cell_size(rh_value o);
int rh_test_shape_slot(rh_agent *agent, rh_value o, rh_value key, uint32_t *slot);
rh_value rh_test_slot_get(rh_value o, uint32_t slot);
/* The object's cell plus its slot, dictionary and element buffers. */
size_t rh_test_object_bytes(rh_value o);

/* Numbers. out holds RH_NUMBER_STRING_MAX (2200) bytes. */
size_t rh_test_number_to_string(double d, int radix, char *out);
double rh_test_string_to_number(const uint16_t *units, size_t length);

/* One cell of a realm, for rh_test_census: type (rh_cell_type), object kind and flags, cell bytes,
 * buffer bytes, a count (properties; metadata bytes for code blocks) and a label (a function's
 * name, an object's first key, a string's text, a shape's key). */
typedef struct rh_census_entry {
    uint8_t type;
    uint8_t kind;
    uint8_t flags;
    uint32_t size;
    uint32_t buffers;
    uint32_t props;
    char label[40];
} rh_census_entry;
/* Fills out with up to capacity of realm's cells; returns how many there are. */
size_t rh_test_census(rh_agent *agent, rh_realm *realm, rh_census_entry *out, size_t capacity);

#endif
