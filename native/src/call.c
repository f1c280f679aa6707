/* Calls from C: native functions, bound functions, and re-entry into the interpreter for
 * bytecode closures (rh_call.h). */
#include "rh_call.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_interp.h"
#include "rh_realm.h"

/* C recursion through native code (a getter calling a getter ...) is bounded separately from
 * JavaScript frames, by this many nested entries. */
#define RH_MAX_NATIVE_DEPTH 400u

static rh_status call_native(rh_agent *agent, rh_object *f, rh_value this_value, const rh_value *args,
                             uint32_t argc, rh_value new_target, rh_value *result)
{
    rh_object *outer_callee = agent->native_callee;
    rh_realm *outer_realm = agent->current_realm;
    rh_realm *realm = func_realm(agent, f);
    rh_status status;
    if (agent->native_depth >= RH_MAX_NATIVE_DEPTH)
        return rh_throw_range_error(agent, "Maximum call stack size exceeded");
    if (realm == NULL)
        return rh_throw_type_error(agent, "the function's realm was closed");
    agent->native_depth++;
    agent->native_callee = f;
    agent->current_realm = realm;
    status = func_data(f)->u.native.fn(agent, this_value, args, argc, new_target, result);
    agent->native_callee = outer_callee;
    agent->current_realm = outer_realm;
    agent->native_depth--;
    return status;
}

/* Bound functions: https://tc39.es/ecma262/#sec-bound-function-exotic-objects-call-thisargument-argumentslist */
static rh_status call_bound(rh_agent *agent, rh_object *f, const rh_value *args, uint32_t argc, bool construct,
                            rh_value new_target, rh_value *result)
{
    rh_function_data *data = func_data(f);
    uint32_t total = data->u.bound.argc + argc;
    rh_value *all;
    rh_root_frame frame;
    rh_status status;
    if (total > 65535)
        return rh_throw_range_error(agent, "too many arguments");
    all = __builtin_alloca((total + 1) * sizeof *all);
    for (uint32_t i = 0; i < data->u.bound.argc; i++)
        all[i] = data->u.bound.args[i];
    for (uint32_t i = 0; i < argc; i++)
        all[data->u.bound.argc + i] = args[i];
    all[total] = value_from_object(f);
    heap_enter_frame(agent, &frame, all, total + 1);
    if (construct) {
        /* 5. If SameValue(F, newTarget), set newTarget to target. */
        if (new_target == value_from_object(f))
            new_target = data->u.bound.target;
        status = rh_construct_rjs(agent, data->u.bound.target, all, total, new_target, result);
    } else {
        status = rh_call_rjs(agent, data->u.bound.target, data->u.bound.bound_this, all, total, result);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status rh_call_rjs(rh_agent *agent, rh_value callee, rh_value this_value, const rh_value *args, uint32_t argc,
                      rh_value *result)
{
    rh_object *f;
    if (!value_is_callable(callee))
        return rh_throw_type_error(agent, "value is not a function");
    f = value_as_object(callee);
    switch (f->kind) {
    case RH_OBJ_NATIVE_FUNCTION:
        return call_native(agent, f, this_value, args, argc, RH_UNDEFINED, result);
    case RH_OBJ_BOUND_FUNCTION:
        return call_bound(agent, f, args, argc, false, RH_UNDEFINED, result);
    default:
        return interp_call_rjs(agent, f, this_value, args, argc, RH_UNDEFINED, result);
    }
}

rh_status rh_construct_rjs(rh_agent *agent, rh_value callee, const rh_value *args, uint32_t argc,
                           rh_value new_target, rh_value *result)
{
    rh_object *f;
    if (!value_is_constructor(callee))
        return rh_throw_type_error(agent, "value is not a constructor");
    f = value_as_object(callee);
    switch (f->kind) {
    case RH_OBJ_NATIVE_FUNCTION:
        return call_native(agent, f, RH_UNDEFINED, args, argc, new_target, result);
    case RH_OBJ_BOUND_FUNCTION:
        return call_bound(agent, f, args, argc, true, new_target, result);
    default:
        return interp_call_rjs(agent, f, RH_HOLE, args, argc, new_target, result);
    }
}
