/* Number <-> string conversions of the spec, without global state. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rh_numconv.h"

static const char DIGIT_CHARS[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* The shortest decimal digits that round-trip to v (> 0, finite), and the exponent n such that
 * v = 0.d1d2...dk × 10^n: the spec's k, n and s. Tries 1..17 significant digits with the C
 * library's correctly rounded %e; the first that reads back as v is the shortest, and being
 * correctly rounded it is also the closest of that length. */
static int shortest_digits(double v, char digits[24], int *n)
{
    char text[40];
    int k = 0;
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(text, sizeof text, "%.*e", precision - 1, v);
        if (strtod(text, NULL) == v)
            break;
    }
    const char *p = text;
    for (; *p != 'e'; p++) {
        if (*p != '.')
            digits[k++] = *p;
    }
    *n = atoi(p + 1) + 1;
    while (k > 1 && digits[k - 1] == '0')
        k--;
    digits[k] = '\0';
    return k;
}

static size_t append(char *out, size_t at, const char *text, size_t length)
{
    memcpy(out + at, text, length);
    return at + length;
}

static size_t append_zeros(char *out, size_t at, int count)
{
    for (int i = 0; i < count; i++)
        out[at++] = '0';
    return at;
}

/* https://tc39.es/ecma262/#sec-numeric-types-number-tostring, radix 10, steps 5-12 for v > 0. */
static size_t positive_to_decimal(double v, char *out, size_t at)
{
    char digits[24], exponent[8];
    int n, k = shortest_digits(v, digits, &n);
    if (k <= n && n <= 21) {
        at = append(out, at, digits, (size_t)k);
        return append_zeros(out, at, n - k);
    }
    if (0 < n && n <= 21) {
        at = append(out, at, digits, (size_t)n);
        out[at++] = '.';
        return append(out, at, digits + n, (size_t)(k - n));
    }
    if (-6 < n && n <= 0) {
        at = append(out, at, "0.", 2);
        at = append_zeros(out, at, -n);
        return append(out, at, digits, (size_t)k);
    }
    out[at++] = digits[0];
    if (k > 1) {
        out[at++] = '.';
        at = append(out, at, digits + 1, (size_t)(k - 1));
    }
    int e = n - 1;
    int length = snprintf(exponent, sizeof exponent, "e%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return append(out, at, exponent, (size_t)length);
}

/* Fraction digits of `fraction` in radix, stopping once the digits identify the double
 * (the remaining error is below half the gap to the neighbouring double, `delta`). Returns how
 * many digits were written; *carry is set when rounding up overflowed into the integer part. */
static size_t fraction_digits(double fraction, double delta, int radix, char *out, bool *carry)
{
    size_t count = 0;
    *carry = false;
    do {
        fraction *= radix;
        delta *= radix;
        int digit = (int)fraction;
        out[count++] = DIGIT_CHARS[digit];
        fraction -= digit;
        /* Past the half-way point and the rest is within delta of 1: round this digit up. */
        if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1))) && fraction + delta > 1) {
            for (;;) {
                if (count == 0) {
                    *carry = true;
                    return 0;
                }
                char c = out[count - 1];
                int d = c <= '9' ? c - '0' : c - 'a' + 10;
                if (d + 1 < radix) {
                    out[count - 1] = DIGIT_CHARS[d + 1];
                    return count;
                }
                count--; /* this digit overflows: drop it and carry into the previous one */
            }
        }
    } while (fraction >= delta);
    return count;
}

/* Integer digits of integer (>= 0, integral) in radix, written right to left ending at end. */
static char *integer_digits(double integer, int radix, char *end)
{
    char *p = end;
    /* Digits below the double's precision are not significant: they print as zeros. */
    while (integer / radix >= 9007199254740992.0) {
        *--p = '0';
        integer = floor(integer / radix);
    }
    do {
        double digit = fmod(integer, radix);
        *--p = DIGIT_CHARS[(int)digit];
        integer = (integer - digit) / radix;
    } while (integer > 0);
    return p;
}

/* Number::toString(radix) for radix other than 10 and v > 0 (the digit-limit is implied by
 * delta: at most about 1,100 fraction digits in radix 2). */
static size_t positive_to_radix(double v, int radix, char *out, size_t at)
{
    char fraction_buffer[1100], integer_buffer[1100];
    double integer = floor(v), fraction = v - integer;
    double delta = 0.5 * (nextafter(v, INFINITY) - v);
    size_t fraction_count = 0;
    bool carry = false;
    if (delta < nextafter(0.0, 1.0))
        delta = nextafter(0.0, 1.0);
    if (fraction >= delta)
        fraction_count = fraction_digits(fraction, delta, radix, fraction_buffer, &carry);
    if (carry)
        integer += 1;
    char *end = integer_buffer + sizeof integer_buffer;
    char *first = integer_digits(integer, radix, end);
    at = append(out, at, first, (size_t)(end - first));
    if (fraction_count > 0) {
        out[at++] = '.';
        at = append(out, at, fraction_buffer, fraction_count);
    }
    return at;
}

