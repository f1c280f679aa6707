/* Property inline caches (property_ic.c): the PropertyIC metadata entry of a named get or set.
 *
 * A way maps a receiver shape to a slot: in the receiver itself (holder NULL), in its direct
 * prototype (holder is that prototype, whose shape must still be holder_shape), or an array's
 * length (holder RH_IC_ARRAY_LENGTH). The newest way lives inline in the metadata entry, where the
 * interpreter's fast path reads it; older ways move to a small buffer allocated when the site sees
 * a second shape, so the many monomorphic sites of a realm cost 40 bytes each, not the size of
 * every way. Past RH_PROPERTY_IC_WAYS ways the oldest falls off (the site is megamorphic). */
#ifndef RH_PROPERTY_IC_H
#define RH_PROPERTY_IC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_code.h"
#include "rh_object.h"
#include "rh_opcodes.h"

/* Ways a site remembers, the inline one included (engine/bytecode/metadata.py PROPERTY_IC_WAYS). */
#define RH_PROPERTY_IC_WAYS 4

typedef struct rh_ic_way {
    const rh_shape *shape;
    rh_object *holder;
    const rh_shape *holder_shape;
    uint32_t slot;
} rh_ic_way;

/* The older ways of a polymorphic site, newest first. */
struct rh_ic_more {
    uint32_t count;
    rh_ic_way ways[RH_PROPERTY_IC_WAYS - 1];
};

/* The slot holding the property for o and the object it lives in (o or o's prototype), from any
 * way; false on a miss. Array-length ways never match here (the handler answers those). */
bool property_ic_find(const rh_meta_property_ic *ic, rh_object *o, rh_object **holder, uint32_t *slot);
/* Makes (shape, slot, holder) the newest way. The older-ways buffer is charged to block's realm;
 * without memory for it the site just stays monomorphic. Never collects. */
void property_ic_insert(rh_agent *agent, rh_code_block *block, rh_meta_property_ic *ic, const rh_shape *shape,
                        uint32_t slot, rh_object *holder);
/* A fresh entry: no way matches any object, dictionary-mode ones (shape NULL) included. */
void property_ic_clear(rh_meta_property_ic *ic);
void property_ic_trace(rh_agent *agent, const rh_meta_property_ic *ic);
void property_ic_free(rh_agent *agent, uint16_t realm_index, rh_meta_property_ic *ic);
size_t property_ic_buffer_bytes(const rh_meta_property_ic *ic);

#endif
