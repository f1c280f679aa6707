"""Array iterators of every kind and string iterators: (source, expected)."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("[...['x', 'y'].entries()]", [[0, "x"], [1, "y"]]),
    ("[...[5, 6].keys()]", [0, 1]),
    ("[...[, 'b'].keys()]", [0, 1]),
    ("[...[, 'b'].entries()]", [[0, None], [1, "b"]]),
    ("var t = 0; for (var [i, v] of [3, 4].entries()) t += i * v; t", 4),
    ("[...Array.prototype.keys.call({length: 2})]", [0, 1]),
    ("Object.getPrototypeOf([].keys()) === Object.getPrototypeOf([].values())", True),
    ("var it = [1].entries(); [it.next().value, it.next().done]", [[0, 1], True]),
    ("[...'a\\ud83d\\ude00b']", ["a", "\U0001F600", "b"]),
    ("[...'\\ud800x']", ["\ud800", "x"]),
    ("var it = 'ab'[Symbol.iterator](); [it.next().value, it.next().value, it.next().done]", ["a", "b", True]),
    ("Object.prototype.toString.call(''[Symbol.iterator]())", "[object String Iterator]"),
    ("Array.from('abc')", ["a", "b", "c"]),
    ("new Set('abca').size", 3),
    ("[String.prototype[Symbol.iterator].name, Array.prototype.keys.name, Array.prototype.entries.length]",
     ["[Symbol.iterator]", "keys", 0]),
    ("try { ''[Symbol.iterator]().next.call({}) } catch (e) { e instanceof TypeError }", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_iterators(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
