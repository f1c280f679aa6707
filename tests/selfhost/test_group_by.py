"""Object.groupBy and Map.groupBy (selfhosted/group_by.js): (source, expected)."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("JSON.stringify(Object.groupBy([1, 2, 3, 4], x => x % 2 ? 'odd' : 'even'))", '{"odd":[1,3],"even":[2,4]}'),
    ("Object.getPrototypeOf(Object.groupBy([], x => x)) === null", True),
    ("JSON.stringify(Object.groupBy('abca', (c, i) => c + i % 2))", '{"a0":["a"],"b1":["b"],"c0":["c"],"a1":["a"]}'),
    ("Object.keys(Object.groupBy([1, 2], x => ({toString() { return 'k' + x; }})))", ["k1", "k2"]),
    ("var m = Map.groupBy([1, -0, 0, NaN, NaN], x => x);"
     " [m.size, m.get(0).length, m.get(NaN).length, Object.is(Array.from(m.keys())[1], 0)]", [3, 2, 2, True]),
    ("Map.groupBy([], x => x) instanceof Map", True),
    ("[Object.groupBy.length, Object.groupBy.name, Map.groupBy.length, Map.groupBy.name]", [2, "groupBy", 2, "groupBy"]),
    ("try { Object.groupBy(null, x => x) } catch (e) { e.name }", "TypeError"),
    ("try { Object.groupBy([], 1) } catch (e) { e.name }", "TypeError"),
    # A throwing callback closes the iterator.
    ("var closed = false; var it = {[Symbol.iterator]() { return {next() { return {done: false, value: 1}; },"
     " return() { closed = true; return {}; }}; }};"
     " try { Object.groupBy(it, () => { throw 1; }) } catch (e) {} closed", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_group_by(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
