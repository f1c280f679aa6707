/* Slow paths of the interpreter: property access past the inline cache, comparisons and unary
 * operators on non-numbers, declarations, errors (rh_interp_slow.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rh_array.h"
#include "rh_atom.h"
#include "rh_call.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_global.h"
#include "rh_interp_slow.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_property_ic.h"
#include "rh_realm.h"
#include "rh_string.h"
#include "rh_symbol.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
/* --- property inline caches (rh_property_ic.h) --- */

/* Caches a data property of o or of its direct prototype, when both are in shape mode. */
static void ic_learn_get(rh_agent *agent, rh_code_block *block, rh_meta_property_ic *ic, rh_object *o, rh_value name)
{
    uint32_t slot;
    uint8_t attrs;
    if (o->shape == NULL || o->kind == RH_OBJ_ARRAY || o->kind == RH_OBJ_GLOBAL)
        return;
    if (shape_find_slot(agent, o->shape, name, &slot, &attrs)) {
        if (!(attrs & RH_ATTR_ACCESSOR))
            property_ic_insert(agent, block, ic, o->shape, slot, NULL);
        return;
    }
    rh_object *p = o->proto;
    if (p != NULL && p->shape != NULL && p->kind != RH_OBJ_GLOBAL && shape_find_slot(agent, p->shape, name, &slot, &attrs) &&
        !(attrs & RH_ATTR_ACCESSOR))
        property_ic_insert(agent, block, ic, o->shape, slot, p);
}

rh_status interp_get_named_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value name,
                               rh_meta_property_ic *ic, rh_value *acc)
{
    rh_object *o, *holder;
    uint32_t slot;
    rh_status status;
    if (!value_is_object(object)) {
        if (value_is_nullish(object)) {
            char text[128] = "?";
            rh_string *flat = value_is_string(name) ? str_flat_or_null(value_as_string(name)) : NULL;
            if (flat != NULL && str_utf8_size(flat) < sizeof text) {
                str_to_utf8(flat, text);
                text[str_utf8_size(flat)] = 0;
            }
            return rh_throw_type_error(agent, "Cannot read properties of %s (reading '%s')",
                                       value_is_null(object) ? "null" : "undefined", text);
        }
        return rh_get_rjs(agent, object, name, acc);
    }
    o = value_as_object(object);
    if (o->kind == RH_OBJ_ARRAY && name == agent->common.length) {
        *acc = value_from_number(o->array_length);
        if (o->shape != NULL)
            property_ic_insert(agent, f->block, ic, o->shape, 0, RH_IC_ARRAY_LENGTH);
        return RH_OK;
    }
    if (property_ic_find(ic, o, &holder, &slot)) {
        *acc = obj_slot_get(holder, slot);
        return RH_OK;
    }
    status = rh_object_get_rjs(agent, o, name, object, acc);
    if (status == RH_OK)
        ic_learn_get(agent, f->block, ic, o, name);
    return status;
}

rh_status interp_set_named_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value name, rh_value value,
                               rh_meta_property_ic *ic)
{
    uint32_t slot;
    uint8_t attrs;
    bool strict = (f->fn->flags & RH_FN_STRICT) != 0;
    if (value_is_object(object)) {
        rh_object *o = value_as_object(object);
        if (o->shape != NULL && o->kind != RH_OBJ_ARRAY && o->kind != RH_OBJ_GLOBAL &&
            shape_find_slot(agent, o->shape, name, &slot, &attrs) && !(attrs & RH_ATTR_ACCESSOR) &&
            (attrs & RH_ATTR_WRITABLE)) {
            property_ic_insert(agent, f->block, ic, o->shape, slot, NULL);
            obj_slot_set(o, slot, value);
            return RH_OK;
        }
    }
    return rh_set_rjs(agent, object, name, value, strict);
}

/* --- private names: own elements only, a TypeError when absent (https://tc39.es/ecma262/#sec-privateget) --- */

