/* String primitives for the interpreter and builtins: conversions, comparison, slicing, search. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_numconv.h"
#include "rh_string.h"

rh_status str_from_ascii(rh_agent *agent, uint16_t realm_index, const char *text, rh_string **out)
{
    return str_from_latin1(agent, realm_index, (const uint8_t *)text, strlen(text), out);
}

rh_status str_from_number(rh_agent *agent, uint16_t realm_index, double d, rh_string **out)
{
    char text[RH_NUMBER_STRING_MAX];
    size_t length = numconv_to_string(d, 10, text);
    return str_from_latin1(agent, realm_index, (const uint8_t *)text, length, out);
}

rh_status str_to_number(rh_agent *agent, rh_string *s, double *out)
{
    rh_string *flat;
    rh_status status = str_flatten(agent, s, &flat);
    if (status != RH_OK)
        return status;
    if (flat->wide) {
        *out = numconv_string_to_number(flat->u.utf16, flat->length);
        return RH_OK;
    }
    /* StringToNumber reads 16-bit units: widen a latin1 string (a short scratch copy). */
    uint16_t small[64], *units = flat->length <= 64 ? small : malloc(flat->length * sizeof *units);
    if (units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t i = 0; i < flat->length; i++)
        units[i] = flat->u.latin1[i];
    *out = numconv_string_to_number(units, flat->length);
    if (units != small)
        free(units);
    return RH_OK;
}

int str_compare_flat(const rh_string *a, const rh_string *b)
{
    uint32_t common = a->length < b->length ? a->length : b->length;
    if (!a->wide && !b->wide) {
        int c = memcmp(a->u.latin1, b->u.latin1, common);
        if (c != 0)
            return c;
    } else {
        for (uint32_t i = 0; i < common; i++) {
            int d = (int)str_unit_at(a, i) - (int)str_unit_at(b, i);
            if (d != 0)
                return d;
        }
    }
    return a->length < b->length ? -1 : a->length > b->length;
}

rh_status str_substring(rh_agent *agent, uint16_t realm_index, rh_string *s, uint32_t start, uint32_t end,
                        rh_string **out)
{
    if (start == 0 && end == s->length) {
        *out = s;
        return RH_OK;
    }
    if (!s->wide)
        return str_from_latin1(agent, realm_index, s->u.latin1 + start, end - start, out);
    /* The copy may be narrower than s (str_from_utf16 picks the width); the units go through a
     * scratch buffer so nothing reads s once the allocation may have collected. */
    uint16_t *units = malloc(((size_t)(end - start) + 1) * sizeof *units);
    if (units == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    memcpy(units, s->u.utf16 + start, (size_t)(end - start) * sizeof *units);
    rh_status status = str_from_utf16(agent, realm_index, units, end - start, out);
    free(units);
    return status;
}

int64_t str_index_of_flat(const rh_string *s, const rh_string *search, uint32_t from)
{
    uint32_t n = search->length;
    if (n == 0 && from <= s->length)
        return from;
    if (n > s->length)
        return -1;
    for (uint32_t i = from; i + n <= s->length; i++) {
        uint32_t j = 0;
        while (j < n && str_unit_at(s, i + j) == str_unit_at(search, j))
            j++;
        if (j == n)
            return i;
    }
    return -1;
}
