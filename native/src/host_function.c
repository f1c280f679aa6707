/* Host functions: native function objects that call back into the host (rh_host_function.h). */
#include "rh_error.h"
#include "rh_function.h"
#include "rh_host_function.h"
#include "rh_status.h"

/* The one C entry of every host function: its magic number says which host callable to run. */
static rh_status host_function_call(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                                    rh_value new_target, rh_value *result)
{
    int32_t id = func_native_magic(rh_native_callee(agent));
    int status;
    (void)new_target; /* host functions are not constructors: `new` throws before reaching here */
    *result = RH_UNDEFINED;
    status = rh_py_host_call(agent, id, this_value, args, argc, result);
    switch (status) {
    case RH_OK:
    case RH_THROWN:
    case RH_ERR_OOM:
    case RH_TERMINATED:
        return (rh_status)status;
    default: /* a host that returns anything else has a bug: report it as a JavaScript error */
        return rh_throw_type_error(agent, "host function returned an invalid status %d", status);
    }
}

int rh_host_function_new(rh_realm *realm, const char *name, uint32_t length, int32_t id, rh_value *out)
{
    rh_object *function;
    rh_status status = func_new_native_ascii(realm->agent, realm, host_function_call, name, length, 0, id, &function);
    *out = status == RH_OK ? value_from_object(function) : RH_UNDEFINED;
    return (int)status;
}

int rh_host_function_throw(rh_agent *agent, rh_value value)
{
    return (int)rh_throw(agent, value);
}

int rh_host_function_throw_type_error(rh_agent *agent, const char *message)
{
    return (int)rh_throw_type_error(agent, "%s", message);
}
