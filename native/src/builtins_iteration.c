/* The iteration protocol as native builtins drive it (rh_builtins.h): GetIterator,
 * IteratorStepValue, IteratorClose. https://tc39.es/ecma262/#sec-operations-on-iterator-objects */
#include "rh_atom.h"
#include "rh_builtins.h"
#include "rh_call.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"

/* https://tc39.es/ecma262/#sec-getiterator (kind sync): record[0] the iterator, record[1] its
 * next method. obj rooted; record is the caller's rooted storage. */
rh_status builtins_get_iterator_rjs(rh_agent *agent, rh_value obj, rh_value record[2])
{
    rh_value method, key;
    rh_root_frame frame;
    rh_status status;
    /* 1. method = ? GetMethod(obj, @@iterator); undefined or not callable: TypeError */
    method = rh_well_known_symbol(agent, RH_SYMBOL_iterator);
    status = method == RH_UNDEFINED ? RH_ERR_OOM : rh_get_rjs(agent, obj, method, &method);
    if (status != RH_OK)
        return status;
    if (!value_is_callable(method))
        return rh_throw_type_error(agent, "object is not iterable");
    /* 2. GetIteratorFromMethod: the iterator must be an object; next is read once. */
    heap_enter_frame(agent, &frame, &method, 1);
    status = rh_call_rjs(agent, method, obj, NULL, 0, &record[0]);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK && !value_is_object(record[0]))
        status = rh_throw_type_error(agent, "Result of the Symbol.iterator method is not an object");
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "next", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, record[0], key, &record[1]);
    return status;
}

/* https://tc39.es/ecma262/#sec-iteratorstepvalue: *done, else *value (the caller roots it). */
rh_status builtins_iterator_step_value_rjs(rh_agent *agent, const rh_value record[2], bool *done, rh_value *value)
{
    rh_value result = RH_UNDEFINED, key, flag;
    rh_root_frame frame;
    rh_status status = rh_call_rjs(agent, record[1], record[0], NULL, 0, &result);
    if (status != RH_OK)
        return status;
    if (!value_is_object(result))
        return rh_throw_type_error(agent, "Iterator result %s is not an object", "value");
    heap_enter_frame(agent, &frame, &result, 1);
    status = rh_atom_ascii(agent, "done", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, result, key, &flag);
    *done = status == RH_OK && rh_to_boolean(flag);
    if (status == RH_OK && !*done && (status = rh_atom_ascii(agent, "value", &key)) == RH_OK)
        status = rh_get_rjs(agent, result, key, value);
    heap_leave_frame(agent, &frame);
    return status;
}

/* https://tc39.es/ecma262/#sec-iteratorclose after an abrupt completion (completion, a status
 * other than RH_OK): calls iterator.return if any and returns the original completion; a throw
 * keeps the original exception whatever return does. Uncatchable statuses skip the call. */
rh_status builtins_iterator_close_rjs(rh_agent *agent, rh_value iterator, rh_status completion)
{
    rh_value saved[2] = {iterator, RH_UNDEFINED};
    rh_value key, method, ignored;
    rh_root_frame frame;
    rh_status status;
    if (completion != RH_THROWN)
        return completion;
    saved[1] = rh_take_exception(agent);
    heap_enter_frame(agent, &frame, saved, 2);
    status = rh_atom_ascii(agent, "return", &key);
    if (status == RH_OK)
        status = rh_get_rjs(agent, saved[0], key, &method);
    if (status == RH_OK && !value_is_nullish(method))
        status = rh_call_rjs(agent, method, saved[0], NULL, 0, &ignored);
    heap_leave_frame(agent, &frame);
    /* 5. A throw completion wins over anything return did (but memory and termination do not). */
    if (status == RH_ERR_OOM || status == RH_TERMINATED)
        return status;
    if (status == RH_THROWN)
        rh_take_exception(agent);
    return rh_throw(agent, saved[1]);
}
