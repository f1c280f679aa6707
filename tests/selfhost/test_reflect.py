"""Reflect (selfhosted/reflect.js over native/src/selfhost_reflect.c): (source, expected)."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("Reflect.apply(Math.max, null, [1, 3, 2])", 3),
    ("Reflect.apply(function (a, b) { return [this.t, a, b]; }, {t: 1}, {length: 2, 0: 'x', 1: 'y'})", [1, "x", "y"]),
    ("try { Reflect.apply(1, null, []) } catch (e) { e instanceof TypeError }", True),
    ("try { Reflect.apply(Math.max, null) } catch (e) { e instanceof TypeError }", True),
    ("function F(a) { this.a = a; } var o = Reflect.construct(F, [5]); [o.a, o instanceof F]", [5, True]),
    ("function F() { this.nt = new.target; } function G() {} var o = Reflect.construct(F, [], G);"
     "[o.nt === G, Object.getPrototypeOf(o) === G.prototype]", [True, True]),
    ("try { Reflect.construct(() => 1, []) } catch (e) { e instanceof TypeError }", True),
    ("var o = {}; [Reflect.defineProperty(o, 'x', {value: 1}), Object.getOwnPropertyDescriptor(o, 'x').writable, o.x]",
     [True, False, 1]),
    ("var o = Object.freeze({}); Reflect.defineProperty(o, 'x', {value: 1})", False),
    ("try { Reflect.defineProperty({}, 'x', {get() {}, value: 1}) } catch (e) { e instanceof TypeError }", True),
    ("var o = {}; Reflect.defineProperty(o, 'g', {get() { return 7; }, enumerable: true}); [o.g, Object.keys(o)]",
     [7, ["g"]]),
    ("var o = {x: 1}; Object.defineProperty(o, 'y', {value: 2}); [Reflect.deleteProperty(o, 'x'), Reflect.deleteProperty(o, 'y'), 'x' in o]",
     [True, False, False]),
    ("var o = {get x() { return this.v; }, v: 1}; [Reflect.get(o, 'x'), Reflect.get(o, 'x', {v: 2})]", [1, 2]),
    ("Reflect.get([7, 8], 1)", 8),
    ("var d = Reflect.getOwnPropertyDescriptor({x: 1}, 'x'); [d.value, d.writable, d.enumerable, d.configurable]",
     [1, True, True, True]),
    ("var d = Reflect.getOwnPropertyDescriptor({get x() { return 1; }}, 'x'); [typeof d.get, d.set, 'value' in d]",
     ["function", None, False]),
    ("Reflect.getOwnPropertyDescriptor({}, 'x') === undefined", True),
    ("Reflect.getPrototypeOf([]) === Array.prototype", True),
    ("[Reflect.has({x: 1}, 'x'), Reflect.has({}, 'toString'), Reflect.has([], 'length')]", [True, True, True]),
    ("var o = {}; [Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o)]", [True, True, False]),
    ("var s = Symbol('s'); var o = {b: 1, 1: 2, a: 3}; o[s] = 4; var k = Reflect.ownKeys(o); [k[0], k[1], k[2], k[3] === s, k.length]",
     ["1", "b", "a", True, 4]),
    ("var o = {}; [Reflect.set(o, 'x', 1), o.x]", [True, 1]),
    ("var o = Object.freeze({x: 1}); Reflect.set(o, 'x', 2)", False),
    ("var target = {set x(v) { this.got = v; }}; var r = {}; Reflect.set(target, 'x', 5, r); [r.got, target.got]", [5, None]),
    ("var p = {}; var o = {}; [Reflect.setPrototypeOf(o, p), Object.getPrototypeOf(o) === p]", [True, True]),
    ("Reflect.setPrototypeOf(Object.preventExtensions({}), {})", False),
    ("try { Reflect.setPrototypeOf({}, 1) } catch (e) { e instanceof TypeError }", True),
    ("try { Reflect.get(1, 'x') } catch (e) { e instanceof TypeError }", True),
    ("[String(Reflect), Reflect.apply.length, Reflect.construct.length, Reflect.get.length, Reflect.set.length]",
     ["[object Reflect]", 3, 2, 2, 3]),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_reflect(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
