"""structuredClone for plain data (selfhosted/structured_clone.js): (source, expected)."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("var o = {a: 1, b: [1, {c: 'x'}], n: null}; var c = structuredClone(o); [c !== o, c.b !== o.b, c.b[1].c, c.n]",
     [True, True, "x", None]),
    ("[structuredClone(1), structuredClone('s'), structuredClone(undefined) === undefined, structuredClone(null)]",
     [1, "s", True, None]),
    ("var o = {}; o.self = o; var c = structuredClone(o); [c.self === c, c !== o]", [True, True]),
    ("var s = {}; var c = structuredClone([s, s]); c[0] === c[1]", True),
    ("var a = [1, , 3]; var c = structuredClone(a); [c.length, 1 in c, Array.isArray(c)]", [3, False, True]),
    ("function P() { this.x = 1; } P.prototype.y = 2; var c = structuredClone(new P());"
     "[c.x, c.y, Object.getPrototypeOf(c) === Object.prototype]", [1, None, True]),
    ("var m = new Map([[1, {v: 2}]]); var c = structuredClone(m); [c instanceof Map, c.get(1).v, c.get(1) !== m.get(1)]",
     [True, 2, True]),
    ("var c = structuredClone(new Set([1, 'a'])); [c instanceof Set, c.size, c.has('a')]", [True, 2, True]),
    ("var c = structuredClone(new Number(3)); [typeof c, c + 1]", ["object", 4]),
    ("var e = new RangeError('bad', {cause: {x: 1}}); var c = structuredClone(e);"
     "[c instanceof RangeError, c.message, c.cause.x, c.cause !== e.cause, c !== e]", [True, "bad", 1, True, True]),
    ("try { structuredClone(function () {}) } catch (e) { e instanceof TypeError }", True),
    ("try { structuredClone({f() {}}) } catch (e) { e instanceof TypeError }", True),
    ("try { structuredClone(Symbol()) } catch (e) { e instanceof TypeError }", True),
    ("var s = Symbol(); var o = {a: 1}; o[s] = 2; Object.getOwnPropertySymbols(structuredClone(o)).length", 0),
    ("[structuredClone.name, structuredClone.length]", ["structuredClone", 1]),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_structured_clone(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
