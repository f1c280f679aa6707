/* Arguments exotic objects: https://tc39.es/ecma262/#sec-arguments-exotic-objects (arguments_exotic.c).
 *
 * A mapped arguments object (a sloppy function with simple parameters) is an RH_OBJ_ARGUMENTS
 * object whose internal values are the function's context, where the parameters live, then
 * per mapped index the context slot it aliases (undefined once the mapping ends): the spec's
 * [[ParameterMap]]. While an index is mapped its stored element is stale and reads answer the
 * slot. Its elements are sparse, so the interpreter's dense fast paths never bypass the map.
 * An unmapped arguments object has no internal values and is ordinary. */
#ifndef RH_ARGUMENTS_EXOTIC_H
#define RH_ARGUMENTS_EXOTIC_H

#include <stdbool.h>

#include "rh_context.h"
#include "rh_object.h"

/* NON-SPEC: the indexes past this one are not mapped (internal values are counted in a byte). */
#define RH_ARGX_MAX_MAPPED 254u

/* Makes o (a fresh RH_OBJ_ARGUMENTS object with 1 + count internal values, its elements
 * stored) map index i to slot slots[i] of ctx (UINT32_MAX: not mapped). May allocate. */
rh_status argx_init_map(rh_agent *agent, rh_object *o, rh_context *ctx, const uint32_t *slots, uint32_t count) RH_WUR;
/* [[GetOwnProperty]] of an index o has as an element: the value comes from the map while mapped. */
void argx_refresh_own_index(rh_object *o, uint32_t index, rh_property_descriptor *desc);
/* Whether index of o is mapped (o any object). */
bool argx_is_mapped(const rh_object *o, uint32_t index);
/* https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc for a mapped index. */
rh_status argx_define_own_index(rh_agent *agent, rh_object *o, rh_value key, const rh_property_descriptor *desc,
                                bool *succeeded) RH_WUR;
/* https://tc39.es/ecma262/#sec-arguments-exotic-objects-delete-p step 4: a deleted index is unmapped. */
void argx_unmap(rh_object *o, uint32_t index);

#endif
