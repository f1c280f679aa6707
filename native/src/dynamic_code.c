/* Dynamic functions (`Function(...)`) and function source text, both answered by the host
 * (rh_dynamic_code.h). The compiler is Python, so CreateDynamicFunction hands the parameter and
 * body text to the host, which parses and compiles them; the new function is the completion
 * value of the global code it returns. */
#include <stdlib.h>
#include <string.h>

#include "rh_builtins.h"
#include "rh_dynamic_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_interp.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

void rh_agent_set_dynamic_code(rh_agent *agent, rh_function_compiler compiler, rh_source_text_fn source_text,
                               void *data)
{
    agent->function_compiler = (void *)compiler;
    agent->source_text = (void *)source_text;
    agent->dynamic_code_data = data;
}

/* What rh_source_text_result fills for dyn_function_source_text. */
typedef struct source_sink {
    rh_agent *agent;
    rh_realm *realm;
    rh_string *text;
    rh_status status;
} source_sink;

void rh_source_text_result(void *sink, const char *utf8, size_t size)
{
    source_sink *s = sink;
    s->status = str_from_utf8(s->agent, s->realm->index, utf8, size, &s->text);
}

rh_status dyn_function_source_text(rh_agent *agent, const rh_unlinked *unlinked, bool *found, rh_value *out)
{
    rh_source_text_fn provider = (rh_source_text_fn)agent->source_text;
    source_sink sink = {agent, rh_current_realm(agent), NULL, RH_OK};
    *found = false;
    /* Self-hosted builtins are built-in functions: they print as NativeFunction. */
    if (provider == NULL || (unlinked->flags & RH_FN_SELF_HOSTED) != 0 || unlinked->source_end <= unlinked->source_start)
        return RH_OK;
    if (!provider(agent->dynamic_code_data, unlinked->image, unlinked->source_start, unlinked->source_end, &sink))
        return RH_OK;
    if (sink.status != RH_OK)
        return sink.status;
    *found = sink.text != NULL;
    if (*found)
        *out = value_from_string(sink.text);
    return RH_OK;
}

