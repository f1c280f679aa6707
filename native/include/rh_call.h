/* Calling functions from C (call.c): the entry points native code and the host use.
 * Calls from JavaScript to JavaScript never come through here: the interpreter pushes a frame
 * and stays in its loop, so the C stack does not grow per JavaScript call. These entry points
 * re-enter the interpreter and nest on the C stack, bounded by the agent's call depth. */
#ifndef RH_CALL_H
#define RH_CALL_H

#include <stdint.h>

#include "rh_agent.h"
#include "rh_status.h"
#include "rh_value.h"

/* https://tc39.es/ecma262/#sec-call: callee(this_value, args...). callee, this_value and args
 * must be rooted by the caller. RH_OK with *result, or RH_THROWN / RH_ERR_OOM / RH_TERMINATED.
 * A non-callable callee throws a TypeError. */
rh_status rh_call_rjs(rh_agent *agent, rh_value callee, rh_value this_value, const rh_value *args, uint32_t argc,
                      rh_value *result) RH_WUR;
/* https://tc39.es/ecma262/#sec-construct: new callee(args...) with new_target (usually callee). */
rh_status rh_construct_rjs(rh_agent *agent, rh_value callee, const rh_value *args, uint32_t argc,
                           rh_value new_target, rh_value *result) RH_WUR;

#endif
