/* JavaScript functions backed by host (Python) callables (host_function.c); declared to cffi in
 * native/cdef/50_host_function.h and used by realm_host/host_functions.py.
 *
 * A host function is an ordinary native function object (rh_function.h) whose magic number is an
 * id the host chose. Calling it calls the cffi callback rh_py_host_call with that id, the
 * receiver and the arguments (rooted by the caller for the duration of the call). The callback
 * returns an rh_status: RH_OK with *result set, or RH_THROWN after it made an exception pending
 * with rh_host_function_throw / rh_host_function_throw_type_error. Host functions are cold paths
 * (test262's $262.evalScript, embedder hooks): each call crosses into Python. */
#ifndef RH_HOST_FUNCTION_H
#define RH_HOST_FUNCTION_H

#include <stdint.h>

#include "rh_agent.h"
#include "rh_realm.h"
#include "rh_value.h"

/* A new function object in realm named name (ASCII) with the given "length"; calling it calls
 * the host's callable number id. Returns an rh_status; *out is unrooted: put it in a handle. */
int rh_host_function_new(rh_realm *realm, const char *name, uint32_t length, int32_t id, rh_value *out);
/* Makes value the agent's pending exception; returns RH_THROWN for the callback to return. */
int rh_host_function_throw(rh_agent *agent, rh_value value);
/* Makes a new TypeError of the running function's realm (message: UTF-8) pending; RH_THROWN. */
int rh_host_function_throw_type_error(rh_agent *agent, const char *message);

/* The callback, defined in Python (cffi extern "Python+C"). */
extern int rh_py_host_call(rh_agent *agent, int32_t id, rh_value this_value, const rh_value *args, uint32_t argc,
                           rh_value *result);

#endif
