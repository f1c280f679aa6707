"""Arrays: dense elements with holes, sparse fallback, and the length semantics of ArraySetLength."""
from __future__ import annotations

import pytest
from realm_host._native import lib

from tests.native.runtime import RH_ERR_RANGE, RH_ERR_TYPE, Agent, Descriptor, Realm, StatusError, undefined


def length(a) -> int:
    return lib.rh_test_array_length(a.bits)


def fill(agent: Agent, realm: Realm, a, values) -> None:
    for i, v in enumerate(values):
        assert agent.put(a, realm.key(i), v)


def test_length_is_an_own_non_enumerable_data_property(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    desc = agent.get_own(a, realm.key("length"))
    assert desc == Descriptor(value=0, writable=True, enumerable=False, configurable=False)
    assert agent.keys(a) == ["length"]
    fill(agent, realm, a, [10, 20])
    agent.put(a, realm.key("name"), 1)
    assert agent.keys(a) == [0, 1, "length", "name"]
    assert agent.get(a, realm.key("length")) == 2


def test_holes_are_absent_properties(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    agent.put(a, realm.key(0), 1)
    agent.put(a, realm.key(3), 4)
    assert length(a) == 4
    assert agent.keys(a) == [0, 3, "length"]
    assert agent.get_own(a, realm.key(1)) is None
    assert agent.get(a, realm.key(2)) is undefined
    assert not lib.rh_test_is_sparse(a.bits)
    assert agent.delete(a, realm.key(0))
    assert agent.keys(a) == [3, "length"] and length(a) == 4


def test_holes_see_the_prototype(agent: Agent, realm: Realm) -> None:
    proto = realm.object()
    agent.put(proto, realm.key(1), 99)
    a = realm.array(proto)
    fill(agent, realm, a, [1])
    agent.put(a, realm.key(2), 3)
    assert agent.get(a, realm.key(1)) == 99


def test_far_index_goes_sparse_and_stays_small(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    before = realm.memory()
    assert agent.put(a, realm.key(1_000_000), 1)
    after = realm.memory()
    assert lib.rh_test_is_sparse(a.bits)
    assert length(a) == 1_000_001
    assert after["elements"] - before["elements"] < 512
    assert after["total"] - before["total"] < 1024
    assert agent.get(a, realm.key(1_000_000)) == 1
    agent.put(a, realm.key(5), 5)
    agent.put(a, realm.key(4294967294), 7)
    assert agent.keys(a) == [5, 1_000_000, 4294967294, "length"]
    assert length(a) == 4294967295


def test_dense_growth_is_amortised(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    fill(agent, realm, a, range(1000))
    assert not lib.rh_test_is_sparse(a.bits)
    assert length(a) == 1000
    size = lib.rh_test_object_bytes(a.bits)
    assert 8 * 1000 <= size <= 8 * 1000 * 2


def test_setting_length_truncates(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    fill(agent, realm, a, range(10))
    assert agent.put(a, realm.key("length"), 3)
    assert length(a) == 3
    assert agent.keys(a) == [0, 1, 2, "length"]
    assert agent.put(a, realm.key("length"), 5)
    assert agent.keys(a) == [0, 1, 2, "length"] and length(a) == 5


def test_truncating_a_sparse_array(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    for i in (1, 50_000, 3_000_000):
        agent.put(a, realm.key(i), i)
    assert agent.put(a, realm.key("length"), 60_000)
    assert agent.keys(a) == [1, 50_000, "length"]


def test_invalid_lengths_are_range_errors(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    for bad in (-1, 1.5, 4294967296, float("nan"), undefined):
        with pytest.raises(StatusError) as info:
            agent.put(a, realm.key("length"), bad)
        assert info.value.status == RH_ERR_RANGE
    assert agent.put(a, realm.key("length"), realm.string(" 7 "))
    assert length(a) == 7
    assert agent.put(a, realm.key("length"), True) and length(a) == 1
    with pytest.raises(StatusError) as info:
        agent.put(a, realm.key("length"), realm.object())
    assert info.value.status == RH_ERR_TYPE


def test_non_writable_length(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    fill(agent, realm, a, [1, 2, 3])
    assert agent.define(a, realm.key("length"), Descriptor(writable=False))
    assert agent.get_own(a, realm.key("length")) == Descriptor(value=3, writable=False, enumerable=False,
                                                               configurable=False)
    assert agent.put(a, realm.key(3), 4) is False  # would grow the length
    assert agent.put(a, realm.key(0), 9) is True   # inside the length: fine
    assert agent.put(a, realm.key("length"), 1) is False
    assert agent.define(a, realm.key("length"), Descriptor(value=3))  # same value
    assert not agent.define(a, realm.key("length"), Descriptor(writable=True))
    assert length(a) == 3


def test_truncation_to_non_writable_in_one_step(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    fill(agent, realm, a, range(5))
    assert agent.define(a, realm.key("length"), Descriptor(value=2, writable=False))
    assert length(a) == 2 and agent.keys(a) == [0, 1, "length"]
    assert agent.get_own(a, realm.key("length")).writable is False


def test_non_configurable_element_stops_truncation(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    fill(agent, realm, a, range(6))
    assert agent.define(a, realm.key(2), Descriptor(configurable=False))
    assert lib.rh_test_is_sparse(a.bits)  # non-default attributes live in the sparse table
    assert agent.define(a, realm.key("length"), Descriptor(value=0, writable=False)) is False
    assert length(a) == 3
    assert agent.keys(a) == [0, 1, 2, "length"]
    assert agent.get_own(a, realm.key("length")).writable is False


def test_element_attributes_and_accessors(agent: Agent, realm: Realm) -> None:
    a, getter = realm.array(), realm.object()
    fill(agent, realm, a, [1, 2])
    assert agent.define(a, realm.key(1), Descriptor(value=5, writable=False))
    assert agent.put(a, realm.key(1), 6) is False
    assert agent.define(a, realm.key(4), Descriptor(get=getter, enumerable=True, configurable=True))
    assert length(a) == 5
    status, fn = agent.get(a, realm.key(4))
    assert status == "call getter" and fn.bits == getter.bits
    assert agent.keys(a) == [0, 1, 4, "length"]


@pytest.mark.gc_stress
def test_arrays_under_gc_stress(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    for i in range(100):
        agent.put(a, realm.key(i), realm.string(f"s{i}"))
    agent.put(a, realm.key(100_000), realm.string("far"))
    agent.define(a, realm.key(3), Descriptor(configurable=False))
    assert agent.get(a, realm.key(99)) == "s99"
    assert agent.put(a, realm.key("length"), 50) is True
    assert length(a) == 50 and agent.get(a, realm.key(49)) == "s49"
    assert agent.put(a, realm.key("length"), 2) is False  # stops above the non-configurable 3
    assert length(a) == 4 and agent.get(a, realm.key(3)) == "s3"


def test_doubling_indices_go_sparse(agent: Agent, realm: Realm) -> None:
    # a[2], a[6], a[14], ...: each index is about twice the last, so "more than twice the
    # capacity" never holds; the few present elements send it sparse instead.
    a = realm.array()
    k = 1
    for _ in range(24):
        k *= 2
        agent.put(a, realm.key(k - 2), k)
    assert lib.rh_test_is_sparse(a.bits)
    assert lib.rh_test_object_bytes(a.bits) < 64 * 1024
    assert length(a) == 2**24 - 1
    assert agent.get(a, realm.key(2**20 - 2)) == 2**20


def test_half_full_writes_stay_dense(agent: Agent, realm: Realm) -> None:
    a = realm.array()
    for i in range(0, 20_000, 2):
        agent.put(a, realm.key(i), i)
    assert not lib.rh_test_is_sparse(a.bits)
