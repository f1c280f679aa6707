/* String transformations for the self-hosted String methods (rh_selfhost.h): case mapping of
 * ASCII strings here (the hot path), everything else through the host's Python callback, as
 * the three-homes rule puts Unicode tables in a well-kept library (str.upper, unicodedata). */
#include <stdlib.h>
#include <string.h>

#include "rh_error.h"
#include "rh_function.h"
#include "rh_realm.h"
#include "rh_selfhost.h"

/* Where the host's callback leaves its result. */
typedef struct transform_sink {
    uint16_t *units;
    size_t length;
    bool ok;
} transform_sink;

void rh_selfhost_transform_result(void *sink, const uint16_t *units, size_t length)
{
    transform_sink *out = sink;
    out->units = malloc((length ? length : 1) * sizeof *units);
    if (out->units == NULL)
        return;
    memcpy(out->units, units, length * sizeof *units);
    out->length = length;
    out->ok = true;
}

static bool is_ascii(const rh_string *s)
{
    for (uint32_t i = 0; i < s->length; i++) {
        if (str_unit_at(s, i) >= 0x80)
            return false;
    }
    return true;
}

/* ASCII case mapping; NFC/NFD/NFKC/NFKD leave ASCII text unchanged. */
static rh_status ascii_transform(rh_agent *agent, rh_string *s, int op, rh_value *out)
{
    uint8_t *units;
    rh_string *made;
    rh_status status;
    if (op >= 2 || s->length == 0) {
        *out = value_from_string(s);
        return RH_OK;
    }
    units = malloc(s->length);
    if (units == NULL)
        return RH_ERR_OOM;
    for (uint32_t i = 0; i < s->length; i++) {
        uint8_t c = (uint8_t)str_unit_at(s, i);
        if (op == 0 && c >= 'a' && c <= 'z')
            c = (uint8_t)(c - 32);
        else if (op == 1 && c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        units[i] = c;
    }
    status = str_from_latin1(agent, rh_current_realm(agent)->index, units, s->length, &made);
    free(units);
    if (status == RH_OK)
        *out = value_from_string(made);
    return status;
}

rh_status selfhost_string_transform(rh_agent *agent, rh_string *s, int op, rh_value *out)
{
    rh_string_transform_fn transform = selfhost_transformer(agent);
    transform_sink sink = {NULL, 0, false};
    uint16_t *units;
    rh_string *made;
    rh_status status;
    if (is_ascii(s) && op < 6)
        return ascii_transform(agent, s, op, out);
    if (transform == NULL)
        return rh_throw_type_error(agent, "no Unicode case mapping or normalisation in this host");
    units = malloc((s->length ? s->length : 1) * sizeof *units);
    if (units == NULL)
        return RH_ERR_OOM;
    if (!str_copy_units(s, units)) {
        free(units);
        return RH_ERR_OOM;
    }
    if (transform(op, units, s->length, &sink) != 0 || !sink.ok) {
        free(units);
        free(sink.units);
        return rh_throw_type_error(agent, "string transformation failed");
    }
    free(units);
    status = str_from_utf16(agent, rh_current_realm(agent)->index, sink.units, sink.length, &made);
    free(sink.units);
    if (status == RH_OK)
        *out = value_from_string(made);
    return status;
}
