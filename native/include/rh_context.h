/* Contexts (context.c): the heap environments of closures. A context holds the slots of one
 * scope that needs one (engine/scope: captured bindings), a link to its parent, and for a `with`
 * statement the object whose properties are the bindings. Slots start as the hole (TDZ). */
#ifndef RH_CONTEXT_H
#define RH_CONTEXT_H

#include <stdint.h>

#include "rh_heap.h"
#include "rh_status.h"
#include "rh_value.h"

typedef struct rh_unlinked rh_unlinked;

typedef struct rh_context {
    rh_cell cell;
    struct rh_context *parent;
    rh_object *with_object;    /* an object environment (with), else NULL */
    rh_object *eval_vars;      /* a function's var scope: the bindings sloppy direct eval added, by name (else NULL) */
    const rh_unlinked *fn;     /* function whose scope layout names the slots */
    uint32_t scope;            /* index into fn's scopes */
    uint32_t slot_count;
    rh_value slots[];
} rh_context;

/* A new context of slot_count holes. parent must be rooted. */
rh_status context_new(rh_agent *agent, uint16_t realm_index, rh_context *parent, const rh_unlinked *fn,
                      uint32_t scope, uint32_t slot_count, rh_context **out) RH_WUR;
/* A copy of ctx (CreatePerIterationEnvironment). ctx must be rooted. */
rh_status context_copy(rh_agent *agent, rh_context *ctx, rh_context **out) RH_WUR;
static inline rh_context *context_up(rh_context *ctx, uint32_t depth)
{
    while (depth-- > 0)
        ctx = ctx->parent;
    return ctx;
}
void context_trace(rh_agent *agent, rh_context *ctx);

#endif