static rh_status private_lookup(rh_agent *agent, rh_value object, rh_value key, rh_property_descriptor *desc)
{
    if (!value_is_object(object) || !obj_get_own_property(agent, value_as_object(object), key, desc))
        return rh_throw_type_error(agent, "Cannot access a private member of an object whose class did not declare it");
    return RH_OK;
}

static rh_status private_get_rjs(rh_agent *agent, rh_value object, rh_value key, rh_value *acc)
{
    rh_property_descriptor desc;
    rh_status status = private_lookup(agent, object, key, &desc);
    if (status != RH_OK)
        return status;
    if (desc.fields & RH_DESC_VALUE) {
        *acc = desc.value;
        return RH_OK;
    }
    if (value_is_undefined(desc.getter))
        return rh_throw_type_error(agent, "'#' member was defined without a getter");
    return rh_call_rjs(agent, desc.getter, object, NULL, 0, acc);
}

/* https://tc39.es/ecma262/#sec-privateset */
static rh_status private_set_rjs(rh_agent *agent, rh_value object, rh_value key, rh_value value)
{
    rh_property_descriptor desc;
    rh_value ignored;
    rh_status status = private_lookup(agent, object, key, &desc);
    if (status != RH_OK)
        return status;
    if (desc.fields & RH_DESC_VALUE) {
        if (!(desc.attrs & RH_ATTR_WRITABLE))
            return rh_throw_type_error(agent, "Private method is not writable");
        return rh_define_data_rjs(agent, value_as_object(object), key, value, desc.attrs);
    }
    if (value_is_undefined(desc.setter))
        return rh_throw_type_error(agent, "'#' member was defined without a setter");
    return rh_call_rjs(agent, desc.setter, object, &value, 1, &ignored);
}

rh_status interp_get_keyed_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value key, rh_value *acc)
{
    if (value_is_private_name(key))
        return private_get_rjs(agent, object, key, acc);
    rh_value roots[2] = {object, key};
    rh_root_frame frame;
    rh_status status;
    if (value_is_nullish(object))
        return rh_throw_type_error(agent, "Cannot read properties of %s", value_is_null(object) ? "null" : "undefined");
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK)
        status = rh_get_rjs(agent, object, roots[1], acc);
    heap_leave_frame(agent, &frame);
    return status;
}

/* a[i] = v past the end of a dense, extensible array whose prototypes hold no elements: the
 * append every loop that fills an array does. */
static bool try_append(rh_agent *agent, rh_object *o, rh_value key, rh_value value, rh_status *status)
{
    if (o->kind != RH_OBJ_ARRAY || !value_is_int32(key) || (uint32_t)value_as_int32(key) != o->array_length ||
        !obj_is_extensible(o) || (o->flags & (RH_OBJ_SPARSE | RH_OBJ_LENGTH_READONLY)))
        return false;
    for (rh_object *p = o->proto; p != NULL; p = p->proto) {
        if (p->elements.dense != NULL || p->kind != RH_OBJ_ORDINARY)
            return false;
    }
    *status = elements_put(agent, o, o->array_length, value, RH_UNDEFINED, RH_ATTR_DEFAULT);
    if (*status == RH_OK)
        o->array_length++;
    return true;
}

rh_status interp_set_keyed_rjs(rh_agent *agent, rh_frame *f, rh_value object, rh_value key, rh_value value)
{
    rh_value roots[3] = {object, key, value};
    rh_root_frame frame;
    rh_status status;
    if (value_is_private_name(key))
        return private_set_rjs(agent, object, key, value);
    if (value_is_object(object) && try_append(agent, value_as_object(object), key, value, &status))
        return status == RH_OK ? RH_OK : rh_throw_status(agent, status, "Invalid array length");
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK)
        status = rh_set_rjs(agent, object, roots[1], value, (f->fn->flags & RH_FN_STRICT) != 0);
    heap_leave_frame(agent, &frame);
    return status;
}

/* --- definitions --- */

