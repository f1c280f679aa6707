"""Number.prototype.toExponential and toPrecision (selfhosted/number.js): exact digits; the
expected strings are node's."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

EXPONENTIAL = [
    ("123.456", "2", "1.23e+2"), ("0", "3", "0.000e+0"), ("1.45", "1", "1.4e+0"), ("-1.5e-7", "3", "-1.500e-7"),
    ("1e21", "0", "1e+21"), ("123.456", "undefined", "1.23456e+2"), ("0.000001234", "undefined", "1.234e-6"),
    ("1.25", "1", "1.3e+0"), ("5e-324", "2", "4.94e-324"), ("1.7976931348623157e308", "5", "1.79769e+308"),
    ("25", "0", "3e+1"), ("NaN", "2", "NaN"), ("-Infinity", "200", "-Infinity"), ("1", "100", "1." + "0" * 100 + "e+0"),
]

PRECISION = [
    ("123.456", "2", "1.2e+2"), ("0", "3", "0.00"), ("1.45", "2", "1.4"), ("0.000123", "2", "0.00012"),
    ("1e21", "3", "1.00e+21"), ("123456", "3", "1.23e+5"), ("0.00000123", "2", "0.0000012"), ("1.25", "2", "1.3"),
    ("99.99", "3", "100"), ("5", "1", "5"), ("123.456", "undefined", "123.456"), ("-0.5", "1", "-0.5"),
]


@pytest.mark.parametrize("x, f, expected", EXPONENTIAL)
def test_to_exponential(realm, x: str, f: str, expected: str) -> None:
    assert run(realm, f"({x}).toExponential({f})") == expected


@pytest.mark.parametrize("x, p, expected", PRECISION)
def test_to_precision(realm, x: str, p: str, expected: str) -> None:
    assert run(realm, f"({x}).toPrecision({p})") == expected


@pytest.mark.parametrize("source", ["(1).toExponential(101)", "(1).toExponential(-1)", "(1).toPrecision(0)",
                                    "(1).toPrecision(101)"])
def test_range_errors(realm, source: str) -> None:
    assert run(realm, f"try {{ {source} }} catch (e) {{ e instanceof RangeError }}") is True


def test_this_number_value(realm) -> None:
    assert run(realm, "new Number(2.5).toPrecision(1)") == "3"
    assert run(realm, "try { Number.prototype.toPrecision.call('1', 1) } catch (e) { e instanceof TypeError }") is True
    assert run(realm, "[Number.prototype.toExponential.length, Number.prototype.toPrecision.length]") == [1, 1]
