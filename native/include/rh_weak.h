/* WeakMap and WeakSet: [[WeakMapData]] / [[WeakSetData]] as ephemeron tables owned by the
 * collection (weak_collections.c), and the collector's ephemeron phase over them (gc.c). */
#ifndef RH_WEAK_H
#define RH_WEAK_H

#include <stdbool.h>
#include <stddef.h>

#include "rh_object.h"

typedef struct rh_weak_table rh_weak_table;

/* --- the operations the intrinsics expose (selfhost_ops.c) --- */
bool weak_is(rh_value v, bool set);
/* A new empty WeakMap (or WeakSet) with prototype proto (rooted). */
rh_status weak_create(rh_agent *agent, rh_object *proto, bool set, rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-canbeheldweakly (ES2023): an object, or a symbol that is not in
 * the GlobalSymbolRegistry (well-known symbols are allowed). */
bool weak_can_be_held(rh_agent *agent, rh_value v);
/* Whether w has an entry for key, and its value (false for a key that cannot be held weakly). */
bool weak_get(rh_agent *agent, rh_object *w, rh_value key, rh_value *value);
/* Sets key's entry: key can be held weakly; w, key and value are rooted. */
rh_status weak_put(rh_agent *agent, rh_object *w, rh_value key, rh_value value) RH_WUR;
rh_status weak_delete(rh_agent *agent, rh_object *w, rh_value key, bool *deleted) RH_WUR;

/* --- the collector's side (gc.c) --- */
/* Whether o is a WeakMap or WeakSet (whose table the collector treats as ephemerons). */
bool weak_is_collection(const rh_object *o);
/* Called when the collector traces o (after obj_trace): lists o's table for the ephemeron phase
 * and marks nothing in it. Under heap_verify it checks every key and value instead. */
void weak_trace(rh_agent *agent, rh_object *o);
/* One round of the ephemeron phase: marks the value of every entry whose key is marked (its
 * table is listed, so its collection is marked). True when it marked something: the caller then
 * drains the mark stack and calls it again, until a round marks nothing. */
bool weak_mark_ephemerons(rh_agent *agent);
/* Past the first round: indexes every listed entry whose key is still unmarked by its key, so
 * that tracing a key marks its values at once (weak_key_traced) and the phase ends with one
 * drain, however long a chain of entries is. Entries of tables listed later are indexed as they
 * are listed. If memory for the index runs out, entries are left out of it: the caller's rounds
 * after the drain still reach the fixpoint. */
void weak_begin_key_index(rh_agent *agent);
/* Called for each cell the collector traces while the index exists: marks the values waiting
 * for it as a key. */
void weak_key_traced(rh_agent *agent, const rh_cell *cell);
/* Drops the index (before weak_clear_dead_entries). */
void weak_end_key_index(rh_agent *agent);
/* After marking: removes every entry whose key is unmarked (it dies in this sweep) and empties
 * the list. */
void weak_clear_dead_entries(rh_agent *agent);
/* Frees a dead collection's table. */
void weak_finalize(rh_agent *agent, rh_object *o);
/* Bytes of o's table (charged to o's realm as RH_MEM_OBJECTS). */
size_t weak_buffer_bytes(const rh_object *o);

#endif
