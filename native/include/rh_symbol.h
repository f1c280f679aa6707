/* Symbols: unique cells with a description (symbol.c). */
#ifndef RH_SYMBOL_H
#define RH_SYMBOL_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_heap.h"
#include "rh_status.h"
#include "rh_value.h"

struct rh_symbol {
    rh_cell cell;
    rh_value description; /* a string or undefined */
    uint32_t hash;        /* from a per-agent counter: deterministic, independent of addresses */
    uint8_t is_private;   /* a Private Name (#x): a key no reflection ever lists */
};

static inline bool value_is_private_name(rh_value v)
{
    return value_is_symbol(v) && value_as_symbol(v)->is_private;
}

/* description must be rooted. */
rh_status symbol_new(rh_agent *agent, uint16_t realm_index, rh_value description, rh_symbol **out) RH_WUR;
void symbol_trace(rh_agent *agent, rh_symbol *sym);

#endif
