/* JavaScript values: 64-bit NaN-boxing. The only file that knows the bit layout (STYLE rule 5).
 *
 * A double is stored as its own IEEE-754 bits. Every NaN is canonicalised to RH_CANONICAL_NAN
 * (a positive quiet NaN), so no double ever has its bits at or above RH_BOX_BASE (the negative
 * quiet NaN space). That space holds every other value:
 *
 *   1111 1111 1111 1 ttt | 48-bit payload
 *
 * ttt = 1 int32, 2 boolean, 3 misc (undefined, null, hole), 4 object, 5 string, 6 symbol,
 * 7 BigInt (reserved). Tags 4..7 are heap cells: the payload is the cell's address (user-space
 * pointers fit in 48 bits on every 64-bit platform we build on), so `bits >= RH_CELL_BASE`
 * answers "is this a heap cell" in one compare. */
#ifndef RH_VALUE_H
#define RH_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t rh_value;

typedef struct rh_cell rh_cell;
typedef struct rh_object rh_object;
typedef struct rh_string rh_string;
typedef struct rh_symbol rh_symbol;

#define RH_CANONICAL_NAN 0x7FF8000000000000ull
#define RH_BOX_BASE 0xFFF8000000000000ull
#define RH_CELL_BASE 0xFFFC000000000000ull
#define RH_PAYLOAD_MASK 0x0000FFFFFFFFFFFFull
#define RH_TAG_SHIFT 48

enum rh_value_tag {
    RH_TAG_INT32 = 1,
    RH_TAG_BOOL = 2,
    RH_TAG_MISC = 3,
    RH_TAG_OBJECT = 4,
    RH_TAG_STRING = 5,
    RH_TAG_SYMBOL = 6,
    RH_TAG_BIGINT = 7,
};

#define RH_BOX(tag, payload) (RH_BOX_BASE | ((uint64_t)(tag) << RH_TAG_SHIFT) | (uint64_t)(payload))

#define RH_UNDEFINED RH_BOX(RH_TAG_MISC, 0)
#define RH_NULL RH_BOX(RH_TAG_MISC, 1)
/* The hole: an absent array element in dense storage, or a binding in its temporal dead zone.
 * Never visible to JavaScript code. */
#define RH_HOLE RH_BOX(RH_TAG_MISC, 2)
#define RH_FALSE RH_BOX(RH_TAG_BOOL, 0)
#define RH_TRUE RH_BOX(RH_TAG_BOOL, 1)

static inline bool value_is_boxed(rh_value v) { return v >= RH_BOX_BASE; }
static inline unsigned value_tag(rh_value v) { return (unsigned)((v >> RH_TAG_SHIFT) & 7u); }

static inline bool value_is_double(rh_value v) { return v < RH_BOX_BASE; }
static inline bool value_is_int32(rh_value v) { return value_is_boxed(v) && value_tag(v) == RH_TAG_INT32; }
static inline bool value_is_number(rh_value v) { return value_is_double(v) || value_is_int32(v); }
static inline bool value_is_bool(rh_value v) { return value_is_boxed(v) && value_tag(v) == RH_TAG_BOOL; }
static inline bool value_is_undefined(rh_value v) { return v == RH_UNDEFINED; }
static inline bool value_is_null(rh_value v) { return v == RH_NULL; }
static inline bool value_is_nullish(rh_value v) { return v == RH_UNDEFINED || v == RH_NULL; }
static inline bool value_is_hole(rh_value v) { return v == RH_HOLE; }
static inline bool value_is_cell(rh_value v) { return v >= RH_CELL_BASE; }
static inline bool value_is_object(rh_value v) { return value_is_boxed(v) && value_tag(v) == RH_TAG_OBJECT; }
static inline bool value_is_string(rh_value v) { return value_is_boxed(v) && value_tag(v) == RH_TAG_STRING; }
static inline bool value_is_symbol(rh_value v) { return value_is_boxed(v) && value_tag(v) == RH_TAG_SYMBOL; }

static inline rh_value value_from_double(double d)
{
    rh_value v;
    if (d != d)
        return RH_CANONICAL_NAN;
    memcpy(&v, &d, sizeof v);
    return v;
}

static inline rh_value value_from_int32(int32_t i) { return RH_BOX(RH_TAG_INT32, (uint32_t)i); }

/* The preferred encoding of a number: int32 when the double is an integer in range and not -0. */
static inline rh_value value_from_number(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0) {
        int32_t i = (int32_t)d;
        if ((double)i == d && !(i == 0 && __builtin_signbit(d)))
            return value_from_int32(i);
    }
    return value_from_double(d);
}

static inline rh_value value_from_bool(bool b) { return b ? RH_TRUE : RH_FALSE; }

static inline double value_as_double(rh_value v)
{
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

static inline int32_t value_as_int32(rh_value v) { return (int32_t)(uint32_t)v; }
static inline bool value_as_bool(rh_value v) { return v == RH_TRUE; }

/* Any number value as a double. */
static inline double value_to_double(rh_value v)
{
    return value_is_int32(v) ? (double)value_as_int32(v) : value_as_double(v);
}

static inline rh_cell *value_as_cell(rh_value v) { return (rh_cell *)(uintptr_t)(v & RH_PAYLOAD_MASK); }
static inline rh_object *value_as_object(rh_value v) { return (rh_object *)value_as_cell(v); }
static inline rh_string *value_as_string(rh_value v) { return (rh_string *)value_as_cell(v); }
static inline rh_symbol *value_as_symbol(rh_value v) { return (rh_symbol *)value_as_cell(v); }

static inline rh_value value_from_object(rh_object *o) { return RH_BOX(RH_TAG_OBJECT, (uintptr_t)o); }
static inline rh_value value_from_string(rh_string *s) { return RH_BOX(RH_TAG_STRING, (uintptr_t)s); }
static inline rh_value value_from_symbol(rh_symbol *s) { return RH_BOX(RH_TAG_SYMBOL, (uintptr_t)s); }

/* https://tc39.es/ecma262/#sec-samevalue (value.c) */
bool value_same_value(rh_value a, rh_value b);

#endif
