/* Strings across the Python boundary: UTF-8 in Python's 'surrogatepass' flavour, where a lone
 * surrogate is encoded as its own 3-byte sequence so that no JavaScript string is lost. */
#include <stdlib.h>

#include "rh_agent.h"
#include "rh_string.h"

#define REPLACEMENT_CHARACTER 0xFFFDu

/* Decodes one code point at bytes[*pos], advancing *pos; malformed input gives U+FFFD and
 * consumes one byte. Surrogate code points (ED A0..BF xx) are accepted. */
static uint32_t decode_code_point(const unsigned char *bytes, size_t size, size_t *pos)
{
    unsigned char b0 = bytes[*pos];
    uint32_t cp, min;
    size_t need;
    if (b0 < 0x80) {
        (*pos)++;
        return b0;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 1, cp = b0 & 0x1F, min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 2, cp = b0 & 0x0F, min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 3, cp = b0 & 0x07, min = 0x10000;
    } else {
        (*pos)++;
        return REPLACEMENT_CHARACTER;
    }
    if (*pos + need >= size) {
        (*pos)++;
        return REPLACEMENT_CHARACTER;
    }
    for (size_t i = 1; i <= need; i++) {
        unsigned char b = bytes[*pos + i];
        if ((b & 0xC0) != 0x80) {
            (*pos)++;
            return REPLACEMENT_CHARACTER;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF) {
        (*pos)++;
        return REPLACEMENT_CHARACTER;
    }
    *pos += need + 1;
    return cp;
}

rh_status str_from_utf8(rh_agent *agent, uint16_t realm_index, const char *text, size_t size, rh_string **out)
{
    const unsigned char *bytes = (const unsigned char *)text;
    size_t units = 0, pos = 0;
    bool wide = false;
    uint16_t *buffer;
    rh_status status;
    while (pos < size) {
        uint32_t cp = decode_code_point(bytes, size, &pos);
        units += cp >= 0x10000 ? 2 : 1;
        wide = wide || cp > 0xFF;
    }
    if (!wide) {
        uint8_t *latin1 = malloc(units ? units : 1);
        if (latin1 == NULL)
            return RH_ERR_OOM;
        for (pos = 0, units = 0; pos < size;)
            latin1[units++] = (uint8_t)decode_code_point(bytes, size, &pos);
        status = str_from_latin1(agent, realm_index, latin1, units, out);
        free(latin1);
        return status;
    }
    buffer = malloc(units * sizeof *buffer);
    if (buffer == NULL)
        return RH_ERR_OOM;
    for (pos = 0, units = 0; pos < size;) {
        uint32_t cp = decode_code_point(bytes, size, &pos);
        if (cp >= 0x10000) {
            buffer[units++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
            buffer[units++] = (uint16_t)(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            buffer[units++] = (uint16_t)cp;
        }
    }
    status = str_from_utf16(agent, realm_index, buffer, units, out);
    free(buffer);
    return status;
}

/* The code point starting at units[i] (a surrogate pair, or one unit) and its width in units. */
static uint32_t code_point_at(const uint16_t *units, size_t length, size_t i, size_t *width)
{
    uint16_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < length && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
        *width = 2;
        return 0x10000 + (((uint32_t)u - 0xD800) << 10) + (units[i + 1] - 0xDC00);
    }
    *width = 1;
    return u;
}

static size_t encode_code_point(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        if (o) o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        if (o) o[0] = (unsigned char)(0xC0 | (cp >> 6)), o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        if (o) {
            o[0] = (unsigned char)(0xE0 | (cp >> 12));
            o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        }
        return 3;
    }
    if (o) {
        o[0] = (unsigned char)(0xF0 | (cp >> 18));
        o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    }
    return 4;
}

/* Encodes a flat string; out may be NULL to measure. */
static size_t encode_flat(const rh_string *s, char *out)
{
    size_t size = 0;
    if (!s->wide) {
        for (uint32_t i = 0; i < s->length; i++)
            size += encode_code_point(s->u.latin1[i], out ? out + size : NULL);
        return size;
    }
    for (size_t i = 0, width; i < s->length; i += width)
        size += encode_code_point(code_point_at(s->u.utf16, s->length, i, &width), out ? out + size : NULL);
    return size;
}

size_t str_utf8_size(const rh_string *s)
{
    return encode_flat(s, NULL);
}

void str_to_utf8(const rh_string *s, char *out)
{
    encode_flat(s, out);
}
