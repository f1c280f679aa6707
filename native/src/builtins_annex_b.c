/* Annex B global functions: escape and unescape (https://tc39.es/ecma262/#sec-additional-properties-of-the-global-object).
 * They work on UTF-16 code units, not on UTF-8 like the encodeURI family (selfhosted/uri.js). */
#include <stdlib.h>

#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_ops.h"
#include "rh_realm.h"
#include "rh_string.h"

static const char hex_digits[] = "0123456789ABCDEF";

/* The ToString of the first argument, flattened (rooted in *root). */
static rh_status flat_argument_rjs(rh_agent *agent, const rh_value *args, uint32_t argc, rh_value *root,
                                   rh_string **out)
{
    rh_root_frame frame;
    rh_status status = rh_to_string_rjs(agent, rh_arg(args, argc, 0), root);
    if (status != RH_OK)
        return status;
    heap_enter_frame(agent, &frame, root, 1);
    status = str_flatten(agent, value_as_string(*root), out);
    heap_leave_frame(agent, &frame);
    return status;
}

/* The units as a new string of the running realm; frees units. */
static rh_status finish(rh_agent *agent, uint16_t *units, size_t length, rh_value *result)
{
    rh_string *s;
    rh_status status = str_from_utf16(agent, rh_current_realm(agent)->index, units, length, &s);
    free(units);
    if (status == RH_OK)
        *result = value_from_string(s);
    return rh_throw_status(agent, status, "Invalid string length");
}

/* Step 3 of escape: the ASCII word characters and "@*+-./" stay as they are. */
static bool escape_keeps(uint16_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
           c == '*' || c == '+' || c == '-' || c == '.' || c == '/';
}

/* https://tc39.es/ecma262/#sec-escape-string */
static rh_status escape(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                        rh_value new_target, rh_value *result)
{
    rh_value root = RH_UNDEFINED;
    rh_string *s;
    uint16_t *units;
    size_t n = 0;
    rh_status status = flat_argument_rjs(agent, args, argc, &root, &s);
    if (status != RH_OK)
        return status;
    units = malloc(((size_t)s->length * 6 + 1) * sizeof *units); /* "%uXXXX" at most per unit */
    if (units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t k = 0; k < s->length; k++) {
        uint16_t c = str_unit_at(s, k);
        if (escape_keeps(c)) {
            units[n++] = c;
            continue;
        }
        /* 5.b.ii-iv: "%XX" below 256, else "%uXXXX", upper-case hexadecimal digits. */
        units[n++] = '%';
        if (c >= 256)
            units[n++] = 'u';
        for (int shift = c >= 256 ? 12 : 4; shift >= 0; shift -= 4)
            units[n++] = (uint16_t)hex_digits[(c >> shift) & 0xF];
    }
    return finish(agent, units, n, result);
}

/* The value of count hexadecimal digits of s from position at, or -1. */
static int32_t hex_value(const rh_string *s, uint32_t at, uint32_t count)
{
    int32_t value = 0;
    for (uint32_t i = 0; i < count; i++) {
        uint16_t c = str_unit_at(s, at + i);
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

/* https://tc39.es/ecma262/#sec-unescape-string */
static rh_status unescape(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc,
                          rh_value new_target, rh_value *result)
{
    rh_value root = RH_UNDEFINED;
    rh_string *s;
    uint16_t *units;
    size_t n = 0;
    rh_status status = flat_argument_rjs(agent, args, argc, &root, &s);
    if (status != RH_OK)
        return status;
    units = malloc(((size_t)s->length + 1) * sizeof *units); /* never longer than the input */
    if (units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t k = 0; k < s->length; k++) {
        uint16_t c = str_unit_at(s, k);
        int32_t code;
        /* 5.c: "%uXXXX" is one code unit, else "%XX" is one; anything else stays. */
        if (c == '%' && k + 6 <= s->length && str_unit_at(s, k + 1) == 'u' && (code = hex_value(s, k + 2, 4)) >= 0) {
            c = (uint16_t)code;
            k += 5;
        } else if (c == '%' && k + 3 <= s->length && (code = hex_value(s, k + 1, 2)) >= 0) {
            c = (uint16_t)code;
            k += 2;
        }
        units[n++] = c;
    }
    return finish(agent, units, n, result);
}

rh_status builtins_make_escape(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, escape, "escape", 1, 0, 0, out);
}

rh_status builtins_make_unescape(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    return func_new_native_ascii(agent, realm, unescape, "unescape", 1, 0, 0, out);
}
