/* The dispatch loop (rh_interp.h): one handler per opcode, generated dispatch table,
 * computed goto (or a switch with -DRH_SWITCH_DISPATCH). Wide forms share the handlers: a width
 * prefix sets the operand width `w` and dispatches the next opcode; operand reads take w.
 * Handlers keep to their fast path and call the named slow paths of interp_slow.c. */
/* Threaded dispatch wants each handler's indirect jump kept apart: stop GCC from merging the
 * copies (cross-jumping) or hoisting the table load (GCSE), as its manual advises. */
#pragma GCC optimize("no-crossjumping", "no-gcse")

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rh_call.h"
#include "rh_code.h"
#include "rh_context.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_global.h"
#include "rh_interp.h"
#include "rh_interp_slow.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"
#include "rh_string.h"

/* --- the stack --- */

static rh_interp_stack *ensure_stack(rh_agent *agent)
{
    rh_interp_stack *st = agent->stack;
    if (st != NULL)
        return st;
    st = calloc(1, sizeof *st);
    if (st == NULL)
        return NULL;
    st->values = malloc(RH_VALUE_STACK_SIZE * sizeof *st->values);
    st->frame_capacity = agent->limits.max_call_depth + 1;
    st->frames = malloc(st->frame_capacity * sizeof *st->frames);
    if (st->values == NULL || st->frames == NULL) {
        free(st->values);
        free(st->frames);
        free(st);
        return NULL;
    }
    st->top = st->values;
    st->limit = st->values + RH_VALUE_STACK_SIZE;
    agent->stack = st;
    return st;
}

void interp_stack_free(rh_agent *agent)
{
    rh_interp_stack *st = agent->stack;
    if (st == NULL)
        return;
    free(st->values);
    free(st->frames);
    free(st);
    agent->stack = NULL;
}

size_t interp_stack_bytes(rh_agent *agent)
{
    /* Address space reserved; the pages the OS maps are those touched. */
    return agent->stack ? sizeof *agent->stack : 0;
}

void interp_mark_roots(rh_agent *agent)
{
    rh_interp_stack *st = agent->stack;
    if (st == NULL)
        return;
    for (rh_value *v = st->values; v < st->top; v++)
        heap_mark_value(agent, *v);
    for (uint32_t i = 0; i < st->depth; i++) {
        rh_frame *f = &st->frames[i];
        heap_mark_value(agent, f->new_target);
        if (f->ctx != NULL)
            heap_mark_cell(agent, &f->ctx->cell);
        if (f->callee != NULL)
            heap_mark_cell(agent, &f->callee->cell);
        if (f->block != NULL)
            heap_mark_cell(agent, &f->block->cell);
    }
}

uint32_t interp_frame_count(rh_agent *agent)
{
    return agent->stack ? agent->stack->depth : 0;
}

const rh_frame *interp_frame(rh_agent *agent, uint32_t from_innermost)
{
    return &agent->stack->frames[agent->stack->depth - 1 - from_innermost];
}

/* --- frames --- */

/* https://tc39.es/ecma262/#sec-ordinarycallbindthis: sloppy functions see an object this. */
static rh_status bind_this(rh_agent *agent, rh_realm *realm, const rh_unlinked *fn, rh_value *this_value)
{
    rh_object *o;
    rh_status status;
    if ((fn->flags & (RH_FN_STRICT | RH_FN_ARROW)) || value_is_object(*this_value) || *this_value == RH_HOLE)
        return RH_OK;
    if (value_is_nullish(*this_value)) {
        *this_value = value_from_object(realm->global);
        return RH_OK;
    }
    status = rh_to_object(agent, *this_value, &o);
    if (status == RH_OK)
        *this_value = value_from_object(o);
    return status;
}

/* Lays out a frame for fn above the stack's top: the arguments (missing ones undefined), this,
 * then fn's registers, all undefined. The caller has checked the room; args may point into the
 * caller's registers. The frame's closure fields are the caller's to fill. */
