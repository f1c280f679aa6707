/* Element storage (elements.c) and Array exotic objects (array.c).
 * https://tc39.es/ecma262/#sec-array-exotic-objects */
#ifndef RH_ARRAY_H
#define RH_ARRAY_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_object.h"

/* Growth policy: a write past the dense capacity grows it by half (at least to the index), unless
 * the index is more than RH_DENSE_MAX_GAP past the capacity and either more than twice it or
 * more than four times the number of present elements: then the elements go sparse, so holes
 * never cost more than about half the storage, and writes at ever-doubling indices (a[2],
 * a[6], a[14], ...) do not grow a mostly empty buffer to the last index. */
#define RH_DENSE_MAX_GAP 1024u

/* --- elements.c: indexed properties of any object --- */
/* Element i as an own property: false if absent. */
bool elements_get_own(rh_object *o, uint32_t index, rh_property_descriptor *desc);
/* Adds or replaces element index with the given complete property; stays dense when it can. */
rh_status elements_put(rh_agent *agent, rh_object *o, uint32_t index, rh_value value, rh_value setter,
                       uint8_t attrs) RH_WUR;
/* Removes element index (the caller checked it is configurable). */
void elements_remove(rh_object *o, uint32_t index);
/* Moves o's elements to sparse storage for good (the interpreter's dense fast paths skip it). */
rh_status elements_make_sparse(rh_agent *agent, rh_object *o) RH_WUR;
/* Number of present elements, and their indices ascending into out (up to capacity). */
rh_status elements_keys(rh_agent *agent, rh_object *o, rh_value *out, size_t capacity, size_t *count) RH_WUR;
/* The present indices >= from, descending, as a malloc'd array the caller frees (NULL on OOM). */
uint32_t *elements_indices_from(rh_agent *agent, rh_object *o, uint32_t from, uint32_t *count);
void elements_trace(rh_agent *agent, rh_object *o);
void elements_free(rh_agent *agent, rh_object *o);
size_t elements_bytes(const rh_object *o);

/* --- array.c --- */
/* https://tc39.es/ecma262/#sec-arraycreate (length 0, proto may be NULL) */
rh_status array_create(rh_agent *agent, rh_realm *realm, rh_object *proto, rh_object **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-arraysetlength steps 3-5 when defining an array's "length" with an
 * object value: ToUint32 and ToNumber each run its valueOf/toString, which [[DefineOwnProperty]]
 * (array_define_own_property) cannot do, so a caller that may run JavaScript converts first and
 * desc->value becomes the number. Does nothing for other objects, keys or values. */
rh_status array_length_value_to_number_rjs(rh_agent *agent, rh_object *o, rh_value key,
                                           rh_property_descriptor *desc) RH_WUR;
/* The same for [[Set]] of an array's own "length" with the array as receiver
 * (https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor 2.d ends in ArraySetLength):
 * *value becomes the number when the length is writable. */
rh_status array_length_set_value_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_value *value) RH_WUR;
/* https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc */
rh_status array_define_own_property(rh_agent *agent, rh_object *a, rh_value key,
                                    const rh_property_descriptor *desc, bool *succeeded) RH_WUR;

#endif
