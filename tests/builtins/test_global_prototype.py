"""The global object's [[Prototype]] is %Object.prototype%
(https://tc39.es/ecma262/#sec-setrealmglobalobject), though a new realm makes that lazily: each
case runs first thing in a fresh realm, so the lookup itself must bring the prototype."""
from __future__ import annotations

import pytest

from realm_host import Host

CASES = [
    ("this.propertyIsEnumerable('parseInt')", False),
    ("typeof this.hasOwnProperty", "function"),
    ("typeof toString", "function"),
    ("'valueOf' in globalThis", True),
    ("Object.getPrototypeOf(this) === Object.prototype", True),
    ("Object.prototype.isPrototypeOf(globalThis)", True),
    ("var v = 1; this.hasOwnProperty('v')", True),
    ("this[Symbol.toStringTag] === undefined && String(this) === '[object Object]'", True),
    # A prototype the script sets afterwards sticks.
    ("Object.setPrototypeOf(globalThis, null); [typeof globalThis.toString, Object.getPrototypeOf(this)]", None),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_global_prototype(source: str, expected: object) -> None:
    with Host() as host, host.new_realm() as realm:
        result = realm.eval(source)
        if expected is None:
            assert [result.get(0), result.get(1)] == ["undefined", None]
        else:
            assert result == expected


def test_host_lookup_reaches_the_prototype() -> None:
    with Host() as host, host.new_realm() as realm:
        assert realm.global_object.get("hasOwnProperty").callable
