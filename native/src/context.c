/* Contexts: heap environments of closures (rh_context.h). */
#include <string.h>

#include "rh_agent.h"
#include "rh_context.h"
#include "rh_object.h"

rh_status context_new(rh_agent *agent, uint16_t realm_index, rh_context *parent, const rh_unlinked *fn,
                      uint32_t scope, uint32_t slot_count, rh_context **out)
{
    rh_context *ctx = heap_alloc_cell(agent, realm_index, RH_CELL_CONTEXT,
                                      sizeof(rh_context) + (size_t)slot_count * sizeof(rh_value));
    if (ctx == NULL)
        return RH_ERR_OOM;
    ctx->parent = parent;
    ctx->fn = fn;
    ctx->scope = scope;
    ctx->slot_count = slot_count;
    for (uint32_t i = 0; i < slot_count; i++)
        ctx->slots[i] = RH_HOLE;
    *out = ctx;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-createperiterationenvironment: same bindings, current values. */
rh_status context_copy(rh_agent *agent, rh_context *ctx, rh_context **out)
{
    rh_status status = context_new(agent, ctx->cell.realm_index, ctx->parent, ctx->fn, ctx->scope, ctx->slot_count, out);
    if (status != RH_OK)
        return status;
    (*out)->with_object = ctx->with_object;
    (*out)->eval_vars = ctx->eval_vars;
    memcpy((*out)->slots, ctx->slots, ctx->slot_count * sizeof(rh_value));
    return RH_OK;
}

void context_trace(rh_agent *agent, rh_context *ctx)
{
    if (ctx->parent != NULL)
        heap_mark_cell(agent, &ctx->parent->cell);
    if (ctx->with_object != NULL)
        heap_mark_cell(agent, &ctx->with_object->cell);
    if (ctx->eval_vars != NULL)
        heap_mark_cell(agent, &ctx->eval_vars->cell);
    for (uint32_t i = 0; i < ctx->slot_count; i++)
        heap_mark_value(agent, ctx->slots[i]);
}
