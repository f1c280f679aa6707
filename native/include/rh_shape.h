/* Shapes (hidden classes): the layout of an object's named properties (shape.c).
 *
 * A shape is one node of the agent's tree: (parent, key, attributes, first slot). An object's
 * properties are the keys on the path from its shape to the root, in insertion order.
 * Adding a property follows a cached transition to the child with that (key, attributes), so
 * objects built the same way share one shape and an inline cache compares one pointer.
 * Transitions are weak: a child nothing uses any more is swept and unlinked from its parent.
 *
 * The prototype lives in the object, not in the shape. Reasons: one tree serves every prototype
 * and every realm (a realm whose builtins and literals have the same layout as another's reuses
 * its nodes: the node is charged to the realm whose object first needed it, and a realm's close
 * hands the survivors to the agent); Object.setPrototypeOf and Object.create(p) never fork the
 * tree; and the shape stays a pure layout, which is all an own-property inline cache needs. The
 * price: a cache that walks the prototype chain must also check the prototype pointers it relies on.
 *
 * Only string and symbol keys live in shapes; integer indices live in the object's elements. An
 * accessor property takes two slots (getter, then setter). */
#ifndef RH_SHAPE_H
#define RH_SHAPE_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_heap.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_shape rh_shape;
typedef struct rh_shape_table rh_shape_table;

/* Property attributes. */
#define RH_ATTR_WRITABLE 0x01u
#define RH_ATTR_ENUMERABLE 0x02u
#define RH_ATTR_CONFIGURABLE 0x04u
#define RH_ATTR_ACCESSOR 0x08u
#define RH_ATTR_DEFAULT (RH_ATTR_WRITABLE | RH_ATTR_ENUMERABLE | RH_ATTR_CONFIGURABLE)

/* Past this many properties an object switches to dictionary mode. */
#define RH_SHAPE_MAX_PROPERTIES 64
/* A shape with more properties than this gets a lazily built hash table for lookups. */
#define RH_SHAPE_LINEAR_LOOKUP_MAX 8

struct rh_shape {
    rh_cell cell;
    rh_shape *parent;            /* NULL for a root */
    rh_value key;                /* atom or symbol; undefined for a root */
    uint32_t slot;               /* first slot of this node's property */
    uint32_t slot_count;         /* slots used by the whole path */
    uint32_t property_count;     /* properties on the whole path */
    uint8_t attrs;               /* RH_ATTR_* of this node's property */
    uint8_t pad[3];
    rh_shape *transition;        /* the only child, while there is one */
    rh_shape_table *transitions; /* all children, once there are two or more */
    rh_shape_table *lookup;      /* key -> node on the path, built lazily */
};

/* The agent's empty root shape (made by rh_agent_new, charged to the agent); NULL only if that failed. */
rh_shape *shape_root(rh_agent *agent) RH_WUR;

/* The child of shape adding (key, attrs): the cached transition or a new node. shape must be
 * reachable from a root (e.g. through an object the caller rooted). */
rh_status shape_add(rh_agent *agent, uint16_t realm_index, rh_shape *shape, rh_value key, uint8_t attrs,
                    rh_shape **out) RH_WUR;

/* The node on shape's path that holds key, or NULL. Never allocates in a way that collects. */
rh_shape *shape_lookup(rh_agent *agent, rh_shape *shape, rh_value key);

/* For inline caches: the slot and attributes of key in shape. */
bool shape_find_slot(rh_agent *agent, rh_shape *shape, rh_value key, uint32_t *slot, uint8_t *attrs);

/* Fills out[0..property_count) with the path's nodes, oldest first. */
void shape_path(rh_shape *shape, rh_shape **out);

void shape_trace(rh_agent *agent, rh_shape *shape);
/* Called by the sweeper for a dying shape, before anything older is freed. */
void shape_finalize(rh_agent *agent, rh_shape *shape);
size_t shape_buffer_bytes(const rh_shape *shape);

#endif
