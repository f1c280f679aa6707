/* The global object's functions: https://tc39.es/ecma262/#sec-function-properties-of-the-global-object
 * (parseInt, parseFloat, isNaN, isFinite). Its value properties (globalThis, NaN, Infinity,
 * undefined) are global.c's. */
#include <math.h>
#include <stdlib.h>

#include "rh_builtins.h"
#include "rh_numconv.h"
#include "rh_ops.h"
#include "rh_string.h"

/* The code units of ToString(v) with leading white space removed: *units is malloc'd. */
static rh_status trimmed_units_rjs(rh_agent *agent, rh_value v, uint16_t **units, uint32_t *length)
{
    rh_value roots[1] = {RH_UNDEFINED};
    rh_root_frame frame;
    rh_string *s;
    uint32_t start = 0;
    rh_status status;
    heap_enter_frame(agent, &frame, roots, 1);
    status = builtins_to_flat_string_rjs(agent, v, &roots[0], &s);
    heap_leave_frame(agent, &frame);
    if (status != RH_OK)
        return status;
    while (start < s->length && numconv_is_js_space(str_unit_at(s, start)))
        start++;
    *length = s->length - start;
    *units = malloc(((size_t)*length + 1) * sizeof **units);
    if (*units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t i = 0; i < *length; i++)
        (*units)[i] = str_unit_at(s, start + i);
    return RH_OK;
}

