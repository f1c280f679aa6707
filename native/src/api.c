/* The host's entry points: loading images, running scripts, values in and out (rh_host_api.h). */
#include <stdlib.h>
#include <string.h>

#include "rh_array.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_function.h"
#include "rh_host_api.h"
#include "rh_interp.h"
#include "rh_interp_slow.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

rh_loaded_image *rh_api_load_image(rh_agent *agent, const uint8_t *bytes, size_t length, const char *filename,
                                   int *status)
{
    rh_loaded_image *image = rh_image_load(agent, bytes, length, status);
    if (image != NULL && filename != NULL)
        image_set_filename(agent, image, filename);
    return image;
}

/* Leaves an entry point: an out-of-memory failure ends the evaluation with the oom flag set. */
static int finish(rh_agent *agent, rh_realm *outer, rh_status status)
{
    agent->current_realm = outer;
    if (status == RH_ERR_OOM)
        agent->oom = true;
    return (int)status;
}

int rh_api_run_script(rh_realm *realm, rh_loaded_image *image, rh_value *result)
{
    rh_agent *agent = realm->agent;
    rh_realm *outer = agent->current_realm;
    agent->terminate = 0;
    agent->budget = agent->budget_quantum;
    return finish(agent, outer, interp_run_script_rjs(agent, realm, image, result));
}

rh_value rh_agent_take_exception(rh_agent *agent)
{
    return rh_take_exception(agent);
}

uint64_t rh_agent_code_block_count(rh_agent *agent)
{
    return agent->code_blocks_live;
}

void rh_agent_set_output(rh_agent *agent, rh_output_fn output, void *data)
{
    agent->output = output;
    agent->output_data = data;
}

void rh_agent_set_interrupt(rh_agent *agent, rh_interrupt_fn interrupt, void *data, int64_t quantum)
{
    agent->interrupt = interrupt;
    agent->interrupt_data = data;
    agent->budget_quantum = quantum > 0 ? quantum : RH_DEFAULT_BUDGET_QUANTUM;
    agent->budget = agent->budget_quantum;
}

void rh_agent_request_terminate(rh_agent *agent, int on)
{
    agent->terminate = on;
}

int rh_api_value_kind(rh_value v)
{
    if (value_is_double(v))
        return 0;
    switch (value_tag(v)) {
    case RH_TAG_INT32:
        return 1;
    case RH_TAG_BOOL:
        return 2;
    case RH_TAG_MISC:
        return v == RH_UNDEFINED ? 3 : v == RH_NULL ? 4 : 5;
    case RH_TAG_OBJECT:
        return value_is_callable(v) ? 9 : 6;
    case RH_TAG_STRING:
        return 7;
    case RH_TAG_SYMBOL:
        return 8;
    }
    return -1;
}

double rh_api_to_double(rh_value v)
{
    return value_to_double(v);
}

rh_value rh_api_from_double(double d)
{
    return value_from_number(d);
}

rh_value rh_api_constant(int which)
{
    static const rh_value constants[4] = {RH_UNDEFINED, RH_NULL, RH_FALSE, RH_TRUE};
    return constants[which & 3];
}

rh_value rh_api_string(rh_realm *realm, const char *utf8, size_t size)
{
    rh_string *s;
    return str_from_utf8(realm->agent, realm->index, utf8, size, &s) == RH_OK ? value_from_string(s) : RH_UNDEFINED;
}

int rh_api_string_utf8(rh_agent *agent, rh_value s, char **out, size_t *size)
{
    rh_string *flat;
    rh_value roots[1] = {s};
    rh_root_frame frame;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = str_flatten(agent, value_as_string(s), &flat);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return (int)status;
    *size = str_utf8_size(flat);
    *out = malloc(*size ? *size : 1);
    if (*out == NULL)
        return RH_ERR_OOM;
    str_to_utf8(flat, *out);
    return RH_OK;
}

void rh_api_free(void *p)
{
    free(p);
}

