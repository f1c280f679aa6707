/* Error objects: https://tc39.es/ecma262/#sec-error-objects
 * Error, the NativeErrors (EvalError, RangeError, ReferenceError, SyntaxError, TypeError,
 * URIError) and AggregateError: constructors with message and the `cause` option, and
 * Error.prototype.toString. The prototypes' name and message come from intrinsics.c. */
#include <string.h>

#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define ENTER_ROOTS(agent, frame, roots) heap_enter_frame((agent), &(frame), (roots), sizeof(roots) / sizeof *(roots))
#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

#define RH_HIDDEN_DATA_ATTRS (RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE)

/* https://tc39.es/ecma262/#sec-installerrorcause */
static rh_status install_error_cause_rjs(rh_agent *agent, rh_object *o, rh_value options)
{
    rh_value key, cause;
    bool present;
    rh_status status;
    if (!value_is_object(options))
        return RH_OK;
    status = rh_atom_ascii(agent, "cause", &key);
    if (status == RH_OK)
        status = rh_has_property(agent, value_as_object(options), key, &present);
    if (status != RH_OK || !present)
        return status;
    status = rh_get_rjs(agent, options, key, &cause);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, cause, RH_HIDDEN_DATA_ATTRS);
    return status;
}

/* The shared steps of https://tc39.es/ecma262/#sec-error-message and #sec-nativeerror: an error
 * object from newTarget (or the active function) with message and cause. */
static rh_status create_error_rjs(rh_agent *agent, rh_value new_target, rh_value message, rh_value options,
                                  rh_object **out)
{
    rh_object *callee = rh_native_callee(agent), *proto, *o;
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value key;
    /* The prototype's intrinsic id rides on the constructor as its magic. */
    int proto_id = func_native_magic(callee);
    rh_status status;
    /* 1. If NewTarget is undefined, let newTarget be the active function object. */
    roots[0] = value_is_undefined(new_target) ? value_from_object(callee) : new_target;
    ENTER_ROOTS(agent, frame, roots);
    /* 2. O = OrdinaryCreateFromConstructor(newTarget, proto, « [[ErrorData]] ») */
    status = builtins_prototype_from_constructor(agent, roots[0], proto_id, &proto);
    if (status == RH_OK)
        status = obj_new(agent, agent->current_realm, RH_OBJ_ERROR, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK)
        roots[1] = value_from_object(o);
    /* 3. message: ToString, then CreateNonEnumerableDataPropertyOrThrow */
    if (status == RH_OK && !value_is_undefined(message)) {
        status = rh_to_string_rjs(agent, message, &roots[2]);
        if (status == RH_OK)
            status = rh_atom_ascii(agent, "message", &key);
        if (status == RH_OK)
            status = rh_define_data_rjs(agent, o, key, roots[2], RH_HIDDEN_DATA_ATTRS);
    }
    /* 4. InstallErrorCause(O, options) */
    if (status == RH_OK)
        status = install_error_cause_rjs(agent, o, options);
    /* NON-SPEC (as every engine): an own "stack" with the frames of the caller. */
    if (status == RH_OK)
        status = error_capture_stack(agent, o);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = o;
    return status;
}

/* Error(message, options) and NativeError(message, options) */
NATIVE(error_constructor)
{
    rh_object *o;
    rh_status status = create_error_rjs(agent, new_target, rh_arg(args, argc, 0), rh_arg(args, argc, 1), &o);
    if (status == RH_OK)
        *result = value_from_object(o);
    return status;
}

/* https://tc39.es/ecma262/#sec-iterabletolist as a new array (nothing between the steps can fail
 * but the iteration itself, so the iterator is never closed). */
static rh_status iterable_to_array_rjs(rh_agent *agent, rh_value iterable, rh_value *out)
{
    rh_value roots[4] = {iterable, RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED}; /* array, iterator, next, value */
    rh_root_frame frame;
    uint32_t count = 0;
    bool done = false, ok;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 4);
    status = builtins_get_iterator_rjs(agent, iterable, &roots[1]);
    if (status == RH_OK)
        status = builtins_array_from(agent, NULL, 0, &roots[0]);
    while (status == RH_OK) {
        status = builtins_iterator_step_value_rjs(agent, &roots[1], &done, &roots[3]);
        if (status != RH_OK || done)
            break;
        status = obj_create_data_property(agent, value_as_object(roots[0]), key_from_index(count++), roots[3], &ok);
    }
    heap_leave_frame(agent, &frame);
    *out = roots[0];
    return status;
}

