"""WeakMap and WeakSet (selfhosted/weak.js): (source, expected), and keys are not kept alive."""
from __future__ import annotations

import pytest

from realm_host import Host
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
