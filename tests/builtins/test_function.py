"""Function.prototype: call, apply, bind, toString, @@hasInstance; %Function%."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    # Function.prototype itself
    ("typeof Function.prototype", "function"),
    ("Function.prototype()", undefined),
    ("Function.prototype(1, 2, 3)", undefined),
    ("Function.prototype.length + Function.prototype.name", "0"),
    ("Object.getPrototypeOf(Function.prototype) === Object.prototype", True),
    ("new Function.prototype()", Throws("TypeError")),
    ("(function () {}).constructor === Function", True),
    ("Function.prototype.constructor === Function && Function.length === 1", True),
    ("attrs(Function.prototype, 'call') + attrs(Function.prototype, Symbol.hasInstance)", "w-c---"),
    # AddRestrictedFunctionProperties(%Function.prototype%)
    ("attrs(Function.prototype, 'caller') + attrs(Function.prototype, 'arguments')", "a-ca-c"),
    ("var d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller');"
     " d.get === d.set && d.get === Object.getOwnPropertyDescriptor(Function.prototype, 'arguments').get", True),
    ("(function () { 'use strict'; }).caller", Throws("TypeError")),
    ("(function () {}).bind().arguments", Throws("TypeError")),
    ("(function () { 'use strict'; }).caller = 1", Throws("TypeError")),
    ("Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get.name", ""),
    # call
    ("function f(a, b) { return this.x + a + b; } f.call({x: 1}, 2, 3)", 6),
    ("(function () { 'use strict'; return this; }).call(undefined)", undefined),
    ("(function () { 'use strict'; return this; }).call(5)", 5),
    ("(function () { return arguments.length; }).call()", 0),
    ("Function.prototype.call.call(1)", Throws("TypeError")),
    ("Function.prototype.call.length", 1),
    # apply
    ("function f(a, b) { return this.x + a + b; } f.apply({x: 1}, [2, 3])", 6),
    ("(function () { return arguments.length; }).apply(null, {length: 2})", 2),
    ("(function (a) { return a; }).apply(null, {length: 1, 0: 'x'})", "x"),
    ("(function () { return arguments.length; }).apply(null)", 0),
    ("(function () { return arguments.length; }).apply(null, undefined)", 0),
    ("(function () {}).apply(null, 1)", Throws("TypeError")),
    ("(function () {}).apply(null, {length: 1e9})", Throws("RangeError")),
    ("Function.prototype.apply.call({}, null, [])", Throws("TypeError")),
    ("Math.max.apply(null, [1, 5, 2])", 5),
    ("Function.prototype.apply.length", 2),
    # bind
    ("function f(a, b) { return this.x + a + b; } f.bind({x: 1}, 2)(3)", 6),
    ("function f(a, b, c) {} f.bind(null, 1).length", 2),
    ("function f(a) {} f.bind(null, 1, 2, 3).length", 0),
    ("function f() {} f.bind().name", "bound f"),
    ("function f() {} f.bind().bind().name", "bound bound f"),
    ("(function () {}).bind().name", "bound "),
    ("var f = function () {}; Object.defineProperty(f, 'name', {value: 1}); f.bind().name", "bound "),
    ("var f = function () {}; Object.defineProperty(f, 'length', {value: Infinity}); f.bind(null, 1).length", float("inf")),
    ("var f = function () {}; Object.defineProperty(f, 'length', {value: -Infinity}); f.bind().length", 0),
    ("var f = function () {}; Object.defineProperty(f, 'length', {value: 2.5}); f.bind().length", 2),
    ("var f = function () {}; Object.defineProperty(f, 'length', {value: '3'}); f.bind().length", 0),
    ("var f = function () {}; delete f.length; f.bind().length", 0),
    ("function f() {} var b = f.bind(); attrs(b, 'length') + attrs(b, 'name')", "--c--c"),
    ("function f() {} var b = f.bind(); Object.getOwnPropertyNames(b).length", 2),
    ("function f() {} Object.getPrototypeOf(f.bind()) === Function.prototype", True),
    ("function P(x) { this.x = x; } var B = P.bind(null, 4); var o = new B(); '' + o.x + (o instanceof P) + (o instanceof B)", "4truetrue"),
    ("(() => 1).bind().prototype", undefined),
    ("new ((() => 1).bind())()", Throws("TypeError")),
    ("Function.prototype.bind.call(1)", Throws("TypeError")),
    ("Function.prototype.bind.length", 1),
    # toString
    ("Math.max.toString()", "function max() { [native code] }"),
    ("String(Object)", "function Object() { [native code] }"),
    ("(function f() {}).bind().toString()", "function () { [native code] }"),
    ("Function.prototype.toString.call({})", Throws("TypeError")),
    # Symbol.hasInstance
    ("function F() {} Function.prototype[Symbol.hasInstance].call(F, new F())", True),
    ("Function.prototype[Symbol.hasInstance].call({}, {})", False),
    ("Function.prototype[Symbol.hasInstance].call(function () {}, 1)", False),
    ("function F() {} F.prototype = 1; Function.prototype[Symbol.hasInstance].call(F, {})", Throws("TypeError")),
    ("Function.prototype[Symbol.hasInstance].name", "[Symbol.hasInstance]"),
    ("var o = {}; o[Symbol.hasInstance] = function () { return true; }; 1 instanceof o", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_function(host, source: str, expected) -> None:
    run_case(host, source, expected)
