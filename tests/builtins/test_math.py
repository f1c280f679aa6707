"""Math: every function and constant of ES2023, exact at the edges (-0, NaN, infinities)."""
from __future__ import annotations

import math

import pytest

from tests.builtins.support import Case, Throws, run_case

NAN = float("nan")
INF = float("inf")

CONSTANTS = {"E": math.e, "LN10": math.log(10), "LN2": math.log(2), "LOG10E": math.log10(math.e),
             "LOG2E": math.log2(math.e), "PI": math.pi, "SQRT1_2": math.sqrt(0.5), "SQRT2": math.sqrt(2)}

FUNCTIONS = {"abs": 1, "acos": 1, "acosh": 1, "asin": 1, "asinh": 1, "atan": 1, "atanh": 1, "atan2": 2, "cbrt": 1,
             "ceil": 1, "clz32": 1, "cos": 1, "cosh": 1, "exp": 1, "expm1": 1, "floor": 1, "fround": 1, "hypot": 2,
             "imul": 2, "log": 1, "log1p": 1, "log10": 1, "log2": 1, "max": 2, "min": 2, "pow": 2, "random": 0,
             "round": 1, "sign": 1, "sin": 1, "sinh": 1, "sqrt": 1, "tan": 1, "tanh": 1, "trunc": 1}

