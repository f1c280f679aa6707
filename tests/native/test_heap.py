"""The agent heap: collection, roots, exact per-realm counters, closing realms, limits."""
from __future__ import annotations

import pytest
from realm_host._native import ffi, lib

from tests.native.runtime import RH_ERR_OOM, Agent, Descriptor, Realm, StatusError


def build_garbage(agent: Agent, realm: Realm, count: int) -> None:
    for i in range(count):
        o = realm.object()
        agent.put(o, realm.key(f"f{i % 7}"), realm.string(f"value {i}" * 3))
        agent.put(o, realm.key(i % 50), i)
        o.free()


def test_counters_sum_to_total_and_match_the_heap(agent: Agent, realm: Realm) -> None:
    build_garbage(agent, realm, 50)
    mem = realm.memory()
    assert mem["total"] == sum(v for k, v in mem.items() if k != "total")
    assert agent.verify() == 0  # recomputes every counter from the cells
    shared = agent.memory()
    # The agent owns atoms and the root shape every realm's shape tree grows from.
    assert agent.stats()["heap_bytes"] == mem["total"] + shared["strings"] + shared["objects"] + shared["shapes"]


def test_collection_frees_unreachable_objects(agent: Agent, realm: Realm) -> None:
    agent.gc()
    baseline = realm.memory()
    build_garbage(agent, realm, 300)
    grown = realm.memory()
    assert grown["objects"] > baseline["objects"]
    agent.gc()
    after = realm.memory()
    # Only the realm's shapes for the keys used remain (shapes are shared, so few).
    assert after["objects"] == baseline["objects"]
    assert after["strings"] == baseline["strings"]
    assert after["elements"] == baseline["elements"]


def test_handles_keep_objects_alive(agent: Agent, realm: Realm) -> None:
    keep = realm.object()
    inner = realm.object()
    k = realm.key("inner")
    agent.put(keep, k, inner)
    inner_bits = inner.bits
    inner.free()
    agent.gc()
    assert agent.get(keep, k).bits == inner_bits
    before = realm.memory()["objects"]
    keep.free()
    agent.gc()
    assert realm.memory()["objects"] == before - 2 * lib.rh_test_cell_size(realm.global_object().bits)


def test_collection_is_triggered_by_allocation_volume(agent: Agent, realm: Realm) -> None:
    start = agent.stats()["collections"]
    build_garbage(agent, realm, 5000)
    stats = agent.stats()
    assert stats["collections"] > start
    assert stats["heap_bytes"] < stats["bytes_allocated"] / 2


def test_empty_realm_is_small_and_closing_returns_counters_to_zero(agent: Agent) -> None:
    agent.gc()
    heap_before = agent.stats()["heap_bytes"]
    root_shape = agent.memory()["shapes"]  # the agent's root shape, shared by every realm
    realm = agent.new_realm()
    empty = realm.memory()
    assert empty["total"] <= 2048
    assert empty["objects"] > 0  # the global object
    build_garbage(agent, realm, 100)
    g = realm.global_object()
    agent.put(g, realm.key("kept"), realm.object())
    g.free()
    realm.close()
    assert agent.stats()["heap_bytes"] == heap_before
    assert agent.memory()["objects"] == 0 and agent.memory()["shapes"] == root_shape


def test_shape_tree_is_shared_and_the_first_realm_to_need_a_node_pays(agent: Agent) -> None:
    a, b = agent.new_realm(), agent.new_realm()
    shapes_a, shapes_b = a.memory()["shapes"], b.memory()["shapes"]
    objects = []
    for realm in (a, b):
        o = realm.object()
        for key in ("x", "y", "z"):
            agent.put(o, realm.key(key), 1)
        objects.append(o)
    assert lib.rh_test_shape(objects[0].bits) == lib.rh_test_shape(objects[1].bits)
    assert a.memory()["shapes"] == shapes_a + 3 * lib.rh_test_shape_cell_size(objects[0].bits)
    assert b.memory()["shapes"] == shapes_b  # b walked a's transitions: nothing new
    for o in objects:
        o.free()
    a.close()
    assert agent.verify() == 0
    o = b.object()
    for key in ("x", "y", "z"):
        agent.put(o, b.key(key), 2)
    assert agent.get(o, b.key("z")) == 2
    o.free()


