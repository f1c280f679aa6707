/* print and console.log: the host's output for scripts and tests (writes the host hook, or the
 * process's stdout). Values are converted with ToString and separated by spaces. NON-SPEC:
 * console.log does not inspect objects as browsers and Node do; it prints ToString. */
#include <stdio.h>
#include <stdlib.h>

#include "rh_error.h"
#include "rh_function.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"
#include "rh_symbol.h"

static void emit(rh_agent *agent, const char *bytes, size_t size)
{
    if (agent->output != NULL) {
        agent->output(agent->output_data, bytes, size);
    } else {
        fwrite(bytes, 1, size, stdout);
        fflush(stdout);
    }
}

/* Writes one value's ToString; a Symbol prints as Symbol(description) rather than throwing. */
static rh_status emit_value(rh_agent *agent, rh_value v)
{
    rh_value text;
    rh_string *flat;
    char *buffer;
    size_t size;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status;
    if (value_is_symbol(v)) {
        emit(agent, "Symbol(", 7);
        v = value_as_symbol(v)->description;
        if (value_is_string(v)) {
            status = emit_value(agent, v);
            if (status != RH_OK)
                return status;
        }
        emit(agent, ")", 1);
        return RH_OK;
    }
    status = rh_to_string_rjs(agent, v, &text);
    if (status != RH_OK)
        return status;
    roots[0] = text;
    heap_enter_frame(agent, &frame, roots, 1);
    status = str_flatten(agent, value_as_string(text), &flat);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    size = str_utf8_size(flat);
    buffer = malloc(size ? size : 1);
    if (buffer == NULL)
        return RH_ERR_OOM;
    str_to_utf8(flat, buffer);
    emit(agent, buffer, size);
    free(buffer);
    return RH_OK;
}

static rh_status print(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                       rh_value new_target, rh_value *result)
{
    for (uint32_t i = 0; i < argc; i++) {
        rh_status status;
        if (i > 0)
            emit(agent, " ", 1);
        status = emit_value(agent, args[i]);
        if (status != RH_OK)
            return status;
    }
    emit(agent, "\n", 1);
    *result = RH_UNDEFINED;
    return RH_OK;
}

rh_status intrinsic_make_print(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, print, "print", 0, 0, 0, out);
}

rh_status intrinsic_make_console(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    static const char *const methods[] = {"log", "info", "warn", "error", "debug"};
    rh_object *console, *object_prototype;
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, object_prototype, RH_OBJECT_INLINE_SLOTS, &console);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(console);
    heap_enter_frame(agent, &frame, roots, 1);
    for (size_t i = 0; i < sizeof methods / sizeof *methods && status == RH_OK; i++)
        status = func_define_native(agent, realm, console, methods[i], print, 0);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = console;
    return status;
}