static int digit_value(uint16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* The digits in a power-of-two radix, rounded to nearest even like any exact value would be. */
static double power_of_two_digits(const uint16_t *digits, uint32_t count, int radix)
{
    int bits = radix == 2 ? 1 : radix == 4 ? 2 : radix == 8 ? 3 : radix == 16 ? 4 : 5;
    uint64_t mantissa = 0;
    int exponent = 0, width;
    bool sticky = false;
    for (uint32_t i = 0; i < count; i++) {
        if (mantissa < (1ull << 56))
            mantissa = (mantissa << bits) | (uint64_t)digit_value(digits[i]);
        else {
            exponent += bits;
            sticky |= digit_value(digits[i]) != 0;
        }
    }
    width = mantissa == 0 ? 0 : 64 - __builtin_clzll(mantissa);
    if (width > 53) {
        int shift = width - 53;
        uint64_t rest = mantissa & ((1ull << shift) - 1), half = 1ull << (shift - 1);
        mantissa >>= shift;
        exponent += shift;
        if (rest > half || (rest == half && (sticky || (mantissa & 1))))
            mantissa++;
    }
    return ldexp((double)mantissa, exponent);
}

/* Z's mathematical value (step 14): exact for radix 10 (strtod rounds correctly) and the powers
 * of two; other radices accumulate in doubles, which the spec allows. */
static double digits_value(const uint16_t *digits, uint32_t count, int radix)
{
    if (radix == 10) {
        char *text = malloc((size_t)count + 1);
        double d;
        if (text == NULL)
            return NAN;
        for (uint32_t i = 0; i < count; i++)
            text[i] = (char)digits[i];
        text[count] = 0;
        d = strtod(text, NULL);
        free(text);
        return d;
    }
    if ((radix & (radix - 1)) == 0)
        return power_of_two_digits(digits, count, radix);
    double d = 0;
    for (uint32_t i = 0; i < count; i++)
        d = d * radix + digit_value(digits[i]);
    return d;
}

/* https://tc39.es/ecma262/#sec-parseint-string-radix */
static rh_status parse_int(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                           rh_value new_target, rh_value *result)
{
    uint16_t *s;
    uint32_t length, i = 0, end;
    int sign = 1, radix;
    bool strip_prefix = true;
    double r;
    /* 1-2. inputString, trimmed of leading white space. */
    rh_status status = trimmed_units_rjs(agent, rh_arg(args, argc, 0), &s, &length);
    if (status != RH_OK)
        return status;
    /* 6. R = ToInt32(radix) (after ToString above, as the spec orders it). */
    status = rh_to_number_rjs(agent, rh_arg(args, argc, 1), &r);
    if (status != RH_OK) {
        free(s);
        return status;
    }
    /* 4-5. sign */
    if (length > 0 && (s[0] == '-' || s[0] == '+'))
        sign = s[i++] == '-' ? -1 : 1;
    radix = rh_double_to_int32(r);
    /* 8-9. */
    if (radix != 0) {
        if (radix < 2 || radix > 36) {
            free(s);
            *result = value_from_double(NAN);
            return RH_OK;
        }
        strip_prefix = radix == 16;
    } else {
        radix = 10;
    }
    /* 10. "0x" / "0X" */
    if (strip_prefix && length - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
        i += 2;
        radix = 16;
    }
    /* 11-13. the longest prefix of radix-R digits; none is NaN. */
    for (end = i; end < length && digit_value(s[end]) < radix; end++)
        ;
    if (end == i) {
        free(s);
        *result = value_from_double(NAN);
        return RH_OK;
    }
    r = digits_value(s + i, end - i, radix);
    free(s);
    /* 15-16. sign x mathInt, with -0 for "-0". */
    *result = value_from_number(sign * r);
    return RH_OK;
}

static uint32_t scan_digits(const uint16_t *s, uint32_t i, uint32_t length)
{
    while (i < length && s[i] >= '0' && s[i] <= '9')
        i++;
    return i;
}

/* The length of the longest prefix that is a StrDecimalLiteral without its sign (0: none). */
static uint32_t decimal_literal_length(const uint16_t *s, uint32_t length)
{
    static const char infinity[] = "Infinity";
    uint32_t i, integral_end, fraction_end, exponent_end;
    if (length >= 8) {
        for (i = 0; i < 8 && s[i] == (uint16_t)infinity[i]; i++)
            ;
        if (i == 8)
            return 8;
    }
    integral_end = scan_digits(s, 0, length);
    fraction_end = integral_end;
    if (integral_end < length && s[integral_end] == '.')
        fraction_end = scan_digits(s, integral_end + 1, length);
    /* At least one digit before or after the point. */
    if (integral_end == 0 && fraction_end <= 1)
        return 0;
    if (fraction_end < length && (s[fraction_end] == 'e' || s[fraction_end] == 'E')) {
        i = fraction_end + 1;
        if (i < length && (s[i] == '+' || s[i] == '-'))
            i++;
        exponent_end = scan_digits(s, i, length);
        if (exponent_end > i)
            return exponent_end;
    }
    return fraction_end;
}

/* https://tc39.es/ecma262/#sec-parsefloat-string */
static rh_status parse_float(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                             rh_value new_target, rh_value *result)
{
    uint16_t *s;
    uint32_t length, sign_length, literal;
    double d = NAN;
    rh_status status = trimmed_units_rjs(agent, rh_arg(args, argc, 0), &s, &length);
    if (status != RH_OK)
        return status;
    sign_length = length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    literal = decimal_literal_length(s + sign_length, length - sign_length);
    if (literal == 8 && s[sign_length] == 'I') {
        d = INFINITY;
    } else if (literal > 0) {
        char *text = malloc((size_t)literal + 1);
        if (text == NULL) {
            free(s);
            agent->oom = true;
            return RH_ERR_OOM;
        }
        for (uint32_t i = 0; i < literal; i++)
            text[i] = (char)s[sign_length + i];
        text[literal] = 0;
        d = strtod(text, NULL);
        free(text);
    }
    if (sign_length == 1 && s[0] == '-')
        d = -d;
    free(s);
    *result = value_from_number(d);
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-isnan-number (magic 0) and #sec-isfinite-number (magic 1) */
static rh_status is_nan_or_finite(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                                  rh_value new_target, rh_value *result)
{
    double d;
    rh_status status = rh_to_number_rjs(agent, rh_arg(args, argc, 0), &d);
    if (status != RH_OK)
        return status;
    *result = value_from_bool(func_native_magic(rh_native_callee(agent)) == 0 ? d != d : isfinite(d));
    return RH_OK;
}

rh_status builtins_make_parse_int(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, parse_int, "parseInt", 2, 0, 0, out);
}

rh_status builtins_make_parse_float(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, parse_float, "parseFloat", 1, 0, 0, out);
}

rh_status builtins_make_is_nan(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, is_nan_or_finite, "isNaN", 1, 0, 0, out);
}

rh_status builtins_make_is_finite(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, is_nan_or_finite, "isFinite", 1, 0, 1, out);
}