/* DefineKeyedOwnProperty's attribute bits (engine/bytecode/opcodes.py). */
#define RH_DEFINE_ENUMERABLE 1u
#define RH_DEFINE_SET_NAME 2u
#define RH_DEFINE_READ_ONLY 4u
#define RH_DEFINE_SETTER 8u

/* https://tc39.es/ecma262/#sec-setfunctionname on a fresh closure that has no name yet. */
static rh_status set_function_name(rh_agent *agent, rh_value fn, rh_value key, const char *prefix)
{
    rh_value name_key, name = key;
    rh_value roots[3] = {fn, key, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_atom_ascii(agent, "name", &name_key);
    if (status == RH_OK && value_is_symbol(key)) {
        rh_value d = value_as_symbol(key)->description;
        rh_string *open, *close, *s;
        status = str_from_ascii(agent, 0, "[", &open);
        if (status == RH_OK && value_is_string(d)) {
            roots[2] = value_from_string(open);
            status = str_concat(agent, 0, open, value_as_string(d), &s);
            if (status == RH_OK) {
                roots[2] = value_from_string(s);
                status = str_from_ascii(agent, 0, "]", &close);
            }
            if (status == RH_OK)
                status = str_concat(agent, 0, s, close, &s);
            name = value_from_string(s);
        } else {
            status = str_from_ascii(agent, 0, "", &s);
            name = value_from_string(s);
        }
    } else if (status == RH_OK && !value_is_string(key)) {
        status = rh_to_string_rjs(agent, key, &name);
    }
    roots[2] = name;
    if (status == RH_OK && prefix != NULL) {
        rh_string *p, *s;
        status = str_from_ascii(agent, 0, prefix, &p);
        if (status == RH_OK)
            status = str_concat(agent, 0, p, value_as_string(name), &s);
        if (status == RH_OK)
            name = roots[2] = value_from_string(s);
    }
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, value_as_object(fn), name_key, name, RH_ATTR_CONFIGURABLE);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status interp_define_own_rjs(rh_agent *agent, rh_value object, rh_value key, rh_value value, unsigned attributes)
{
    rh_value roots[3] = {object, key, value};
    rh_root_frame frame;
    uint8_t attrs = RH_ATTR_CONFIGURABLE;
    rh_status status;
    if (!value_is_object(object))
        return rh_throw_type_error(agent, "cannot define a property on a primitive");
    if (attributes & RH_DEFINE_ENUMERABLE)
        attrs |= RH_ATTR_ENUMERABLE;
    if (!(attributes & RH_DEFINE_READ_ONLY))
        attrs |= RH_ATTR_WRITABLE;
    if (value_is_private_name(key)) {
        rh_property_descriptor existing;
        if (obj_get_own_property(agent, value_as_object(object), key, &existing))
            return rh_throw_type_error(agent, "Cannot initialize a private member twice on the same object");
        attrs &= (uint8_t)~RH_ATTR_ENUMERABLE;
    }
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK && (attributes & RH_DEFINE_SET_NAME) && value_is_callable(value))
        status = set_function_name(agent, value, roots[1], NULL);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, value_as_object(object), roots[1], value, attrs);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status interp_define_accessor_rjs(rh_agent *agent, rh_value object, rh_value key, rh_value fn, unsigned attributes)
{
    rh_value roots[3] = {object, key, fn};
    rh_root_frame frame;
    rh_property_descriptor desc = {.value = RH_UNDEFINED, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED};
    bool setter = (attributes & RH_DEFINE_SETTER) != 0, ok;
    rh_status status;
    ENTER_ROOTS(agent, frame, roots);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK)
        status = set_function_name(agent, fn, roots[1], setter ? "set " : "get ");
    if (status == RH_OK) {
        desc.fields = (uint8_t)((setter ? RH_DESC_SET : RH_DESC_GET) | RH_DESC_ENUMERABLE | RH_DESC_CONFIGURABLE);
        desc.attrs = (uint8_t)(RH_ATTR_CONFIGURABLE | ((attributes & RH_DEFINE_ENUMERABLE) ? RH_ATTR_ENUMERABLE : 0));
        if (setter)
            desc.setter = fn;
        else
            desc.getter = fn;
        status = obj_define_own_property(agent, value_as_object(object), roots[1], &desc, &ok);
        if (status == RH_OK && !ok)
            status = rh_throw_type_error(agent, "Cannot redefine property");
    }
    heap_leave_frame(agent, &frame);
    return status;
}

