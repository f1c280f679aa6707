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
