/* eval: https://tc39.es/ecma262/#sec-performeval. The host compiles the eval code (against the
 * caller's scope chain for a direct eval, which CallEval's scope constant describes); the C side
 * makes a closure of its top-level function over the caller's context and runs it. The var
 * declarations of sloppy direct eval code inside a function go to that function's var-scope
 * context (DeclareBindings, interp_lookup.c). */
#include <stdlib.h>

#include "rh_call.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_host_api.h"
#include "rh_interp.h"
#include "rh_interp_slow.h"
#include "rh_intrinsics.h"
#include "rh_realm.h"
#include "rh_string.h"

/* The loaded image of source compiled as eval code; NULL with an exception pending or oom set. */
static rh_status compile(rh_agent *agent, rh_value source, const rh_frame *caller, uint32_t scope,
                         rh_loaded_image **out)
{
    rh_eval_compiler compiler = (rh_eval_compiler)agent->eval_compiler;
    rh_string *flat;
    rh_value roots[1] = {source};
    rh_root_frame frame;
    char *utf8;
    size_t size;
    rh_status status;
    if (compiler == NULL)
        return rh_throw_syntax_error(agent, "eval is not available in this host");
    heap_enter_frame(agent, &frame, roots, 1);
    status = str_flatten(agent, value_as_string(source), &flat);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    size = str_utf8_size(flat);
    utf8 = malloc(size ? size : 1);
    if (utf8 == NULL)
        return RH_ERR_OOM;
    str_to_utf8(flat, utf8);
    *out = compiler(agent->eval_compiler_data, agent, utf8, size, caller ? caller->fn->image : NULL,
                    caller ? caller->fn->index : 0, scope, caller != NULL,
                    caller != NULL && (caller->fn->flags & RH_FN_STRICT) != 0);
    free(utf8);
    if (*out != NULL) {
        (*out)->is_eval = true;
        return RH_OK;
    }
    if (agent->has_exception)
        return RH_THROWN;
    return RH_ERR_OOM;
}

/* Direct eval code runs in its caller's this-environment (https://tc39.es/ecma262/#sec-performeval):
 * like an arrow, its closure answers super.x, super() and new.target from the caller's nearest
 * non-arrow function (an arrow caller, or eval code calling eval, passes its own on). */
static void share_callers_function(rh_object *closure, const rh_frame *caller)
{
    rh_function_data *data = func_data(closure), *from;
    rh_object *lexical;
    if (caller->callee == NULL || caller->callee->kind != RH_OBJ_FUNCTION)
        return;
    from = func_data(caller->callee);
    lexical = (from->flags & RH_FUNC_ARROW) && from->u.js.lexical_callee != NULL ? from->u.js.lexical_callee
                                                                                : caller->callee;
    data->flags |= RH_FUNC_ARROW;
    data->u.js.lexical_callee = lexical;
    data->u.js.lexical_new_target = caller->new_target;
    data->u.js.home_object = func_data(lexical)->u.js.home_object;
}

/* Runs the eval code's top-level function over env with this (caller: a direct eval's frame). */
static rh_status run_eval_code(rh_agent *agent, rh_realm *realm, rh_loaded_image *image, rh_context *env,
                               rh_value this_value, const rh_frame *caller, rh_value *result)
{
    rh_object *closure;
    rh_value roots[1] = {this_value};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = func_new_script_closure(agent, realm, &image->functions[image->root_function], env, &closure);
    if (status == RH_OK && caller != NULL)
        share_callers_function(closure, caller);
    if (status == RH_OK) {
        roots[0] = value_from_object(closure);
        status = interp_call_rjs(agent, closure, this_value, NULL, 0, RH_UNDEFINED, result);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status interp_direct_eval_rjs(rh_agent *agent, rh_frame *f, uint32_t scope, rh_value source, rh_value *acc)
{
    rh_loaded_image *image;
    rh_status status;
    /* 2. A non-string argument is the result. */
    if (!value_is_string(source)) {
        *acc = source;
        return RH_OK;
    }
    status = compile(agent, source, f, scope, &image);
    if (status != RH_OK)
        return status;
    return run_eval_code(agent, f->realm, image, f->ctx, f->base[-1], f, acc);
}

/* %eval%: https://tc39.es/ecma262/#sec-eval-x, an indirect eval: global code of the callee's realm. */
static rh_status eval_indirect(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                               rh_value new_target, rh_value *result)
{
    rh_value source = rh_arg(args, argc, 0);
    rh_realm *realm = rh_current_realm(agent);
    rh_loaded_image *image;
    rh_status status;
    if (!value_is_string(source)) {
        *result = source;
        return RH_OK;
    }
    status = compile(agent, source, NULL, 0, &image);
    if (status != RH_OK)
        return status;
    return run_eval_code(agent, realm, image, NULL, value_from_object(realm->global), NULL, result);
}

rh_status intrinsic_make_eval(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, eval_indirect, "eval", 1, 0, 0, out);
}