CASES: list[Case] = [
    ("typeof Math + Object.prototype.toString.call(Math)", "object[object Math]"),
    ("Object.getPrototypeOf(Math) === Object.prototype", True),
    ("attrs(Math, Symbol.toStringTag)", "--c"),
    ("new Math.abs(1)", Throws("TypeError")),
    ("Math()", Throws("TypeError")),
    # round
    ("Math.round(2.5) + Math.round(-2.5) + Math.round(2.4)", 3 + -2 + 2),
    ("Object.is(Math.round(-0.5), -0) && Object.is(Math.round(-0.2), -0) && Object.is(Math.round(-0), -0)", True),
    ("Math.round(0.49999999999999994)", 0),
    ("Math.round(-0.5000000000000001)", -1),
    ("Math.round(4503599627370495.5)", 4503599627370496),
    ("Math.round(9007199254740991)", 9007199254740991),
    ("Math.round(NaN)", NAN),
    ("Math.round(Infinity)", INF),
    ("Math.round('2.6')", 3),
    # max / min
    ("Math.max()", -INF),
    ("Math.min()", INF),
    ("Math.max(1, 3, 2) + Math.min(1, 3, 2)", 4),
    ("Math.max(1, NaN, 3)", NAN),
    ("Math.min(NaN, 1)", NAN),
    ("Object.is(Math.max(-0, 0), 0) && Object.is(Math.max(0, -0), 0) && Object.is(Math.max(-0, -0), -0)", True),
    ("Object.is(Math.min(0, -0), -0) && Object.is(Math.min(-0, 0), -0) && Object.is(Math.min(0, 0), 0)", True),
    ("var n = 0; Math.max(NaN, {valueOf: function () { n++; return 1; }}); n", 1),
    ("Math.max({valueOf: function () { throw new RangeError('v'); }})", Throws("RangeError")),
    ("Math.max(Symbol())", Throws("TypeError")),
    ("Math.max('7', {valueOf: function () { return 8; }})", 8),
    # hypot
    ("Math.hypot()", 0),
    ("Math.hypot(3, 4)", 5),
    ("Math.hypot(1, 2, 2)", 3),
    ("Math.hypot(NaN, Infinity)", INF),
    ("Math.hypot(NaN, 1)", NAN),
    ("Math.hypot(-Infinity)", INF),
    ("Object.is(Math.hypot(-0, -0), 0)", True),
    ("Math.hypot(1e200, 1e200, 1e200) === 1.7320508075688772e200", True),
    ("Math.hypot(-3)", 3),
    # fround / clz32 / imul / sign / cbrt / trunc
    ("Math.fround(5.5)", 5.5),
    ("Math.fround(5.05)", 5.050000190734863),
    ("Math.fround(2 ** 128)", INF),
    ("Object.is(Math.fround(-0), -0)", True),
    ("Math.clz32(0) + ',' + Math.clz32(1) + ',' + Math.clz32(-1) + ',' + Math.clz32(0.5) + ',' + Math.clz32(2 ** 32)", "32,31,0,32,32"),
    ("Math.imul(2, 4) + Math.imul(-1, 8) + Math.imul(0xffffffff, 5)", 8 - 8 - 5),
    ("Math.imul(0x7fffffff, 2)", -2),
    ("Math.imul()", 0),
    ("Math.sign(3) + Math.sign(-3)", 0),
    ("Object.is(Math.sign(-0), -0) && Object.is(Math.sign(0), 0)", True),
    ("Math.sign(NaN)", NAN),
    ("Math.cbrt(27) + Math.cbrt(-8) + Math.cbrt(1)", 2),
    ("Object.is(Math.cbrt(-0), -0) && Math.cbrt(-Infinity) === -Infinity", True),
    ("Math.trunc(-4.7) + Math.trunc(4.7)", 0),
    ("Object.is(Math.trunc(-0.5), -0)", True),
    # floor / ceil / abs / sqrt
    ("Math.floor(-1.5) + Math.ceil(-1.5)", -3),
    ("Object.is(Math.ceil(-0.5), -0)", True),
    ("Math.abs(-5) + Math.abs('-2')", 7),
    ("Math.abs(-Infinity)", INF),
    ("Object.is(Math.abs(-0), 0)", True),
    ("Math.sqrt(-1)", NAN),
    ("Object.is(Math.sqrt(-0), -0)", True),
    # exponent and logarithms
    ("Math.pow(2, 10)", 1024),
    ("Math.pow(1, Infinity)", NAN),
    ("Math.pow(-1, -Infinity)", NAN),
    ("Math.pow(NaN, 0)", 1),
    ("Math.pow(1, NaN)", NAN),
    ("Object.is(Math.pow(-0, 3), -0)", True),
    ("Math.pow(-8, 1 / 3)", NAN),
    ("Math.exp(0) + Math.log(1) + Math.log10(1000) + Math.log2(8)", 7),
    ("Math.log(-1)", NAN),
    ("Math.log(0)", -INF),
    ("Object.is(Math.expm1(-0), -0) && Object.is(Math.log1p(-0), -0)", True),
    ("Math.log1p(-1)", -INF),
    # trigonometry and hyperbolics
    ("Math.sin(0) + Math.cos(0) + Math.tan(0)", 1),
    ("Object.is(Math.sin(-0), -0) && Object.is(Math.tan(-0), -0) && Object.is(Math.atan(-0), -0)", True),
    ("Math.sin(Infinity)", NAN),
    ("Math.acos(1) + Math.asin(0) + Math.atan(Infinity) * 2 === Math.PI", True),
    ("Math.acos(2)", NAN),
    ("Math.atan2(1, 1) * 4 === Math.PI", True),
    ("Object.is(Math.atan2(-0, 1), -0) && Math.atan2(0, -0) === Math.PI && Object.is(Math.atan2(-0, -0), -Math.PI)", True),
    ("Math.sinh(0) + Math.cosh(0) + Math.tanh(Infinity)", 2),
    ("Math.acosh(1) + Math.asinh(0) + Math.atanh(0)", 0),
    ("Math.acosh(0.5)", NAN),
    ("Math.atanh(1)", INF),
    ("Object.is(Math.asinh(-0), -0) && Object.is(Math.atanh(-0), -0) && Object.is(Math.tanh(-0), -0)", True),
    # random
    ("var ok = true; for (var i = 0; i < 1000; i++) { var r = Math.random(); ok = ok && r >= 0 && r < 1; } ok", True),
    ("var a = Math.random(), b = Math.random(), c = Math.random(); a !== b || b !== c", True),
    ("Math.abs(Symbol())", Throws("TypeError")),
]
CASES += [(f"Math.{name} === {value!r}", True) for name, value in CONSTANTS.items()]
CASES += [(f"attrs(Math, '{name}')", "---") for name in CONSTANTS]
CASES += [(f"Math.{name}.length + Math.{name}.name + attrs(Math, '{name}')", f"{length}{name}w-c")
          for name, length in FUNCTIONS.items()]
CASES += [("Object.getOwnPropertyNames(Math).length", len(CONSTANTS) + len(FUNCTIONS))]


@pytest.mark.parametrize("source, expected", CASES)
def test_math(host, source: str, expected) -> None:
    run_case(host, source, expected)


def test_random_differs_between_agents() -> None:
    from realm_host import Host
    draws = []
    for _ in range(2):
        with Host(output=lambda text: None) as h, h.new_realm() as realm:
            draws.append(realm.eval("Math.random() + ',' + Math.random()"))
    assert draws[0] != draws[1]
