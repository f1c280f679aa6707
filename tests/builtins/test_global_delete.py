"""Deleting or redefining a lazily materialised global before its first lookup: the change sticks
(the global object's internal methods materialise the name first)."""
from __future__ import annotations

import pytest

from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    ("delete globalThis.Math", True),
    ("delete globalThis.Math; typeof Math", "undefined"),
    ("delete globalThis.Math; Math", Throws("ReferenceError")),
    ("delete globalThis.Math; Object.getOwnPropertyNames(globalThis).indexOf('Math')", -1),
    ("delete globalThis.Math; 'Math' in globalThis", False),
    ("delete globalThis.Math; Object.getOwnPropertyDescriptor(globalThis, 'Math') === undefined", True),
    ("delete Array; typeof Array", "undefined"),
    ("delete globalThis['Object']; Object.keys", Throws("ReferenceError")),
    ("delete globalThis.Math; globalThis.Math = 1; Math", 1),
    ("var r = delete globalThis.Symbol; r + ':' + typeof globalThis.Symbol", "true:undefined"),
    # the value properties are not configurable
    ("delete globalThis.NaN", False),
    ("delete globalThis.undefined", False),
    ("(function () { 'use strict'; delete globalThis.Infinity; })()", Throws("TypeError")),
    # a redefinition before the first lookup keeps the name's attributes and the new value
    ("Object.defineProperty(globalThis, 'String', {value: 5}); String", 5),
    ("Object.defineProperty(globalThis, 'String', {value: 5}); attrs(globalThis, 'String')", "w-c"),
    ("Object.defineProperty(globalThis, 'Math', {enumerable: true}); attrs(globalThis, 'Math') + typeof Math",
     "wecobject"),
    # a delete in one realm leaves the others alone
    ("typeof Math", "object"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_global_delete(host, source: str, expected) -> None:
    run_case(host, source, expected)