int rh_api_get(rh_realm *realm, rh_value object, rh_value key, rh_value *out)
{
    rh_agent *agent = realm->agent;
    rh_realm *outer = agent->current_realm;
    rh_value roots[2] = {object, key};
    rh_root_frame frame;
    rh_status status;
    agent->current_realm = realm;
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK)
        status = rh_get_rjs(agent, object, roots[1], out);
    heap_leave_frame(agent, &frame);
    return finish(agent, outer, status);
}

int rh_api_set(rh_realm *realm, rh_value object, rh_value key, rh_value value)
{
    rh_agent *agent = realm->agent;
    rh_realm *outer = agent->current_realm;
    rh_value roots[3] = {object, key, value};
    rh_root_frame frame;
    rh_status status;
    agent->current_realm = realm;
    heap_enter_frame(agent, &frame, roots, 3);
    status = rh_to_property_key_rjs(agent, key, &roots[1]);
    if (status == RH_OK)
        status = rh_set_rjs(agent, object, roots[1], value, true);
    heap_leave_frame(agent, &frame);
    return finish(agent, outer, status);
}

int rh_api_call(rh_realm *realm, rh_value callee, rh_value this_value, const rh_value *args, uint32_t argc,
                rh_value *out)
{
    rh_agent *agent = realm->agent;
    rh_realm *outer = agent->current_realm;
    agent->current_realm = realm;
    agent->terminate = 0;
    return finish(agent, outer, rh_call_rjs(agent, callee, this_value, args, argc, out));
}

int rh_api_keys(rh_realm *realm, rh_value object, rh_value *out)
{
    rh_agent *agent = realm->agent;
    rh_realm *outer = agent->current_realm;
    rh_value roots[2] = {object, RH_UNDEFINED};
    rh_root_frame frame;
    rh_value state[3];
    rh_root_frame state_frame;
    rh_status status;
    rh_frame fake = {.realm = realm};
    agent->current_realm = realm;
    if (!value_is_object(object))
        return finish(agent, outer, rh_throw_type_error(agent, "keys of a non-object"));
    heap_enter_frame(agent, &frame, roots, 2);
    state[0] = state[1] = state[2] = RH_UNDEFINED;
    heap_enter_frame(agent, &state_frame, state, 3);
    status = interp_new_array(agent, &fake, 0, &roots[1]);
    if (status == RH_OK) {
        size_t count;
        rh_object *o = value_as_object(object);
        if (o->kind == RH_OBJ_GLOBAL)
            status = global_materialize(agent, realm, RH_UNDEFINED);
        if (status == RH_OK)
            status = obj_own_property_keys(agent, o, NULL, 0, &count);
        if (status == RH_OK && count > 0) {
            rh_value *keys = malloc(count * sizeof *keys);
            status = keys == NULL ? RH_ERR_OOM : obj_own_property_keys(agent, o, keys, count, &count);
            for (size_t i = 0; status == RH_OK && i < count; i++) {
                rh_property_descriptor desc;
                if (value_is_symbol(keys[i]) || !obj_get_own_property(agent, o, keys[i], &desc) ||
                    !(desc.attrs & RH_ATTR_ENUMERABLE))
                    continue;
                status = rh_to_string_rjs(agent, keys[i], &state[0]);
                if (status == RH_OK)
                    status = interp_array_push(agent, roots[1], state[0]);
            }
            free(keys);
        }
    }
    heap_leave_frame(agent, &state_frame);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = roots[1];
    return finish(agent, outer, status);
}

int rh_api_to_string(rh_realm *realm, rh_value v, rh_value *out)
{
    rh_agent *agent = realm->agent;
    rh_realm *outer = agent->current_realm;
    agent->current_realm = realm;
    return finish(agent, outer, rh_to_string_rjs(agent, v, out));
}

void rh_agent_set_eval_compiler(rh_agent *agent, rh_eval_compiler compiler, void *data)
{
    agent->eval_compiler = (void *)compiler;
    agent->eval_compiler_data = data;
}

void rh_api_throw_syntax_error(rh_agent *agent, const char *message)
{
    (void)rh_throw_syntax_error(agent, "%s", message);
}
