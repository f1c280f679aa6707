/* Numbers to strings and strings to numbers (numconv.c). No global state; the decimal paths use
 * snprintf and strtod, which read LC_NUMERIC: the host process must keep the "C" numeric locale
 * (Python does unless a program calls locale.setlocale). */
#ifndef RH_NUMCONV_H
#define RH_NUMCONV_H

#include <stddef.h>
#include <stdint.h>

/* Room for any Number::toString result in any radix, with the terminating NUL. */
#define RH_NUMBER_STRING_MAX 2200

/* https://tc39.es/ecma262/#sec-numeric-types-number-tostring with radix 2..36. Writes a
 * NUL-terminated ASCII string to out (RH_NUMBER_STRING_MAX bytes) and returns its length. */
size_t numconv_to_string(double d, int radix, char *out);
/* https://tc39.es/ecma262/#sec-stringtonumber over UTF-16 code units. */
double numconv_string_to_number(const uint16_t *units, size_t length);
/* JavaScript WhiteSpace or LineTerminator. */
int numconv_is_js_space(uint32_t unit);

#endif
