/* Dynamic code the host compiles, and function source text the host keeps (dynamic_code.c).
 *
 * Two cold paths into the Python host, both set once per agent:
 * - the function compiler: CreateDynamicFunction (`Function(...)`) hands it the joined parameter
 *   text and the body text; it checks them as the spec says and returns a loaded image whose
 *   top-level code evaluates to the new function (global code, like an indirect eval);
 * - the source text provider: Function.prototype.toString asks it for the text of a function's
 *   source span. The host keeps one source string per compiled script (shared by every realm), so
 *   no realm pays for source text it never prints.
 * Declared to cffi in native/cdef/31_dynamic_code.h. */
#ifndef RH_DYNAMIC_CODE_H
#define RH_DYNAMIC_CODE_H

#include <stddef.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_code.h"
#include "rh_status.h"

/* Compiles a dynamic function (UTF-8, surrogatepass); NULL with a pending SyntaxError or oom set.
 * kind is 0 for a normal function (the only kind so far). */
typedef rh_loaded_image *(*rh_function_compiler)(void *data, rh_agent *agent, const char *parameters,
                                                 size_t parameters_size, const char *body, size_t body_size,
                                                 int kind);
/* Writes the text of [start, end) (code points) of image's source through
 * rh_source_text_result(sink, ...) and returns 1, or returns 0 when the host has no source for it. */
typedef int (*rh_source_text_fn)(void *data, const rh_loaded_image *image, uint32_t start, uint32_t end,
                                 void *sink);

void rh_agent_set_dynamic_code(rh_agent *agent, rh_function_compiler compiler, rh_source_text_fn source_text,
                               void *data);
/* The provider's answer (UTF-8, surrogatepass), copied into a string of the asking realm. */
void rh_source_text_result(void *sink, const char *utf8, size_t size);

/* https://tc39.es/ecma262/#sec-createdynamicfunction for kind normal, in the running realm:
 * args are the constructor's arguments (parameters..., body), rooted by the caller. */
rh_status dyn_create_dynamic_function_rjs(rh_agent *agent, rh_value new_target, const rh_value *args, uint32_t argc,
                                          rh_value *result) RH_WUR;
/* The source text of a function made from source, or *found = false (no provider, no source, or
 * self-hosted code) so that the caller prints the NativeFunction form. */
rh_status dyn_function_source_text(rh_agent *agent, const rh_unlinked *unlinked, bool *found, rh_value *out) RH_WUR;

#endif
