"""Object: the constructor, its static functions, Object.prototype, attributes and errors."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    # the constructor
    ("typeof Object", "function"),
    ("Object.length + Object.name", "1Object"),
    ("Object.getPrototypeOf(Object()) === Object.prototype", True),
    ("Object.getPrototypeOf(new Object(null)) === Object.prototype", True),
    ("var o = {}; Object(o) === o", True),
    ("typeof Object(1)", "object"),
    ("Object(1) instanceof Number", True),
    ("Object('ab').length", 2),
    ("class C extends Object {}; Object.getPrototypeOf(new C()) === C.prototype", True),
    ("({}).constructor === Object", True),
    ("attrs(Object, 'prototype')", "---"),
    ("attrs(Object.prototype, 'constructor')", "w-c"),
    ("attrs(Object, 'keys')", "w-c"),
    ("attrs(Object, 'length')", "--c"),
    ("attrs(Object.keys, 'name')", "--c"),
    ("Object.keys.name + Object.keys.length", "keys1"),
    ("Object.getPrototypeOf(Object.prototype)", None),
    ("Object.getPrototypeOf(Object) === Function.prototype", True),
    # keys, values, entries
    ("var k = Object.keys({b: 1, a: 2, 1: 3, 0: 4}); k[0] + k[1] + k[2] + k[3] + k.length", "01ba4"),
    ("var v = Object.values({a: 1, b: 2}); v[0] + v[1]", 3),
    ("var e = Object.entries({a: 1}); e[0][0] + e[0][1] + e.length", "a11"),
    ("var o = Object.defineProperty({}, 'h', {value: 1}); Object.keys(o).length", 0),
    ("Object.keys('ab').length", 2),
    ("Object.keys(null)", Throws("TypeError")),
    ("Object.values(undefined)", Throws("TypeError")),
    # own property names and symbols
    ("var n = Object.getOwnPropertyNames([5]); n[0] + n[1] + n.length", "0length2"),
    ("typeof Object.getOwnPropertyNames([5])[0]", "string"),
    ("var s = Symbol(); var o = {a: 1}; o[s] = 2; Object.getOwnPropertySymbols(o)[0] === s", True),
    ("var s = Symbol(); var o = {}; o[s] = 2; Object.getOwnPropertyNames(o).length", 0),
    ("Object.getOwnPropertyNames(1).length", 0),
    # defineProperty / getOwnPropertyDescriptor
    ("var o = {}; Object.defineProperty(o, 'x', {value: 1}); attrs(o, 'x')", "---"),
    ("var o = {}; Object.defineProperty(o, 'x', {value: 1, writable: true, enumerable: true, configurable: true}); attrs(o, 'x')", "wec"),
    ("var o = {}; Object.defineProperty(o, 'x', {get: function () { return 7; }}); o.x + attrs(o, 'x')", "7a--"),
    ("var o = {}; Object.defineProperty(o, 'x', {value: 1}) === o", True),
    ("Object.defineProperty(1, 'x', {})", Throws("TypeError")),
    ("Object.defineProperty({}, 'x', 1)", Throws("TypeError")),
    ("Object.defineProperty({}, 'x', {get: 1})", Throws("TypeError")),
    ("Object.defineProperty({}, 'x', {get: function () {}, value: 1})", Throws("TypeError")),
    ("var o = Object.defineProperty({}, 'x', {value: 1}); Object.defineProperty(o, 'x', {value: 2})", Throws("TypeError")),
    ("var o = Object.defineProperty({}, 'x', {value: 1}); Object.defineProperty(o, 'x', {value: 1}); o.x", 1),
    ("Object.defineProperty([], 'length', {value: -1})", Throws("RangeError")),
    ("var d = Object.getOwnPropertyDescriptor({a: 1}, 'a'); d.value + ',' + d.writable + d.enumerable + d.configurable", "1,truetruetrue"),
    ("var d = Object.getOwnPropertyDescriptor({get a() { return 1; }}, 'a'); typeof d.get + typeof d.set + ('value' in d)", "functionundefinedfalse"),
    ("Object.getOwnPropertyDescriptor({}, 'a')", undefined),
    ("Object.getOwnPropertyDescriptor('abc', 1).value", "b"),
    ("Object.getOwnPropertyDescriptor(null, 'a')", Throws("TypeError")),
    ("var d = Object.getOwnPropertyDescriptors({a: 1, b: 2}); d.a.value + d.b.value", 3),
    # defineProperties and create
    ("var o = Object.defineProperties({}, {a: {value: 1, enumerable: true}, b: {value: 2}}); o.a + o.b + Object.keys(o).length", 4),
    ("Object.defineProperties({}, {a: 1})", Throws("TypeError")),
    ("var o = Object.create(null); Object.getPrototypeOf(o)", None),
    ("var p = {x: 3}; Object.create(p).x", 3),
    ("Object.create({}, {a: {value: 5}}).a", 5),
    ("Object.create(1)", Throws("TypeError")),
    ("Object.create()", Throws("TypeError")),
    # assign
    ("var t = Object.assign({a: 1}, {b: 2}, null, {c: 3}); t.a + t.b + t.c", 6),
    ("var t = Object.assign({}, 'ab'); t[0] + t[1]", "ab"),
    ("var s = Symbol(); var src = {}; src[s] = 1; Object.assign({}, src)[s]", 1),
    ("var log = ''; var src = {get a() { log += 'a'; return 1; }, get b() { log += 'b'; return 2; }}; Object.assign({}, src); log", "ab"),
    ("Object.assign(null, {})", Throws("TypeError")),
    ("Object.assign(Object.freeze({}), {a: 1})", Throws("TypeError")),
    ("typeof Object.assign(1)", "object"),
    # fromEntries
    ("var o = Object.fromEntries([['a', 1], ['b', 2]]); o.a + o.b + Object.keys(o).length", 5),
    ("Object.fromEntries([[1, 'x']])[1]", "x"),
    ("var s = Symbol(); Object.fromEntries([[s, 3]])[s]", 3),
    ("Object.getPrototypeOf(Object.fromEntries([])) === Object.prototype", True),
    ("Object.fromEntries()", Throws("TypeError")),
    ("Object.fromEntries(1)", Throws("TypeError")),
    ("Object.fromEntries([1])", Throws("TypeError")),
    ("var closed = 0; var it = {}; it[Symbol.iterator] = function () { return {next: function () { return {done: false, value: 1}; }, "
     "return: function () { closed++; return {}; }}; }; try { Object.fromEntries(it); } catch (e) { closed + e.name }", "1TypeError"),
    ("var closed = 0; var it = {}; it[Symbol.iterator] = function () { return {next: function () { return {done: false, value: "
     "{get 0() { throw new RangeError('k'); }}}; }, return: function () { closed++; throw new Error('ignored'); }}; }; "
     "try { Object.fromEntries(it); } catch (e) { closed + e.name }", "1RangeError"),
    ("var it = {}; it[Symbol.iterator] = function () { return {next: function () { throw new RangeError('n'); }, "
     "return: function () { throw new Error('not called'); }}; }; Object.fromEntries(it)", Throws("RangeError")),
    ("Object.fromEntries.length", 1),
    # freeze, seal, preventExtensions and their tests
    ("var o = Object.freeze({a: 1}); o.a = 2; o.a", 1),
    ("var o = Object.freeze({a: 1}); attrs(o, 'a') + Object.isFrozen(o) + Object.isSealed(o) + Object.isExtensible(o)", "-e-truetruefalse"),
    ("var o = Object.seal({a: 1}); o.a = 2; attrs(o, 'a') + o.a + Object.isFrozen(o) + Object.isSealed(o)", "we-2falsetrue"),
    ("var o = Object.freeze({get a() { return 1; }}); attrs(o, 'a')", "ae-"),
    ("var a = Object.freeze([1]); attrs(a, 'length') + attrs(a, 0)", "----e-"),
    ("(function () { 'use strict'; Object.freeze({}).x = 1; })()", Throws("TypeError")),
    ("Object.freeze(1)", 1),
    ("Object.isFrozen(1) && Object.isSealed('x') && !Object.isExtensible(true)", True),
    ("Object.isFrozen({}) || Object.isSealed({})", False),
    ("Object.isFrozen(Object.preventExtensions({}))", True),
    ("Object.isFrozen(Object.preventExtensions({a: 1}))", False),
    ("var o = Object.preventExtensions({}); o.x = 1; o.x === undefined && !Object.isExtensible(o)", True),
    ("Object.preventExtensions(2)", 2),
    # prototypes
    ("var p = {}; var o = Object.setPrototypeOf({}, p); Object.getPrototypeOf(o) === p", True),
    ("Object.setPrototypeOf({}, null) !== null", True),
    ("Object.setPrototypeOf(1, null)", 1),
    ("Object.setPrototypeOf({}, 1)", Throws("TypeError")),
    ("Object.setPrototypeOf(undefined, {})", Throws("TypeError")),
    ("var a = {}; var b = Object.create(a); Object.setPrototypeOf(a, b)", Throws("TypeError")),
    ("Object.setPrototypeOf(Object.preventExtensions({}), {})", Throws("TypeError")),
    ("Object.setPrototypeOf(Object.prototype, {})", Throws("TypeError")),
    ("Object.setPrototypeOf(Object.prototype, null) === Object.prototype", True),
    ("Object.getPrototypeOf('x') === String.prototype", True),
    ("Object.getPrototypeOf(undefined)", Throws("TypeError")),
    # is
    ("Object.is(NaN, NaN) && !Object.is(0, -0) && Object.is('a', 'a') && !Object.is({}, {})", True),
    ("Object.is()", True),
    # Object.prototype
    ("({a: 1}).hasOwnProperty('a') && !({}).hasOwnProperty('toString')", True),
    ("'ab'.hasOwnProperty(1) && 'ab'.hasOwnProperty('length')", True),
    ("Object.prototype.hasOwnProperty.call(null, 'a')", Throws("TypeError")),
    ("'ab'.propertyIsEnumerable(0) && !'ab'.propertyIsEnumerable('length') && !'ab'.propertyIsEnumerable(2)", True),
    ("!(1).hasOwnProperty('toFixed') && !Symbol().hasOwnProperty('description')", True),
    ("Object.prototype.propertyIsEnumerable.call(undefined, 'a')", Throws("TypeError")),
    # a primitive's own properties are answered without copying a huge string into a wrapper
    ("var s = 'x'; for (var i = 0; i < 22; i++) s += s; var n = 0; for (var j = 0; j < 200; j++) "
     "if (s.hasOwnProperty(5) && Object.prototype.toString.call(s) === '[object String]') n++; n", 200),
    ("var p = {}; p.isPrototypeOf(Object.create(p)) && !p.isPrototypeOf(p) && !p.isPrototypeOf(1)", True),
    ("Object.prototype.isPrototypeOf.call(undefined, 1)", False),
    ("Object.prototype.isPrototypeOf.call(undefined, {})", Throws("TypeError")),
    ("[1].propertyIsEnumerable(0) && ![1].propertyIsEnumerable('length')", True),
    ("Object.prototype.toString.call(undefined) + Object.prototype.toString.call(null)", "[object Undefined][object Null]"),
    ("Object.prototype.toString.call([]) + Object.prototype.toString.call(function () {})", "[object Array][object Function]"),
    ("Object.prototype.toString.call(1) + Object.prototype.toString.call(true) + Object.prototype.toString.call('')", "[object Number][object Boolean][object String]"),
    ("Object.prototype.toString.call(new Error()) + String({})", "[object Error][object Object]"),
    ("(function () { return Object.prototype.toString.call(arguments); })()", "[object Arguments]"),
    ("var o = {}; o[Symbol.toStringTag] = 'Tag'; String(o)", "[object Tag]"),
    ("var o = []; o[Symbol.toStringTag] = 1; Object.prototype.toString.call(o)", "[object Array]"),
    ("Object.prototype.toString.call(Symbol())", "[object Symbol]"),
    ("({toString: function () { return 'x'; }}).toLocaleString()", "x"),
    ("var o = {}; o.valueOf() === o", True),
    ("typeof Object.prototype.valueOf.call('s')", "object"),
    ("Object.prototype.valueOf.call(null)", Throws("TypeError")),
    ("attrs(Object.prototype, 'toString') + attrs(Object.prototype, '__proto__')", "w-ca-c"),
    # __proto__ and the legacy accessors
    ("({}).__proto__ === Object.prototype", True),
    ("var p = {}; var o = {}; o.__proto__ = p; Object.getPrototypeOf(o) === p", True),
    ("var o = {}; o.__proto__ = 5; Object.getPrototypeOf(o) === Object.prototype", True),
    ("Object.create(null).__proto__", undefined),
    ("var o = {}; o.__defineGetter__('g', function () { return 4; }); o.g + attrs(o, 'g')", "4aec"),
    ("var o = {}; var v; o.__defineSetter__('s', function (x) { v = x; }); o.s = 9; v", 9),
    ("({}).__defineGetter__('g', 1)", Throws("TypeError")),
    ("var o = {get a() { return 1; }}; typeof Object.create(o).__lookupGetter__('a')", "function"),
    ("({a: 1}).__lookupGetter__('a')", undefined),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_object(host, source: str, expected) -> None:
    run_case(host, source, expected)
