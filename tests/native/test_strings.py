"""Strings: widths, UTF-8/UTF-16 boundary, ropes (linear concatenation), atoms, symbols."""
from __future__ import annotations

import pytest
from realm_host._native import ffi, lib

from tests.native.runtime import Agent, Realm


@pytest.mark.parametrize("text", ["", "abc", "caf\u00e9", "\u00ff" * 3, "\u0100", "snow \u2603", "\U0001F600 grin",
                                  "lone \ud800 high", "lone \udfff low", "\udc00\ud800 reversed pair"])
def test_utf8_round_trip_preserves_every_code_unit(agent: Agent, realm: Realm, text: str) -> None:
    s = realm.string(text)
    assert agent.text(s.bits) == text
    assert lib.rh_test_string_length(s.bits) == len(text.encode("utf-16-le", "surrogatepass")) // 2


def test_latin1_strings_use_one_byte_per_unit(realm: Realm) -> None:
    narrow = realm.string("\u00e9" * 100)
    wide = realm.string("\u0100" * 100)
    assert not lib.rh_test_string_is_wide(narrow.bits)
    assert lib.rh_test_string_is_wide(wide.bits)
    assert lib.rh_test_cell_size(wide.bits) - lib.rh_test_cell_size(narrow.bits) == 100


def test_utf16_units_come_back_unchanged(realm: Realm) -> None:
    units = [0x41, 0xD83D, 0xDE00, 0xDC00, 0x00E9]
    s = realm.string("A\U0001F600\udc00\u00e9")
    out = ffi.new("uint16_t[]", 5)
    assert lib.rh_test_string_to_utf16(s.bits, out, 5) == 0
    assert list(out) == units


def test_malformed_utf8_becomes_replacement_characters(agent: Agent, realm: Realm) -> None:
    out = ffi.new("rh_value *")
    assert lib.rh_test_string_new(realm.ptr, b"a\xffb\xe2\x82", 5, out) == 0
    assert agent.text(out[0]) == "a\ufffdb\ufffd\ufffd"


def test_short_concatenations_copy_and_long_ones_make_ropes(agent: Agent, realm: Realm) -> None:
    short = realm.concat(realm.string("ab"), realm.string("cd"))
    assert lib.rh_test_string_form(short.bits) == 0
    long = realm.concat(realm.string("x" * 20), realm.string("y" * 20))
    assert lib.rh_test_string_form(long.bits) == 1
    assert agent.text(long.bits) == "x" * 20 + "y" * 20
    assert lib.rh_test_string_form(long.bits) == 2  # flattened in place, now an indirection


def test_mixed_width_rope_flattens_wide(agent: Agent, realm: Realm) -> None:
    s = realm.concat(realm.string("a" * 30), realm.string("\u0100\U0001F600"))
    s = realm.concat(s, realm.string("tail" * 10))
    assert agent.text(s.bits) == "a" * 30 + "\u0100\U0001F600" + "tail" * 10


def test_repeated_append_is_linear(agent: Agent, realm: Realm) -> None:
    pieces = 100_000
    piece = realm.string("abcdefghij")
    acc = realm.string("")
    before = agent.stats()
    for _ in range(pieces):
        nxt = realm.concat(acc, piece)
        acc.free()
        acc = nxt
    out = ffi.new("rh_value *")
    assert lib.rh_test_string_flatten(agent.ptr, acc.bits, out) == 0
    after = agent.stats()
    total = pieces * 10
    assert lib.rh_test_string_length(out[0]) == total
    # Each unit is copied a bounded number of times: the first few short appends copy, then one
    # flatten copies everything once.
    copied = after["string_units_copied"] - before["string_units_copied"]
    assert total <= copied <= total + 100
    assert after["ropes_flattened"] - before["ropes_flattened"] == 1
    # Allocation is linear too: a rope node per append plus the flat copy.
    allocated = after["bytes_allocated"] - before["bytes_allocated"]
    assert allocated < pieces * 64 + total + 4096
    assert agent.text(out[0])[-20:] == "abcdefghij" * 2


def test_deep_right_leaning_rope_flattens_without_recursion(agent: Agent, realm: Realm) -> None:
    acc = realm.string("z" * 30)
    for i in range(20_000):
        nxt = realm.concat(realm.string("ab" * 15), acc)
        acc.free()
        acc = nxt
    assert agent.text(acc.bits) == "ab" * 15 * 20_000 + "z" * 30


