/* The agent's atom table: one string per distinct property name, found by content. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_atom.h"
#include "rh_numconv.h"
#include "rh_string.h"
#include "rh_symbol.h"

#define RH_ATOM_TABLE_MIN 64

static bool atom_matches(const rh_string *atom, const rh_string *s, uint32_t hash)
{
    return atom->hash == hash && str_equals_flat(atom, s);
}

static uint32_t find_slot(const rh_atom_table *table, const rh_string *s, uint32_t hash, bool *found)
{
    uint32_t mask = table->capacity - 1, tombstone = UINT32_MAX;
    for (uint32_t i = hash & mask;; i = (i + 1) & mask) {
        rh_string *entry = table->slots[i];
        if (entry == NULL) {
            *found = false;
            return tombstone != UINT32_MAX ? tombstone : i;
        }
        if (entry == RH_ATOM_TOMBSTONE) {
            if (tombstone == UINT32_MAX)
                tombstone = i;
        } else if (atom_matches(entry, s, hash)) {
            *found = true;
            return i;
        }
    }
}

/* Rehashes into a table sized for the live atoms (dropping tombstones). */
static bool rehash(rh_atom_table *table)
{
    uint32_t capacity = RH_ATOM_TABLE_MIN;
    rh_string **old = table->slots;
    uint32_t old_capacity = table->capacity;
    while (capacity < (table->count + 1) * 2)
        capacity *= 2;
    rh_string **slots = calloc(capacity, sizeof *slots);
    if (slots == NULL)
        return false;
    table->slots = slots;
    table->capacity = capacity;
    table->tombstones = 0;
    for (uint32_t i = 0; i < old_capacity; i++) {
        rh_string *atom = old[i];
        if (atom != NULL && atom != RH_ATOM_TOMBSTONE) {
            uint32_t j = atom->hash & (capacity - 1);
            while (slots[j] != NULL)
                j = (j + 1) & (capacity - 1);
            slots[j] = atom;
        }
    }
    free(old);
    return true;
}

rh_status atom_intern(rh_agent *agent, rh_string *s, rh_string **out)
{
    rh_atom_table *table = &agent->atoms;
    rh_status status = str_flatten(agent, s, &s);
    uint32_t hash, slot;
    bool found;
    if (status != RH_OK)
        return status;
    if (s->is_atom) {
        *out = s;
        return RH_OK;
    }
    if ((table->count + table->tombstones + 1) * 4 > table->capacity * 3 && !rehash(table)) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    hash = str_hash(s);
    slot = find_slot(table, s, hash, &found);
    if (found) {
        *out = table->slots[slot];
        return RH_OK;
    }
    if (table->slots[slot] == RH_ATOM_TOMBSTONE)
        table->tombstones--;
    table->slots[slot] = s;
    table->count++;
    s->is_atom = 1;
    *out = s;
    return RH_OK;
}

rh_status atom_from_ascii(rh_agent *agent, uint16_t realm_index, const char *text, rh_string **out)
{
    rh_string *s;
    rh_status status = str_from_latin1(agent, realm_index, (const uint8_t *)text, strlen(text), &s);
    if (status != RH_OK)
        return status;
    /* s is not reachable from any root, but atom_intern allocates only when s is not flat. */
    return atom_intern(agent, s, out);
}

void atom_table_remove(rh_atom_table *table, rh_string *atom)
{
    bool found;
    uint32_t slot = find_slot(table, atom, atom->hash, &found);
    if (found && table->slots[slot] == atom) {
        table->slots[slot] = RH_ATOM_TOMBSTONE;
        table->count--;
        table->tombstones++;
    }
}

void atom_table_free(rh_agent *agent)
{
    free(agent->atoms.slots);
    agent->atoms.slots = NULL;
    agent->atoms.capacity = agent->atoms.count = agent->atoms.tombstones = 0;
}

size_t atom_table_bytes(const rh_atom_table *table)
{
    return table->capacity * sizeof *table->slots;
}

/* https://tc39.es/ecma262/#array-index: the canonical decimal form of an integer below 2^32 - 1. */
static bool parse_array_index(const rh_string *s, uint32_t *index)
{
    uint64_t value = 0;
    if (s->length == 0 || s->length > 10)
        return false;
    if (s->length > 1 && str_unit_at(s, 0) == '0')
        return false;
    for (uint32_t i = 0; i < s->length; i++) {
        uint16_t unit = str_unit_at(s, i);
        if (unit < '0' || unit > '9')
            return false;
        value = value * 10 + (unit - '0');
    }
    if (value > RH_MAX_ARRAY_INDEX)
        return false;
    *index = (uint32_t)value;
    return true;
}

rh_status atom_key_from_string(rh_agent *agent, rh_string *s, rh_value *key)
{
    rh_string *atom;
    rh_status status = str_flatten(agent, s, &s);
    uint32_t index;
    if (status != RH_OK)
        return status;
    if (parse_array_index(s, &index)) {
        *key = key_from_index(index);
        return RH_OK;
    }
    status = atom_intern(agent, s, &atom);
    if (status == RH_OK)
        *key = value_from_string(atom);
    return status;
}

rh_status atom_key_from_number(rh_agent *agent, uint16_t realm_index, double d, rh_value *key)
{
    char text[RH_NUMBER_STRING_MAX];
    rh_string *atom;
    rh_status status;
    if (d >= 0 && d <= RH_MAX_ARRAY_INDEX && d == (double)(uint32_t)d) {
        *key = key_from_index((uint32_t)d); /* -0 lands here too: ToString(-0) is "0" */
        return RH_OK;
    }
    numconv_to_string(d, 10, text);
    status = atom_from_ascii(agent, realm_index, text, &atom);
    if (status == RH_OK)
        *key = value_from_string(atom);
    return status;
}

uint32_t key_hash(rh_value key)
{
    if (value_is_string(key))
        return str_hash(value_as_string(key));
    if (value_is_symbol(key))
        return value_as_symbol(key)->hash;
    uint32_t index = key_index(key);
    return (index * 0x9E3779B1u) ^ (index >> 16);
}
