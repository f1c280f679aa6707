/* Function objects: native C functions, bytecode closures and bound functions (rh_function.h). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "rh_agent.h"
#include "rh_atom.h"
#include "rh_code.h"
#include "rh_context.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_realm.h"
#include "rh_string.h"
#include "rh_symbol.h"

#define RH_FUNCTION_PROPERTY_ATTRS RH_ATTR_CONFIGURABLE /* length, name: read-only, hidden */
#define RH_METHOD_ATTRS (RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE)

size_t func_data_size(rh_object_kind kind)
{
    /* Only a bytecode closure needs the whole union: a realm's many native builtins stay small. */
    static const rh_function_data *const none = NULL;
    switch (kind) {
    case RH_OBJ_NATIVE_FUNCTION:
        return offsetof(rh_function_data, u) + sizeof none->u.native;
    case RH_OBJ_BOUND_FUNCTION:
        return offsetof(rh_function_data, u) + sizeof none->u.bound;
    default:
        return sizeof(rh_function_data);
    }
}

rh_realm *func_realm(rh_agent *agent, rh_object *f)
{
    return f->cell.realm_index == 0 ? NULL : agent->realms[f->cell.realm_index];
}

rh_object *rh_native_callee(rh_agent *agent)
{
    return agent->native_callee;
}

rh_realm *rh_current_realm(rh_agent *agent)
{
    return agent->current_realm;
}

