/* Array exotic objects: https://tc39.es/ecma262/#sec-array-exotic-objects
 * "length" is not stored in the shape: the object keeps it (array_length, and a read-only flag),
 * and [[GetOwnProperty]] presents it as a non-enumerable, non-configurable data property. */
#include <math.h>
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_array.h"
#include "rh_atom.h"
#include "rh_error.h"
#include "rh_numconv.h"
#include "rh_ops.h"
#include "rh_string.h"

rh_status array_create(rh_agent *agent, rh_realm *realm, rh_object *proto, rh_object **out)
{
    /* Arrays rarely get named properties: no inline slots. */
    return obj_new(agent, realm, RH_OBJ_ARRAY, proto, 0, out);
}

/* ToNumber for the primitives a length can be given as. Objects need ToPrimitive, which runs
 * JavaScript: the interpreter converts them before calling (RH_ERR_TYPE otherwise). */
static rh_status primitive_to_number(rh_agent *agent, rh_value v, double *out)
{
    if (value_is_number(v)) {
        *out = value_to_double(v);
    } else if (value_is_bool(v)) {
        *out = value_as_bool(v) ? 1 : 0;
    } else if (value_is_null(v)) {
        *out = 0;
    } else if (value_is_undefined(v)) {
        *out = NAN;
    } else if (value_is_string(v)) {
        rh_string *s = value_as_string(v);
        uint16_t *units = malloc(((size_t)s->length + 1) * sizeof *units);
        if (units == NULL || !str_copy_units(s, units)) {
            free(units);
            agent->oom = true;
            return RH_ERR_OOM;
        }
        *out = numconv_string_to_number(units, s->length);
        free(units);
    } else {
        return RH_ERR_TYPE; /* symbols throw a TypeError; objects must be converted first */
    }
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-touint32 */
static uint32_t to_uint32(double d)
{
    if (!isfinite(d))
        return 0;
    double m = fmod(trunc(d), 4294967296.0);
    if (m < 0)
        m += 4294967296.0;
    return (uint32_t)m;
}

/* Step 16: deletes elements >= new_length from the top; stops at a non-configurable one, whose
 * index + 1 becomes the length. */
static rh_status delete_down_to(rh_agent *agent, rh_object *a, uint32_t new_length, uint32_t *stopped_at, bool *all)
{
    uint32_t count, *indices = elements_indices_from(agent, a, new_length, &count);
    rh_property_descriptor desc;
    *all = true;
    if (indices == NULL)
        return RH_ERR_OOM;
    for (uint32_t i = 0; i < count; i++) {
        if (elements_get_own(a, indices[i], &desc) && !(desc.attrs & RH_ATTR_CONFIGURABLE)) {
            *stopped_at = indices[i];
            *all = false;
            break;
        }
        elements_remove(a, indices[i]);
    }
    free(indices);
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-arraysetlength */
static rh_status array_set_length(rh_agent *agent, rh_object *a, const rh_property_descriptor *desc, bool *succeeded)
{
    rh_value length_key = agent->common.length;
    rh_property_descriptor new_desc = *desc;
    double number;
    uint32_t new_length, old_length = a->array_length;
    bool new_writable, deleted_all;
    rh_status status;
    *succeeded = false;
    /* 1. Without a value this is an ordinary define of "length". */
    if (!(desc->fields & RH_DESC_VALUE))
        return obj_ordinary_define_own_property(agent, a, length_key, desc, succeeded);
    /* 3-5. ToUint32 and ToNumber must agree, else RangeError. */
    status = primitive_to_number(agent, desc->value, &number);
    if (status != RH_OK)
        return status;
    new_length = to_uint32(number);
    if ((double)new_length != number)
        return RH_ERR_RANGE;
    /* 6. */
    new_desc.value = value_from_number(new_length);
    /* 10. Growing (or equal) is an ordinary define. */
    if (new_length >= old_length)
        return obj_ordinary_define_own_property(agent, a, length_key, &new_desc, succeeded);
    /* 11. */
    if (a->flags & RH_OBJ_LENGTH_READONLY)
        return RH_OK;
    /* 12-13. A request for non-writable is applied after the deletions. */
    new_writable = !(new_desc.fields & RH_DESC_WRITABLE) || (new_desc.attrs & RH_ATTR_WRITABLE);
    if (!new_writable)
        new_desc.attrs |= RH_ATTR_WRITABLE;
    /* 14-15. */
    status = obj_ordinary_define_own_property(agent, a, length_key, &new_desc, succeeded);
    if (status != RH_OK || !*succeeded)
        return status;
    /* 16. */
    uint32_t stopped_at = 0;
    status = delete_down_to(agent, a, new_length, &stopped_at, &deleted_all);
    if (status != RH_OK)
        return status;
    if (!deleted_all) {
        new_desc.value = value_from_number((double)stopped_at + 1);
        if (!new_writable)
            new_desc.attrs &= (uint8_t)~RH_ATTR_WRITABLE;
        status = obj_ordinary_define_own_property(agent, a, length_key, &new_desc, succeeded);
        *succeeded = false;
        return status;
    }
    /* 17. */
    if (!new_writable) {
        rh_property_descriptor readonly = {
            .value = RH_UNDEFINED, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED, .fields = RH_DESC_WRITABLE,
        };
        return obj_ordinary_define_own_property(agent, a, length_key, &readonly, succeeded);
    }
    *succeeded = true;
    return RH_OK;
}

rh_status array_length_value_to_number_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_property_descriptor *desc)
{
    rh_value roots[1] = {desc->value};
    rh_root_frame frame;
    double new_length, number_length;
    rh_status status;
    if (o->kind != RH_OBJ_ARRAY || key != agent->common.length || !(desc->fields & RH_DESC_VALUE) ||
        !value_is_object(desc->value))
        return RH_OK;
    heap_enter_frame(agent, &frame, roots, 1);
    /* 3. Let newLen be ℝ(? ToUint32(Desc.[[Value]])). */
    status = rh_to_number_rjs(agent, roots[0], &new_length);
    new_length = to_uint32(new_length);
    /* 4. Let numberLen be ? ToNumber(Desc.[[Value]]). */
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, roots[0], &number_length);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    /* 5. If SameValueZero(newLen, numberLen) is false, throw a RangeError exception. */
    if (new_length != number_length)
        return rh_throw_range_error(agent, "Invalid array length");
    /* 6. The number stands for the value from here on (array_set_length converts it again). */
    desc->value = value_from_number(new_length);
    return RH_OK;
}