def test_object_handed_to_another_realm_survives_its_realm(agent: Agent) -> None:
    root_shape = agent.memory()["shapes"]  # the agent's root shape, shared by every realm
    a, b = agent.new_realm(), agent.new_realm()
    gift = a.object()
    agent.put(gift, a.key("msg"), a.string("from a"))
    gb = b.global_object()
    agent.put(gb, b.key("gift"), gift)
    gift.free()
    assert lib.rh_test_cell_realm(agent.get(gb, b.key("gift")).bits) == a.index
    a.close()
    survivor = agent.get(gb, b.key("gift"))
    assert lib.rh_test_cell_realm(survivor.bits) == 0  # now charged to the agent
    assert agent.get(survivor, b.key("msg")) == "from a"
    orphaned = agent.memory()
    assert orphaned["objects"] > 0 and orphaned["shapes"] > root_shape
    survivor.free()
    assert agent.delete(gb, b.key("gift"))
    agent.gc()
    assert agent.memory()["objects"] == 0 and agent.memory()["shapes"] == root_shape
    b.close()


def test_realm_indices_are_reused(agent: Agent) -> None:
    first = agent.new_realm()
    index = first.index
    first.close()
    again = agent.new_realm()
    assert again.index == index
    realms = [agent.new_realm() for _ in range(20)]
    assert len({r.index for r in realms} | {again.index}) == 21
    for r in realms:
        r.close()
    again.close()


def test_heap_limit_gives_out_of_memory_and_agent_recovers() -> None:
    agent = Agent(heap_limit=256 * 1024)
    realm = agent.new_realm()
    holder = realm.array()
    length = realm.key("length")  # made before the heap fills: making it later may not fit
    with pytest.raises(StatusError) as info:
        for i in range(100_000):
            assert agent.put(holder, realm.key(i), realm.string("x" * 200 + str(i)))
    assert info.value.status == RH_ERR_OOM
    assert agent.out_of_memory
    assert agent.stats()["heap_bytes"] <= 256 * 1024
    # Dropping the data and collecting makes the agent usable again.
    assert agent.put(holder, length, 0)
    agent.gc()
    lib.rh_agent_clear_oom(agent.ptr)
    o = realm.object()
    assert agent.put(o, realm.key("ok"), realm.string("fine"))
    assert agent.get(o, realm.key("ok")) == "fine"
    assert not agent.out_of_memory
    assert agent.verify() == 0
    realm.close()
    agent.close()


@pytest.mark.parametrize("fail_at", range(1, 40))
def test_injected_allocation_failures_are_reported_not_fatal(fail_at: int) -> None:
    agent = Agent()
    realm = agent.new_realm()
    o = realm.object()
    lib.rh_test_fail_allocation_after(agent.ptr, fail_at)
    failed = False
    try:
        for i in range(12):
            agent.put(o, realm.key(f"p{i}"), realm.string(f"value-{i}" * 4))
        agent.put(o, realm.key(5000), 1)
        agent.delete(o, realm.key("p3"))
        agent.keys(o)
    except StatusError as error:
        assert error.status == RH_ERR_OOM
        failed = True
    assert failed == agent.out_of_memory
    lib.rh_test_fail_allocation_after(agent.ptr, 0)
    agent.gc()
    assert agent.verify() == 0
    realm.close()
    agent.close()


@pytest.mark.gc_stress
def test_realm_lifecycle_under_gc_stress(agent: Agent) -> None:
    for _ in range(3):
        realm = agent.new_realm()
        build_garbage(agent, realm, 20)
        g = realm.global_object()
        arr = realm.array()
        agent.put(g, realm.key("arr"), arr)
        for i in range(30):
            agent.put(arr, realm.key(i), realm.string(f"e{i}"))
        g.free()
        arr.free()
        realm.close()
    assert agent.memory()["objects"] == 0


def test_two_agents_are_independent() -> None:
    first, second = Agent(), Agent()
    r1, r2 = first.new_realm(), second.new_realm()
    k1 = r1.key("shared")
    k2 = r2.key("shared")
    assert k1.bits != k2.bits  # atoms are per agent
    first.gc()
    assert second.verify() == 0
    r1.close(), r2.close()
    first.close(), second.close()


def test_realm_creation_cost() -> None:
    """A new realm is a few hundred bytes (its creation time is measured by `realm mem` and
    `realm bench`, not here)."""
    agent = Agent()
    count = 2000
    realms = [lib.rh_realm_new(agent.ptr) for _ in range(count)]
    report = ffi.new("rh_memory_report *")
    lib.rh_realm_memory(realms[0], report)
    assert report.total <= 2048
    for r in realms:
        lib.rh_realm_free(r)
    agent.close()


