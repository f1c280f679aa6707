/* Names resolved at run time (rh_interp_slow.h): inside `with` bodies and past scopes a sloppy
 * direct eval may add to. https://tc39.es/ecma262/#sec-getidentifierreference walked over the
 * context chain: an object environment (with) answers when its object has the name (and
 * @@unscopables does not block it); a declarative context answers when its scope layout names a
 * slot so, or sloppy direct eval code added it (the context's eval_vars); past the chain, the global
 * environment. */
#include <string.h>

#include "rh_atom.h"
#include "rh_call.h"
#include "rh_code.h"
#include "rh_context.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_global.h"
#include "rh_interp_slow.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))

/* Where a name was found: a with object, a context slot, a binding eval code added to a function's
 * var scope (eval_vars: that context's table), or nowhere (the global environment). */
typedef struct lookup_result {
    rh_object *with_object;
    rh_context *ctx;
    uint32_t slot;
    rh_object *eval_vars;
} lookup_result;

/* https://tc39.es/ecma262/#sec-object-environment-records-hasbinding-n */
static rh_status with_has_binding(rh_agent *agent, rh_object *o, rh_value name, bool *out)
{
    rh_value roots[2] = {value_from_object(o), name};
    rh_root_frame frame;
    rh_value unscopables, blocked;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_has_property(agent, o, name, out);
    if (status == RH_OK && *out) {
        unscopables = rh_well_known_symbol(agent, RH_SYMBOL_unscopables);
        status = unscopables == RH_UNDEFINED ? RH_ERR_OOM : rh_object_get_rjs(agent, o, unscopables, roots[0], &unscopables);
        if (status == RH_OK && value_is_object(unscopables)) {
            status = rh_get_rjs(agent, unscopables, name, &blocked);
            if (status == RH_OK && rh_to_boolean(blocked))
                *out = false;
        }
    }
    heap_leave_frame(agent, &frame);
    return status;
}

static bool context_slot_named(rh_agent *agent, rh_context *ctx, rh_value name, uint32_t *slot)
{
    for (uint32_t i = 0; i < ctx->slot_count && ctx->fn != NULL; i++) {
        rh_value slot_name;
        if (image_string(agent, ctx->fn->image, image_scope_slot_name(ctx->fn, ctx->scope, i), &slot_name) == RH_OK &&
            slot_name == name) {
            *slot = i;
            return true;
        }
    }
    return false;
}

static bool eval_var_named(rh_agent *agent, rh_context *ctx, rh_value name)
{
    rh_property_descriptor desc;
    return ctx->eval_vars != NULL && obj_get_own_property(agent, ctx->eval_vars, name, &desc);
}

/* EvalDeclarationInstantiation for a var or function name of sloppy direct eval code whose
 * variable environment is a function's (var_env, a declarative record): unless the record
 * has the binding, CreateMutableBinding(name, true) (deletable) and initialise it to undefined.
 * https://tc39.es/ecma262/#sec-evaldeclarationinstantiation steps 10.a.i and 11.a.i
 * var_env must be rooted (it is on the running frame's chain). */
rh_status interp_declare_eval_var_rjs(rh_agent *agent, rh_realm *realm, rh_context *var_env, rh_value name)
{
    rh_value roots[1] = {name};
    rh_root_frame frame;
    rh_status status = RH_OK;
    uint32_t slot;
    if (context_slot_named(agent, var_env, name, &slot) || eval_var_named(agent, var_env, name))
        return RH_OK;
    ENTER_ROOTS(agent, frame, roots);
    /* a table no script can reach: no prototype, so only its own names answer */
    if (var_env->eval_vars == NULL)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, NULL, 0, &var_env->eval_vars);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, var_env->eval_vars, name, RH_UNDEFINED, RH_ATTR_DEFAULT);
    heap_leave_frame(agent, &frame);
    return status;
}

/* skip_with: only the declarative contexts and the global environment answer (a reference that
 * was resolved to neither a with object earlier). */
static rh_status resolve_from(rh_agent *agent, rh_frame *f, rh_value name, bool skip_with, lookup_result *out)
{
    memset(out, 0, sizeof *out);
    for (rh_context *ctx = f->ctx; ctx != NULL; ctx = ctx->parent) {
        if (ctx->with_object != NULL && skip_with) {
            continue;
        } else if (ctx->with_object != NULL) {
            bool found;
            rh_status status = with_has_binding(agent, ctx->with_object, name, &found);
            if (status != RH_OK)
                return status;
            if (found) {
                out->with_object = ctx->with_object;
                return RH_OK;
            }
        } else if (context_slot_named(agent, ctx, name, &out->slot)) {
            out->ctx = ctx;
            return RH_OK;
        } else if (eval_var_named(agent, ctx, name)) {
            out->eval_vars = ctx->eval_vars;
            return RH_OK;
        }
    }
    return RH_OK;
}

static rh_status resolve(rh_agent *agent, rh_frame *f, rh_value name, lookup_result *out)
{
    return resolve_from(agent, f, name, false, out);
}

static rh_status constant_name(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *out)
{
    return image_string(agent, f->fn->image, image_constant_a(f->fn, constant), out);
}

rh_status interp_push_with_rjs(rh_agent *agent, rh_frame *f, rh_value object)
{
    rh_object *o;
    rh_context *ctx;
    rh_value roots[1] = {object};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_object(agent, object, &o);
    if (status == RH_OK) {
        roots[0] = value_from_object(o);
        status = context_new(agent, f->realm->index, f->ctx, NULL, 0, 0, &ctx);
    }
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    ctx->with_object = value_as_object(roots[0]);
    f->ctx = ctx;
    return RH_OK;
}

