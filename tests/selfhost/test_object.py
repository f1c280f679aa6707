"""Object.fromEntries and Object.hasOwn (selfhosted/object.js), and the global object still
lists every builtin however lazily they are made."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("Object.fromEntries([['a', 1], ['b', 2]])", {"a": 1, "b": 2}),
    ("Object.fromEntries(new Map([[1, 'x']]))", {"1": "x"}),
    ("var s = Symbol(); Object.fromEntries([[s, 1]])[s]", 1),
    ("try { Object.fromEntries(null) } catch (e) { e instanceof TypeError }", True),
    ("try { Object.fromEntries([1]) } catch (e) { e instanceof TypeError }", True),
    ("[Object.hasOwn({x: 1}, 'x'), Object.hasOwn({}, 'toString'), Object.hasOwn('ab', 1)]", [True, False, True]),
    ("try { Object.hasOwn(null, 'x') } catch (e) { e instanceof TypeError }", True),
    ("[Object.fromEntries.length, Object.hasOwn.length]", [1, 2]),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_object(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected


@pytest.mark.parametrize("name", ["JSON", "Reflect", "Map", "Set", "WeakMap", "WeakSet", "encodeURI",
                                  "encodeURIComponent", "decodeURI", "decodeURIComponent", "structuredClone"])
def test_global_object_lists_the_self_hosted_builtins(realm, name: str) -> None:
    # in a fresh realm none of them is made yet; listing the global object's keys makes them
    assert run(realm, f"Object.getOwnPropertyNames(globalThis).indexOf('{name}') >= 0") is True
    assert run(realm, f"var d = Object.getOwnPropertyDescriptor(globalThis, '{name}'); "
                      "[d.writable, d.enumerable, d.configurable]") == [True, False, True]