/* The trailer of sloppy direct eval code inside a function (engine/codegen/functions.py). */
#define RH_DECLARE_IN_FUNCTION_VAR_SCOPE 0x100u
#define RH_DECLARE_VAR_SCOPE_DEPTH_SHIFT 16

/* Eval code whose variable environment is a function's: its vars and functions are created
 * there (conflicts with the lexicals in between were early errors when it was compiled). */
static rh_status declare_in_function_rjs(rh_agent *agent, rh_frame *f, const uint32_t *list, uint32_t n,
                                         uint32_t depth)
{
    rh_context *var_env = f->ctx;
    for (uint32_t hop = 0; hop < depth && var_env != NULL; hop++)
        var_env = var_env->parent;
    if (var_env == NULL) /* an image that does not match its caller: never trusted */
        return rh_throw_syntax_error(agent, "eval code's variable environment is not on its scope chain");
    for (uint32_t i = 0; i < n; i++) {
        rh_value name;
        rh_status status = image_string(agent, f->fn->image, list[1 + 2 * i], &name);
        if (status == RH_OK)
            status = interp_declare_eval_var_rjs(agent, f->realm, var_env, name);
        if (status != RH_OK)
            return status;
    }
    return RH_OK;
}

rh_status interp_declare_bindings_rjs(rh_agent *agent, rh_frame *f, uint32_t constant)
{
    const uint32_t *list = image_u32_at(f->fn->image, image_constant_a(f->fn, constant));
    uint32_t n = list[0], last_kind = n > 0 ? list[2 * n] : 0;
    if (last_kind & RH_DECLARE_IN_FUNCTION_VAR_SCOPE)
        return declare_in_function_rjs(agent, f, list, n - 1, last_kind >> RH_DECLARE_VAR_SCOPE_DEPTH_SHIFT);
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t i = 0; i < n; i++) {
            rh_value name;
            int kind = (int)list[2 + 2 * i];
            rh_status status = image_string(agent, f->fn->image, list[1 + 2 * i], &name);
            if (status == RH_OK)
                status = pass == 0 ? global_check_declaration_rjs(agent, f->realm, name, kind)
                                   : global_create_declaration_rjs(agent, f->realm, name, kind, f->fn->image->is_eval);
            if (status != RH_OK)
                return status;
        }
    }
    return RH_OK;
}

/* --- operators --- */

rh_status interp_compare_rjs(rh_agent *agent, int op, rh_value lhs, rh_value rhs, rh_value *acc)
{
    bool b = false;
    int r = 0;
    rh_status status;
    switch (op) {
    case RH_OP_TestEqual:
        status = rh_loosely_equal_rjs(agent, lhs, rhs, &b);
        break;
    case RH_OP_TestLessThan:
        status = rh_less_than_rjs(agent, lhs, rhs, true, &r);
        b = r == 1;
        break;
    case RH_OP_TestGreaterThan:
        status = rh_less_than_rjs(agent, rhs, lhs, false, &r);
        b = r == 1;
        break;
    case RH_OP_TestLessThanOrEqual:
        status = rh_less_than_rjs(agent, rhs, lhs, false, &r);
        b = r == 0;
        break;
    case RH_OP_TestGreaterThanOrEqual:
        status = rh_less_than_rjs(agent, lhs, rhs, true, &r);
        b = r == 0;
        break;
    case RH_OP_TestInstanceOf:
        status = rh_instance_of_rjs(agent, lhs, rhs, &b);
        break;
    default: { /* TestIn: https://tc39.es/ecma262/#sec-relational-operators-runtime-semantics-evaluation */
        rh_value roots[2] = {lhs, rhs};
        rh_root_frame frame;
        if (!value_is_object(rhs))
            return rh_throw_type_error(agent, "Cannot use 'in' operator to search for a key in a non-object");
        if (value_is_private_name(lhs)) { /* #x in o: https://tc39.es/ecma262/#sec-privateelementfind */
            rh_property_descriptor desc;
            *acc = value_from_bool(obj_get_own_property(agent, value_as_object(rhs), lhs, &desc));
            return RH_OK;
        }
        ENTER_ROOTS(agent, frame, roots);
        status = rh_to_property_key_rjs(agent, lhs, &roots[0]);
        if (status == RH_OK)
            status = rh_has_property(agent, value_as_object(rhs), roots[0], &b);
        heap_leave_frame(agent, &frame);
        break;
    }
    }
    if (status == RH_OK)
        *acc = value_from_bool(b);
    return status;
}

