/* Atoms: strings interned per agent, used as property names (atom.c). The table is weak: an atom
 * no live value references is swept and removed. Canonical array-index strings ("0" .. "4294967294")
 * are not atoms but integer keys. */
#ifndef RH_ATOM_H
#define RH_ATOM_H

#include <stddef.h>
#include <stdint.h>

#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_agent rh_agent;

typedef struct rh_atom_table {
    rh_string **slots; /* NULL empty, RH_ATOM_TOMBSTONE deleted */
    uint32_t capacity; /* power of two */
    uint32_t count;
    uint32_t tombstones;
} rh_atom_table;

#define RH_ATOM_TOMBSTONE ((rh_string *)(uintptr_t)1)
#define RH_MAX_ARRAY_INDEX 4294967294u

/* The atom with the same contents as s (s itself when it becomes the atom). s must be rooted. */
rh_status atom_intern(rh_agent *agent, rh_string *s, rh_string **out) RH_WUR;
rh_status atom_from_ascii(rh_agent *agent, uint16_t realm_index, const char *text, rh_string **out) RH_WUR;

/* A property key for s: an index key (a number value) for a canonical array index, else an atom. */
rh_status atom_key_from_string(rh_agent *agent, rh_string *s, rh_value *key) RH_WUR;
/* https://tc39.es/ecma262/#sec-topropertykey for a number: an index key or the atom of ToString. */
rh_status atom_key_from_number(rh_agent *agent, uint16_t realm_index, double d, rh_value *key) RH_WUR;

/* Index keys are number values holding an array index. */
static inline bool key_is_index(rh_value key) { return value_is_number(key); }
static inline uint32_t key_index(rh_value key) { return (uint32_t)value_to_double(key); }
static inline rh_value key_from_index(uint32_t index) { return value_from_number((double)index); }

/* The hash the dictionaries use for a key (atom, symbol or index). */
uint32_t key_hash(rh_value key);

void atom_table_remove(rh_atom_table *table, rh_string *atom);
void atom_table_free(rh_agent *agent);
size_t atom_table_bytes(const rh_atom_table *table);

#endif
