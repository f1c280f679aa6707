/* Dynamic functions and function source text (native/include/rh_dynamic_code.h). */
typedef rh_loaded_image *(*rh_function_compiler)(void *data, rh_agent *agent, const char *parameters,
                                                 size_t parameters_size, const char *body, size_t body_size,
                                                 int kind);
typedef int (*rh_source_text_fn)(void *data, const rh_loaded_image *image, uint32_t start, uint32_t end,
                                 void *sink);
void rh_agent_set_dynamic_code(rh_agent *agent, rh_function_compiler compiler, rh_source_text_fn source_text,
                               void *data);
void rh_source_text_result(void *sink, const char *utf8, size_t size);

extern "Python" rh_loaded_image *rh_py_compile_function(void *data, rh_agent *agent, const char *parameters,
                                                        size_t parameters_size, const char *body,
                                                        size_t body_size, int kind);
extern "Python" int rh_py_source_text(void *data, const rh_loaded_image *image, uint32_t start, uint32_t end,
                                      void *sink);
