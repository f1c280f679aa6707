"""Ordinary objects: properties, attributes, key order, shapes, dictionary mode, prototypes."""
from __future__ import annotations

import pytest
from realm_host._native import ffi, lib

from tests.native.runtime import RH_ERR_RANGE, Agent, Descriptor, Realm, StatusError, undefined


def data(value: object, writable: bool = True, enumerable: bool = True, configurable: bool = True) -> Descriptor:
    return Descriptor(value=value, writable=writable, enumerable=enumerable, configurable=configurable)


def test_define_get_and_describe(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    x = realm.key("x")
    assert agent.define(o, x, data(42))
    assert agent.get(o, x) == 42
    assert agent.get_own(o, x) == data(42)
    assert agent.get(o, realm.key("missing")) is undefined
    assert agent.get_own(o, realm.key("missing")) is None


def test_new_property_defaults_are_false(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    k = realm.key("k")
    assert agent.define(o, k, Descriptor(value=1))
    assert agent.get_own(o, k) == data(1, writable=False, enumerable=False, configurable=False)
    a = realm.key("acc")
    assert agent.define(o, a, Descriptor(get=o))
    desc = agent.get_own(o, a)
    assert desc.set is undefined and desc.enumerable is False and desc.configurable is False


def test_key_order_indices_then_strings_then_symbols(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    sym1, sym2 = realm.symbol("s1"), realm.symbol("s2")
    for key in [realm.key("b"), sym1, realm.key(10), realm.key("a"), realm.key(2), sym2, realm.key("1.5"),
                realm.key(4294967294), realm.key("4294967295"), realm.key(0)]:
        assert agent.put(o, key, 1) is True
    keys = agent.keys(o)
    assert keys[:8] == [0, 2, 10, 4294967294, "b", "a", "1.5", "4294967295"]
    assert [k[1] for k in keys[8:]] == [sym1.bits, sym2.bits]


def test_objects_built_alike_share_a_shape_and_slots(agent: Agent, realm: Realm) -> None:
    a, b, c = realm.object(), realm.object(), realm.object()
    x, y = realm.key("x"), realm.key("y")
    for o in (a, b):
        agent.put(o, x, 1)
        agent.put(o, y, 2)
    agent.put(c, y, 2)
    agent.put(c, x, 1)
    assert lib.rh_test_shape(a.bits) == lib.rh_test_shape(b.bits) != lib.rh_test_shape(c.bits)
    slot = ffi.new("uint32_t *")
    assert lib.rh_test_shape_slot(agent.ptr, a.bits, y.bits, slot)
    assert slot[0] == 1 and lib.rh_test_slot_get(b.bits, slot[0]) == lib.rh_test_number(2)
    assert lib.rh_test_shape_slot(agent.ptr, c.bits, y.bits, slot) and slot[0] == 0


def test_many_properties_use_out_of_line_slots_and_lookup_tables(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    keys = [realm.key(f"p{i}") for i in range(40)]
    for i, k in enumerate(keys):
        agent.put(o, k, i)
    assert not lib.rh_test_is_dictionary(o.bits)
    assert [agent.get(o, k) for k in keys] == list(range(40))
    assert agent.keys(o) == [f"p{i}" for i in range(40)]


def test_past_64_properties_the_object_becomes_a_dictionary(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    keys = [realm.key(f"p{i}") for i in range(100)]
    for i, k in enumerate(keys[:64]):
        agent.put(o, k, i)
    assert not lib.rh_test_is_dictionary(o.bits)
    for i, k in enumerate(keys[64:], 64):
        agent.put(o, k, i)
    assert lib.rh_test_is_dictionary(o.bits)
    assert lib.rh_test_shape(o.bits) == 0
    assert [agent.get(o, k) for k in keys] == list(range(100))
    assert agent.keys(o) == [f"p{i}" for i in range(100)]


def test_deleting_the_newest_property_keeps_shape_mode(agent: Agent, realm: Realm) -> None:
    o, twin = realm.object(), realm.object()
    a, b = realm.key("a"), realm.key("b")
    agent.put(o, a, 1)
    agent.put(twin, a, 1)
    agent.put(o, b, 2)
    assert agent.delete(o, b)
    assert not lib.rh_test_is_dictionary(o.bits)
    assert lib.rh_test_shape(o.bits) == lib.rh_test_shape(twin.bits)
    assert agent.keys(o) == ["a"]


def test_deleting_an_older_property_switches_to_dictionary(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    names = ["a", "b", "c", "d"]
    for i, n in enumerate(names):
        agent.put(o, realm.key(n), i)
    assert agent.delete(o, realm.key("b"))
    assert lib.rh_test_is_dictionary(o.bits)
    assert agent.keys(o) == ["a", "c", "d"]
    assert agent.get(o, realm.key("b")) is undefined
    agent.put(o, realm.key("b"), 9)
    assert agent.keys(o) == ["a", "c", "d", "b"]
    assert agent.delete(o, realm.key("missing"))


def test_delete_of_non_configurable_fails(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    k = realm.key("fixed")
    agent.define(o, k, data(1, configurable=False))
    assert not agent.delete(o, k)
    assert agent.get(o, k) == 1


def test_changing_attributes_moves_to_dictionary_and_keeps_order(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    for n in "xyz":
        agent.put(o, realm.key(n), realm.string(n))
    assert agent.define(o, realm.key("y"), Descriptor(enumerable=False))
    assert lib.rh_test_is_dictionary(o.bits)
    assert agent.get_own(o, realm.key("y")) == data("y", enumerable=False)
    assert agent.keys(o) == ["x", "y", "z"]


# ValidateAndApplyPropertyDescriptor on a non-configurable property.
@pytest.mark.parametrize("change,allowed", [
    (Descriptor(configurable=True), False),
    (Descriptor(enumerable=False), False),
    (Descriptor(enumerable=True), True),
    (Descriptor(value=1), True),          # same value
    (Descriptor(value=2), True),          # writable, so the value may change
    (Descriptor(writable=False), True),   # writable -> non-writable is allowed
    (Descriptor(get=None), True),         # empty descriptor
])
def test_non_configurable_writable_property(agent: Agent, realm: Realm, change: Descriptor, allowed: bool) -> None:
    o = realm.object()
    k = realm.key("p")
    agent.define(o, k, data(1, configurable=False))
    assert agent.define(o, k, change) is allowed


def test_non_configurable_non_writable_property_is_frozen(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    k = realm.key("p")
    agent.define(o, k, data(1, writable=False, configurable=False))
    assert not agent.define(o, k, Descriptor(value=2))
    assert agent.define(o, k, Descriptor(value=1))
    assert not agent.define(o, k, Descriptor(writable=True))
    assert not agent.define(o, k, Descriptor(get=o))
    assert agent.put(o, k, 5) is False
    assert agent.get(o, k) == 1


def test_non_configurable_zero_signs_differ(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    k = realm.key("z")
    agent.define(o, k, data(0.0, writable=False, configurable=False))
    assert not agent.define(o, k, Descriptor(value=-0.0))
    assert agent.define(o, k, Descriptor(value=0))


def test_data_to_accessor_and_back(agent: Agent, realm: Realm) -> None:
    o, getter = realm.object(), realm.object()
    k = realm.key("p")
    agent.put(o, k, 1)
    assert agent.define(o, k, Descriptor(get=getter))
    desc = agent.get_own(o, k)
    assert desc.get.bits == getter.bits and desc.set is undefined
    assert desc.enumerable and desc.configurable  # kept from the data property
    status, fn = agent.get(o, k)
    assert status == "call getter" and fn.bits == getter.bits
    assert agent.put(o, k, 3) is False  # no setter
    assert agent.define(o, k, Descriptor(value=7))
    assert agent.get_own(o, k) == data(7, writable=False)


def test_accessor_hooks_for_the_interpreter(agent: Agent, realm: Realm) -> None:
    proto, setter = realm.object(), realm.object()
    o = realm.object(proto)
    k = realm.key("v")
    agent.define(proto, k, Descriptor(set=setter, configurable=True))
    status, fn = agent.put(o, k, 1)
    assert status == "call setter" and fn.bits == setter.bits
    assert agent.get(o, k) is undefined  # no getter
    assert agent.keys(o) == []


def test_prototype_chain_get_set_has(agent: Agent, realm: Realm) -> None:
    grand = realm.object()
    parent = realm.object(grand)
    child = realm.object(parent)
    k, ro = realm.key("k"), realm.key("ro")
    agent.put(grand, k, realm.string("inherited"))
    agent.define(grand, ro, data(1, writable=False))
    assert agent.get(child, k) == "inherited"
    assert agent.has(child, k) and not agent.has(child, realm.key("nope"))
    assert agent.put(child, k, realm.string("own"))  # shadows on the receiver
    assert agent.get(child, k) == "own" and agent.get(grand, k) == "inherited"
    assert agent.put(child, ro, 2) is False  # an inherited read-only property blocks the set
    assert agent.get_own(child, ro) is None


def test_prevent_extensions(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    a = realm.key("a")
    agent.put(o, a, 1)
    lib.rh_test_prevent_extensions(o.bits)
    assert not lib.rh_test_is_extensible(o.bits)
    assert agent.put(o, realm.key("b"), 2) is False
    assert agent.put(o, realm.key(0), 2) is False
    assert agent.put(o, a, 3) is True
    assert agent.keys(o) == ["a"]


def test_set_prototype_of_refuses_cycles_and_non_extensible(agent: Agent, realm: Realm) -> None:
    a, b = realm.object(), realm.object()
    assert lib.rh_test_set_prototype(b.bits, a.bits)
    assert not lib.rh_test_set_prototype(a.bits, b.bits)
    assert lib.rh_test_get_prototype(b.bits) == a.bits
    lib.rh_test_prevent_extensions(b.bits)
    assert lib.rh_test_set_prototype(b.bits, a.bits)  # same value: allowed
    assert not lib.rh_test_set_prototype(b.bits, lib.rh_test_null())


def test_integer_keys_on_ordinary_objects_use_elements(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    agent.put(o, realm.key("5"), realm.string("five"))
    agent.put(o, realm.key(1), realm.string("one"))
    assert agent.get(o, realm.key(5)) == "five"
    assert agent.keys(o) == [1, 5]
    assert lib.rh_test_shape(o.bits) == lib.rh_test_shape(realm.object().bits)  # shape untouched


def test_symbol_keys(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    s = realm.symbol("id")
    assert agent.put(o, s, 10)
    assert agent.get(o, s) == 10
    assert agent.get(o, realm.symbol("id")) is undefined
    assert agent.delete(o, s) and agent.keys(o) == []


@pytest.mark.gc_stress
def test_objects_under_gc_stress(agent: Agent, realm: Realm) -> None:
    proto = realm.object()
    objs = [realm.object(proto) for _ in range(5)]
    for i in range(80):  # through shape mode into dictionary mode
        k = realm.key(f"k{i}")
        for o in objs:
            assert agent.put(o, k, realm.string(f"v{i}"))
        k.free()
    assert agent.delete(objs[0], realm.key("k3"))
    assert agent.get(objs[1], realm.key("k79")) == "v79"
    assert agent.keys(objs[0])[:4] == ["k0", "k1", "k2", "k4"]
    sym = realm.symbol("s")
    agent.define(objs[2], sym, Descriptor(get=proto, set=proto))
    assert agent.get_own(objs[2], sym).get.bits == proto.bits
