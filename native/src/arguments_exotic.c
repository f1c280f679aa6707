/* Arguments exotic objects (rh_arguments_exotic.h). [[Get]] and [[Set]] need no code of their
 * own: a mapped index is always an own writable data property, so OrdinaryGet reads it through
 * [[GetOwnProperty]] and OrdinarySet ends in a value-only [[DefineOwnProperty]], which writes
 * the parameter; a Set with another receiver never reaches this object's define, as the spec's
 * [[Set]] (step 1-2: SameValue(args, Receiver)) requires. */
#include "rh_arguments_exotic.h"
#include "rh_agent.h"
#include "rh_array.h"

/* Internal value 0: the context, boxed as a cell so the collector traces it (no script sees it). */
static rh_value context_value(rh_context *ctx) { return RH_CELL_BASE | (uint64_t)(uintptr_t)ctx; }
static rh_context *context_of(const rh_object *o) { return (rh_context *)value_as_cell(obj_internals((rh_object *)o)[0]); }

static bool is_mapped_arguments(const rh_object *o)
{
    return o->kind == RH_OBJ_ARGUMENTS && o->internal_count > 0;
}

bool argx_is_mapped(const rh_object *o, uint32_t index)
{
    return is_mapped_arguments(o) && index + 1u < o->internal_count &&
           value_is_int32(obj_internals((rh_object *)o)[1 + index]);
}

static rh_value *mapped_slot(rh_object *o, uint32_t index)
{
    return &context_of(o)->slots[value_as_int32(obj_internals(o)[1 + index])];
}

rh_status argx_init_map(rh_agent *agent, rh_object *o, rh_context *ctx, const uint32_t *slots, uint32_t count)
{
    obj_internals(o)[0] = context_value(ctx);
    for (uint32_t i = 0; i < count; i++) {
        if (slots[i] != UINT32_MAX && slots[i] < ctx->slot_count)
            obj_internals(o)[1 + i] = value_from_int32((int32_t)slots[i]);
    }
    return elements_make_sparse(agent, o);
}

void argx_refresh_own_index(rh_object *o, uint32_t index, rh_property_descriptor *desc)
{
    if (argx_is_mapped(o, index))
        desc->value = *mapped_slot(o, index);
}

void argx_unmap(rh_object *o, uint32_t index)
{
    if (argx_is_mapped(o, index))
        obj_internals(o)[1 + index] = RH_UNDEFINED;
}

rh_status argx_define_own_index(rh_agent *agent, rh_object *o, rh_value key, const rh_property_descriptor *desc,
                                bool *succeeded)
{
    uint32_t index = key_index(key);
    rh_property_descriptor arg_desc = *desc;
    bool is_data = (desc->fields & (RH_DESC_GET | RH_DESC_SET)) == 0, is_accessor = !is_data;
    rh_status status;
    /* 3-4. A data descriptor making it read-only without a value keeps the current value. */
    if (is_data && !(desc->fields & RH_DESC_VALUE) && (desc->fields & RH_DESC_WRITABLE) &&
        !(desc->attrs & RH_ATTR_WRITABLE)) {
        arg_desc.value = *mapped_slot(o, index);
        arg_desc.fields |= RH_DESC_VALUE;
    }
    /* 5-6. */
    status = obj_ordinary_define_own_property(agent, o, key, &arg_desc, succeeded);
    if (status != RH_OK || !*succeeded)
        return status;
    /* 7. The map follows the define: an accessor ends it, a value goes to the parameter, and
     * read-only ends it after that. */
    if (is_accessor) {
        argx_unmap(o, index);
        return RH_OK;
    }
    if (desc->fields & RH_DESC_VALUE)
        *mapped_slot(o, index) = desc->value;
    if ((desc->fields & RH_DESC_WRITABLE) && !(desc->attrs & RH_ATTR_WRITABLE))
        argx_unmap(o, index);
    return RH_OK;
}
