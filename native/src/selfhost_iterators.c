/* Iterator intrinsics: array iterators of every kind (array_iterator.c steps them) and string
 * iterators (https://tc39.es/ecma262/#sec-string-iterator-objects), whose [[IteratedString]]
 * and [[NextIndex]] are the internal values of an RH_OBJ_INTERNAL object. */
#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_iterator.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_selfhost.h"

#define INTRINSIC(name) RH_SELFHOST_INTRINSIC(name)
#define ARG(i) RH_SELFHOST_ARG(i)

enum { STRING_ITER_TAG, STRING_ITER_STRING, STRING_ITER_INDEX, STRING_ITER_SLOTS };
#define TAG_STRING_ITERATOR 0x53495452 /* "SITR" */

INTRINSIC(CreateArrayIterator)
{
    int32_t kind = value_is_int32(ARG(1)) ? value_as_int32(ARG(1)) : RH_ITERATE_VALUES;
    if (!value_is_object(ARG(0)))
        return rh_throw_type_error(agent, "CreateArrayIterator: not an object");
    if (kind < RH_ITERATE_KEYS || kind > RH_ITERATE_ENTRIES)
        return rh_throw_type_error(agent, "CreateArrayIterator: bad kind");
    return array_iterator_create(agent, value_as_object(ARG(0)), kind, result);
}

/* https://tc39.es/ecma262/#sec-createstringiterator (a closure over S and position there) */
INTRINSIC(CreateStringIterator)
{
    rh_object *proto, *it;
    rh_status status;
    if (!value_is_string(ARG(0)))
        return rh_throw_type_error(agent, "CreateStringIterator: not a string");
    status = realm_intrinsic_get(rh_current_realm(agent), RH_INTRINSIC_StringIteratorPrototype, &proto);
    if (status == RH_OK)
        status = obj_new_with_internals(agent, rh_current_realm(agent), RH_OBJ_INTERNAL, proto, 0, STRING_ITER_SLOTS,
                                        &it);
    if (status != RH_OK)
        return status;
    obj_internals(it)[STRING_ITER_TAG] = value_from_int32(TAG_STRING_ITERATOR);
    obj_internals(it)[STRING_ITER_STRING] = ARG(0);
    obj_internals(it)[STRING_ITER_INDEX] = value_from_int32(0);
    *result = value_from_object(it);
    return RH_OK;
}

static bool is_string_iterator(rh_value v)
{
    rh_object *o;
    if (!value_is_object(v))
        return false;
    o = value_as_object(v);
    return o->kind == RH_OBJ_INTERNAL && o->internal_count == STRING_ITER_SLOTS &&
           obj_internals(o)[STRING_ITER_TAG] == value_from_int32(TAG_STRING_ITERATOR);
}

/* The next code point of the iterator as a string, or undefined once done (the result object
 * is made in JavaScript). */
INTRINSIC(StringIteratorNext)
{
    rh_value *in;
    rh_string *s, *piece;
    uint32_t position, end;
    rh_status status;
    if (!is_string_iterator(ARG(0)))
        return rh_throw_type_error(agent, "next method called on an incompatible receiver");
    in = obj_internals(value_as_object(ARG(0)));
    if (value_is_undefined(in[STRING_ITER_STRING]))
        return RH_OK;
    status = builtins_flat_string(agent, in[STRING_ITER_STRING], &s);
    if (status != RH_OK)
        return status;
    position = (uint32_t)value_as_int32(in[STRING_ITER_INDEX]);
    if (position >= s->length) {
        in[STRING_ITER_STRING] = RH_UNDEFINED;
        return RH_OK;
    }
    /* CodePointAt: a lead surrogate followed by a trail surrogate is one code point. */
    end = position + 1;
    if (str_unit_at(s, position) >= 0xD800 && str_unit_at(s, position) <= 0xDBFF && end < s->length &&
        str_unit_at(s, end) >= 0xDC00 && str_unit_at(s, end) <= 0xDFFF)
        end++;
    status = str_substring(agent, rh_current_realm(agent)->index, s, position, end, &piece);
    if (status != RH_OK)
        return status;
    in[STRING_ITER_INDEX] = value_from_int32((int32_t)end);
    *result = value_from_string(piece);
    return RH_OK;
}
