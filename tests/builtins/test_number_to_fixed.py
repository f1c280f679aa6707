"""Number.prototype.toFixed (https://tc39.es/ecma262/#sec-number.prototype.tofixed): exact decimal
rounding of the double's value, ties away from zero, the 1e21 cut-over, RangeErrors. The expected
strings are what node printed for the same expressions."""
from __future__ import annotations

import pytest

from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    ('String((1.005).toFixed(2))', '1.00'),
    ('String((1e21).toFixed(2))', '1e+21'),
    ('String((0.000001).toFixed(7))', '0.0000010'),
    ('String((0).toFixed(2))', '0.00'),
    ('String((-0).toFixed(2))', '0.00'),
    ('String((-1.5).toFixed(0))', '-2'),
    ('String((1.5).toFixed(0))', '2'),
    ('String((2.5).toFixed(0))', '3'),
    ('String((0.5).toFixed(0))', '1'),
    ('String((-0.5).toFixed(0))', '-1'),
    ('String((123.456).toFixed(10))', '123.4560000000'),
    ('String((1.45).toFixed(1))', '1.4'),
    ('String((1.55).toFixed(1))', '1.6'),
    ('String((1e-10).toFixed(20))', '0.00000000010000000000'),
    ('String((9.995).toFixed(2))', '9.99'),
    ('String((99.995).toFixed(2))', '100.00'),
    ('String((0.1).toFixed(20))', '0.10000000000000000555'),
    ('String((1234.5678).toFixed())', '1235'),
    ('String((NaN).toFixed(2))', 'NaN'),
    ('String((Infinity).toFixed(2))', 'Infinity'),
    ('String((-Infinity).toFixed(1))', '-Infinity'),
    ('String((-1e21).toFixed(2))', '-1e+21'),
    ('String((999999999999999900000).toFixed(2))', '999999999999999868928.00'),
    ('String((1e20).toFixed(2))', '100000000000000000000.00'),
    ('String((0.000001).toFixed(100))', '0.0000009999999999999999547481118258862586856139387236908078193664550781250000000000000000000000000000'),
    ('String((5e-324).toFixed(100))', '0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000'),
    ('String((1.7976931348623157e308).toFixed(0).length)', '23'),
    ('String((123).toFixed(-0.5))', '123'),
    ("String((123).toFixed('2'))", '123.00'),
    ('String((-0.0000001).toFixed(2))', '-0.00'),
    ('String((25).toFixed(undefined))', '25'),
    ('String((1.255).toFixed(2))', '1.25'),
    ('String((8.345).toFixed(2))', '8.35'),
    ('String((4.35).toFixed(1))', '4.3'),
    ('String((0.5).toFixed(1))', '0.5'),
    ('String((1000000000000000128).toFixed(0))', '1000000000000000128'),
    ('String((10.235).toFixed(2))', '10.23'),
    ('String((1.23e-5).toFixed(6))', '0.000012'),
    ('String((-1.23e-5).toFixed(3))', '-0.000'),
    ('(1).toFixed(101)', Throws('RangeError')),
    ('(1).toFixed(-1)', Throws('RangeError')),
    ('(1).toFixed(Infinity)', Throws('RangeError')),
    ("Number.prototype.toFixed.call('1', 1)", Throws('TypeError')),
    ('(NaN).toFixed(101)', Throws('RangeError')),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_to_fixed(host, source: str, expected) -> None:
    run_case(host, source, expected)
