/* Symbols: unique identities with a description. */
#include "rh_agent.h"
#include "rh_symbol.h"

rh_status symbol_new(rh_agent *agent, uint16_t realm_index, rh_value description, rh_symbol **out)
{
    rh_symbol *sym = heap_alloc_cell(agent, realm_index, RH_CELL_SYMBOL, sizeof *sym);
    if (sym == NULL)
        return RH_ERR_OOM;
    sym->description = description;
    /* Weyl sequence: distinct, well spread hashes without looking at addresses. */
    agent->next_symbol_hash += 0x9E3779B9u;
    sym->hash = agent->next_symbol_hash | 1u;
    *out = sym;
    return RH_OK;
}

void symbol_trace(rh_agent *agent, rh_symbol *sym)
{
    heap_mark_value(agent, sym->description);
}
