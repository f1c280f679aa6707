/* The Math object: https://tc39.es/ecma262/#sec-math-object
 * Every function and constant of ES2023. One C function serves the one-argument functions that
 * map straight onto C's <math.h> (magic: the index in unary_functions); the rest are their own.
 * A realm makes each function on its first lookup (builtins_lazy.c).
 * Math.random is xorshift128+ with its state on the agent, seeded per agent. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "rh_builtins.h"
#include "rh_error.h"
#include "rh_intrinsics.h"
#include "rh_ops.h"
#include "rh_realm.h"

#define NATIVE(name)                                                                                    \
    static rh_status name(rh_agent *agent, rh_value this_value, const rh_value *args, uint32_t argc, \
                          rh_value new_target, rh_value *result)

/* https://tc39.es/ecma262/#sec-math.round: the integer closest to x, ties towards +Infinity,
 * -0 for x in [-0.5, -0]. floor(x + 0.5) would round 0.49999999999999994 up. */
static double js_round(double x)
{
    double r;
    if (!isfinite(x) || x == 0 || x == trunc(x))
        return x;
    if (x < 0 && x >= -0.5)
        return -0.0;
    r = floor(x);
    return x - r >= 0.5 ? r + 1 : r;
}

/* https://tc39.es/ecma262/#sec-math.sign */
static double js_sign(double x)
{
    if (x != x || x == 0)
        return x;
    return x > 0 ? 1 : -1;
}

/* https://tc39.es/ecma262/#sec-math.cbrt: glibc's cbrt is off by an ulp on exact cubes
 * (cbrt(27) = 3.0000000000000004); of it and its neighbours, take the one whose cube is
 * closest to x in extended precision. */
static double js_cbrt(double x)
{
    double r = cbrt(x), best = r;
    long double best_error;
    if (!isfinite(r) || r == 0)
        return r;
    best_error = fabsl((long double)r * r * r - x);
    for (int i = 0; i < 2; i++) {
        double c = nextafter(r, i == 0 ? -INFINITY : INFINITY);
        long double error = fabsl((long double)c * c * c - x);
        if (error < best_error) {
            best = c;
            best_error = error;
        }
    }
    return best;
}

/* https://tc39.es/ecma262/#sec-math.fround */
static double js_fround(double x)
{
    return (double)(float)x;
}

/* https://tc39.es/ecma262/#sec-math.clz32 */
static double js_clz32(double x)
{
    uint32_t n = (uint32_t)rh_double_to_int32(x);
    return n == 0 ? 32 : __builtin_clz(n);
}

/* X(name, C function): Math's one-argument functions that are a C function of a double. */
#define RH_FOR_EACH_MATH_UNARY(X)                                                                  \
    X(abs, fabs) X(acos, acos) X(acosh, acosh) X(asin, asin) X(asinh, asinh) X(atan, atan)          \
    X(atanh, atanh) X(cbrt, js_cbrt) X(ceil, ceil) X(clz32, js_clz32) X(cos, cos) X(cosh, cosh)     \
    X(exp, exp) X(expm1, expm1) X(floor, floor) X(fround, js_fround) X(log, log) X(log1p, log1p)    \
    X(log10, log10) X(log2, log2) X(round, js_round) X(sign, js_sign) X(sin, sin) X(sinh, sinh)     \
    X(sqrt, sqrt) X(tan, tan) X(tanh, tanh) X(trunc, trunc)

enum {
#define X(name, fn) MATH_##name,
    RH_FOR_EACH_MATH_UNARY(X)
#undef X
};

static double (*const unary_functions[])(double) = {
#define X(name, fn) fn,
    RH_FOR_EACH_MATH_UNARY(X)
#undef X
};

/* Math.abs ... Math.trunc: 1. Let n be ? ToNumber(x). 2. Return f(n). */
NATIVE(math_unary)
{
    double x;
    rh_status status = rh_to_number_rjs(agent, rh_arg(args, argc, 0), &x);
    if (status == RH_OK)
        *result = value_from_number(unary_functions[func_native_magic(rh_native_callee(agent))](x));
    return status;
}

