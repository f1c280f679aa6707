/* The array iterator the language needs for for-of, spread and destructuring over arrays
 * (array_iterator.c): %Array.prototype.values% (also %Array.prototype%[@@iterator]),
 * %ArrayIteratorPrototype%.next and %IteratorPrototype%[@@iterator]. The interpreter steps a
 * pristine array iterator in place, without allocating result objects. */
#ifndef RH_ITERATOR_H
#define RH_ITERATOR_H

#include <stdbool.h>

#include "rh_agent.h"
#include "rh_object.h"
#include "rh_status.h"

/* Array iterator kinds (https://tc39.es/ecma262/#sec-createarrayiterator). */
#define RH_ITERATE_KEYS 0
#define RH_ITERATE_VALUES 1
#define RH_ITERATE_ENTRIES 2

/* https://tc39.es/ecma262/#sec-createarrayiterator: an iterator over target (rooted by the caller). */
rh_status array_iterator_create(rh_agent *agent, rh_object *target, int kind, rh_value *result) RH_WUR;
/* Whether (iterator, next) is an array iterator with the original next method. */
bool array_iterator_is_pristine(rh_agent *agent, rh_value iterator, rh_value next);
/* One step of an array iterator: *done, else *out the next element. */
rh_status array_iterator_step(rh_agent *agent, rh_object *iterator, bool *done, rh_value *out) RH_WUR;

#endif
