/* String exotic objects: https://tc39.es/ecma262/#sec-string-exotic-objects (rh_string_exotic.h).
 * The code units are answered from the wrapped string, never copied into the object. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_heap.h"
#include "rh_string_exotic.h"

#define RH_LATIN1_UNITS 256u
#define RH_UNIT_PAGE 256u /* wide units are kept in pages of this many, made as needed */

rh_string *strx_wrapped(const rh_object *o)
{
    rh_value v;
    if (o->kind != RH_OBJ_PRIMITIVE || o->internal_count < 1)
        return NULL;
    v = obj_internals((rh_object *)o)[0];
    return value_is_string(v) ? value_as_string(v) : NULL;
}

/* The slot of unit's one-unit string, or NULL when its page does not exist. */
static rh_value *unit_slot(rh_agent *agent, uint16_t unit)
{
    rh_value *page;
    if (unit < RH_LATIN1_UNITS)
        return &agent->latin1_unit_strings[unit];
    page = agent->wide_unit_pages[unit / RH_UNIT_PAGE];
    return page != NULL ? &page[unit % RH_UNIT_PAGE] : NULL;
}

/* The cached one-unit string of unit, or NULL. */
static rh_string *cached_unit(rh_agent *agent, uint16_t unit)
{
    rh_value *slot = unit_slot(agent, unit);
    return slot != NULL && value_is_string(*slot) ? value_as_string(*slot) : NULL;
}

/* Makes and keeps the one-unit string of unit. The string is charged to the agent (realm 0):
 * every realm shares it. NON-SPEC accounting: the page tables (2 KB per 256 wide units used) are
 * malloc'd outside the heap counters, like the agent's other tables. */
static rh_status make_unit(rh_agent *agent, uint16_t unit)
{
    rh_string *s;
    rh_status status;
    rh_value **page = &agent->wide_unit_pages[unit / RH_UNIT_PAGE];
    if (cached_unit(agent, unit) != NULL)
        return RH_OK;
    if (unit >= RH_LATIN1_UNITS && *page == NULL) {
        *page = calloc(RH_UNIT_PAGE, sizeof **page);
        if (*page == NULL) {
            agent->oom = true;
            return RH_ERR_OOM;
        }
    }
    status = str_from_utf16(agent, 0, &unit, 1, &s);
    if (status == RH_OK)
        *unit_slot(agent, unit) = value_from_string(s);
    return status;
}

rh_status strx_prepare(rh_agent *agent, rh_string *flat)
{
    rh_status status = RH_OK;
    /* All of Latin-1 at once, the first time: then a Latin-1 string needs no scan at all. */
    if (cached_unit(agent, RH_LATIN1_UNITS - 1) == NULL) {
        for (uint32_t unit = 0; unit < RH_LATIN1_UNITS && status == RH_OK; unit++)
            status = make_unit(agent, (uint16_t)unit);
    }
    if (!flat->wide)
        return status;
    for (uint32_t i = 0; i < flat->length && status == RH_OK; i++)
        status = make_unit(agent, str_unit_at(flat, i));
    return status;
}

bool strx_get_own_index(rh_agent *agent, rh_object *o, uint32_t index, rh_property_descriptor *desc)
{
    rh_string *s = strx_wrapped(o);
    rh_string *unit;
    /* 10-11. An index past the end is not a string property. */
    if (s == NULL || index >= s->length)
        return false;
    unit = cached_unit(agent, str_unit_at(s, index));
    if (unit == NULL) /* strx_prepare ran when the object was made: only a broken invariant ends here */
        return false;
    /* 12-13. { [[Value]]: resultStr, [[Writable]]: false, [[Enumerable]]: true, [[Configurable]]: false } */
    desc->value = value_from_string(unit);
    desc->getter = desc->setter = RH_UNDEFINED;
    desc->fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE;
    desc->attrs = RH_ATTR_ENUMERABLE;
    return true;
}

void strx_mark_roots(rh_agent *agent)
{
    for (uint32_t unit = 0; unit < RH_LATIN1_UNITS; unit++)
        heap_mark_value(agent, agent->latin1_unit_strings[unit]);
    for (uint32_t p = 0; p < RH_WIDE_UNIT_PAGES; p++) {
        for (uint32_t i = 0; agent->wide_unit_pages[p] != NULL && i < RH_UNIT_PAGE; i++)
            heap_mark_value(agent, agent->wide_unit_pages[p][i]);
    }
}

void strx_free(rh_agent *agent)
{
    for (uint32_t unit = 0; unit < RH_LATIN1_UNITS; unit++)
        agent->latin1_unit_strings[unit] = RH_UNDEFINED;
    for (uint32_t p = 0; p < RH_WIDE_UNIT_PAGES; p++) {
        free(agent->wide_unit_pages[p]);
        agent->wide_unit_pages[p] = NULL;
    }
}
