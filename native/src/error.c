/* Throwing exceptions and making error objects with a stack (rh_error.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "rh_atom.h"
#include "rh_code.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_interp.h"
#include "rh_object.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

#define RH_MESSAGE_MAX 512
#define RH_STACK_MAX_FRAMES 32
#define RH_STACK_TEXT_MAX 4096

rh_status rh_throw(rh_agent *agent, rh_value value)
{
    agent->exception = value;
    agent->has_exception = true;
    return RH_THROWN;
}

rh_value rh_take_exception(rh_agent *agent)
{
    rh_value e = agent->exception;
    agent->exception = RH_UNDEFINED;
    agent->has_exception = false;
    return e;
}

/* Appends "    at name (file:line:column)" for one frame to out. */
static size_t describe_frame(rh_agent *agent, const rh_frame *frame, char *out, size_t room)
{
    const rh_unlinked *fn = frame->fn;
    char name[128] = "";
    char file[256] = "<anonymous>";
    uint32_t line = 0, column = 0;
    rh_value v;
    if (fn->name != RH_IMG_NONE && image_string(agent, fn->image, fn->name, &v) == RH_OK) {
        rh_string *flat = str_flat_or_null(value_as_string(v));
        if (flat != NULL && str_utf8_size(flat) < sizeof name) {
            str_to_utf8(flat, name);
            name[str_utf8_size(flat)] = 0;
        }
    }
    if (value_is_string(fn->image->filename)) {
        rh_string *flat = str_flat_or_null(value_as_string(fn->image->filename));
        if (flat != NULL && str_utf8_size(flat) < sizeof file) {
            str_to_utf8(flat, file);
            file[str_utf8_size(flat)] = 0;
        }
    }
    image_position_at(fn, (uint32_t)(frame->pc - fn->code), &line, &column);
    if (name[0] != 0 && !(fn->flags & RH_FN_TOP_LEVEL))
        return (size_t)snprintf(out, room, "\n    at %s (%s:%u:%u)", name, file, line, column);
    return (size_t)snprintf(out, room, "\n    at %s:%u:%u", file, line, column);
}

/* "Name: message" then one line per frame, innermost first. */
static rh_status stack_text(rh_agent *agent, rh_object *o, rh_value *out)
{
    char text[RH_STACK_TEXT_MAX];
    size_t used = 0;
    uint32_t frames = interp_frame_count(agent);
    rh_string *s;
    rh_status status;
    rh_value name = RH_UNDEFINED, message = RH_UNDEFINED;
    rh_value key;
    /* The header reads name and message without running getters (a plain lookup). */
    if (rh_atom_ascii(agent, "name", &key) == RH_OK && obj_get(agent, o, key, value_from_object(o), &name) != RH_OK)
        name = RH_UNDEFINED;
    if (rh_atom_ascii(agent, "message", &key) == RH_OK &&
        obj_get(agent, o, key, value_from_object(o), &message) != RH_OK)
        message = RH_UNDEFINED;
    text[0] = 0;
    if (value_is_string(name)) {
        rh_string *flat = str_flat_or_null(value_as_string(name));
        if (flat != NULL && str_utf8_size(flat) < 128) {
            str_to_utf8(flat, text);
            used = str_utf8_size(flat);
        }
    }
    if (value_is_string(message) && value_as_string(message)->length > 0) {
        rh_string *flat = str_flat_or_null(value_as_string(message));
        if (flat != NULL && used + 2 + str_utf8_size(flat) < RH_STACK_TEXT_MAX / 2) {
            memcpy(text + used, ": ", 2);
            used += 2;
            str_to_utf8(flat, text + used);
            used += str_utf8_size(flat);
        }
    }
    for (uint32_t i = 0; i < frames && i < RH_STACK_MAX_FRAMES && used < sizeof text - 1; i++)
        used += describe_frame(agent, interp_frame(agent, i), text + used, sizeof text - used);
    if (used >= sizeof text)
        used = sizeof text - 1;
    status = str_from_utf8(agent, o->cell.realm_index, text, used, &s);
    if (status == RH_OK)
        *out = value_from_string(s);
    return status;
}

