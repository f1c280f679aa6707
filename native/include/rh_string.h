/* Strings: immutable sequences of UTF-16 code units (string.c, string_convert.c).
 *
 * A flat string stores its units inline after the header: 8-bit (latin1) when every unit is below
 * 256, else 16-bit. Concatenation of long strings makes a rope node (left, right) instead of
 * copying; the first operation that needs the units flattens it once, iteratively, and the rope
 * becomes an indirection to the flat copy. So `s += x` repeated n times copies each unit once.
 * Ropes of any depth are safe: flattening and marking never recurse, so no depth bound is needed. */
#ifndef RH_STRING_H
#define RH_STRING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rh_heap.h"
#include "rh_status.h"
#include "rh_value.h"

typedef enum rh_string_form {
    RH_STR_FLAT = 0,     /* units inline */
    RH_STR_ROPE = 1,     /* left + right, not yet flattened */
    RH_STR_INDIRECT = 2, /* a flattened rope: forwards to its flat copy */
} rh_string_form;

/* Longest string: 2^30 - 1 units, as in V8 and QuickJS. */
#define RH_STRING_MAX_LENGTH ((1u << 30) - 1)
/* Below this total length a concatenation copies instead of making a rope node. */
#define RH_ROPE_MIN_LENGTH 24

struct rh_string {
    rh_cell cell;
    uint32_t length; /* in UTF-16 code units */
    uint32_t hash;   /* 0 until computed; a computed hash is never 0 */
    uint8_t form;    /* rh_string_form */
    uint8_t wide;    /* 1: 16-bit units (for a rope: some leaf is wide) */
    uint8_t is_atom;
    uint8_t pad[5];
    union {
        struct {
            rh_string *left;
            rh_string *right;
        } rope;
        rh_string *flat; /* RH_STR_INDIRECT */
        uint8_t latin1[1];
        uint16_t utf16[1];
    } u;
};

#define RH_STRING_HEADER_SIZE offsetof(rh_string, u)

/* New flat strings, charged to realm_index. */
rh_status str_from_latin1(rh_agent *agent, uint16_t realm_index, const uint8_t *units, size_t length,
                          rh_string **out) RH_WUR;
rh_status str_from_utf16(rh_agent *agent, uint16_t realm_index, const uint16_t *units, size_t length,
                         rh_string **out) RH_WUR;
/* UTF-8 as Python's 'surrogatepass' writes it: lone surrogates as 3-byte sequences. Malformed
 * input becomes U+FFFD. */
rh_status str_from_utf8(rh_agent *agent, uint16_t realm_index, const char *bytes, size_t size,
                        rh_string **out) RH_WUR;

/* a + b; a and b must be rooted. RH_ERR_RANGE when too long. */
rh_status str_concat(rh_agent *agent, uint16_t realm_index, rh_string *a, rh_string *b,
                     rh_string **out) RH_WUR;
/* The flat string with s's contents (s itself when already flat); s must be rooted. */
rh_status str_flatten(rh_agent *agent, rh_string *s, rh_string **out) RH_WUR;

/* Operations on flat strings (assert flat). */
static inline bool str_is_flat(const rh_string *s) { return s->form == RH_STR_FLAT; }
static inline uint16_t str_unit_at(const rh_string *s, uint32_t i)
{
    return s->wide ? s->u.utf16[i] : s->u.latin1[i];
}
/* The flat string behind s if it has one already (a flat string or a flattened rope), else NULL. */
rh_string *str_flat_or_null(rh_string *s);
/* Hash over code units, independent of width; cached. s must be flat. */
uint32_t str_hash(rh_string *s);
uint32_t str_hash_units(const void *units, bool wide, size_t length);
/* Content equality; both flat. */
bool str_equals_flat(const rh_string *a, const rh_string *b);
/* Content equality of any two strings, without allocating on the heap (walks ropes; scratch
 * failure answers false, so callers needing certainty flatten first). */
bool str_equals(rh_string *a, rh_string *b);

/* Copies s's units (any form) to out, which holds s->length units. Never allocates on the heap;
 * false only if the scratch stack for an unflattened rope could not be allocated. */
bool str_copy_units(const rh_string *s, uint16_t *out) RH_WUR;
/* UTF-8 (surrogatepass) size of flat s, and the encoding into out (size bytes). Never allocates. */
size_t str_utf8_size(const rh_string *s);
void str_to_utf8(const rh_string *s, char *out);

/* --- string_ops.c: primitives the interpreter and builtins build on --- */
rh_status str_from_ascii(rh_agent *agent, uint16_t realm_index, const char *text, rh_string **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-numeric-types-number-tostring (radix 10) as a string. */
rh_status str_from_number(rh_agent *agent, uint16_t realm_index, double d, rh_string **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-stringtonumber; s must be rooted (it may be flattened). */
rh_status str_to_number(rh_agent *agent, rh_string *s, double *out) RH_WUR;
/* Code-unit order of flat strings: negative, zero or positive (IsLessThan on strings,
 * https://tc39.es/ecma262/#sec-islessthan step 3). */
int str_compare_flat(const rh_string *a, const rh_string *b);
/* The units [start, end) of flat s as a new string (s itself for the whole range). */
rh_status str_substring(rh_agent *agent, uint16_t realm_index, rh_string *s, uint32_t start, uint32_t end,
                        rh_string **out) RH_WUR;
/* https://tc39.es/ecma262/#sec-stringindexof on flat strings: the first index >= from, or -1. */
int64_t str_index_of_flat(const rh_string *s, const rh_string *search, uint32_t from);

size_t str_cell_size(const rh_string *s);
void str_trace(rh_agent *agent, rh_string *s);

#endif
