/* Throwing and error objects (error.c).
 *
 * A pending exception lives on the agent (agent->exception, with agent->has_exception); every
 * function that throws sets it and returns RH_THROWN, and the interpreter hands it to the
 * nearest handler. Error objects get an own "stack" string built from the interpreter's frames
 * and the position tables: "    at name (file:line:column)" per frame. */
#ifndef RH_ERROR_H
#define RH_ERROR_H

#include "rh_agent.h"
#include "rh_intrinsics.h"
#include "rh_status.h"
#include "rh_value.h"

/* Makes value the pending exception; always returns RH_THROWN. */
rh_status rh_throw(rh_agent *agent, rh_value value);
/* A new error from %<proto>% of the current realm with a printf-formatted message, thrown. */
rh_status rh_throw_error(rh_agent *agent, rh_intrinsic_id proto, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
rh_status rh_throw_type_error(rh_agent *agent, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
rh_status rh_throw_range_error(rh_agent *agent, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
rh_status rh_throw_reference_error(rh_agent *agent, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
rh_status rh_throw_syntax_error(rh_agent *agent, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Turns a low-level status into the JavaScript exception it stands for: RH_ERR_RANGE throws a
 * RangeError, RH_ERR_TYPE a TypeError; RH_OK, RH_THROWN, RH_ERR_OOM, RH_TERMINATED pass through. */
rh_status rh_throw_status(rh_agent *agent, rh_status status, const char *what);

/* A new error object (not thrown) with proto %<proto>% of realm, message (a string value or
 * undefined) and a "stack" property. message must be rooted. */
rh_status error_create(rh_agent *agent, rh_realm *realm, rh_intrinsic_id proto, rh_value message,
                       rh_object **out) RH_WUR;
/* Defines o.stack from the current interpreter frames (for Error constructors). */
rh_status error_capture_stack(rh_agent *agent, rh_object *o) RH_WUR;

/* Takes the pending exception (undefined if none) and clears it. */
rh_value rh_take_exception(rh_agent *agent);

#endif