def test_rope_equality_without_flattening(realm: Realm) -> None:
    a = realm.concat(realm.string("hello world, " * 2), realm.string("again" * 5))
    b = realm.concat(realm.string("hello world, "), realm.string("hello world, " + "again" * 5))
    c = realm.concat(realm.string("hello world, " * 2), realm.string("agaiN" * 5))
    assert lib.rh_test_string_equals(a.bits, b.bits)
    assert not lib.rh_test_string_equals(a.bits, c.bits)
    assert lib.rh_test_string_form(a.bits) == 1


def test_atoms_are_interned_per_agent(agent: Agent, realm: Realm) -> None:
    first = realm.key("name")
    second = realm.key("na" + "me")
    wide_equal = ffi.new("rh_value *")
    assert first.bits == second.bits
    assert lib.rh_test_string_is_atom(first.bits)
    other_realm = agent.new_realm()
    try:
        assert other_realm.key("name").bits == first.bits
    finally:
        other_realm.close()
    units = ffi.new("uint16_t[]", [ord(c) for c in "name"])
    assert lib.rh_test_string_from_utf16(realm.ptr, units, 4, wide_equal) == 0
    held = agent.hold(wide_equal[0])
    atom = ffi.new("rh_value *")
    assert lib.rh_test_atom(agent.ptr, held.bits, atom) == 0
    assert atom[0] == first.bits


def test_rope_is_interned_through_its_flat_copy(agent: Agent, realm: Realm) -> None:
    rope = realm.concat(realm.string("property_" * 3), realm.string("name_" * 3))
    key = realm.key("property_" * 3 + "name_" * 3)
    atom = ffi.new("rh_value *")
    assert lib.rh_test_atom(agent.ptr, rope.bits, atom) == 0
    assert atom[0] == key.bits


@pytest.mark.parametrize("name,index", [("0", 0), ("7", 7), ("4294967294", 4294967294)])
def test_canonical_array_indices_are_integer_keys(realm: Realm, name: str, index: int) -> None:
    key = realm.key(name)
    assert lib.rh_test_value_kind(key.bits) in (0, 1)
    assert lib.rh_test_value_to_double(key.bits) == index
    assert realm.key(index).bits == key.bits


@pytest.mark.parametrize("name", ["4294967295", "01", "-1", "1.5", "1e3", " 1", "", "00"])
def test_other_numeric_looking_names_are_atoms(realm: Realm, name: str) -> None:
    key = realm.key(name)
    assert lib.rh_test_value_kind(key.bits) == 7
    assert lib.rh_test_string_is_atom(key.bits)


def test_number_keys_use_number_to_string(agent: Agent, realm: Realm) -> None:
    assert agent.text(realm.key(1.5).bits) == "1.5"
    assert agent.text(realm.key(-1).bits) == "-1"
    assert agent.text(realm.key(4294967295).bits) == "4294967295"
    assert realm.key(-0.0).bits == realm.key(0).bits


def test_unused_atoms_are_collected(agent: Agent, realm: Realm) -> None:
    base = lib.rh_test_atom_count(agent.ptr)
    keys = [realm.key(f"temp{i}") for i in range(100)]
    assert lib.rh_test_atom_count(agent.ptr) == base + 100
    for k in keys:
        k.free()
    agent.gc()
    assert lib.rh_test_atom_count(agent.ptr) == base
    # Interning the same text again works after its atom was swept.
    assert lib.rh_test_string_is_atom(realm.key("temp5").bits)


def test_symbols_are_unique_with_a_description(agent: Agent, realm: Realm) -> None:
    a, b = realm.symbol("tag"), realm.symbol("tag")
    assert a.bits != b.bits
    assert agent.text(lib.rh_test_symbol_description(a.bits)) == "tag"
    assert lib.rh_test_symbol_description(realm.symbol().bits) == lib.rh_test_undefined()


@pytest.mark.gc_stress
def test_strings_under_gc_stress(agent: Agent, realm: Realm) -> None:
    acc = realm.string("start-")
    for i in range(200):
        nxt = realm.concat(acc, realm.string(f"piece{i:04d}-"))
        acc.free()
        acc = nxt
    expected = "start-" + "".join(f"piece{i:04d}-" for i in range(200))
    assert agent.text(acc.bits) == expected
    assert realm.key(expected).bits == realm.key(expected).bits