/* https://tc39.es/ecma262/#sec-math.atan2: ToNumber(y), then ToNumber(x). */
NATIVE(math_atan2)
{
    double y, x;
    rh_status status = rh_to_number_rjs(agent, rh_arg(args, argc, 0), &y);
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, rh_arg(args, argc, 1), &x);
    if (status == RH_OK)
        *result = value_from_number(atan2(y, x));
    return status;
}

/* https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate: C's pow but for a base of
 * +-1 with an infinite exponent (NaN here, 1 in C) and a NaN exponent. */
NATIVE(math_pow)
{
    double base, exponent;
    rh_status status = rh_to_number_rjs(agent, rh_arg(args, argc, 0), &base);
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, rh_arg(args, argc, 1), &exponent);
    if (status != RH_OK)
        return status;
    if (exponent != exponent || (fabs(base) == 1 && isinf(exponent)))
        *result = value_from_double(NAN);
    else
        *result = value_from_number(pow(base, exponent));
    return RH_OK;
}

/* https://tc39.es/ecma262/#sec-math.imul */
NATIVE(math_imul)
{
    double a, b;
    rh_status status = rh_to_number_rjs(agent, rh_arg(args, argc, 0), &a);
    if (status == RH_OK)
        status = rh_to_number_rjs(agent, rh_arg(args, argc, 1), &b);
    if (status == RH_OK) {
        uint32_t product = (uint32_t)rh_double_to_int32(a) * (uint32_t)rh_double_to_int32(b);
        *result = value_from_int32((int32_t)product);
    }
    return status;
}

/* Math.max (magic 1) and Math.min (magic 0): https://tc39.es/ecma262/#sec-math.max
 * Every argument is coerced first, in order; NaN wins; +0 is larger than -0. */
NATIVE(math_max_min)
{
    bool max = func_native_magic(rh_native_callee(agent)) == 1;
    double best = max ? -INFINITY : INFINITY;
    for (uint32_t i = 0; i < argc; i++) {
        double x;
        rh_status status = rh_to_number_rjs(agent, args[i], &x);
        if (status != RH_OK)
            return status;
        if (x != x || best != best)
            best = NAN;
        else if (x == 0 && best == 0 && max)
            best = signbit(x) && signbit(best) ? -0.0 : 0.0;
        else if (x == 0 && best == 0)
            best = signbit(x) || signbit(best) ? -0.0 : 0.0;
        else if (max ? x > best : x < best)
            best = x;
    }
    *result = value_from_number(best);
    return RH_OK;
}

/* The hypotenuse of already coerced numbers. */
static double hypot_of(const double *values, uint32_t argc)
{
    double largest = 0, sum = 0;
    bool infinite = false, nan = false;
    for (uint32_t i = 0; i < argc; i++) {
        infinite |= isinf(values[i]);
        nan |= values[i] != values[i];
        if (fabs(values[i]) > largest)
            largest = fabs(values[i]);
    }
    if (infinite || nan || largest == 0)
        return infinite ? INFINITY : nan ? NAN : 0.0;
    if (argc == 2)
        return hypot(values[0], values[1]);
    for (uint32_t i = 0; i < argc; i++) {
        double scaled = values[i] / largest;
        sum += scaled * scaled;
    }
    return largest * sqrt(sum);
}

/* https://tc39.es/ecma262/#sec-math.hypot: coerce all, then an infinity beats NaN, NaN beats the
 * rest; the sum of squares is scaled by the largest magnitude so it cannot overflow. */
NATIVE(math_hypot)
{
    double numbers[16], *values = numbers;
    rh_status status = RH_OK;
    if (argc > 16 && (values = malloc(argc * sizeof *values)) == NULL) {
        agent->oom = true;
        return RH_ERR_OOM;
    }
    for (uint32_t i = 0; i < argc && status == RH_OK; i++)
        status = rh_to_number_rjs(agent, args[i], &values[i]);
    if (status == RH_OK)
        *result = value_from_number(hypot_of(values, argc));
    if (values != numbers)
        free(values);
    return status;
}

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* Seeds the agent's generator once: the clock and the agent's address, so two agents (and two
 * processes) draw different sequences. */
