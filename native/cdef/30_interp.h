/* Running code and exchanging values with the host (native/include/rh_host_api.h). */
typedef struct rh_loaded_image rh_loaded_image;
typedef void (*rh_output_fn)(void *data, const char *utf8, size_t size);
typedef int (*rh_interrupt_fn)(void *data);

rh_loaded_image *rh_api_load_image(rh_agent *agent, const uint8_t *bytes, size_t length, const char *filename,
                                   int *status);
int rh_api_run_script(rh_realm *realm, rh_loaded_image *image, rh_value *result);
rh_value rh_agent_take_exception(rh_agent *agent);
uint64_t rh_agent_code_block_count(rh_agent *agent);
void rh_agent_set_output(rh_agent *agent, rh_output_fn output, void *data);
void rh_agent_set_interrupt(rh_agent *agent, rh_interrupt_fn interrupt, void *data, int64_t quantum);
void rh_agent_request_terminate(rh_agent *agent, int on);

int rh_api_value_kind(rh_value v);
double rh_api_to_double(rh_value v);
rh_value rh_api_from_double(double d);
rh_value rh_api_constant(int which);
rh_value rh_api_string(rh_realm *realm, const char *utf8, size_t size);
int rh_api_string_utf8(rh_agent *agent, rh_value s, char **out, size_t *size);
void rh_api_free(void *p);

int rh_api_get(rh_realm *realm, rh_value object, rh_value key, rh_value *out);
int rh_api_set(rh_realm *realm, rh_value object, rh_value key, rh_value value);
int rh_api_call(rh_realm *realm, rh_value callee, rh_value this_value, const rh_value *args, uint32_t argc,
                rh_value *out);
int rh_api_keys(rh_realm *realm, rh_value object, rh_value *out);
int rh_api_to_string(rh_realm *realm, rh_value v, rh_value *out);

typedef rh_loaded_image *(*rh_eval_compiler)(void *data, rh_agent *agent, const char *utf8, size_t size,
                                              const rh_loaded_image *caller_image, uint32_t caller_function,
                                              uint32_t scope_constant, int direct, int strict);
void rh_agent_set_eval_compiler(rh_agent *agent, rh_eval_compiler compiler, void *data);
void rh_api_throw_syntax_error(rh_agent *agent, const char *message);

extern "Python" rh_loaded_image *rh_py_eval_compile(void *data, rh_agent *agent, const char *utf8, size_t size,
                                                   const rh_loaded_image *caller_image, uint32_t caller_function,
                                                   uint32_t scope_constant, int direct, int strict);
extern "Python" void rh_py_output(void *data, const char *utf8, size_t size);
extern "Python" int rh_py_interrupt(void *data);
