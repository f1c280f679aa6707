/* String exotic objects: https://tc39.es/ecma262/#sec-string-exotic-objects (builtins_string_exotic.c).
 *
 * A String object is an RH_OBJ_PRIMITIVE object wrapping a flat string plus its ordinary own
 * "length". Its code-unit properties are not stored: [[GetOwnProperty]], [[DefineOwnProperty]]
 * and [[OwnPropertyKeys]] (object_ops.c) answer them from the wrapped string, so `new String(s)`
 * costs one small object whatever the length of s.
 *
 * The property value of index i is a one-unit string. object_ops.c's lookups must not allocate
 * (their callers hold unrooted cells), so the agent keeps every one-unit string a String object
 * can answer with: all 256 Latin-1 ones, made with the first String object, and each wider unit
 * from the moment a String object wrapping it is made (strx_prepare). The table is a root. */
#ifndef RH_STRING_EXOTIC_H
#define RH_STRING_EXOTIC_H

#include <stdbool.h>
#include <stddef.h>

#include "rh_object.h"
#include "rh_string.h"

/* The flat string a String exotic object wraps, or NULL for any other object. */
rh_string *strx_wrapped(const rh_object *o);
/* Makes the one-unit strings of every code unit of flat (rooted by the caller) available to
 * strx_get_own_index. May collect. */
rh_status strx_prepare(rh_agent *agent, rh_string *flat) RH_WUR;
/* https://tc39.es/ecma262/#sec-stringgetownproperty for an index key of String object o:
 * whether index < length, with *desc filled. Never allocates. */
bool strx_get_own_index(rh_agent *agent, rh_object *o, uint32_t index, rh_property_descriptor *desc);
/* Marks the agent's one-unit strings (agent.c's root marking calls this). */
void strx_mark_roots(rh_agent *agent);
/* Frees the table of wide one-unit strings (the cells go with the heap). */
void strx_free(rh_agent *agent);

#endif
