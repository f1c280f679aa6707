"""Number::toString (radix 10 and others) and StringToNumber, table-driven."""
from __future__ import annotations

import math
import random

import pytest

from tests.native.runtime import number_to_string, string_to_number

DECIMAL_CASES = [
    (0.0, "0"), (-0.0, "0"), (math.nan, "NaN"), (math.inf, "Infinity"), (-math.inf, "-Infinity"),
    (1.0, "1"), (-1.0, "-1"), (0.1 + 0.2, "0.30000000000000004"), (0.1, "0.1"), (1 / 3, "0.3333333333333333"),
    (123.456, "123.456"), (100.0, "100"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
    (123456789012345680000.0, "123456789012345680000"), (1.5e21, "1.5e+21"), (1e-6, "0.000001"),
    (1e-7, "1e-7"), (1.5e-7, "1.5e-7"), (0.000001234, "0.000001234"), (5e-324, "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (2.0**53, "9007199254740992"),
    (2.0**53 + 2, "9007199254740994"), (-1.25e-10, "-1.25e-10"), (4.35, "4.35"), (0.5, "0.5"),
    (1e300, "1e+300"), (123e-20, "1.23e-18"), (2.0**31, "2147483648"), (-(2.0**31), "-2147483648"),
    (9.95, "9.95"), (1.005, "1.005"), (25.0, "25"), (1e15 + 0.3, "1000000000000000.2"),
]


@pytest.mark.parametrize("value,expected", DECIMAL_CASES)
def test_number_to_string_decimal(value: float, expected: str) -> None:
    assert number_to_string(value) == expected


def test_decimal_output_round_trips_and_is_shortest() -> None:
    rng = random.Random(1234)
    for _ in range(3000):
        x = rng.choice([rng.uniform(-1e6, 1e6), rng.random() * 10.0 ** rng.randint(-320, 308),
                        float(rng.getrandbits(64)) / 7])
        text = number_to_string(x)
        assert float(text) == x
        # Python's repr is also the shortest round-trip form: same digits.
        digits = lambda s: s.lstrip("-").replace(".", "").split("e")[0].strip("0")
        assert digits(text) == digits(repr(x).replace("e", "e")), (x, text)


RADIX_CASES = [
    (255.0, 16, "ff"), (255.5, 16, "ff.8"), (-255.0, 2, "-11111111"), (0.5, 2, "0.1"), (0.1, 3, None),
    (35.0, 36, "z"), (36.0, 36, "10"), (0.0, 2, "0"), (-0.0, 16, "0"), (math.nan, 16, "NaN"),
    (math.inf, 2, "Infinity"), (2.0**60, 2, "1" + "0" * 60), (2.0**53, 16, "20000000000000"),
    (1e21, 36, None), (0.1, 2, "0.0001100110011001100110011001100110011001100110011001101"),
    (3.5, 8, "3.4"), (1 / 3, 3, "0.1"),
]


@pytest.mark.parametrize("value,radix,expected", RADIX_CASES)
def test_number_to_string_radix(value: float, radix: int, expected: str | None) -> None:
    text = number_to_string(value, radix)
    if expected is not None:
        assert text == expected
    if math.isfinite(value):
        assert parse_radix(text, radix) == pytest.approx(value, rel=1e-15)


def parse_radix(text: str, radix: int) -> float:
    sign = -1.0 if text.startswith("-") else 1.0
    integer, _, fraction = text.lstrip("-").partition(".")
    value = float(int(integer, radix))
    for i, digit in enumerate(fraction, 1):
        value += int(digit, radix) * float(radix) ** -i
    return sign * value


def test_radix_fraction_has_a_digit_limit() -> None:
    for radix in range(2, 37):
        text = number_to_string(math.pi * 1e-300, radix)
        assert len(text) < 1200
        assert parse_radix(number_to_string(math.pi, radix), radix) == pytest.approx(math.pi, rel=1e-15)


STRING_CASES = [
    ("", 0.0), ("   ", 0.0), ("\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff", 0.0),
    ("42", 42.0), ("  42  ", 42.0), ("\u3000 -12.5e3\u2029", -12500.0), ("+1", 1.0), ("-0", -0.0),
    (".5", 0.5), ("5.", 5.0), (".", math.nan), ("e5", math.nan), ("1e", math.nan), ("1e+", math.nan),
    ("Infinity", math.inf), ("-Infinity", -math.inf), ("+Infinity", math.inf), ("infinity", math.nan),
    ("INFINITY", math.nan), ("NaN", math.nan), ("0x1F", 31.0), ("0X1f", 31.0), ("0o17", 15.0),
    ("0O17", 15.0), ("0b101", 5.0), ("0B101", 5.0), ("-0x10", math.nan), ("0x", math.nan), ("0b2", math.nan),
    ("0o8", math.nan), ("1_000", math.nan), ("12abc", math.nan), ("1 2", math.nan), ("00012", 12.0),
    ("1e1000", math.inf), ("1e-400", 0.0), ("0.1", 0.1), ("123456789012345678901234567890", 1.2345678901234568e29),
    ("0x1fffffffffffff", 9007199254740991.0), ("0x20000000000001", 9007199254740992.0),
    ("0x20000000000003", 9007199254740996.0), ("0x" + "f" * 300, math.inf), ("\u00a0", 0.0), ("\u180e1", math.nan),
]


@pytest.mark.parametrize("text,expected", STRING_CASES)
def test_string_to_number(text: str, expected: float) -> None:
    result = string_to_number(text)
    if math.isnan(expected):
        assert math.isnan(result)
    else:
        assert result == expected
        assert math.copysign(1, result) == math.copysign(1, expected)


def test_hex_rounding_matches_python_for_long_literals() -> None:
    rng = random.Random(99)
    for _ in range(500):
        n = rng.getrandbits(rng.randint(50, 200))
        assert string_to_number(hex(n)) == float(n)
        assert string_to_number("0b" + bin(n)[2:]) == float(n)
        assert string_to_number("0o" + oct(n)[2:]) == float(n)
