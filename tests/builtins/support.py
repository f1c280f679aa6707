"""Table-driven builtin tests: each case is (source, expected), run in a fresh realm.

``expected`` is the completion value as Python sees it, or ``Throws("TypeError")`` for a source
that must throw that error. Numbers compare by value and kind (an int for an integral result);
use ``Object.is(x, -0)`` in the source to check a negative zero. Every source can call
``attrs(object, key)``, which spells a property's attributes: "wec" (writable, enumerable,
configurable) with "-" for a false one, "a" in the first place for an accessor, or "absent"."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pytest

from realm_host import Host, JSError

PRELUDE = """
function attrs(o, k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    if (d === undefined) return "absent";
    return ("value" in d ? (d.writable ? "w" : "-") : "a") + (d.enumerable ? "e" : "-") + (d.configurable ? "c" : "-");
}
"""


@dataclass(frozen=True)
class Throws:
    """The source throws an error object with this name."""

    name: str


Case = tuple[str, Any]


def same(actual: Any, expected: Any) -> bool:
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(actual, float) and math.isnan(actual)
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return type(actual) is type(expected) and actual == expected
    return type(actual) is type(expected) and actual == expected


@pytest.fixture(scope="module")
def host():
    h = Host(output=lambda text: None)
    yield h
    h.close()


def run_case(host: Host, source: str, expected: Any) -> None:
    with host.new_realm() as realm:
        if isinstance(expected, Throws):
            with pytest.raises(JSError) as info:
                realm.eval(PRELUDE + source)
            assert info.value.name == expected.name, f"{source!r} threw {info.value}"
            return
        actual = realm.eval(PRELUDE + source)
        assert same(actual, expected), f"{source!r} gave {actual!r}, expected {expected!r}"
