/* The interpreter (interp.c and the interp_*.c slow paths).
 *
 * Register file: one value stack per agent. A frame's registers sit at base[0 ..
 * register_count); base[-1] is `this` and base[-2 - i] argument i (so a register operand r,
 * signed, is base[r] for every r). Calls from JavaScript to JavaScript push a frame and stay in
 * the same C loop; only calls from C (rh_call_rjs) nest on the C stack. Depth is bounded by the
 * agent's max_call_depth: past it a RangeError is thrown.
 *
 * Everything on the value stack up to the running frame's last register is a root, and so are
 * every frame's callee (if any: a self-hosted helper's frame has none), context, new.target and
 * code block. */
#ifndef RH_INTERP_H
#define RH_INTERP_H

#include <stdbool.h>
#include <stdint.h>

#include "rh_agent.h"
#include "rh_code.h"
#include "rh_context.h"
#include "rh_status.h"
#include "rh_value.h"

#define RH_DEFAULT_BUDGET_QUANTUM 100000
#define RH_VALUE_STACK_SIZE (1u << 20) /* values: 8 MiB of address space, touched as used */

/* frame flags */
#define RH_FRAME_CONSTRUCT 0x01u /* [[Construct]]: a non-object result becomes this */
#define RH_FRAME_ENTRY 0x02u     /* entered from C: returning from it leaves the loop */

typedef struct rh_frame {
    const rh_unlinked *fn;
    rh_code_block *block;
    const uint8_t *pc;         /* the instruction running (saved at calls) */
    const uint8_t *resume;     /* where to continue when the frame this one called returns */
    rh_value *base;            /* registers; base[-1] this, base[-2-i] argument i */
    rh_value *floor;           /* lowest stack value this frame owns (its last argument) */
    rh_context *ctx;
    rh_object *callee;         /* NULL in a self-hosted helper's frame (CallIntrinsic): no object */
    rh_value new_target;
    rh_realm *realm;
    uint32_t argc;             /* arguments passed */
    uint32_t flags;            /* RH_FRAME_* */
} rh_frame;

struct rh_interp_stack {
    rh_value *values;
    rh_value *limit;
    rh_value *top;       /* first free value */
    rh_frame *frames;
    uint32_t frame_capacity;
    uint32_t depth;      /* frames in use */
};

/* Runs the top-level function of image as a classic script in realm. */
rh_status interp_run_script_rjs(rh_agent *agent, rh_realm *realm, rh_loaded_image *image, rh_value *result) RH_WUR;
/* Calls a bytecode closure from C (rh_call_rjs / rh_construct_rjs). */
rh_status interp_call_rjs(rh_agent *agent, rh_object *callee, rh_value this_value, const rh_value *args,
                          uint32_t argc, rh_value new_target, rh_value *result) RH_WUR;
/* The stack frames, innermost first (for error stacks). */
uint32_t interp_frame_count(rh_agent *agent);
const rh_frame *interp_frame(rh_agent *agent, uint32_t from_innermost);

void interp_mark_roots(rh_agent *agent);
void interp_stack_free(rh_agent *agent);
size_t interp_stack_bytes(rh_agent *agent);

#endif
