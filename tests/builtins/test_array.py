"""Array: the constructor and its length argument, Array.isArray, push and pop."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    ("Array.length + Array.name", "1Array"),
    ("[].constructor === Array && Object.getPrototypeOf([]) === Array.prototype", True),
    ("Array.isArray(Array.prototype)", True),
    ("attrs(Array, 'prototype') + attrs(Array.prototype, 'push')", "---w-c"),
    # the constructor
    ("Array().length + new Array().length", 0),
    ("var a = new Array(3); a.length + ',' + (0 in a)", "3,false"),
    ("Array(3).length", 3),
    ("var a = new Array('3'); a.length + a[0]", "13"),
    ("var a = new Array(1, 2); a.length + a[0] + a[1]", 5),
    ("new Array(-1)", Throws("RangeError")),
    ("new Array(1.5)", Throws("RangeError")),
    # ArraySetLength converts an object length twice (ToUint32, then ToNumber) before defining it.
    ("var a = []; Object.defineProperty(a, 'length', {value: {toString() { return '2'; }}}); a.length", 2),
    ("var a = [1, 2, 3]; Reflect.defineProperty(a, 'length', {value: {valueOf() { return 1; }}}) + ',' + a.length",
     "true,1"),
    ("var n = 0; var calls = {valueOf() { n++; return 2; }};"
     " Object.defineProperties([], {length: {value: calls}}); n", 2),
    ("var n = 0; Object.defineProperty([], 'length', {value: {valueOf() { return n++; }}})", Throws("RangeError")),
    ("Object.defineProperty([], 'length', {value: {valueOf() { return {}; }, toString() { return {}; }}})",
     Throws("TypeError")),
    # [[Set]] of length ends in ArraySetLength too; a frozen length refuses without converting.
    ("var x = []; x.length = new Number(3); x.length", 3),
    ("var x = [1, 2]; x['length'] = {valueOf() { return 1; }}; x.length + ',' + (1 in x)", "1,false"),
    ("var x = [1, 2]; Reflect.set(x, 'length', new String('1')) + ',' + x.length", "true,1"),
    ("var n = 0, x = Object.freeze([1]); x.length = {valueOf() { n++; return 0; }}; n + ',' + x.length", "0,1"),
    ("var x = []; x.length = {valueOf() { return -1; }}", Throws("RangeError")),
    ("new Array(4294967296)", Throws("RangeError")),
    ("Array(NaN)", Throws("RangeError")),
    ("new Array(4294967295).length", 4294967295),
    ("new Array(-0).length", 0),
    ("Array.isArray(new Array(2))", True),
    ("class A extends Array {}; var a = new A(); Array.isArray(a) && a instanceof A", True),
    ("class A extends Array {}; new A(2).length", 2),
    # isArray
    ("Array.isArray([]) && !Array.isArray({length: 0}) && !Array.isArray() && !Array.isArray('a')", True),
    ("Array.isArray.length", 1),
    # push
    ("var a = [1]; a.push(2, 3) + a.length + a[2]", 9),
    ("[].push()", 0),
    ("var o = {length: 1}; Array.prototype.push.call(o, 'x'); o.length + o[1]", "2x"),
    ("var o = {}; Array.prototype.push.call(o, 'x'); o.length + o[0]", "1x"),
    ("var o = {length: 9007199254740991}; Array.prototype.push.call(o, 1)", Throws("TypeError")),
    ("var o = {length: 9007199254740990}; Array.prototype.push.call(o, 1); o[9007199254740990]", 1),
    ("Array.prototype.push.call(null)", Throws("TypeError")),
    ("var a = Object.freeze([]); a.push(1)", Throws("TypeError")),
    ("var a = []; Object.defineProperty(a, 'length', {writable: false}); a.push(1)", Throws("TypeError")),
    ("Array.prototype.push.length", 1),
    # pop
    ("var a = [1, 2]; a.pop() + a.length", 3),
    ("[].pop()", undefined),
    ("var a = []; a.pop(); a.length", 0),
    ("var o = {length: 2, 1: 'b'}; Array.prototype.pop.call(o) + o.length + (1 in o)", "b1false"),
    ("var o = {}; Array.prototype.pop.call(o); o.length", 0),
    ("var a = Object.freeze([1]); a.pop()", Throws("TypeError")),
    ("Array.prototype.pop.length", 0),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_array(host, source: str, expected) -> None:
    run_case(host, source, expected)
