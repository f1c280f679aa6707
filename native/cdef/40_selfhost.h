/* The self-hosted library (native/include/rh_selfhost.h). */
typedef struct rh_selfhost_entry {
    int32_t holder;
    uint32_t function;
    int32_t kind;
    int32_t symbol;
    const char *key;
} rh_selfhost_entry;

int rh_selfhost_attach(rh_agent *agent, rh_loaded_image *image, const rh_selfhost_entry *entries, uint32_t count);
int rh_selfhost_intrinsic_id(const char *name);
uint32_t rh_selfhost_native_count(void);
size_t rh_selfhost_bytes(rh_agent *agent);

typedef int (*rh_string_transform_fn)(int op, const uint16_t *units, size_t length, void *sink);
void rh_selfhost_set_string_transform(rh_agent *agent, rh_string_transform_fn fn);
void rh_selfhost_transform_result(void *sink, const uint16_t *units, size_t length);
extern "Python" int rh_py_string_transform(int op, const uint16_t *units, size_t length, void *sink);
