"""String exotic objects (https://tc39.es/ecma262/#sec-string-exotic-objects): code units answered
from the wrapped string, never stored in the object."""
from __future__ import annotations

import pytest

from realm_host import Host, undefined
from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    ("Object.keys(new String('ab')).join()", "0,1"),
    ("Object.getOwnPropertyNames(new String('ab')).join()", "0,1,length"),
    ("attrs(new String('a'), 0) + attrs(new String('a'), 'length')", "-e----"),
    ("Object.getOwnPropertyDescriptor(new String('a'), 0).value", "a"),
    ("Object.getOwnPropertyDescriptor(new String('a'), 1)", undefined),
    ("Object.getOwnPropertyDescriptor(new String('a'), '-0')", undefined),
    ("'abc'[1]", "b"),
    ("Object('abc')[2] + Object('abc').length", "c3"),
    ("new String('ab')[2]", undefined),
    ("1 in new String('ab')", True),
    ("2 in new String('ab')", False),
    ("new String('ab').hasOwnProperty(1)", True),
    ("new String('ab').propertyIsEnumerable(0)", True),
    # index keys first (the string's, then the others ascending), then strings, then symbols
    ("var s = new String('ab'); s.x = 1; s[5] = 2; s[2] = 4; s[-1] = 5; Object.getOwnPropertyNames(s).join()",
     "0,1,2,5,length,x,-1"),
    ("var k = []; for (var i in new String('xy')) k.push(i); k.join()", "0,1"),
    # the code units are read-only and non-configurable
    ("var s = new String('ab'); s[0] = 'z'; s[0]", "a"),
    ("(function () { 'use strict'; new String('ab')[0] = 'z'; })()", Throws("TypeError")),
    ("delete new String('ab')[0]", False),
    ("(function () { 'use strict'; delete new String('ab')[1]; })()", Throws("TypeError")),
    ("delete new String('ab')[2]", True),
    ("Object.defineProperty(new String('ab'), 0, {value: 'a', writable: false})[0]", "a"),
    ("Object.defineProperty(new String('ab'), 0, {})[0]", "a"),
    ("Object.defineProperty(new String('ab'), 0, {value: 'q'})", Throws("TypeError")),
    ("Object.defineProperty(new String('ab'), 1, {enumerable: false})", Throws("TypeError")),
    ("Object.defineProperty(new String('ab'), 2, {value: 'c'})[2]", "c"),
    ("Object.freeze(new String('ab')); Object.isFrozen(new String('ab'))", False),
    ("Object.isFrozen(Object.freeze(new String('ab')))", True),
    # code units past Latin-1 and surrogate halves
    ("var s = new String('\\u00e9\\u4e2d\\ud83d\\ude00'); [s[0], s[1], s[2] + s[3], s.length].join()",
     "\u00e9,\u4e2d,\U0001F600,4"),
    ("new String('\\ud83d\\ude00')[0] === '\\ud83d'", True),
    ("Object.keys(String.prototype).length + String.prototype.length", 0),
    ("Array.prototype.join.call(new String('abc'), '-')", "a-b-c"),
    ("Array.prototype.slice.call(new String('abc'), 1).join('')", "bc"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_string_exotic(host, source: str, expected) -> None:
    run_case(host, source, expected)


def test_string_object_costs_a_small_object_whatever_the_length(host: Host) -> None:
    """new String(s) holds s and "length", not one property per code unit. (The first String
    object of a rope flattens it: that is the string's cost, measured before.)"""
    with host.new_realm() as realm:
        realm.eval("var big = 'x'.repeat(1e6); var keep = [new String(big)]")
        host.collect()
        before = realm.memory()
        realm.eval("keep.push(new String(big))")
        host.collect()
        after = realm.memory()
        grown = after["total"] - before["total"]
        assert grown < 1024, f"new String of a 1e6-unit string cost {grown} bytes"
        assert realm.eval("keep[1][999999] + keep[1].length") == "x1000000"
