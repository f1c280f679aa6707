"""WeakMap and WeakSet (selfhosted/weak.js over native/src/weak_collections.c): (source, expected),
symbol keys (CanBeHeldWeakly, ES2023), and the ephemeron rules: a collection keeps no key alive,
and a value only while both its key and the collection live."""
from __future__ import annotations

import pytest

from realm_host import Host
from realm_host._native import ffi, lib
from tests.selfhost.conftest import run

CASES = [
    ("var k = {}; var w = new WeakMap([[k, 1]]); [w.get(k), w.has(k), w.has({}), w.get({}) === undefined]",
     [1, True, False, True]),
    ("var k = {}; var w = new WeakMap(); [w.set(k, 1) === w, w.delete(k), w.delete(k), w.has(k)]", [True, True, False, False]),
    ("var f = Object.freeze({}); var w = new WeakMap(); w.set(f, 1); w.set(f, 2); [w.get(f), Object.isFrozen(f)]", [2, True]),
    ("var k = {}; new WeakMap().set(k, 1); [Reflect.ownKeys(k).length, Object.getOwnPropertySymbols(k).length,"
     "JSON.stringify(k)]", [0, 0, "{}"]),
    ("var k = {}; var a = new WeakMap(), b = new WeakMap(); a.set(k, 'a'); b.set(k, 'b'); [a.get(k), b.get(k)]", ["a", "b"]),
    ("try { new WeakMap().set(1, 1) } catch (e) { e instanceof TypeError }", True),
    ("try { WeakMap() } catch (e) { e instanceof TypeError }", True),
    ("try { WeakMap.prototype.get.call(new Map(), {}) } catch (e) { e instanceof TypeError }", True),
    ("[String(new WeakMap()), WeakMap.length, WeakMap.prototype.constructor === WeakMap]", ["[object WeakMap]", 0, True]),
    ("var o = {}; var s = new WeakSet([o]); [s.has(o), s.has({}), s.add(o) === s, s.delete(o), s.has(o)]",
     [True, False, True, True, False]),
    ("try { new WeakSet().add('x') } catch (e) { e instanceof TypeError }", True),
    ("[String(new WeakSet()), WeakSet.length]", ["[object WeakSet]", 0]),
    # symbols: any symbol not made by Symbol.for, well-known ones included (CanBeHeldWeakly, ES2023)
    ("var s = Symbol('s'); var w = new WeakMap([[s, 1]]); [w.get(s), w.has(s), w.has(Symbol('s')), w.delete(s), w.has(s)]",
     [1, True, False, True, False]),
    ("var w = new WeakMap(); w.set(Symbol.iterator, 'it'); [w.get(Symbol.iterator), w.has(Symbol.asyncIterator)]", ["it", False]),
    ("var s = Symbol(); var ws = new WeakSet([s, Symbol.hasInstance]); [ws.has(s), ws.has(Symbol.hasInstance), ws.delete(s), ws.has(s)]",
     [True, True, True, False]),
    ("try { new WeakMap().set(Symbol.for('r'), 1); 'no' } catch (e) { e instanceof TypeError }", True),
    ("try { new WeakSet().add(Symbol.for('r')); 'no' } catch (e) { e instanceof TypeError }", True),
    ("try { new WeakMap([[Symbol.for('r'), 1]]); 'no' } catch (e) { e instanceof TypeError }", True),
    ("var r = Symbol.for('r'); var w = new WeakMap(), s = new WeakSet();"
     "[w.get(r), w.has(r), w.delete(r), s.has(r), s.delete(r), w.get(1), w.has('x'), s.delete(null)]",
     [None, False, False, False, False, None, False, False]),
    ("var out = []; for (var v of [1, 'x', true, null, undefined, 1.5]) {"
     " try { new WeakMap().set(v, 1); out.push('no'); } catch (e) { out.push(e instanceof TypeError); } } out",
     [True, True, True, True, True, True]),
    # a key's entries in several maps, an object key and a symbol key side by side, overwrite
    ("var k = {}, s = Symbol(); var a = new WeakMap(), b = new WeakMap(); a.set(k, 1).set(s, 2); b.set(k, 3);"
     "a.set(k, 4); [a.get(k), a.get(s), b.get(k), b.has(s)]", [4, 2, 3, False]),
    # many entries: growth, deletion and re-insertion
    ("var ks = []; var w = new WeakMap(); for (var i = 0; i < 500; i++) { ks.push({}); w.set(ks[i], i); }"
     "for (var i = 0; i < 500; i += 2) w.delete(ks[i]); for (var i = 0; i < 500; i += 4) w.set(ks[i], -i);"
     "var t = 0; for (var i = 0; i < 500; i++) t += w.has(ks[i]) ? w.get(ks[i]) : 0; t",
     sum(i for i in range(1, 500, 2)) - sum(range(0, 500, 4))),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_weak(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected


def test_weakmap_does_not_keep_keys_alive() -> None:
    with Host() as host, host.new_realm() as realm:
        realm.eval("var w = new WeakMap(); var kept = {};")
        host.collect()
        before = realm.memory()["total"]
        realm.eval("for (var i = 0; i < 2000; i++) w.set({}, [i, i, i, i]); w.set(kept, 1); 0")
        host.collect()
        after = realm.memory()["total"]
        # 2,000 dead keys and their values are gone; the map itself holds nothing per entry
        assert after - before < 20_000, (before, after)
        assert realm.eval("w.get(kept)") == 1


def _memory(host: Host, realm) -> int:
    host.collect()
    return realm.memory()["total"]


def test_a_dropped_weakmap_lets_go_of_its_values() -> None:
    # 10,000 WeakMaps, each dropped at once, each holding a fresh big value for one long-lived key:
    # the values go with their maps, and the maps' tables with them
    with Host() as host, host.new_realm() as realm:
        realm.eval("var key = {}, sym = Symbol();"
                   "function churn(n) { for (var i = 0; i < n; i++) { var m = new WeakMap(); m.set(key, new Array(256).fill(i));"
                   " new WeakSet().add(sym); } } churn(2); 0")
        before = _memory(host, realm)
        realm.eval("churn(10000)")
        after = _memory(host, realm)
        assert after - before < 1_000, (before, after)  # each value alone is over 2 KiB
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0


def test_ephemerons() -> None:
    with Host() as host, host.new_realm() as realm:
        # a value that holds its own key does not keep the entry alive
        realm.eval("var w = new WeakMap(); (function () { for (var i = 0; i < 1000; i++) { var k = {}; w.set(k, {k, pad: new Array(64).fill(i)}); } })(); 0")
        base = _memory(host, realm)
        # a chain: the value of each key is the next key, only the head is held
        realm.eval("var head = {}; (function () { var k = head; for (var i = 0; i < 1000; i++) { var n = {i}; w.set(k, n); k = n; } })(); 0")
        chained = _memory(host, realm)
        assert chained - base > 40_000
        assert realm.eval("var k = head, n = 0; while (w.has(k)) { k = w.get(k); n++; } n") == 1000
        realm.eval("head = null")
        assert _memory(host, realm) - base < 2_000
        # a WeakMap reachable only as a value in another one is found during the fixpoint, and
        # keeps its own values (for live keys) alive
        realm.eval("var outer = new WeakMap(), k1 = {}, k2 = Symbol('k2');"
                   "(function () { var inner = new WeakMap(); inner.set(k2, {deep: 42}); outer.set(k1, inner); })(); 0")
        host.collect()
        assert realm.eval("outer.get(k1).get(k2).deep") == 42
        # the key of one map is the value of another, in both orders of discovery
        realm.eval("var a = new WeakMap(), b = new WeakMap(), root = {};"
                   "(function () { var x = {}, y = {}; a.set(root, x); b.set(x, y); a.set(y, {end: 1}); })(); 0")
        host.collect()
        assert realm.eval("a.get(b.get(a.get(root))).end") == 1
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0


def test_a_long_ephemeron_chain_takes_a_few_passes_not_one_per_link() -> None:
    """Key i's value is key i+1 in one table: a key index settles the phase in one drain (a
    round per link would be quadratic), also when the chain runs through several tables."""
    stats = ffi.new("rh_heap_stats *")
    with Host() as host, host.new_realm() as realm:
        realm.eval("var w = new WeakMap(), v = new WeakMap(), head = {};"
                   "(function () { var k = head; for (var i = 0; i < 20000; i++) {"
                   "  var n = {i}; (i % 3 ? w : v).set(k, n); k = n; } })(); 0")
        lib.rh_agent_stats(host._agent, stats)
        before = stats.ephemeron_rounds
        host.collect()
        lib.rh_agent_stats(host._agent, stats)
        assert stats.ephemeron_rounds - before <= 3
        assert realm.eval("var k = head, n = 0; for (;;) { var next = w.get(k) || v.get(k); if (!next) break; k = next; n++; } n") == 20000
        realm.eval("head = null")
        host.collect()
        assert realm.eval("0") == 0
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0


def test_weak_collections_under_gc_stress() -> None:
    with Host(output=lambda text: None) as host:
        with host.new_realm() as realm:
            source = ("var keep = [], w = new WeakMap(), s = new WeakSet();"
                      "for (var i = 0; i < 300; i++) { var k = i % 3 ? {} : Symbol(); if (i % 2) keep.push(k);"
                      " w.set(k, {i, k}); s.add(k); if (i % 5 === 0) w.delete(k); }"
                      "var t = 0; for (var k of keep) t += w.has(k) ? w.get(k).i : 0; [t, s.has(keep[7])]")
            expected = [sum(i for i in range(1, 300, 2) if i % 5), True]
            assert run(realm, source) == expected
            lib.rh_test_set_gc_stress(host._agent, 1)
            assert run(realm, source) == expected
            lib.rh_test_set_gc_stress(host._agent, 0)
            # the entries of the dropped keys went in the collections; the kept ones stay
            host.collect()
            assert run(realm, "var n = 0; for (var k of keep) n += w.has(k) + s.has(k); n") == 150 + 120
            # held from Python, the collections and their tables outlive the realm: heap_verify then
            # recomputes the tables' bytes and checks every entry's key and value
            held = [realm.eval("w"), realm.eval("s"), realm.eval("keep")]
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0
        del held