static rh_status define_ascii(rh_agent *agent, rh_object *target, const char *name, rh_value value, uint8_t attrs)
{
    rh_string *atom;
    rh_value roots[2] = {value_from_object(target), value};
    rh_root_frame frame;
    rh_property_descriptor desc = {.value = value, .fields = RH_DESC_VALUE | RH_DESC_WRITABLE | RH_DESC_ENUMERABLE |
                                                             RH_DESC_CONFIGURABLE, .attrs = attrs};
    bool ok;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = atom_from_ascii(agent, target->cell.realm_index, name, &atom);
    if (status == RH_OK) {
        roots[0] = value_from_string(atom); /* target stays reachable through the caller */
        status = obj_define_own_property(agent, target, value_from_string(atom), &desc, &ok);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status func_define_value(rh_agent *agent, rh_object *target, const char *name, rh_value value, uint8_t attrs)
{
    return define_ascii(agent, target, name, value, attrs);
}

/* The "name" value for a key: the atom itself, or "[description]" for a symbol. */
static rh_status name_from_key(rh_agent *agent, uint16_t realm_index, rh_value key, rh_value *out)
{
    rh_symbol *sym;
    rh_string *open, *close, *joined;
    rh_value roots[2] = {key, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (!value_is_symbol(key)) {
        *out = key_is_index(key) ? RH_UNDEFINED : key;
        if (key_is_index(key)) {
            rh_string *s;
            status = str_from_number(agent, realm_index, value_to_double(key), &s);
            if (status != RH_OK)
                return status;
            *out = value_from_string(s);
        }
        return RH_OK;
    }
    sym = value_as_symbol(key);
    if (!value_is_string(sym->description)) {
        status = str_from_ascii(agent, realm_index, "", &open);
        if (status == RH_OK)
            *out = value_from_string(open);
        return status;
    }
    heap_enter_frame(agent, &frame, roots, 2);
    status = str_from_ascii(agent, realm_index, "[", &open);
    if (status == RH_OK) {
        roots[1] = value_from_string(open);
        status = str_concat(agent, realm_index, open, value_as_string(sym->description), &joined);
    }
    if (status == RH_OK) {
        roots[1] = value_from_string(joined);
        status = str_from_ascii(agent, realm_index, "]", &close);
    }
    if (status == RH_OK)
        status = str_concat(agent, realm_index, joined, close, &joined);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_from_string(joined);
    return status;
}

/* https://tc39.es/ecma262/#sec-setfunctionlength and #sec-setfunctionname, on a fresh function. */
static rh_status set_length_and_name(rh_agent *agent, rh_object *f, double length, rh_value name)
{
    rh_value roots[2] = {value_from_object(f), name};
    rh_root_frame frame;
    rh_value name_value;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = obj_add_named(agent, f, agent->common.length, value_from_number(length), RH_UNDEFINED,
                           RH_FUNCTION_PROPERTY_ATTRS);
    if (status == RH_OK)
        status = name_from_key(agent, f->cell.realm_index, name, &name_value);
    if (status == RH_OK) {
        roots[1] = name_value;
        status = obj_add_named(agent, f, agent->common.name, name_value, RH_UNDEFINED, RH_FUNCTION_PROPERTY_ATTRS);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

static rh_status new_function_cell(rh_agent *agent, rh_realm *realm, rh_object_kind kind, rh_object **out)
{
    rh_object *proto;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_FunctionPrototype, &proto);
    if (status != RH_OK)
        return status;
    status = obj_new_function_cell(agent, realm, kind, proto, out);
    if (status != RH_OK)
        return status;
    memset(func_data(*out), 0, func_data_size(kind));
    return RH_OK;
}

rh_status func_new_native(rh_agent *agent, rh_realm *realm, rh_native_fn fn, rh_value name, uint32_t length,
                          uint32_t flags, int32_t magic, rh_object **out)
{
    rh_value roots[1] = {name};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = new_function_cell(agent, realm, RH_OBJ_NATIVE_FUNCTION, out);
    if (status == RH_OK) {
        rh_function_data *data = func_data(*out);
        data->flags = flags | RH_FUNC_STRICT;
        data->magic = magic;
        data->u.native.fn = fn;
        status = set_length_and_name(agent, *out, length, name);
    }
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status func_new_native_ascii(rh_agent *agent, rh_realm *realm, rh_native_fn fn, const char *name,
                                uint32_t length, uint32_t flags, int32_t magic, rh_object **out)
{
    rh_string *atom;
    rh_status status = atom_from_ascii(agent, realm->index, name, &atom);
    if (status != RH_OK)
        return status;
    return func_new_native(agent, realm, fn, value_from_string(atom), length, flags, magic, out);
}

rh_status func_define_native(rh_agent *agent, rh_realm *realm, rh_object *target, const char *name,
                             rh_native_fn fn, uint32_t length)
{
    rh_object *f;
    rh_value roots[1] = {value_from_object(target)};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = func_new_native_ascii(agent, realm, fn, name, length, 0, 0, &f);
    if (status == RH_OK)
        status = define_ascii(agent, target, name, value_from_object(f), RH_METHOD_ATTRS);
    heap_leave_frame(agent, &frame);
    return status;
}

/* Flags of a closure from its unlinked function: https://tc39.es/ecma262/#sec-ordinaryfunctioncreate
 * and MakeConstructor's applicability (normal functions and classes construct; arrows, methods,
 * generators and async functions do not). */
static uint32_t closure_flags(const rh_unlinked *fn)
{
    uint32_t flags = 0;
    if (fn->flags & RH_FN_STRICT)
        flags |= RH_FUNC_STRICT;
    if (fn->flags & RH_FN_ARROW)
        flags |= RH_FUNC_ARROW;
    if (fn->flags & RH_FN_CLASS_CONSTRUCTOR)
        flags |= RH_FUNC_CONSTRUCTOR | RH_FUNC_CLASS_CONSTRUCTOR;
    else if (!(fn->flags & (RH_FN_ARROW | RH_FN_METHOD | RH_FN_GENERATOR | RH_FN_ASYNC | RH_FN_TOP_LEVEL)))
        flags |= RH_FUNC_CONSTRUCTOR;
    if (fn->flags & RH_FN_DERIVED_CONSTRUCTOR)
        flags |= RH_FUNC_DERIVED;
    return flags;
}

rh_status func_new_closure(rh_agent *agent, rh_realm *realm, const rh_unlinked *unlinked, rh_context *env,
                           rh_object *home, rh_object **out)
{
    rh_value name = RH_UNDEFINED;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (unlinked->name != RH_IMG_NONE) {
        status = image_string(agent, unlinked->image, unlinked->name, &name);
        if (status != RH_OK)
            return status;
    }
    if (name == RH_UNDEFINED) {
        rh_string *empty;
        status = atom_from_ascii(agent, realm->index, "", &empty);
        if (status != RH_OK)
            return status;
        name = value_from_string(empty);
    }
    roots[0] = name;
    heap_enter_frame(agent, &frame, roots, 3);
    status = new_function_cell(agent, realm, RH_OBJ_FUNCTION, out);
    if (status == RH_OK) {
        rh_function_data *data = func_data(*out);
        data->flags = closure_flags(unlinked);
        data->u.js.unlinked = unlinked;
        data->u.js.env = env;
        data->u.js.home_object = home;
        data->u.js.lexical_new_target = RH_UNDEFINED;
        roots[2] = value_from_object(*out);
        status = set_length_and_name(agent, *out, unlinked->length, name);
    }
    if (status == RH_OK && (func_data(*out)->flags & RH_FUNC_CONSTRUCTOR) &&
        !(unlinked->flags & RH_FN_CLASS_CONSTRUCTOR))
        status = func_make_constructor(agent, realm, *out);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status func_new_script_closure(rh_agent *agent, rh_realm *realm, const rh_unlinked *unlinked, rh_context *env,
                                 rh_object **out)
{
    /* The closure of a script or eval body is never visible to JavaScript (nothing can name it),
     * so it needs neither %Function.prototype% nor "length" and "name": running a script in a
     * fresh realm materialises no intrinsic. env must be rooted. */
    rh_status status = obj_new_function_cell(agent, realm, RH_OBJ_FUNCTION, NULL, out);
    if (status != RH_OK)
        return status;
    rh_function_data *data = func_data(*out);
    memset(data, 0, sizeof *data);
    data->flags = closure_flags(unlinked);
    data->u.js.unlinked = unlinked;
    data->u.js.env = env;
    data->u.js.lexical_new_target = RH_UNDEFINED;
    return RH_OK;
}

rh_status func_make_constructor(rh_agent *agent, rh_realm *realm, rh_object *f)
{
    rh_object *proto_parent, *prototype;
    rh_value roots[2] = {value_from_object(f), RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &proto_parent);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, proto_parent, RH_OBJECT_INLINE_SLOTS, &prototype);
    /* Both objects are fresh and extensible, without these keys: plain appends. */
    if (status == RH_OK) {
        roots[1] = value_from_object(prototype);
        status = obj_add_named(agent, prototype, agent->common.constructor, value_from_object(f), RH_UNDEFINED,
                               RH_METHOD_ATTRS);
    }
    if (status == RH_OK)
        status = obj_add_named(agent, f, agent->common.prototype, value_from_object(prototype), RH_UNDEFINED,
                               RH_ATTR_WRITABLE);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status func_new_bound(rh_agent *agent, rh_realm *realm, rh_value target, rh_value bound_this,
                         const rh_value *args, uint32_t argc, rh_object **out)
{
    rh_object *t = value_as_object(target);
    rh_value *copy = NULL;
    rh_value roots[2] = {target, bound_this};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    /* https://tc39.es/ecma262/#sec-boundfunctioncreate step 2: the target's prototype */
    status = obj_new_function_cell(agent, realm, RH_OBJ_BOUND_FUNCTION, t->proto, out);
    if (status == RH_OK) {
        rh_function_data *data = func_data(*out);
        memset(data, 0, func_data_size(RH_OBJ_BOUND_FUNCTION));
        data->flags = func_data(t)->flags & RH_FUNC_CONSTRUCTOR;
        data->u.bound.target = target;
        data->u.bound.bound_this = bound_this;
        roots[0] = value_from_object(*out);
        roots[1] = RH_UNDEFINED;
        if (argc > 0) {
            copy = heap_alloc_buffer(agent, (*out)->cell.realm_index, RH_MEM_OBJECTS, argc * sizeof *copy);
            if (copy == NULL) {
                status = RH_ERR_OOM;
            } else {
                memcpy(copy, args, argc * sizeof *copy);
                data->u.bound.args = copy;
                data->u.bound.argc = argc;
            }
        }
    }
    heap_leave_frame(agent, &frame);
    return status;
}

void func_trace(rh_agent *agent, rh_object *f)
{
    rh_function_data *data = func_data(f);
    switch (f->kind) {
    case RH_OBJ_FUNCTION:
        if (data->u.js.block != NULL)
            heap_mark_cell(agent, &data->u.js.block->cell);
        if (data->u.js.env != NULL)
            heap_mark_cell(agent, &data->u.js.env->cell);
        if (data->u.js.home_object != NULL)
            heap_mark_cell(agent, &data->u.js.home_object->cell);
        if (data->u.js.fields != NULL)
            heap_mark_cell(agent, &data->u.js.fields->cell);
        if (data->u.js.lexical_callee != NULL)
            heap_mark_cell(agent, &data->u.js.lexical_callee->cell);
        heap_mark_value(agent, data->u.js.lexical_new_target);
        break;
    case RH_OBJ_BOUND_FUNCTION:
        heap_mark_value(agent, data->u.bound.target);
        heap_mark_value(agent, data->u.bound.bound_this);
        for (uint32_t i = 0; i < data->u.bound.argc; i++)
            heap_mark_value(agent, data->u.bound.args[i]);
        break;
    default:
        break;
    }
}

void func_finalize(rh_agent *agent, rh_object *f)
{
    rh_function_data *data = func_data(f);
    if (f->kind == RH_OBJ_BOUND_FUNCTION && data->u.bound.args != NULL) {
        heap_free_buffer(agent, f->cell.realm_index, RH_MEM_OBJECTS, data->u.bound.args,
                         data->u.bound.argc * sizeof(rh_value));
        data->u.bound.args = NULL;
    }
}

size_t func_buffer_bytes(const rh_object *f)
{
    const rh_function_data *data = (const rh_function_data *)(const void *)&f->inline_slots[f->inline_capacity];
    return f->kind == RH_OBJ_BOUND_FUNCTION ? data->u.bound.argc * sizeof(rh_value) : 0;
}

static rh_status return_undefined(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                                  rh_value new_target, rh_value *result)
{
    *result = RH_UNDEFINED;
    return RH_OK;
}

/* %Function.prototype%: itself a function that accepts any arguments and returns undefined
 * (https://tc39.es/ecma262/#sec-properties-of-the-function-prototype-object), so it cannot be
 * made by func_new_native, which needs it as the prototype. */
rh_status func_make_function_prototype(rh_agent *agent, rh_realm *realm, rh_object *object_prototype,
                                       rh_object **out)
{
    rh_string *empty;
    rh_value roots[1] = {value_from_object(object_prototype)};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = obj_new_function_cell(agent, realm, RH_OBJ_NATIVE_FUNCTION, object_prototype, out);
    if (status == RH_OK) {
        rh_function_data *data = func_data(*out);
        memset(data, 0, func_data_size(RH_OBJ_NATIVE_FUNCTION));
        data->flags = RH_FUNC_STRICT;
        data->u.native.fn = return_undefined;
        roots[0] = value_from_object(*out);
        status = atom_from_ascii(agent, realm->index, "", &empty);
    }
    if (status == RH_OK)
        status = set_length_and_name(agent, *out, 0, value_from_string(empty));
    heap_leave_frame(agent, &frame);
    return status;
}
