/* Runtime foundations (native/include/rh_agent.h, rh_realm.h): agents, realms, handles, memory. */
typedef uint64_t rh_value;
typedef struct rh_agent rh_agent;
typedef struct rh_realm rh_realm;

typedef struct rh_agent_limits {
    size_t heap_limit_bytes;
    uint32_t max_call_depth;
} rh_agent_limits;

typedef struct rh_memory_report {
    size_t objects;
    size_t strings;
    size_t shapes;
    size_t environments;
    size_t elements;
    size_t metadata;
    size_t builtins;
    size_t other;
    size_t total;
} rh_memory_report;

typedef struct rh_heap_stats {
    uint64_t collections;
    uint64_t cells_allocated;
    uint64_t bytes_allocated;
    uint64_t string_units_copied;
    uint64_t ropes_flattened;
    uint64_t ephemeron_rounds;
    size_t heap_bytes;
    size_t live_bytes_after_gc;
} rh_heap_stats;

rh_agent *rh_agent_new(const rh_agent_limits *limits);
void rh_agent_free(rh_agent *agent);
void rh_agent_gc(rh_agent *agent);
int rh_agent_out_of_memory(rh_agent *agent);
void rh_agent_clear_oom(rh_agent *agent);
void rh_agent_memory(rh_agent *agent, rh_memory_report *out);
void rh_agent_stats(rh_agent *agent, rh_heap_stats *out);

int32_t rh_handle_new(rh_agent *agent, rh_value value);
rh_value rh_handle_get(rh_agent *agent, int32_t handle);
void rh_handle_set(rh_agent *agent, int32_t handle, rh_value value);
void rh_handle_free(rh_agent *agent, int32_t handle);

rh_realm *rh_realm_new(rh_agent *agent);
void rh_realm_free(rh_realm *realm);
void rh_realms_free(rh_realm **realms, size_t count);
void rh_realm_memory(rh_realm *realm, rh_memory_report *out);
rh_value rh_realm_global(rh_realm *realm);