rh_status error_capture_stack(rh_agent *agent, rh_object *o)
{
    rh_value roots[2] = {value_from_object(o), RH_UNDEFINED};
    rh_root_frame frame;
    rh_value text, key;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = stack_text(agent, o, &text);
    if (status == RH_OK) {
        roots[1] = text;
        status = rh_atom_ascii(agent, "stack", &key);
    }
    if (status == RH_OK)
        status = rh_define_data_rjs(agent, o, key, text, RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
    heap_leave_frame(agent, &frame);
    return status;
}

rh_status error_create(rh_agent *agent, rh_realm *realm, rh_intrinsic_id proto_id, rh_value message,
                       rh_object **out)
{
    rh_object *proto, *o;
    rh_value roots[2] = {message, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value key;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = realm_intrinsic_get(realm, proto_id, &proto);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ERROR, proto, RH_OBJECT_INLINE_SLOTS, &o);
    if (status == RH_OK) {
        roots[1] = value_from_object(o);
        if (!value_is_undefined(message)) {
            status = rh_atom_ascii(agent, "message", &key);
            if (status == RH_OK)
                status = rh_define_data_rjs(agent, o, key, message, RH_ATTR_WRITABLE | RH_ATTR_CONFIGURABLE);
        }
    }
    if (status == RH_OK)
        status = error_capture_stack(agent, o);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = o;
    return status;
}

static rh_status throw_formatted(rh_agent *agent, rh_intrinsic_id proto, const char *fmt, va_list ap)
{
    char text[RH_MESSAGE_MAX];
    rh_realm *realm = agent->current_realm;
    rh_string *message;
    rh_object *error;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    int n = vsnprintf(text, sizeof text, fmt, ap);
    if (n < 0)
        n = 0;
    if ((size_t)n >= sizeof text)
        n = (int)sizeof text - 1;
    if (realm == NULL)
        return rh_throw(agent, RH_UNDEFINED);
    status = str_from_utf8(agent, realm->index, text, (size_t)n, &message);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_string(message);
    heap_enter_frame(agent, &frame, roots, 1);
    status = error_create(agent, realm, proto, roots[0], &error);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    return rh_throw(agent, value_from_object(error));
}

rh_status rh_throw_error(rh_agent *agent, rh_intrinsic_id proto, const char *fmt, ...)
{
    va_list ap;
    rh_status status;
    va_start(ap, fmt);
    status = throw_formatted(agent, proto, fmt, ap);
    va_end(ap);
    return status;
}

#define RH_DEFINE_THROWER(fn_name, intrinsic)                      \
    rh_status fn_name(rh_agent *agent, const char *fmt, ...)       \
    {                                                              \
        va_list ap;                                                \
        rh_status status;                                          \
        va_start(ap, fmt);                                         \
        status = throw_formatted(agent, intrinsic, fmt, ap);       \
        va_end(ap);                                                \
        return status;                                             \
    }

RH_DEFINE_THROWER(rh_throw_type_error, RH_INTRINSIC_TypeErrorPrototype)
RH_DEFINE_THROWER(rh_throw_range_error, RH_INTRINSIC_RangeErrorPrototype)
RH_DEFINE_THROWER(rh_throw_reference_error, RH_INTRINSIC_ReferenceErrorPrototype)
RH_DEFINE_THROWER(rh_throw_syntax_error, RH_INTRINSIC_SyntaxErrorPrototype)

rh_status rh_throw_status(rh_agent *agent, rh_status status, const char *what)
{
    switch (status) {
    case RH_ERR_RANGE:
        return rh_throw_range_error(agent, "%s", what);
    case RH_ERR_TYPE:
        return rh_throw_type_error(agent, "%s", what);
    default:
        return status;
    }
}