/* Appends the UTF-8 of string s to the malloc'd buffer *text of *size bytes. */
static rh_status append_utf8(rh_agent *agent, rh_value s, char **text, size_t *size)
{
    rh_string *flat;
    rh_value roots[1] = {s};
    rh_root_frame frame;
    rh_status status;
    char *grown;
    heap_enter_frame(agent, &frame, roots, 1);
    status = str_flatten(agent, value_as_string(s), &flat);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    grown = realloc(*text, *size + str_utf8_size(flat) + 1);
    if (grown == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    str_to_utf8(flat, grown + *size);
    *size += str_utf8_size(flat);
    *text = grown;
    return RH_OK;
}

/* Appends "," to the malloc'd buffer *text of *size bytes. */
static rh_status append_comma(rh_agent *agent, char **text, size_t *size)
{
    char *grown = realloc(*text, *size + 2);
    if (grown == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    grown[(*size)++] = ',';
    *text = grown;
    return RH_OK;
}

/* Steps 5-10 of CreateDynamicFunction: P is the ToString of every argument but the last, joined by
 * ","; the body is the ToString of the last (or ""). strings[] receives the ToString results. */
static rh_status parameter_and_body_text_rjs(rh_agent *agent, const rh_value *args, uint32_t argc, rh_value *strings,
                                             char **parameters, size_t *parameters_size, char **body,
                                             size_t *body_size)
{
    rh_status status = RH_OK;
    for (uint32_t i = 0; i < argc && status == RH_OK; i++)
        status = rh_to_string_rjs(agent, args[i], &strings[i]);
    for (uint32_t i = 0; i + 1 < argc && status == RH_OK; i++) {
        if (i > 0)
            status = append_comma(agent, parameters, parameters_size);
        if (status == RH_OK)
            status = append_utf8(agent, strings[i], parameters, parameters_size);
    }
    if (status == RH_OK && argc > 0)
        status = append_utf8(agent, strings[argc - 1], body, body_size);
    return status;
}

/* The host's compiled image for the text; NULL with the status set. */
static rh_status compile_dynamic_function(rh_agent *agent, const char *parameters, size_t parameters_size,
                                          const char *body, size_t body_size, rh_loaded_image **out)
{
    rh_function_compiler compiler = (rh_function_compiler)agent->function_compiler;
    if (compiler == NULL)
        return rh_throw_syntax_error(agent, "Function constructor: this host compiles no dynamic code");
    *out = compiler(agent->dynamic_code_data, agent, parameters ? parameters : "", parameters_size,
                    body ? body : "", body_size, 0);
    if (*out != NULL)
        return RH_OK;
    return agent->has_exception ? RH_THROWN : RH_ERR_OOM;
}

/* Steps 11-32: evaluates the host's global code to the function (closed over the global
 * environment of realm), then gives it proto and the name "anonymous". */
static rh_status instantiate_rjs(rh_agent *agent, rh_realm *realm, rh_loaded_image *image, rh_value new_target,
                                 rh_value *result)
{
    rh_object *closure, *proto;
    rh_value roots[3] = {new_target, RH_UNDEFINED, RH_UNDEFINED}; /* newTarget, F, "anonymous" */
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 3);
    status = func_new_closure(agent, realm, &image->functions[image->root_function], NULL, NULL, &closure);
    if (status == RH_OK) {
        roots[1] = value_from_object(closure);
        status = interp_call_rjs(agent, closure, value_from_object(realm->global), NULL, 0, RH_UNDEFINED,
                                 &roots[1]);
    }
    if (status == RH_OK && !value_is_callable(roots[1]))
        status = rh_throw_type_error(agent, "Function constructor: the compiled code made no function");
    /* 27. GetPrototypeFromConstructor(newTarget, %Function.prototype%). */
    if (status == RH_OK)
        status = builtins_prototype_from_constructor(agent, new_target, RH_INTRINSIC_FunctionPrototype, &proto);
    if (status == RH_OK)
        obj_set_prototype_of(value_as_object(roots[1]), proto);
    /* 31. SetFunctionName(F, "anonymous"): the host compiled it as an anonymous function
     * expression, so that the name binds nothing inside it (the spec's F has no own scope name). */
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "anonymous", &roots[2]);
    if (status == RH_OK)
        status = func_define_value(agent, value_as_object(roots[1]), "name", roots[2], RH_ATTR_CONFIGURABLE);
    if (status == RH_OK)
        *result = roots[1];
    heap_leave_frame(agent, &frame);
    return rh_throw_status(agent, status, "Function constructor");
}

/* https://tc39.es/ecma262/#sec-createdynamicfunction (kind normal) */
rh_status dyn_create_dynamic_function_rjs(rh_agent *agent, rh_value new_target, const rh_value *args, uint32_t argc,
                                          rh_value *result)
{
    rh_realm *realm = rh_current_realm(agent);
    rh_value *strings = calloc(argc + 1, sizeof *strings);
    char *parameters = NULL, *body = NULL;
    size_t parameters_size = 0, body_size = 0;
    rh_loaded_image *image = NULL;
    rh_root_frame frame;
    rh_status status;
    if (strings == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    /* 1. If newTarget is undefined, set newTarget to constructor. */
    if (value_is_undefined(new_target))
        new_target = value_from_object(rh_native_callee(agent));
    strings[argc] = new_target;
    heap_enter_frame(agent, &frame, strings, argc + 1);
    status = parameter_and_body_text_rjs(agent, args, argc, strings, &parameters, &parameters_size, &body, &body_size);
    if (status == RH_OK)
        status = compile_dynamic_function(agent, parameters, parameters_size, body, body_size, &image);
    free(parameters);
    free(body);
    if (status == RH_OK)
        status = instantiate_rjs(agent, realm, image, strings[argc], result);
    heap_leave_frame(agent, &frame);
    free(strings);
    return status;
}
