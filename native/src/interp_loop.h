/* The dispatch loop itself, included once by interp.c (kept apart so the frame machinery above
 * reads on its own). Runs until the frame at entry_depth returns. */

#ifdef RH_SWITCH_DISPATCH
#define HANDLER(name) case RH_OP_##name: L_##name:
#define DISPATCH_OP() goto dispatch_switch
#else
#define HANDLER(name) L_##name:
#define DISPATCH_OP() goto *labels[op]
#endif

/* The width of the running instruction's operands: the constant 1 in the narrow copy of the
 * handlers, the variable w (set by a prefix) elsewhere. Only the switch build reads w when narrow. */
#ifdef RH_SWITCH_DISPATCH
#define RESET_WIDTH() (w = 1)
#else
#define RESET_WIDTH() ((void)0)
#endif

/* Each handler ends in its own copy of the dispatch (threaded code: one indirect branch per
 * handler predicts far better than a shared one). */
#define DISPATCH_AT_PC()        \
    do {                        \
        RESET_WIDTH();          \
        op = *pc;               \
        ops = pc + 1;           \
        DISPATCH_OP();          \
    } while (0)
/* Next instruction: n operands of the current width follow ops. */
#define NEXT(n)                 \
    do {                        \
        pc = ops + (n) * W;     \
        DISPATCH_AT_PC();       \
    } while (0)
#define JUMP_BY(offset)         \
    do {                        \
        pc = pc + (offset);     \
        DISPATCH_AT_PC();       \
    } while (0)
/* Runs a slow path; on an exception status, goes to the unwinder. */
#define TRY(expr)                      \
    do {                               \
        status = (expr);               \
        if (status != RH_OK)           \
            goto exception;            \
    } while (0)
/* Before any slow path: the pc for stack traces and handlers, and acc into this loop's rooted
 * slot (a slow path may collect while acc holds the only reference to a value). */
#define SAVE() (f->pc = pc, *acc_root = acc)
#define LOAD_FRAME()                          \
    do {                                      \
        f = &st->frames[st->depth - 1];       \
        base = f->base;                       \
        pc = f->pc;                           \
        agent->current_realm = f->realm;      \
    } while (0)
#define CONST_VALUE(i, out) image_constant_value(agent, f->fn, (i), (out))
#define STRICT() ((f->fn->flags & RH_FN_STRICT) != 0)

static rh_status run(rh_agent *agent, rh_interp_stack *st, uint32_t entry_depth, rh_value *acc_root,
                     rh_value *result)
{
    /* The dispatch tables come from the opcode list: a missing handler is a missing label, which
     * fails the build. */
#define RH_LABEL_ADDRESS(name, ...) &&L_##name,
    static const void *const labels[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(RH_LABEL_ADDRESS)};
#undef RH_LABEL_ADDRESS
#ifndef RH_SWITCH_DISPATCH
#define RH_WIDE_LABEL_ADDRESS(name, ...) &&LW_##name,
    static const void *const wide_labels[RH_OPCODE_COUNT] = {RH_FOR_EACH_OPCODE(RH_WIDE_LABEL_ADDRESS)};
#undef RH_WIDE_LABEL_ADDRESS
#endif
    rh_frame *f;
    rh_value *base;
    const uint8_t *pc;
    const uint8_t *ops;
    unsigned w;
    unsigned op;
    rh_value acc = RH_UNDEFINED;
    rh_status status = RH_OK;
    (void)labels;

    LOAD_FRAME();
dispatch:
    w = 1;
    op = *pc;
    ops = pc + 1;
    DISPATCH_OP();
#ifdef RH_SWITCH_DISPATCH
dispatch_switch:
    switch (op) {
    HANDLER(Wide16) { w = 2; op = pc[1]; ops = pc + 2; DISPATCH_OP(); }
    HANDLER(Wide32) { w = 4; op = pc[1]; ops = pc + 2; DISPATCH_OP(); }
#define W w
#include "interp_handlers.h"
#undef W
    default:
        status = interp_unsupported(agent, op);
        goto exception;
    }
#else
    /* Narrow instructions: operands are single bytes. */
    HANDLER(Wide16) { w = 2; op = pc[1]; ops = pc + 2; goto *wide_labels[op]; }
    HANDLER(Wide32) { w = 4; op = pc[1]; ops = pc + 2; goto *wide_labels[op]; }
#define W 1
#include "interp_handlers.h"
#undef W
    /* Prefixed instructions: the same handlers with W the prefix's width. A prefix never follows
     * a prefix (rh_image_check refuses it), so these two are unreachable. */
#undef HANDLER
#define HANDLER(name) LW_##name:
    HANDLER(Wide16)
    HANDLER(Wide32) { status = interp_unsupported(agent, op); goto exception; }
#define W w
#include "interp_handlers.h"
#undef W
#endif

exception:
    /* A low-level status that stands for a JavaScript error becomes that error here. */
    if (status == RH_ERR_TYPE || status == RH_ERR_RANGE)
        status = rh_throw_status(agent, status, status == RH_ERR_TYPE ? "invalid operation" : "value out of range");
    /* Unwind to the nearest handler; uncatchable statuses unwind everything down to the entry. */
    for (;;) {
        const rh_image_handler *h = (status == RH_THROWN) ? find_handler(f) : NULL;
        if (h != NULL) {
            uint32_t height = context_height(f);
            while (height-- > h->context_depth)
                f->ctx = f->ctx->parent;
            acc = rh_take_exception(agent);
            base[h->reg] = acc;
            pc = f->fn->code + h->handler;
            agent->current_realm = f->realm;
            goto dispatch;
        }
        st->top = f->floor;
        st->depth--;
        if (st->depth == entry_depth)
            return status;
        LOAD_FRAME();
    }
}