size_t numconv_to_string(double d, int radix, char *out)
{
    size_t at = 0;
    if (d != d)
        at = append(out, 0, "NaN", 3);
    else if (d == 0)
        at = append(out, 0, "0", 1); /* -0 too */
    else {
        if (d < 0) {
            out[at++] = '-';
            d = -d;
        }
        if (isinf(d))
            at = append(out, at, "Infinity", 8);
        else if (radix == 10)
            at = positive_to_decimal(d, out, at);
        else
            at = positive_to_radix(d, radix, out, at);
    }
    out[at] = '\0';
    return at;
}

/* https://tc39.es/ecma262/#sec-white-space and #sec-line-terminators */
int numconv_is_js_space(uint32_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return 1;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
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

/* NonDecimalIntegerLiteral digits in radix 2, 8 or 16, correctly rounded to the nearest double
 * (ties to even) however many digits there are. */
static double parse_power_of_two_radix(const uint16_t *s, size_t length, int radix)
{
    int bits = radix == 2 ? 1 : radix == 8 ? 3 : 4;
    uint64_t mantissa = 0;
    int exponent = 0;
    bool sticky = false;
    if (length == 0)
        return NAN;
    for (size_t i = 0; i < length; i++) {
        int d = digit_value(s[i]);
        if (d >= radix)
            return NAN;
        if (mantissa < (1ull << (63 - bits))) {
            mantissa = (mantissa << bits) | (uint64_t)d;
        } else {
            exponent += bits; /* digits past 63 bits only matter as "something nonzero" */
            sticky = sticky || d != 0;
        }
    }
    int width = mantissa ? 64 - __builtin_clzll(mantissa) : 0;
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

/* Validates StrUnsignedDecimalLiteral without "Infinity": digits, optional fraction, optional
 * exponent, at least one digit in the mantissa. */
static bool is_unsigned_decimal(const uint16_t *s, size_t length)
{
    size_t i = 0, mantissa_digits = 0;
    while (i < length && s[i] >= '0' && s[i] <= '9')
        i++, mantissa_digits++;
    if (i < length && s[i] == '.') {
        i++;
        while (i < length && s[i] >= '0' && s[i] <= '9')
            i++, mantissa_digits++;
    }
    if (mantissa_digits == 0)
        return false;
    if (i < length && (s[i] == 'e' || s[i] == 'E')) {
        size_t exponent_digits = 0;
        i++;
        if (i < length && (s[i] == '+' || s[i] == '-'))
            i++;
        while (i < length && s[i] >= '0' && s[i] <= '9')
            i++, exponent_digits++;
        if (exponent_digits == 0)
            return false;
    }
    return i == length;
}

/* StrDecimalLiteral: optional sign, then Infinity or an unsigned decimal (strtod does the
 * correctly rounded conversion once the syntax is known to be JavaScript's). */
static double parse_decimal(const uint16_t *s, size_t length)
{
    double sign = 1, result;
    if (length > 0 && (s[0] == '+' || s[0] == '-')) {
        sign = s[0] == '-' ? -1 : 1;
        s++, length--;
    }
    static const char infinity[] = "Infinity";
    if (length == 8) {
        bool match = true;
        for (size_t i = 0; i < 8 && match; i++)
            match = s[i] == (uint16_t)infinity[i];
        if (match)
            return sign * INFINITY;
    }
    if (!is_unsigned_decimal(s, length))
        return NAN;
    char *ascii = malloc(length + 1);
    if (ascii == NULL)
        return NAN; /* no memory for scratch: the caller's allocation would have failed too */
    for (size_t i = 0; i < length; i++)
        ascii[i] = (char)s[i];
    ascii[length] = '\0';
    result = strtod(ascii, NULL);
    free(ascii);
    return sign * result;
}

/* https://tc39.es/ecma262/#sec-stringtonumber */
double numconv_string_to_number(const uint16_t *units, size_t length)
{
    size_t start = 0, end = length;
    while (start < end && numconv_is_js_space(units[start]))
        start++;
    while (end > start && numconv_is_js_space(units[end - 1]))
        end--;
    const uint16_t *s = units + start;
    size_t n = end - start;
    if (n == 0)
        return 0;
    if (n > 2 && s[0] == '0') {
        uint16_t p = s[1] | 0x20;
        if (p == 'x' || p == 'o' || p == 'b')
            return parse_power_of_two_radix(s + 2, n - 2, p == 'x' ? 16 : p == 'o' ? 8 : 2);
    }
    return parse_decimal(s, n);
}
