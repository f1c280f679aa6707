"""Map and Set (selfhosted/map_set.js over native/src/builtins_map_set.c): (source, expected)."""
from __future__ import annotations

import pytest

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