#undef HANDLER
#undef DISPATCH_OP
#undef NEXT
#undef JUMP_BY
#undef TRY

/* --- entries from C --- */

rh_status interp_call_rjs(rh_agent *agent, rh_object *callee, rh_value this_value, const rh_value *args,
                          uint32_t argc, rh_value new_target, rh_value *result)
{
    rh_interp_stack *st = ensure_stack(agent);
    rh_realm *outer_realm = agent->current_realm;
    rh_object *outer_native = agent->native_callee;
    rh_value *acc_root;
    uint32_t depth;
    rh_status status;
    if (st == NULL)
        return RH_ERR_OOM;
    if (!value_is_undefined(new_target) && (func_data(callee)->flags & RH_FUNC_CLASS_CONSTRUCTOR) == 0 &&
        !(func_data(callee)->flags & RH_FUNC_CONSTRUCTOR))
        return rh_throw_type_error(agent, "not a constructor");
    if (value_is_undefined(new_target) && (func_data(callee)->flags & RH_FUNC_CLASS_CONSTRUCTOR))
        return rh_throw_type_error(agent, "Class constructor cannot be invoked without 'new'");
    if (agent->native_depth >= 400u)
        return rh_throw_range_error(agent, "Maximum call stack size exceeded");
    if (st->top + 1 > st->limit)
        return rh_throw_range_error(agent, "Maximum call stack size exceeded");
    depth = st->depth;
    agent->native_depth++;
    agent->native_callee = NULL;
    /* One stack slot below the entry frame roots this loop's accumulator. */
    acc_root = st->top++;
    *acc_root = RH_UNDEFINED;
    status = push_frame(agent, st, callee, this_value, args, argc, new_target,
                        RH_FRAME_ENTRY | (value_is_undefined(new_target) ? 0 : RH_FRAME_CONSTRUCT));
    if (status == RH_OK)
        status = run(agent, st, depth, acc_root, result);
    st->top = acc_root;
    agent->native_depth--;
    agent->current_realm = outer_realm;
    agent->native_callee = outer_native;
    return status;
}

rh_status interp_run_script_rjs(rh_agent *agent, rh_realm *realm, rh_loaded_image *image, rh_value *result)
{
    rh_object *closure;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_realm *outer = agent->current_realm;
    rh_status status;
    agent->current_realm = realm;
    status = func_new_script_closure(agent, realm, &image->functions[image->root_function], NULL, &closure);
    if (status == RH_OK) {
        roots[0] = value_from_object(closure);
        heap_enter_frame(agent, &frame, roots, 1);
        status = interp_call_rjs(agent, closure, value_from_object(realm->global), NULL, 0, RH_UNDEFINED, result);
        heap_leave_frame(agent, &frame);
    }
    agent->current_realm = outer;
    return status;
}