static inline __attribute__((always_inline)) rh_frame *lay_out_frame(rh_interp_stack *st, const rh_unlinked *fn,
                                                                    rh_code_block *block, rh_value this_value,
                                                                    const rh_value *args, uint32_t argc)
{
    uint32_t slots = argc > fn->parameter_count ? argc : fn->parameter_count;
    rh_value *base = st->top + slots + 1;
    rh_frame *frame;
    for (uint32_t i = 0; i < argc; i++)
        base[-2 - (int32_t)i] = args[i];
    for (uint32_t i = argc; i < slots; i++)
        base[-2 - (int32_t)i] = RH_UNDEFINED;
    base[-1] = this_value;
    for (uint32_t i = 0; i < fn->register_count; i++)
        base[i] = RH_UNDEFINED;
    frame = &st->frames[st->depth];
    frame->fn = fn;
    frame->block = block;
    frame->pc = fn->code;
    frame->base = base;
    frame->floor = st->top;
    frame->argc = argc;
    st->top = base + fn->register_count;
    st->depth++;
    return frame;
}

/* Whether a frame for fn with argc arguments fits the stack (frames and values). */
static inline bool frame_fits(rh_agent *agent, const rh_interp_stack *st, const rh_unlinked *fn, uint32_t argc)
{
    uint32_t slots = argc > fn->parameter_count ? argc : fn->parameter_count;
    return st->depth < agent->limits.max_call_depth && st->top + slots + 1 + fn->register_count <= st->limit;
}

/* Pushes a frame for closure f: links its code in its realm on first call, lays out this and
 * the arguments below the new registers. args may point into the caller's registers. */
static inline __attribute__((always_inline)) rh_status push_frame(rh_agent *agent, rh_interp_stack *st, rh_object *f,
                                                                  rh_value this_value,
                            const rh_value *args, uint32_t argc, rh_value new_target, uint32_t flags)
{
    rh_function_data *data = func_data(f);
    const rh_unlinked *fn = data->u.js.unlinked;
    rh_realm *realm = agent->realms[f->cell.realm_index]; /* index 0 (closed realm) holds NULL */
    rh_frame *frame;
    rh_status status;
    if (realm == NULL)
        return rh_throw_type_error(agent, "the function's realm was closed");
    if (!frame_fits(agent, st, fn, argc))
        return rh_throw_range_error(agent, "Maximum call stack size exceeded");
    if (data->u.js.block == NULL) {
        status = link_code_block(agent, realm, fn, &data->u.js.block);
        if (status != RH_OK)
            return status;
    }
    frame = lay_out_frame(st, fn, data->u.js.block, this_value, args, argc);
    frame->ctx = data->u.js.env;
    frame->callee = f;
    frame->new_target = (data->flags & RH_FUNC_ARROW) ? data->u.js.lexical_new_target : new_target;
    frame->realm = realm;
    frame->flags = flags;
    /* A sloppy function's this becomes an object only if something reads it. */
    status = (fn->flags & (RH_FN_STRICT | RH_FN_ARROW)) || !(fn->flags & RH_FN_USES_THIS) || value_is_object(this_value)
                 ? RH_OK
                 : bind_this(agent, realm, fn, &frame->base[-1]);
    if (status == RH_OK && this_value == RH_HOLE && !(data->flags & RH_FUNC_DERIVED))
        status = interp_create_this_rjs(agent, realm, new_target, &frame->base[-1]);
    if (status != RH_OK) {
        st->depth--;
        st->top = frame->floor;
    }
    return status;
}

/* Pushes the frame of library function index called as a private helper (CallIntrinsic) in the
 * caller's realm: straight from the shared unlinked function and the realm's linked block, with
 * no function object. Library code is strict and is never a constructor, an arrow, a method with
 * a home object or sloppy code with arguments.callee, so the frame has no callee, no closure
 * context, this and new.target undefined; the readers of frame->callee check for NULL. */
#define HELPER_FLAGS                                                                                     \
    (RH_FN_STRICT | RH_FN_ARROW | RH_FN_METHOD | RH_FN_CLASS_CONSTRUCTOR | RH_FN_DERIVED_CONSTRUCTOR |      \
     RH_FN_GENERATOR | RH_FN_ASYNC | RH_FN_USES_EVAL)
static inline rh_status push_helper_frame(rh_agent *agent, rh_interp_stack *st, rh_realm *realm, uint32_t index,
                                          const rh_value *args, uint32_t argc)
{
    const rh_unlinked *fn;
    rh_code_block *block;
    rh_frame *frame;
    rh_status status = selfhost_helper_code(agent, realm, index, &fn, &block);
    if (status != RH_OK)
        return status;
    if ((fn->flags & HELPER_FLAGS) != RH_FN_STRICT)
        return rh_throw_type_error(agent, "internal error: self-hosted function %u needs a function object", index);
    if (!frame_fits(agent, st, fn, argc))
        return rh_throw_range_error(agent, "Maximum call stack size exceeded");
    frame = lay_out_frame(st, fn, block, RH_UNDEFINED, args, argc);
    frame->ctx = NULL;
    frame->callee = NULL;
    frame->new_target = RH_UNDEFINED;
    frame->realm = realm;
    frame->flags = 0;
    return RH_OK;
}