rh_status interp_lookup_load_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, bool for_typeof, rh_value *receiver,
                                 rh_value *acc)
{
    rh_value name;
    lookup_result where;
    rh_status status = constant_name(agent, f, constant, &name);
    if (status == RH_OK)
        status = resolve(agent, f, name, &where);
    if (status != RH_OK)
        return status;
    if (receiver != NULL)
        *receiver = where.with_object ? value_from_object(where.with_object) : RH_UNDEFINED;
    if (where.with_object != NULL)
        return rh_object_get_rjs(agent, where.with_object, name, value_from_object(where.with_object), acc);
    if (where.ctx != NULL) {
        *acc = where.ctx->slots[where.slot];
        return *acc == RH_HOLE ? global_throw_tdz(agent, name) : RH_OK;
    }
    if (where.eval_vars != NULL)
        return rh_object_get_rjs(agent, where.eval_vars, name, value_from_object(where.eval_vars), acc);
    return global_load_slow_rjs(agent, f->realm, name, NULL, for_typeof, acc);
}

/* https://tc39.es/ecma262/#sec-object-environment-records-setmutablebinding-n-v-s */
static rh_status with_set_binding_rjs(rh_agent *agent, rh_frame *f, rh_object *o, rh_value name, rh_value value)
{
    rh_value roots[3] = {value_from_object(o), name, value};
    rh_root_frame frame;
    bool strict = (f->fn->flags & RH_FN_STRICT) != 0, still_exists = true;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_has_property(agent, o, name, &still_exists);
    if (status == RH_OK && !still_exists && strict)
        status = global_throw_not_defined(agent, name);
    else if (status == RH_OK)
        status = rh_set_rjs(agent, roots[0], name, value, strict);
    heap_leave_frame(agent, &frame);
    return status;
}

/* PutValue once the binding is known: a with object's property, a context slot (TDZ checked),
 * or the global environment. */
static rh_status store_resolved_rjs(rh_agent *agent, rh_frame *f, rh_value name, const lookup_result *where,
                                    rh_value value)
{
    bool strict = (f->fn->flags & RH_FN_STRICT) != 0;
    if (where->with_object != NULL)
        return rh_set_rjs(agent, value_from_object(where->with_object), name, value, strict);
    if (where->ctx != NULL && where->ctx->slots[where->slot] == RH_HOLE)
        return global_throw_tdz(agent, name);
    if (where->ctx != NULL) {
        where->ctx->slots[where->slot] = value;
        return RH_OK;
    }
    if (where->eval_vars != NULL) /* a writable data property: the set cannot fail */
        return rh_set_rjs(agent, value_from_object(where->eval_vars), name, value, strict);
    return global_store_slow_rjs(agent, f->realm, name, value, NULL, strict);
}

rh_status interp_lookup_store_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value value)
{
    rh_value name;
    lookup_result where;
    rh_value roots[1] = {value};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = constant_name(agent, f, constant, &name);
    if (status == RH_OK)
        status = resolve(agent, f, name, &where);
    if (status == RH_OK)
        status = store_resolved_rjs(agent, f, name, &where, value);
    heap_leave_frame(agent, &frame);
    return status;
}

/* The first half of `name = value` (and of `name op= value`, `name++`) in a with body: the
 * reference is resolved before the right side runs (https://tc39.es/ecma262/#sec-assignment-operators-runtime-semantics-evaluation
 * step 1.a), so a right side that deletes or adds the with object's property does not move it. */
rh_status interp_lookup_resolve_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *base)
{
    rh_value name;
    lookup_result where;
    rh_status status = constant_name(agent, f, constant, &name);
    if (status == RH_OK)
        status = resolve(agent, f, name, &where);
    if (status == RH_OK)
        *base = where.with_object != NULL ? value_from_object(where.with_object) : RH_UNDEFINED;
    return status;
}

/* PutValue to the reference ResolveLookup made. Declarative slots are fixed, so resolving again
 * past the with objects finds the binding it found then. */
rh_status interp_lookup_store_in_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value base, rh_value value)
{
    rh_value name;
    lookup_result where;
    rh_value roots[2] = {base, value};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = constant_name(agent, f, constant, &name);
    if (status == RH_OK && value_is_object(base))
        status = with_set_binding_rjs(agent, f, value_as_object(base), name, value);
    else if (status == RH_OK)
        status = resolve_from(agent, f, name, true, &where);
    if (status == RH_OK && !value_is_object(base))
        status = store_resolved_rjs(agent, f, name, &where, value);
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation for an identifier */
rh_status interp_lookup_delete_rjs(rh_agent *agent, rh_frame *f, uint32_t constant, rh_value *acc)
{
    rh_value name;
    lookup_result where;
    bool deleted = false;
    rh_status status = constant_name(agent, f, constant, &name);
    if (status == RH_OK)
        status = resolve(agent, f, name, &where);
    if (status != RH_OK)
        return status;
    if (where.with_object != NULL)
        status = rh_delete_rjs(agent, value_from_object(where.with_object), name, false, &deleted);
    else if (where.eval_vars != NULL) /* eval code's bindings are deletable */
        status = rh_delete_rjs(agent, value_from_object(where.eval_vars), name, false, &deleted);
    else if (where.ctx == NULL)
        status = rh_delete_rjs(agent, value_from_object(f->realm->global), name, false, &deleted);
    /* a declarative binding is not deletable: false */
    *acc = value_from_bool(deleted);
    return status;
}
