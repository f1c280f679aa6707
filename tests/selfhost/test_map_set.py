"""Map and Set (selfhosted/map_set.js over native/src/builtins_map_set.c): (source, expected)."""
from __future__ import annotations

import pytest

from realm_host import Host
from realm_host._native import lib
from tests.selfhost.conftest import run

CASES = [
    ("var m = new Map([[1, 'a'], ['k', 2]]); [m.size, m.get(1), m.get('k'), m.has(2), m.get(3) === undefined]",
     [2, "a", 2, False, True]),
    ("var m = new Map(); m.set(-0, 'z'); [m.has(0), m.get(+0), Object.is([...m.keys()][0], 0)]", [True, "z", True]),
    ("var m = new Map([[NaN, 1]]); [m.has(NaN), m.get(NaN)]", [True, 1]),
    ("var m = new Map(); var o = {}; m.set(o, 1).set('1', 2).set(1, 3); [m.get(o), m.get('1'), m.get(1), m.get({})]",
     [1, 2, 3, None]),
    ("var m = new Map([['a', 1], ['b', 2], ['c', 3]]); m.delete('b'); m.set('b', 4); [...m.keys()]", ["a", "c", "b"]),
    ("var m = new Map([['a', 1]]); m.set('a', 5); [...m.entries()]", [["a", 5]]),
    ("var m = new Map([[1, 1], [2, 2]]); [m.delete(1), m.delete(1), m.size]", [True, False, 1]),
    ("var m = new Map([[1, 1]]); m.clear(); [m.size, m.has(1)]", [0, False]),
    ("var seen = []; var m = new Map([[1, 'a'], [2, 'b']]);"
     "m.forEach(function (v, k, map) { seen[seen.length] = [k, v, map === m, this.t]; if (k === 1) m.set(3, 'c'); }, {t: 't'});"
     "seen", [[1, "a", True, "t"], [2, "b", True, "t"], [3, "c", True, "t"]]),
    ("var m = new Map([[1, 1], [2, 2], [3, 3]]); var it = m.keys(); it.next(); m.delete(2); [it.next().value, it.next().done]",
     [3, True]),
    ("var m = new Map([[1, 1]]); var it = m.values(); m.clear(); m.set(2, 2); [it.next().value]", [2]),
    ("var m = new Map(); for (var i = 0; i < 2000; i++) m.set('k' + i, i);"
     "for (var i = 0; i < 2000; i += 2) m.delete('k' + i); var t = 0; for (var [k, v] of m) t += v; [m.size, t, m.get('k1999')]",
     [1000, 1000000, 1999]),
    ("Object.prototype.toString.call(new Map().entries())", "[object Map Iterator]"),
    ("Object.prototype.toString.call(new Map())", "[object Map]"),
    ("try { Map() } catch (e) { e instanceof TypeError }", True),
    ("try { Map.prototype.get.call({}, 1) } catch (e) { e instanceof TypeError }", True),
    ("try { new Map([1]) } catch (e) { e instanceof TypeError }", True),
    ("class M extends Map { constructor(x) { super(x); this.extra = 1; } } var m = new M([[1, 2]]);"
     "[m instanceof M, m instanceof Map, m.get(1), m.extra]", [True, True, 2, 1]),
    ("[Map.length, Map.name, Map.prototype.constructor === Map, Map[Symbol.species] === Map]", [0, "Map", True, True]),
    ("var d = Object.getOwnPropertyDescriptor(Map.prototype, 'size'); [typeof d.get, d.set === undefined, d.get.name]",
     ["function", True, "get size"]),
    # Set
    ("var s = new Set([1, 2, 2, 3]); [s.size, ...s]", [3, 1, 2, 3]),
    ("var s = new Set(['a', 'b', 'c', 'a']); [...s.values()]", ["a", "b", "c"]),
    ("var s = new Set([1]); [s.add(1) === s, s.size, s.has(1), s.delete(1), s.size]", [True, 1, True, True, 0]),
    ("[...new Set([1, 2]).entries()]", [[1, 1], [2, 2]]),
    ("var r = []; new Set([5, 6]).forEach((v, k, s) => { r[r.length] = v + k; }); r", [10, 12]),
    ("Object.prototype.toString.call(new Set().values())", "[object Set Iterator]"),
    ("[Set.length, Set.name, Set.prototype.constructor === Set]", [0, "Set", True]),
    ("try { Set.prototype.add.call(new Map(), 1) } catch (e) { e instanceof TypeError }", True),
    ("var s = new Set(); s.add(-0); Object.is([...s][0], 0)", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_map_set(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected


def test_map_follows_the_spec_under_tampering(realm) -> None:
    # the constructor's adder is the (replaced) "set": the spec reads it, so this throws 1
    run(realm, "Map.prototype.set = function () { throw 1; };")
    assert run(realm, "try { new Map([[1, 2]]); 'no' } catch (e) { e === 1 }") is True
    # Set.prototype.add and has reach [[SetData]] directly: replacing Map's methods changes nothing
    assert run(realm, "new Set().add(1).has(1)") is True
    # an array whose @@iterator is gone is not iterable (GetIterator): a TypeError
    run(realm, "Array.prototype[Symbol.iterator] = null;")
    assert run(realm, "try { new Set([1]); 'no' } catch (e) { e instanceof TypeError }") is True


# Iteration while the collection changes: each expected value is what node (v20) prints for the
# same program. Deleted entries are compacted away only while no iterator points into the
# collection (builtins_map_set.c), so these programs must see exactly the spec's order.
LIST = "function list(it) { var r = []; for (var x of it) r.push(x); return r; } "
MUTATION = [
    # for-of while deleting the current key and adding a new one
    ("var m = new Map(); for (var i = 0; i < 100; i++) m.set(i, i); "
     "var out = []; for (var [k, v] of m) { out.push(k); m.delete(k); if (k < 300) m.set(k + 100, v); } "
     "out.length + ' ' + out.slice(0, 3) + ' ' + out.slice(-3) + ' ' + m.size",
     "400 0,1,2 397,398,399 0"),
    # forEach that clears everything and re-adds (bounded), then keeps going
    ("var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); var seen = []; var n = 0; "
     "m.forEach(function (v, k) { seen.push(k + v); if (n++ < 40) { m.clear(); m.set(k + 1, v); m.set(k, v); } }); "
     "seen.join(',') + ' ' + list(m).join(';')",
     "1a,2a,3a,4a,5a,6a,7a,8a,9a,10a,11a,12a,13a,14a,15a,16a,17a,18a,19a,20a,21a,22a,23a,24a,25a,26a,27a,28a,29a,30a,31a,32a,33a,34a,35a,36a,37a,38a,39a,40a,41a,40a 41,a;40,a"),
    # nested iterators, the inner one deleting
    ("var s = new Set(); for (var i = 0; i < 64; i++) s.add(i); var out = []; "
     "for (var a of s) { for (var b of s) { if (b > a && b % (a + 2) === 0) s.delete(b); } out.push(a); } "
     "out.join(',')",
     "0,1,5,11,17,23,29,37,41,47,53,59"),
    # an iterator kept while the set churns, then resumed
    ("var s = new Set(); for (var i = 0; i < 10; i++) s.add(i); var it = s.values(); var first = [it.next().value, it.next().value]; "
     "for (var i = 10; i < 5000; i++) { s.add(i); s.delete(i - 8); } "
     "var rest = []; for (var r = it.next(); !r.done; r = it.next()) rest.push(r.value); "
     "first.join(',') + ' ' + rest.length + ' ' + rest.slice(0, 4) + ' ' + rest.slice(-2) + ' ' + s.size",
     "0,1 8 4992,4993,4994,4995 4998,4999 10"),
    # delete everything behind a live iterator, then add: the iterator sees only the new ones
    ("var m = new Map(); for (var i = 0; i < 100; i++) m.set('k' + i, i); var it = m.entries(); it.next(); it.next(); "
     "for (var i = 0; i < 100; i++) m.delete('k' + i); for (var i = 0; i < 3; i++) m.set('n' + i, i); "
     "JSON.stringify(list(it)) + ' ' + m.size",
     "[[\"n0\",0],[\"n1\",1],[\"n2\",2]] 3"),
    # an iterator finished, then heavy churn, then a fresh iterator in order
    ("var m = new Map(); for (var i = 0; i < 50; i++) m.set(i, i); for (var x of m) {} "
     "for (var i = 50; i < 3000; i++) { m.set(i, -i); m.delete(i - 50); } "
     "var ks = list(m.keys()); ks.length + ' ' + ks[0] + ' ' + ks[49] + ' ' + m.get(2999)",
     "50 2950 2999 -2999"),
    # a re-inserted key goes to the end, seen again by a live iterator
    ("var s = new Set([1, 2, 3]); var out = []; for (var x of s) { out.push(x); if (out.length < 6) { s.delete(x); s.add(x); } } out.join(',')",
     "1,2,3,1,2,3,1,2"),
    # clear during forEach of a big map, then refill with a few
    ("var m = new Map(); for (var i = 0; i < 200; i++) m.set(i, i); var seen = []; "
     "m.forEach(function (v, k) { seen.push(k); if (k === 5) { m.clear(); for (var j = 1000; j < 1003; j++) m.set(j, j); } }); "
     "seen.join(',') + ' ' + m.size",
     "0,1,2,3,4,5,1000,1001,1002 3"),
    # abandoned iterators (LRU eviction through keys().next()) and order after
    ("var c = new Map(); for (var i = 0; i < 40; i++) c.set(i, i); "
     "for (var i = 40; i < 4000; i++) { c.set(i, i); c.delete(c.keys().next().value); if (i % 7 === 0) { var v = c.get(i - 3); c.delete(i - 3); c.set(i - 3, v); } } "
     "var ks = list(c.keys()); ks.length + ' ' + ks.slice(0, 5) + ' ' + ks.slice(-5)",
     "40 3961,3962,3959,3963,3964 3996,3997,3994,3998,3999"),
    # two iterators at different places while deleting between them
    ("var s = new Set(); for (var i = 0; i < 40; i++) s.add(i); var a = s.values(), b = s.values(); "
     "for (var i = 0; i < 30; i++) b.next(); a.next(); "
     "for (var i = 0; i < 40; i++) if (i % 3) s.delete(i); for (var i = 40; i < 45; i++) s.add(i); "
     "list(a).join(',') + ' / ' + list(b).join(',')",
     "3,6,9,12,15,18,21,24,27,30,33,36,39,40,41,42,43,44 / 30,33,36,39,40,41,42,43,44"),
]


@pytest.mark.parametrize("source, expected", MUTATION)
def test_iteration_during_mutation(realm, source: str, expected: str) -> None:
    assert run(realm, LIST + source) == expected


def test_iteration_during_mutation_under_gc_stress() -> None:
    # a collection at every allocation recounts the iterators' pins each time
    with Host(output=lambda text: None) as host:
        lib.rh_test_set_gc_stress(host._agent, 1)
        with host.new_realm() as realm:
            for source, expected in MUTATION:
                assert realm.eval(LIST + source) == expected, source
        lib.rh_test_set_gc_stress(host._agent, 0)
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0


def _bytes(host: Host, realm, collect: bool) -> int:
    if collect:
        host.collect()
    return realm.memory()["total"]


def test_set_delete_cycles_stay_bounded() -> None:
    # a Map (numbers) and a Set (fresh strings) used as queues of one: 100,000 set/delete cycles
    with Host() as host, host.new_realm() as realm:
        realm.eval("var m = new Map(), s = new Set();"
                   "function cycle(from, to) { for (var i = from; i < to; i++) { m.set(i, i); m.delete(i);"
                   " s.add('k' + i); s.delete('k' + i); } } cycle(0, 100); 0")
        start = _bytes(host, realm, True)
        realm.eval("cycle(100, 100100)")
        # before a collection: the compactions themselves allocate nothing (the dead strings are
        # garbage the next collection takes)
        before = realm.memory()["total"]
        after = _bytes(host, realm, True)
        assert realm.eval("m.size + s.size") == 0
        assert after - start < 2_000, (start, after)
        assert before - start < 3_000_000, (start, before)
        # with number keys the cycles allocate nothing at all, even before a collection: the run
        # costs what evaluating `0` costs (the script's own cells)
        realm.eval("function numbers() { for (var i = 0; i < 100000; i++) { m.set(i, i); m.delete(i); } } 0")
        realm.eval("numbers()")
        realm.eval("0")
        warm = _bytes(host, realm, True)
        realm.eval("0")
        script = _bytes(host, realm, False) - warm
        warm = _bytes(host, realm, True)
        realm.eval("numbers()")
        assert realm.memory()["total"] - warm == script
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0


def test_queue_and_lru_stay_bounded() -> None:
    with Host() as host, host.new_realm() as realm:
        # a FIFO of 1,000 live entries pushed through 100,000 times
        realm.eval("var q = new Map(); for (var i = 0; i < 1000; i++) q.set(i, i); 0")
        start = _bytes(host, realm, True)
        realm.eval("for (var i = 1000; i < 101000; i++) { q.set(i, i); q.delete(i - 1000); } 0")
        assert realm.memory()["total"] - start < 60_000  # the list grows to twice the live entries at most
        assert realm.eval("q.size") == 1000 and realm.eval("q.keys().next().value") == 100000
        # an LRU cache evicting through keys().next(): each abandoned iterator pins the map until
        # the next collection recounts the pins
        realm.eval("var c = new Map(); for (var i = 0; i < 100; i++) c.set(i, i); 0")
        start = _bytes(host, realm, True)
        realm.eval("for (var i = 100; i < 100100; i++) { c.set(i, i); c.delete(c.keys().next().value); } 0")
        host.collect()
        realm.eval("c.set(-1, 0); c.delete(-1)")  # the first change after the collection compacts
        assert realm.memory()["total"] - start < 8_000
        assert run(realm, "var k = c.keys(); [k.next().value, c.size]") == [100000, 100]
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0


def test_a_live_iterator_pins_and_a_finished_one_does_not() -> None:
    with Host() as host, host.new_realm() as realm:
        realm.eval("var m = new Map(); for (var i = 0; i < 10; i++) m.set(i, i);"
                   "function churn(from, to) { for (var i = from; i < to; i++) { m.set(i, i); m.delete(i - 10); } } 0")
        start = _bytes(host, realm, True)
        # kept alive (and so pinning) across many would-be compactions and collections
        realm.eval("var it = m.keys(); it.next(); churn(10, 20000); 0")
        host.collect()
        realm.eval("churn(20000, 40000)")
        pinned = realm.memory()["total"]
        assert pinned - start > 100_000  # nothing was compacted under the iterator
        # it resumes at the right place: 19990 .. 39999 are the live keys, nothing before
        assert run(realm, "var r = it.next(); var n = 1; while (!it.next().done) n++; [r.value, n]") == [39990, 10]
        # finished, it let go: the next change compacts
        realm.eval("churn(40000, 40001)")
        assert _bytes(host, realm, True) - start < 8_000
        # abandoned (unreachable), it pins only until a collection recounts
        realm.eval("(function () { var lost = m.values(); lost.next(); })(); churn(40001, 60000); 0")
        host.collect()
        realm.eval("churn(60000, 60001)")
        assert _bytes(host, realm, True) - start < 8_000
        assert run(realm, "var ks = []; for (var k of m.keys()) ks.push(k); [ks.length, ks[0], ks[9]]") == [10, 59991, 60000]
        held = realm.eval("[m, m.keys()]")  # a compacted map and a live iterator outlive the realm
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0
        del held
