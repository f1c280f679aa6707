/* Realms: creation with nothing but a global object, exact memory reports, and closing. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_code.h"
#include "rh_heap.h"
#include "rh_intrinsics.h"
#include "rh_object.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_shape.h"

/* A free realm index (1..65535), growing the agent's table if needed; 0 if none. */
static uint16_t claim_realm_index(rh_agent *agent)
{
    uint32_t capacity;
    rh_realm **grown;
    for (uint32_t i = agent->realm_search_from > 1 ? agent->realm_search_from : 1; i < agent->realm_capacity; i++) {
        if (agent->realms[i] == NULL) {
            agent->realm_search_from = i + 1;
            return (uint16_t)i;
        }
    }
    if (agent->realm_capacity > UINT16_MAX)
        return 0;
    capacity = agent->realm_capacity * 2;
    if (capacity > (uint32_t)UINT16_MAX + 1)
        capacity = (uint32_t)UINT16_MAX + 1;
    grown = realloc(agent->realms, capacity * sizeof *grown);
    if (grown == NULL)
        return 0;
    for (uint32_t i = agent->realm_capacity; i < capacity; i++)
        grown[i] = NULL;
    agent->realms = grown;
    uint16_t index = (uint16_t)agent->realm_capacity;
    agent->realm_capacity = capacity;
    agent->realm_search_from = index + 1u;
    return index;
}

rh_realm *rh_realm_new(rh_agent *agent)
{
    rh_realm *realm;
    rh_object *global;
    uint16_t index;
    if (!heap_within_limit(agent, sizeof *realm) || (index = claim_realm_index(agent)) == 0) {
        agent->oom = true;
        return NULL;
    }
    realm = calloc(1, sizeof *realm);
    if (realm == NULL) {
        agent->oom = true;
        return NULL;
    }
    realm->agent = agent;
    realm->index = index;
    realm->intrinsic_being_made = -1;
    agent->realms[index] = realm;
    heap_charge(agent, index, RH_MEM_OTHER, sizeof *realm);
    if (obj_new(agent, realm, RH_OBJ_GLOBAL, NULL, RH_OBJECT_INLINE_SLOTS, &global) != RH_OK) {
        rh_realm_free(realm);
        return NULL;
    }
    realm->global = global;
    realm->global_proto_pending = true;
    return realm;
}

void rh_realm_free(rh_realm *realm)
{
    rh_realms_free(&realm, 1);
}

/* Gives the agent whatever a closing realm still owns after the collection (cells that other
 * realms or handles reach), and frees the realm record. */
static void hand_over_to_agent(rh_agent *agent, rh_realm *realm)
{
    uint16_t index = realm->index;
    heap_discharge(agent, index, RH_MEM_OTHER, sizeof *realm);
    if (agent->current_realm == realm)
        agent->current_realm = NULL;
    for (int c = 0; c < RH_MEM__COUNT; c++) {
        agent->agent_counters[c] += realm->counters[c];
        realm->counters[c] = 0;
    }
    agent->realms[index] = NULL;
    if (index < agent->realm_search_from)
        agent->realm_search_from = index;
    free(realm);
}

void rh_realms_free(rh_realm **realms, size_t count)
{
    rh_agent *agent;
    if (count == 0)
        return;
    agent = realms[0]->agent;
    for (size_t i = 0; i < count; i++) {
        realm_drop_roots(realms[i]);
        realms[i]->closing = true;
    }
    heap_collect(agent);
    for (rh_cell *cell = agent->cells; cell != NULL; cell = cell->gc_next) {
        rh_realm *owner = agent->realms[cell->realm_index];
        if (cell->realm_index != 0 && owner->closing)
            cell->realm_index = 0;
    }
    for (size_t i = 0; i < count; i++)
        hand_over_to_agent(agent, realms[i]);
}

void memory_report_from_counters(const size_t *counters, rh_memory_report *out)
{
    out->objects = counters[RH_MEM_OBJECTS];
    out->strings = counters[RH_MEM_STRINGS];
    out->shapes = counters[RH_MEM_SHAPES];
    out->environments = counters[RH_MEM_ENVIRONMENTS];
    out->elements = counters[RH_MEM_ELEMENTS];
    out->metadata = counters[RH_MEM_METADATA];
    out->builtins = counters[RH_MEM_BUILTINS];
    out->other = counters[RH_MEM_OTHER];
    out->total = 0;
    for (int c = 0; c < RH_MEM__COUNT; c++)
        out->total += counters[c];
}

void rh_realm_memory(rh_realm *realm, rh_memory_report *out)
{
    memory_report_from_counters(realm->counters, out);
}

rh_value rh_realm_global(rh_realm *realm)
{
    return value_from_object(realm->global);
}

void realm_mark_roots(rh_realm *realm)
{
    rh_agent *agent = realm->agent;
    if (realm->global != NULL)
        heap_mark_cell(agent, &realm->global->cell);
    if (realm->lexical_globals != NULL)
        heap_mark_cell(agent, &realm->lexical_globals->cell);
    selfhost_mark_realm(agent, realm);
    if (realm->intrinsics != NULL) {
        for (int i = 0; i < RH_INTRINSIC__COUNT; i++) {
            if (realm->intrinsics[i] != NULL)
                heap_mark_cell(agent, &realm->intrinsics[i]->cell);
        }
    }
    link_mark_code_table(agent, &realm->code);
}

void realm_drop_roots(rh_realm *realm)
{
    rh_agent *agent = realm->agent;
    realm->global = NULL;
    realm->lexical_globals = NULL;
    if (realm->intrinsics != NULL) {
        heap_discharge(agent, realm->index, RH_MEM_BUILTINS, RH_INTRINSIC__COUNT * sizeof *realm->intrinsics);
        free(realm->intrinsics);
        realm->intrinsics = NULL;
    }
    link_free_code_table(agent, realm);
    selfhost_free_realm(agent, realm);
}
