"""NaN-boxed values: encodings, canonical NaN, SameValue."""
from __future__ import annotations

import math
import struct

from realm_host._native import lib

from tests.native.runtime import (KIND_BOOL, KIND_DOUBLE, KIND_HOLE, KIND_INT32, KIND_NULL, KIND_UNDEFINED)


def double_bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def test_integral_numbers_in_range_are_int32() -> None:
    for n in (0, 1, -1, 2**31 - 1, -(2**31)):
        assert lib.rh_test_value_kind(lib.rh_test_number(n)) == KIND_INT32
        assert lib.rh_test_value_to_double(lib.rh_test_number(n)) == n


def test_other_numbers_are_doubles_with_their_own_bits() -> None:
    for x in (0.5, -0.0, 2.0**31, -(2.0**31) - 1, 1e300, math.inf, -math.inf, 5e-324):
        v = lib.rh_test_number(x)
        assert lib.rh_test_value_kind(v) == KIND_DOUBLE
        assert v == double_bits(x)


def test_every_nan_is_canonical() -> None:
    payload_nan = struct.unpack("<d", struct.pack("<Q", 0xFFF8_0000_DEAD_BEEF))[0]
    negative_nan = struct.unpack("<d", struct.pack("<Q", 0xFFF8_0000_0000_0000))[0]
    for nan in (math.nan, -math.nan, payload_nan, negative_nan):
        v = lib.rh_test_number(nan)
        assert v == 0x7FF8_0000_0000_0000
        assert lib.rh_test_value_kind(v) == KIND_DOUBLE


def test_constants_are_distinct_and_classified() -> None:
    values = {
        lib.rh_test_undefined(): KIND_UNDEFINED,
        lib.rh_test_null(): KIND_NULL,
        lib.rh_test_hole(): KIND_HOLE,
        lib.rh_test_bool(0): KIND_BOOL,
        lib.rh_test_bool(1): KIND_BOOL,
    }
    assert len(values) == 5
    for bits, kind in values.items():
        assert lib.rh_test_value_kind(bits) == kind
        assert bits >= 0xFFF8_0000_0000_0000  # boxed: no double has these bits


def test_same_value_distinguishes_zeros_and_equates_nans() -> None:
    n = lib.rh_test_number
    assert lib.rh_test_same_value(n(math.nan), n(math.nan))
    assert not lib.rh_test_same_value(n(0.0), n(-0.0))
    assert lib.rh_test_same_value(lib.rh_test_int32(7), n(7.0))
    assert lib.rh_test_same_value(lib.rh_test_int32(7), lib.rh_test_number(7.0))
    assert not lib.rh_test_same_value(n(1), lib.rh_test_bool(1))