rh_status array_length_set_value_rjs(rh_agent *agent, rh_object *o, rh_value key, rh_value *value)
{
    rh_property_descriptor desc = {
        .value = *value, .getter = RH_UNDEFINED, .setter = RH_UNDEFINED, .fields = RH_DESC_VALUE,
    };
    rh_status status;
    /* OrdinarySetWithOwnDescriptor 2.a: a non-writable length refuses the value unconverted. */
    if (o->kind != RH_OBJ_ARRAY || (o->flags & RH_OBJ_LENGTH_READONLY))
        return RH_OK;
    status = array_length_value_to_number_rjs(agent, o, key, &desc);
    if (status == RH_OK)
        *value = desc.value;
    return status;
}

/* https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc */
rh_status array_define_own_property(rh_agent *agent, rh_object *a, rh_value key, const rh_property_descriptor *desc,
                                    bool *succeeded)
{
    /* 1. */
    if (key == agent->common.length)
        return array_set_length(agent, a, desc, succeeded);
    /* 2. An index at or past a non-writable length is refused; one past the length extends it. */
    if (key_is_index(key)) {
        uint32_t index = key_index(key);
        if (index >= a->array_length && (a->flags & RH_OBJ_LENGTH_READONLY)) {
            *succeeded = false;
            return RH_OK;
        }
        rh_status status = obj_ordinary_define_own_property(agent, a, key, desc, succeeded);
        if (status != RH_OK || !*succeeded)
            return status;
        if (index >= a->array_length)
            a->array_length = index + 1;
        return RH_OK;
    }
    /* 3. */
    return obj_ordinary_define_own_property(agent, a, key, desc, succeeded);
}