/* The value a frame returns: [[Construct]] turns a non-object into this
 * (https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget). */
static rh_status construct_result(rh_agent *agent, rh_frame *f, rh_value *acc)
{
    if (!(f->flags & RH_FRAME_CONSTRUCT) || value_is_object(*acc))
        return RH_OK;
    if (f->callee == NULL) /* a helper frame is never a construct frame */
        return rh_throw_type_error(agent, "internal error: a self-hosted helper frame constructs");
    if ((func_data(f->callee)->flags & RH_FUNC_DERIVED) && !value_is_undefined(*acc))
        return rh_throw_type_error(agent, "Derived constructors may only return object or undefined");
    if (f->base[-1] == RH_HOLE)
        return rh_throw_reference_error(agent, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
    *acc = f->base[-1];
    return RH_OK;
}

/* The handler covering the instruction at pc in f, or NULL. */
static const rh_image_handler *find_handler(const rh_frame *f)
{
    uint32_t offset = (uint32_t)(f->pc - f->fn->code);
    for (uint32_t i = 0; i < f->fn->handler_count; i++) {
        const rh_image_handler *h = &f->fn->handlers[i];
        if (h->start <= offset && offset < h->end)
            return h;
    }
    return NULL;
}

/* Contexts pushed inside the function above its closure's own. */
static uint32_t context_height(const rh_frame *f)
{
    uint32_t n = 0;
    rh_context *env = f->callee != NULL ? func_data(f->callee)->u.js.env : NULL; /* a helper has none */
    for (rh_context *c = f->ctx; c != env && c != NULL; c = c->parent)
        n++;
    return n;
}

static rh_status check_budget(rh_agent *agent)
{
    if (agent->terminate)
        return RH_TERMINATED;
    if (--agent->budget > 0)
        return RH_OK;
    return interp_check_interrupt(agent);
}

/* Whether a[a.length] = v may write the next dense slot of array o in place: an extensible array
 * with a writable length whose prototypes (two levels: %Array.prototype%, %Object.prototype%)
 * hold no elements a setter could hide in. Anything else takes the slow path. */
static inline bool can_append(const rh_object *o)
{
    const rh_object *p = o->proto;
    if (o->kind != RH_OBJ_ARRAY || (o->flags & (RH_OBJ_LENGTH_READONLY | RH_OBJ_EXTENSIBLE)) != RH_OBJ_EXTENSIBLE)
        return false;
    if (p == NULL)
        return true;
    if (p->elements.dense != NULL || p->kind == RH_OBJ_GLOBAL)
        return false;
    p = p->proto;
    return p == NULL || (p->elements.dense == NULL && p->proto == NULL && p->kind != RH_OBJ_GLOBAL);
}

/* ToInt32 of a number value (https://tc39.es/ecma262/#sec-toint32): int32s as they are, doubles in
 * range by truncation (NaN fails the range test), the rest through the general conversion. */
static inline int32_t number_to_int32(rh_value v)
{
    double d;
    if (value_is_int32(v))
        return value_as_int32(v);
    d = value_as_double(v);
    if (d > -2147483649.0 && d < 2147483648.0)
        return (int32_t)d;
    return rh_double_to_int32(d);
}

/* --- operand decoding --- */

static inline int32_t read_signed(const uint8_t *p, unsigned w)
{
    if (w == 1)
        return (int8_t)p[0];
    if (w == 2)
        return (int16_t)(uint16_t)(p[0] | (p[1] << 8));
    return (int32_t)((uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24));
}

static inline uint32_t read_unsigned(const uint8_t *p, unsigned w)
{
    if (w == 1)
        return p[0];
    if (w == 2)
        return (uint32_t)(p[0] | (p[1] << 8));
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

#define S(i) read_signed(ops + (i) * W, W)
#define U(i) read_unsigned(ops + (i) * W, W)
#define R(i) base[S(i)]
#define META(kind, type, i) ((type *)code_meta(f->block, kind, U(i), sizeof(type)))

#include "interp_loop.h"
