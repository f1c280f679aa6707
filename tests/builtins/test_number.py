"""Number and Boolean: constructors, constants, predicates, toString (radix), toFixed, valueOf."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

NAN = float("nan")

CASES: list[Case] = [
    # Number constructor
    ("Number()", 0),
    ("Number('12')", 12),
    ("Number(' 0x10 ')", 16),
    ("Number('1e3')", 1000),
    ("Number('')", 0),
    ("Number('x')", NAN),
    ("Number(undefined)", NAN),
    ("Number(null) + Number(true)", 1),
    ("Number(Symbol())", Throws("TypeError")),
    ("Object.is(Number('-0'), -0)", True),
    ("typeof new Number(1)", "object"),
    ("new Number(5) + 1", 6),
    ("Object.prototype.toString.call(Number.prototype)", "[object Number]"),
    ("Number.prototype.valueOf()", 0),
    ("class N extends Number {}; var n = new N(3); n.valueOf() + (n instanceof N)", 4),
    ("Number.length + Number.name", "1Number"),
    # constants
    ("Number.MAX_SAFE_INTEGER === 9007199254740991 && Number.MIN_SAFE_INTEGER === -9007199254740991", True),
    ("Number.EPSILON === Math.pow(2, -52)", True),
    ("Number.MAX_VALUE", 1.7976931348623157e308),
    ("Number.MIN_VALUE", 5e-324),
    ("Number.NaN", NAN),
    ("Number.POSITIVE_INFINITY === Infinity && Number.NEGATIVE_INFINITY === -Infinity", True),
    ("attrs(Number, 'MAX_VALUE') + attrs(Number, 'NaN')", "------"),
    ("Number.MAX_VALUE = 1; Number.MAX_VALUE", 1.7976931348623157e308),
    ("Number.parseFloat === parseFloat && Number.parseInt === parseInt", True),
    # predicates (no coercion)
    ("Number.isFinite(1) && !Number.isFinite('1') && !Number.isFinite(Infinity) && !Number.isFinite(NaN)", True),
    ("Number.isInteger(5) && Number.isInteger(5.0) && !Number.isInteger(5.5) && !Number.isInteger('5') && !Number.isInteger(Infinity)", True),
    ("Number.isNaN(NaN) && !Number.isNaN('x') && !Number.isNaN(undefined)", True),
    ("Number.isSafeInteger(9007199254740991) && !Number.isSafeInteger(9007199254740992) && !Number.isSafeInteger(1.5)", True),
    ("Number.isInteger(-0) && Number.isSafeInteger(-0)", True),
    # toString
    ("(255).toString(16) + (255).toString(2) + (255).toString()", "ff11111111255"),
    ("(-255).toString(36)", "-73"),
    ("(0.5).toString(2)", "0.1"),
    ("(1e21).toString()", "1e+21"),
    ("(123.456).toString()", "123.456"),
    ("(0.1 + 0.2).toString()", "0.30000000000000004"),
    ("(5e-7).toString()", "5e-7"),
    ("(-0).toString()", "0"),
    ("NaN.toString(2) + Infinity.toString(16)", "NaNInfinity"),
    ("(10).toString(1)", Throws("RangeError")),
    ("(10).toString(37)", Throws("RangeError")),
    ("(10).toString(10.9)", "10"),
    ("Number.prototype.toString.call('1')", Throws("TypeError")),
    ("Number.prototype.toString.call(new Number(7))", "7"),
    ("(7).toLocaleString()", "7"),
    # toFixed
    ("(1.005).toFixed(2)", "1.00"),
    ("(2.5).toFixed(0) + (1.5).toFixed(0) + (0.5).toFixed(0)", "321"),
    ("(-1.5).toFixed(0)", "-2"),
    ("(1.25).toFixed(1) + ' ' + (1.35).toFixed(1)", "1.3 1.4"),
    ("(123.456).toFixed(1)", "123.5"),
    ("(0).toFixed(2)", "0.00"),
    ("(-0).toFixed(2)", "0.00"),
    ("(-0.0000001).toFixed(2)", "-0.00"),
    ("(9.995).toFixed(2)", "9.99"),
    ("(99.99).toFixed(1)", "100.0"),
    ("(1e21).toFixed(2)", "1e+21"),
    ("NaN.toFixed(2)", "NaN"),
    ("(1).toFixed(100).length", 102),
    ("(1).toFixed(101)", Throws("RangeError")),
    ("(1).toFixed(-1)", Throws("RangeError")),
    ("(1.45).toFixed()", "1"),
    ("Number.prototype.toFixed.call('1')", Throws("TypeError")),
    ("Number.prototype.toFixed.length", 1),
    ("Number.prototype.valueOf.call(true)", Throws("TypeError")),
    # Boolean
    ("Boolean() || Boolean(0) || Boolean('') || Boolean(NaN) || Boolean(null)", False),
    ("Boolean('0') && Boolean({}) && Boolean(Symbol()) && Boolean(-1)", True),
    ("typeof new Boolean(false)", "object"),
    ("new Boolean(false) ? 1 : 2", 1),
    ("new Boolean(false).valueOf()", False),
    ("true.toString() + new Boolean(0).toString()", "truefalse"),
    ("Boolean.prototype.valueOf()", False),
    ("Object.prototype.toString.call(Boolean.prototype)", "[object Boolean]"),
    ("Boolean.prototype.toString.call(1)", Throws("TypeError")),
    ("Boolean.prototype.valueOf.call({})", Throws("TypeError")),
    ("Boolean.length + Boolean.name", "1Boolean"),
    ("attrs(Boolean.prototype, 'toString')", "w-c"),
    ("undefined === Boolean.prototype.x", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_number_and_boolean(host, source: str, expected) -> None:
    run_case(host, source, expected)
