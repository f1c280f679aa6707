/* The binary operators on any values: https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator
 * The interpreter handles int32 and double operands inline; everything else comes here. */
#include <math.h>

#include "rh_error.h"
#include "rh_opcodes.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

static double js_mod(double x, double y)
{
    return fmod(x, y);
}

/* https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate: differs from pow only where
 * the base is +-1 and the exponent infinite or NaN. */
static double js_pow(double x, double y)
{
    if (y != y || ((x == 1 || x == -1) && isinf(y)))
        return NAN;
    return pow(x, y);
}

static rh_value number_op(int op, double x, double y)
{
    int32_t a, b;
    switch (op) {
    case RH_OP_Add:
        return value_from_number(x + y);
    case RH_OP_Sub:
        return value_from_number(x - y);
    case RH_OP_Mul:
        return value_from_number(x * y);
    case RH_OP_Div:
        return value_from_number(x / y);
    case RH_OP_Mod:
        return value_from_number(js_mod(x, y));
    case RH_OP_Exp:
        return value_from_number(js_pow(x, y));
    default:
        break;
    }
    a = rh_double_to_int32(x);
    b = rh_double_to_int32(y);
    switch (op) {
    case RH_OP_BitwiseAnd:
        return value_from_int32(a & b);
    case RH_OP_BitwiseOr:
        return value_from_int32(a | b);
    case RH_OP_BitwiseXor:
        return value_from_int32(a ^ b);
    case RH_OP_ShiftLeft:
        return value_from_int32((int32_t)((uint32_t)a << (b & 31)));
    case RH_OP_ShiftRight:
        return value_from_int32(a >> (b & 31));
    default: /* ShiftRightLogical */
        return value_from_number((double)((uint32_t)a >> (b & 31)));
    }
}

static rh_status concat(rh_agent *agent, rh_value a, rh_value b, rh_value *out)
{
    rh_value roots[2] = {a, b};
    rh_root_frame frame;
    rh_string *s;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 2);
    status = rh_to_string_rjs(agent, a, &roots[0]);
    if (status == RH_OK)
        status = rh_to_string_rjs(agent, roots[1], &roots[1]);
    if (status == RH_OK)
        status = str_concat(agent, agent->current_realm ? agent->current_realm->index : 0,
                            value_as_string(roots[0]), value_as_string(roots[1]), &s);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = value_from_string(s);
    else if (status == RH_ERR_RANGE)
        status = rh_throw_range_error(agent, "Invalid string length");
    return status;
}

rh_status rh_binary_op_rjs(rh_agent *agent, int op, rh_value lhs, rh_value rhs, rh_value *out)
{
    rh_value roots[2] = {lhs, rhs};
    rh_root_frame frame;
    double x, y;
    rh_status status = RH_OK;
    heap_enter_frame(agent, &frame, roots, 2);
    if (op == RH_OP_Add) {
        /* 1.a-c: ToPrimitive both, then a string on either side concatenates. */
        status = rh_to_primitive_rjs(agent, lhs, 0, &roots[0]);
        if (status == RH_OK)
            status = rh_to_primitive_rjs(agent, roots[1], 0, &roots[1]);
        if (status == RH_OK && (value_is_string(roots[0]) || value_is_string(roots[1]))) {
            status = concat(agent, roots[0], roots[1], out);
            heap_leave_frame(agent, &frame);
            return status;
        }
    }
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, roots[0], &x);
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, roots[1], &y);
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = number_op(op, x, y);
    return status;
}