rh_status interp_unary_rjs(rh_agent *agent, int op, rh_value v, rh_value *acc)
{
    double d;
    rh_status status = rh_to_number_rjs(agent, v, &d);
    if (status != RH_OK)
        return status;
    if (op == RH_OP_Negate)
        *acc = value_from_number(-d);
    else
        *acc = value_from_int32(~rh_double_to_int32(d));
    return RH_OK;
}

/* --- errors --- */

/* The UTF-8 text of a string constant, cut to fit. */
static void constant_text(rh_agent *agent, rh_frame *f, uint32_t constant, char *out, size_t size)
{
    rh_value s;
    out[0] = 0;
    if (image_string(agent, f->fn->image, image_constant_a(f->fn, constant), &s) == RH_OK) {
        rh_string *flat = str_flat_or_null(value_as_string(s));
        if (flat != NULL && str_utf8_size(flat) < size) {
            str_to_utf8(flat, out);
            out[str_utf8_size(flat)] = 0;
        }
    }
}

rh_status interp_throw_static(rh_agent *agent, rh_frame *f, unsigned type, uint32_t message)
{
    char text[256];
    static const rh_intrinsic_id kinds[3] = {RH_INTRINSIC_TypeErrorPrototype, RH_INTRINSIC_ReferenceErrorPrototype,
                                             RH_INTRINSIC_SyntaxErrorPrototype};
    constant_text(agent, f, message, text, sizeof text);
    return rh_throw_error(agent, kinds[type < 3 ? type : 0], "%s", text);
}

rh_status interp_throw_hole(rh_agent *agent, rh_frame *f, uint32_t name)
{
    char text[128];
    constant_text(agent, f, name, text, sizeof text);
    if (strcmp(text, "this") == 0)
        return rh_throw_reference_error(agent, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
    return rh_throw_reference_error(agent, "Cannot access '%s' before initialization", text);
}

rh_status interp_unsupported(rh_agent *agent, int op)
{
    return rh_throw_syntax_error(agent, "%s is not supported yet", rh_opcode_name(op));
}

rh_status interp_check_interrupt(rh_agent *agent)
{
    agent->budget = agent->budget_quantum;
    if (agent->terminate)
        return RH_TERMINATED;
    if (agent->interrupt != NULL && agent->interrupt(agent->interrupt_data) != 0)
        return RH_TERMINATED;
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-newprivatename */
rh_status interp_create_private_name(rh_agent *agent, rh_frame *f, uint32_t description, rh_value *acc)
{
    rh_value text;
    rh_symbol *sym;
    rh_status status = image_string(agent, f->fn->image, image_constant_a(f->fn, description), &text);
    if (status == RH_OK)
        status = symbol_new(agent, f->realm->index, text, &sym);
    if (status != RH_OK)
        return status;
    sym->is_private = 1;
    *acc = value_from_symbol(sym);
    return RH_OK;
}