/* https://tc39.es/ecma262/#sec-aggregate-error */
NATIVE(aggregate_error_constructor)
{
    rh_object *o;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value key;
    /* 1-4. as Error, with (message, options) after errors. */
    rh_status status = create_error_rjs(agent, new_target, rh_arg(args, argc, 1), rh_arg(args, argc, 2), &o);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(o);
    ENTER_ROOTS(agent, frame, roots);
    /* 5-6. errors: CreateArrayFromList(IterableToList(errors)), non-enumerable */
    status = iterable_to_array_rjs(agent, rh_arg(args, argc, 0), &roots[1]);
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "errors", &key);
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, roots[1], RH_HIDDEN_DATA_ATTRS);
    heap_leave_frame(agent, &frame);
    *result = roots[0];
    return status;
}

/* Get(O, name) as a string: fallback when undefined, else ToString (step 3-6 of toString). */
static rh_status error_field_rjs(rh_agent *agent, rh_value o, const char *name, const char *fallback, rh_value *out)
{
    rh_value key, value;
    rh_status status = rh_atom_ascii(agent, name, &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, o, key, &value);
    if (status != RH_OK)
        return status;
    if (value_is_undefined(value))
        return rh_atom_ascii(agent, fallback, out);
    return rh_to_string_rjs(agent, value, out);
}

/* https://tc39.es/ecma262/#sec-error.prototype.tostring */
NATIVE(error_proto_to_string)
{
    rh_value roots[3] = {RH_UNDEFINED, RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *name, *msg, *separator, *joined;
    uint16_t realm_index = agent->current_realm->index;
    rh_status status;
    /* 2. If O is not an Object, throw a TypeError exception. */
    if (!value_is_object(this_value))
        return rh_throw_type_error(agent, "Error.prototype.toString requires that 'this' be an Object");
    ENTER_ROOTS(agent, frame, roots);
    status = error_field_rjs(agent, this_value, "name", "Error", &roots[0]);
    if (status == RH_OK)
        status = error_field_rjs(agent, this_value, "message", "", &roots[1]);
    if (status != RH_OK) {
        heap_leave_frame(agent, &frame);
        return status;
    }
    name = value_as_string(roots[0]);
    msg = value_as_string(roots[1]);
    /* 7-9. name empty: msg; msg empty: name; else name + ": " + msg. */
    if (name->length == 0 || msg->length == 0) {
        *result = name->length == 0 ? roots[1] : roots[0];
        heap_leave_frame(agent, &frame);
        return RH_OK;
    }
    status = str_from_ascii(agent, realm_index, ": ", &separator);
    if (status == RH_OK) {
        roots[2] = value_from_string(separator);
        status = str_concat(agent, realm_index, name, separator, &joined);
    }
    if (status == RH_OK) {
        roots[2] = value_from_string(joined);
        status = str_concat(agent, realm_index, joined, msg, &joined);
    }
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *result = value_from_string(joined);
    return rh_throw_status(agent, status, "Invalid string length");
}

static const rh_builtin_method error_prototype_methods[] = {
    RH_METHOD("toString", error_proto_to_string, 0),
};

/* The constructor of an error prototype that is being made: its id says which. */
typedef struct error_kind {
    const char *name;
    int constructor_id;
    uint8_t length;
    rh_native_fn fn;
} error_kind;

static const error_kind *error_kind_of(int prototype_id)
{
    static const error_kind kinds[] = {
        [RH_INTRINSIC_ErrorPrototype] = {"Error", RH_INTRINSIC_Error, 1, error_constructor},
        [RH_INTRINSIC_EvalErrorPrototype] = {"EvalError", RH_INTRINSIC_EvalError, 1, error_constructor},
        [RH_INTRINSIC_RangeErrorPrototype] = {"RangeError", RH_INTRINSIC_RangeError, 1, error_constructor},
        [RH_INTRINSIC_ReferenceErrorPrototype] = {"ReferenceError", RH_INTRINSIC_ReferenceError, 1, error_constructor},
        [RH_INTRINSIC_SyntaxErrorPrototype] = {"SyntaxError", RH_INTRINSIC_SyntaxError, 1, error_constructor},
        [RH_INTRINSIC_TypeErrorPrototype] = {"TypeError", RH_INTRINSIC_TypeError, 1, error_constructor},
        [RH_INTRINSIC_URIErrorPrototype] = {"URIError", RH_INTRINSIC_URIError, 1, error_constructor},
        [RH_INTRINSIC_AggregateErrorPrototype] = {"AggregateError", RH_INTRINSIC_AggregateError, 2,
                                                  aggregate_error_constructor},
    };
    return &kinds[prototype_id];
}

/* The constructor for a published error prototype: name, length, prototype links, and (for the
 * NativeErrors) [[Prototype]] %Error% (https://tc39.es/ecma262/#sec-properties-of-the-nativeerror-constructors). */
static rh_status make_error_constructor(rh_agent *agent, rh_realm *realm, rh_object *proto, int prototype_id)
{
    const error_kind *kind = error_kind_of(prototype_id);
    bool base = prototype_id == RH_INTRINSIC_ErrorPrototype;
    rh_builtin_class cls = {kind->name, kind->fn, kind->length, kind->constructor_id, NULL, 0,
                            base ? error_prototype_methods : NULL, base ? RH_COUNT_OF(error_prototype_methods) : 0};
    rh_object *constructor, *error_constructor;
    rh_status status = builtins_make_pair(agent, realm, proto, &cls, &constructor);
    if (status != RH_OK)
        return status;
    func_data(constructor)->magic = prototype_id;
    if (base)
        return RH_OK;
    status = realm_intrinsic_get(realm, RH_INTRINSIC_Error, &error_constructor);
    if (status == RH_OK)
        obj_set_prototype_of(constructor, error_constructor);
    return status;
}

static rh_status finish_error_prototype(rh_agent *agent, rh_realm *realm, int id, rh_object *proto, rh_object **out)
{
    rh_value roots[1] = {value_from_object(proto)};
    rh_root_frame frame;
    rh_status status;
    builtins_publish(realm, id, proto);
    ENTER_ROOTS(agent, frame, roots);
    /* intrinsics.c names the prototypes it knows; AggregateError is the builtins' own. */
    status = RH_OK;
    if (id == RH_INTRINSIC_AggregateErrorPrototype) {
        rh_value name;
        status = rh_atom_ascii(agent, "AggregateError", &name);
        if (status == RH_OK)
            status = func_define_value(agent, proto, "name", name, RH_HIDDEN_DATA_ATTRS);
    }
    if (status == RH_OK)
        status = make_error_constructor(agent, realm, proto, id);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = proto;
    return status;
}

/* %Error.prototype% and %Error%: https://tc39.es/ecma262/#sec-properties-of-the-error-prototype-object */
rh_status builtins_make_error_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *proto;
    rh_status status = intrinsic_make_error_prototype(agent, realm, &proto);
    if (status != RH_OK)
        return status;
    return finish_error_prototype(agent, realm, RH_INTRINSIC_ErrorPrototype, proto, out);
}