def test_agents_run_on_two_threads_at_once() -> None:
    """No global mutable state: two agents do heavy work concurrently (cffi drops the GIL)."""
    import threading

    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            agent = Agent()
            realm = agent.new_realm()
            build_garbage(agent, realm, 1500)
            s = realm.string("")
            for i in range(2000):
                s = realm.concat(s, realm.string(f"{seed}:{i};"))
            assert agent.text(s.bits).count(";") == 2000
            assert agent.verify() == 0
            realm.close()
            agent.close()
        except BaseException as error:  # reported below, in the main thread
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_closing_many_realms_at_once(agent: Agent) -> None:
    agent.gc()
    heap_before = agent.stats()["heap_bytes"]
    collections_before = agent.stats()["collections"]
    realms = [agent.new_realm() for _ in range(50)]
    keeper = agent.new_realm()
    kept = []
    for i, r in enumerate(realms):
        build_garbage(agent, r, 5)
        if i % 10 == 0:
            o = r.object()
            agent.put(keeper.global_object(), keeper.key(f"from{i}"), o)
            kept.append(o.bits)
            o.free()
    collections_mid = agent.stats()["collections"]
    pointers = ffi.new("rh_realm *[]", [r.ptr for r in realms])
    lib.rh_realms_free(pointers, len(realms))
    for r in realms:
        r.ptr = None
    assert agent.stats()["collections"] == collections_mid + 1
    assert agent.memory()["objects"] == 5 * lib.rh_test_cell_size(kept[0])  # the five handed over
    for i in range(0, 50, 10):
        assert lib.rh_test_cell_realm(agent.get(keeper.global_object(), keeper.key(f"from{i}")).bits) == 0
    keeper.close()
    assert agent.stats()["heap_bytes"] == heap_before
    assert collections_before <= collections_mid


def test_verification_catches_a_wrong_counter(agent: Agent, realm: Realm) -> None:
    assert agent.verify() == 0
    lib.rh_test_skew_counter(realm.ptr, 0, 8)
    assert agent.verify() == 1
    lib.rh_test_skew_counter(realm.ptr, 0, -8)
    assert agent.verify() == 0


def _measure_counted_and_rss_growth() -> tuple[int, int]:
    import psutil

    process = psutil.Process()
    agent = Agent()
    realm = agent.new_realm()
    holder = realm.array()
    keys = [realm.key(k) for k in ("x", "y", "z")]
    shared = realm.string("a fairly ordinary string value")
    agent.gc()
    rss_before, counted_before = process.memory_info().rss, realm.memory()["total"]
    for i in range(60_000):
        o = realm.object()
        agent.put(o, keys[0], i)
        agent.put(o, keys[1], shared)
        agent.put(o, keys[2], realm.string(f"item {i}"))
        agent.put(holder, realm.key(i), o)
    counted = realm.memory()["total"] - counted_before
    grown = process.memory_info().rss - rss_before
    realm.close()
    agent.close()
    return counted, grown


def test_counters_agree_with_the_operating_system() -> None:
    """The counters hold what malloc was asked for; RSS adds malloc's own headers and rounding.

    Measured in a fresh process: memory freed by earlier tests would be reused and hide growth."""
    import subprocess
    import sys
    from pathlib import Path

    code = "from tests.native.test_heap import _measure_counted_and_rss_growth as m; print(*m())"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    counted, grown = map(int, out.stdout.split())
    assert counted > 8_000_000
    assert 0.9 * counted <= grown <= 1.5 * counted, (counted, grown)


def test_unused_shapes_are_collected_through_weak_transitions(agent: Agent, realm: Realm) -> None:
    o = realm.object()
    agent.put(o, realm.key("stable"), 1)
    agent.gc()
    baseline = realm.memory()["shapes"]
    temporaries = []
    for i in range(200):  # 200 distinct transitions out of the same parent shape
        t = realm.object()
        agent.put(t, realm.key("stable"), 1)
        agent.put(t, realm.key(f"unique{i}"), i)
        temporaries.append(t)
    assert realm.memory()["shapes"] > baseline + 200 * 64
    for t in temporaries:
        t.free()
    agent.gc()
    assert realm.memory()["shapes"] == baseline  # the emptied transition table went too
    t = realm.object()
    agent.put(t, realm.key("stable"), 1)
    assert lib.rh_test_shape(t.bits) == lib.rh_test_shape(o.bits)  # the surviving path is reused


def test_a_big_collection_does_not_leave_the_agent_holding_its_mark_stack() -> None:
    from realm_host import Host
    with Host() as host:
        realm = host.new_realm()
        host.collect()
        before = host.memory()["agent"]
        # One object with 300,000 elements pushes them all on the mark stack at once.
        realm.eval("var big = []; for (var i = 0; i < 300000; i++) big.push({i});")
        host.collect()
        assert realm.eval("big[299999].i") == 299999
        realm.eval("big = null")
        host.collect()
        assert host.memory()["agent"] - before < 64 * 1024
