/* JavaScript functions backed by Python callables (native/include/rh_host_function.h). */
int rh_host_function_new(rh_realm *realm, const char *name, uint32_t length, int32_t id, rh_value *out);
int rh_host_function_throw(rh_agent *agent, rh_value value);
int rh_host_function_throw_type_error(rh_agent *agent, const char *message);

extern "Python+C" int rh_py_host_call(rh_agent *agent, int32_t id, rh_value this_value, const rh_value *args,
                                      uint32_t argc, rh_value *result);