/* %NativeError.prototype% and %NativeError%, %AggregateError.prototype% and %AggregateError%. */
rh_status builtins_make_native_error_prototype(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    int id = (int)realm_intrinsic_being_made(realm);
    rh_object *proto;
    rh_status status = intrinsic_make_native_error_prototype(agent, realm, &proto);
    if (status != RH_OK)
        return status;
    return finish_error_prototype(agent, realm, id, proto, out);
}

/* The constructors' makers: ask for the prototype, whose maker published them. */
rh_status builtins_make_error(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return builtins_constructor_of(realm, RH_INTRINSIC_ErrorPrototype, RH_INTRINSIC_Error, out);
}

rh_status builtins_make_native_error(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    int id = (int)realm_intrinsic_being_made(realm);
    /* Each NativeError's prototype id is the constructor id's counterpart. */
    static const int prototype_of[][2] = {
        {RH_INTRINSIC_EvalError, RH_INTRINSIC_EvalErrorPrototype},
        {RH_INTRINSIC_RangeError, RH_INTRINSIC_RangeErrorPrototype},
        {RH_INTRINSIC_ReferenceError, RH_INTRINSIC_ReferenceErrorPrototype},
        {RH_INTRINSIC_SyntaxError, RH_INTRINSIC_SyntaxErrorPrototype},
        {RH_INTRINSIC_TypeError, RH_INTRINSIC_TypeErrorPrototype},
        {RH_INTRINSIC_URIError, RH_INTRINSIC_URIErrorPrototype},
        {RH_INTRINSIC_AggregateError, RH_INTRINSIC_AggregateErrorPrototype},
    };
    for (size_t i = 0; i < RH_COUNT_OF(prototype_of); i++) {
        if (prototype_of[i][0] == id)
            return builtins_constructor_of(realm, prototype_of[i][1], id, out);
    }
    return RH_ERR_OOM; /* unreachable: every id above is listed */
}
