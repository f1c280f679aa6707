/* Comparisons of values that need more than their bits. */
#include "rh_string.h"
#include "rh_value.h"

/* https://tc39.es/ecma262/#sec-samevalue */
bool value_same_value(rh_value a, rh_value b)
{
    if (a == b)
        return true;
    if (value_is_number(a) && value_is_number(b)) {
        double x = value_to_double(a), y = value_to_double(b);
        if (x != x && y != y)
            return true; /* NaN is canonical, but an int32 never is NaN: kept for clarity */
        return x == y && __builtin_signbit(x) == __builtin_signbit(y);
    }
    if (value_is_string(a) && value_is_string(b))
        return str_equals(value_as_string(a), value_as_string(b));
    return false;
}