static void seed_random(rh_agent *agent)
{
    struct timespec now;
    uint64_t seed;
    clock_gettime(CLOCK_REALTIME, &now);
    seed = (uint64_t)now.tv_nsec ^ ((uint64_t)now.tv_sec << 32) ^ (uint64_t)(uintptr_t)agent;
    agent->random_state[0] = splitmix64(&seed);
    agent->random_state[1] = splitmix64(&seed) | 1; /* never both zero */
}

/* https://tc39.es/ecma262/#sec-math.random: xorshift128+, 53 random bits in [0, 1). */
NATIVE(math_random)
{
    uint64_t s1, s0;
    if (agent->random_state[0] == 0 && agent->random_state[1] == 0)
        seed_random(agent);
    s1 = agent->random_state[0];
    s0 = agent->random_state[1];
    agent->random_state[0] = s0;
    s1 ^= s1 << 23;
    agent->random_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    *result = value_from_double((double)((agent->random_state[1] + s0) >> 11) * 0x1.0p-53);
    return RH_OK;
}

static const rh_builtin_number math_constants[] = {
    {"E", 2.718281828459045},       {"LN10", 2.302585092994046},     {"LN2", 0.6931471805599453},
    {"LOG10E", 0.4342944819032518}, {"LOG2E", 1.4426950408889634},   {"PI", 3.141592653589793},
    {"SQRT1_2", 0.7071067811865476}, {"SQRT2", 1.4142135623730951},
};

/* Every function, in the order the spec lists them (one table, so it can be installed lazily). */
static const rh_builtin_method math_functions[] = {
#define X(name, fn) RH_METHOD_MAGIC(#name, math_unary, 1, MATH_##name),
    RH_FOR_EACH_MATH_UNARY(X)
#undef X
    RH_METHOD("atan2", math_atan2, 2),
    RH_METHOD("hypot", math_hypot, 2),
    RH_METHOD("imul", math_imul, 2),
    RH_METHOD_MAGIC("max", math_max_min, 2, 1),
    RH_METHOD_MAGIC("min", math_max_min, 2, 0),
    RH_METHOD("pow", math_pow, 2),
    RH_METHOD("random", math_random, 0),
};

/* %Math%: an ordinary object (https://tc39.es/ecma262/#sec-properties-of-the-math-object). */
rh_status builtins_make_math(rh_agent *agent, rh_realm *realm, rh_object **out)
{
    rh_object *object_prototype, *math;
    rh_value roots[2] = {RH_UNDEFINED, RH_UNDEFINED};
    rh_root_frame frame;
    rh_status status = realm_intrinsic_get(realm, RH_INTRINSIC_ObjectPrototype, &object_prototype);
    if (status == RH_OK)
        status = obj_new(agent, realm, RH_OBJ_ORDINARY, object_prototype, RH_OBJECT_INLINE_SLOTS, &math);
    if (status != RH_OK)
        return status;
    roots[0] = value_from_object(math);
    heap_enter_frame(agent, &frame, roots, 2);
    status = builtins_define_numbers(agent, math, math_constants, RH_COUNT_OF(math_constants));
    /* Math[@@toStringTag] = "Math": { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
     * Defined before the functions, which wait for their first lookup: [[OwnPropertyKeys]] lists
     * symbols after strings anyway, and a define after them would install them all. */
    if (status == RH_OK)
        status = rh_atom_ascii(agent, "Math", &roots[1]);
    if (status == RH_OK) {
        rh_value key = rh_well_known_symbol(agent, RH_SYMBOL_toStringTag);
        status = key == RH_UNDEFINED ? RH_ERR_OOM
                                     : rh_define_data_rjs(agent, math, key, roots[1], RH_ATTR_CONFIGURABLE);
    }
    /* Published first: a realm's intrinsic may defer its methods until each is looked up. */
    builtins_publish(realm, RH_INTRINSIC_Math, math);
    if (status == RH_OK)
        status = builtins_define_methods_lazily(agent, realm, math, math_functions, RH_COUNT_OF(math_functions));
    heap_leave_frame(agent, &frame);
    if (status == RH_OK)
        *out = math;
    return status;
}
