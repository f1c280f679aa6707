"""String primitives: number conversion, code-unit order, substrings, search."""
from __future__ import annotations

import math

import pytest
from realm_host._native import ffi, lib

from tests.native.runtime import Agent, Realm, check


def rope(realm: Realm, text: str):
    """text as an unflattened rope (when long enough), to exercise the flattening paths."""
    half = len(text) // 2
    return realm.concat(realm.string(text[:half]), realm.string(text[half:]))


@pytest.mark.parametrize("value,expected", [(0.1 + 0.2, "0.30000000000000004"), (-0.0, "0"), (1e21, "1e+21"),
                                            (math.nan, "NaN"), (-7, "-7")])
def test_string_from_number(agent: Agent, realm: Realm, value: float, expected: str) -> None:
    out = ffi.new("rh_value *")
    check(lib.rh_test_string_from_number(realm.ptr, value, out))
    assert agent.text(out[0]) == expected


@pytest.mark.parametrize("text,expected", [("  0x10 ", 16.0), ("\u2003-1.5e3\u3000", -1500.0), ("12px", math.nan),
                                           ("   " * 30 + "7", 7.0), ("\u0100", math.nan)])
def test_string_to_number_on_strings_and_ropes(agent: Agent, realm: Realm, text: str, expected: float) -> None:
    out = ffi.new("double *")
    for s in (realm.string(text), rope(realm, text)):
        check(lib.rh_test_string_to_number_value(agent.ptr, s.bits, out))
        assert out[0] == expected or (math.isnan(expected) and math.isnan(out[0]))


@pytest.mark.parametrize("a,b", [("a", "b"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"),
                                 ("\u00ff", "\u0100"), ("\U0001F600", "\uffff"), ("same", "same"),
                                 ("x" * 40 + "a", "x" * 40 + "b")])
def test_compare_is_code_unit_order(agent: Agent, realm: Realm, a: str, b: str) -> None:
    def units(s: str) -> bytes:
        return s.encode("utf-16-be", "surrogatepass")

    expected = (units(a) > units(b)) - (units(a) < units(b))
    order = ffi.new("int *")
    left, right = rope(realm, a), realm.string(b)  # held: a bare .bits of a temporary would be unrooted
    check(lib.rh_test_string_compare(agent.ptr, left.bits, right.bits, order))
    assert order[0] == expected
    check(lib.rh_test_string_compare(agent.ptr, right.bits, left.bits, order))
    assert order[0] == -expected


def test_substring_narrows_when_it_can(agent: Agent, realm: Realm) -> None:
    s = realm.string("caf\u00e9 \u2603 snow")
    out = ffi.new("rh_value *")
    check(lib.rh_test_string_substring(realm.ptr, s.bits, 0, 5, out))
    assert agent.text(out[0]) == "caf\u00e9 " and not lib.rh_test_string_is_wide(out[0])
    check(lib.rh_test_string_substring(realm.ptr, s.bits, 5, 10, out))
    assert agent.text(out[0]) == "\u2603 sno" and lib.rh_test_string_is_wide(out[0])
    check(lib.rh_test_string_substring(realm.ptr, s.bits, 0, 11, out))
    assert out[0] == s.bits  # the whole string is itself


@pytest.mark.parametrize("text,search,start,expected", [("hello world", "o", 0, 4), ("hello world", "o", 5, 7),
                                                        ("hello", "", 3, 3), ("hello", "", 9, -1),
                                                        ("abc", "abcd", 0, -1), ("a\u2603b\u2603", "\u2603", 2, 3),
                                                        ("xxxxxxxxxxxxxxxxxxxxxxxxxneedle", "needle", 0, 25)])
def test_index_of(agent: Agent, realm: Realm, text: str, search: str, start: int, expected: int) -> None:
    index = ffi.new("int64_t *")
    haystack, needle = rope(realm, text), realm.string(search)
    check(lib.rh_test_string_index_of(agent.ptr, haystack.bits, needle.bits, start, index))
    assert index[0] == expected
