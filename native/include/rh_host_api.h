/* What the Python host calls to run code and exchange values (api.c); declared to cffi in
 * native/cdef/30_interp.h. Every function that runs JavaScript returns an rh_status: RH_OK,
 * RH_THROWN (take the exception with rh_agent_take_exception), RH_ERR_OOM or RH_TERMINATED.
 * Values handed back must be put into handles (rh_handle_new) before the next call. */
#ifndef RH_HOST_API_H
#define RH_HOST_API_H

#include <stddef.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_code.h"

rh_loaded_image *rh_api_load_image(rh_agent *agent, const uint8_t *bytes, size_t length, const char *filename,
                                   int *status);
int rh_api_run_script(rh_realm *realm, rh_loaded_image *image, rh_value *result);
rh_value rh_agent_take_exception(rh_agent *agent);
uint64_t rh_agent_code_block_count(rh_agent *agent);
void rh_agent_set_output(rh_agent *agent, rh_output_fn output, void *data);
void rh_agent_set_interrupt(rh_agent *agent, rh_interrupt_fn interrupt, void *data, int64_t quantum);
void rh_agent_request_terminate(rh_agent *agent, int on);

/* 0 double, 1 int32, 2 boolean, 3 undefined, 4 null, 5 hole, 6 object, 7 string, 8 symbol;
 * 9 a callable object. */
int rh_api_value_kind(rh_value v);
double rh_api_to_double(rh_value v);
rh_value rh_api_from_double(double d);
rh_value rh_api_constant(int which); /* 0 undefined, 1 null, 2 false, 3 true */
/* A new string in realm from UTF-8 (surrogatepass); undefined on OOM. */
rh_value rh_api_string(rh_realm *realm, const char *utf8, size_t size);
/* The UTF-8 (surrogatepass) bytes of a string value: malloc'd into *out, freed by rh_api_free. */
int rh_api_string_utf8(rh_agent *agent, rh_value s, char **out, size_t *size);
void rh_api_free(void *p);

/* Property access and calls from the host, in realm. key may be any value (ToPropertyKey). */
int rh_api_get(rh_realm *realm, rh_value object, rh_value key, rh_value *out);
int rh_api_set(rh_realm *realm, rh_value object, rh_value key, rh_value value);
int rh_api_call(rh_realm *realm, rh_value callee, rh_value this_value, const rh_value *args, uint32_t argc,
                rh_value *out);
/* A new array of object's own enumerable string keys. */
int rh_api_keys(rh_realm *realm, rh_value object, rh_value *out);
/* The ToString of any value (an error's "Name: message" comes from its toString, if any). */
int rh_api_to_string(rh_realm *realm, rh_value v, rh_value *out);

/* The host's compiler for eval code (eval.c calls it): compiles source (UTF-8) as eval code and
 * returns the loaded image, or NULL with a pending exception (a SyntaxError) or the oom flag.
 * caller/scope name the CallEval's function and its scope constant for a direct eval (NULL/0
 * for an indirect one); strict is the caller's strictness. */
typedef rh_loaded_image *(*rh_eval_compiler)(void *data, rh_agent *agent, const char *utf8, size_t size,
                                              const rh_loaded_image *caller_image, uint32_t caller_function,
                                              uint32_t scope_constant, int direct, int strict);
void rh_agent_set_eval_compiler(rh_agent *agent, rh_eval_compiler compiler, void *data);
/* Makes a SyntaxError with message (UTF-8) the pending exception (for the eval compiler). */
void rh_api_throw_syntax_error(rh_agent *agent, const char *message);

#endif
