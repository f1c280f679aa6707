"""%Function% as a constructor (CreateDynamicFunction) and Function.prototype.toString of functions
made from source text: the exact source slice."""
from __future__ import annotations

import pytest

from realm_host import Host, undefined
from tests.builtins.support import Case, Throws, run_case

CASES: list[Case] = [
    # https://tc39.es/ecma262/#sec-createdynamicfunction
    ("Function('a', 'b', 'return a + b')(2, 3)", 5),
    ("new Function('a, b', 'c', 'return a + b + c')(1, 2, 3)", 6),
    ("Function()()", undefined),
    ("Function('return this')() === globalThis", True),
    ("Function('\"use strict\"; return this')()", undefined),
    ("var g = 7; Function('return g')()", 7),
    ("function outer() { var local = 1; return Function('return typeof local')(); } outer()", "undefined"),
    ("Function('return typeof anonymous')()", "undefined"),
    ("Function('a', 'return a')('x')", "x"),
    ("Function({toString() { return 'a' }}, {toString() { return 'return a * 2' }})(4)", 8),
    ("var order = []; Function({toString() { order.push(1); return 'a' }}, {toString() { order.push(2); return '' }});"
     " order.join()", "1,2"),
    ("Function('a', 'b', '').length", 2),
    ("Function('a = 1', 'b', '').length", 0),
    ("Function('...rest', 'return rest.length')(1, 2, 3)", 3),
    ("Function('{a, b}', 'return a + b')({a: 1, b: 2})", 3),
    ("Function('a //', 'return a')(5)", 5),
    ("Function('', '// comment')()", undefined),
    ("Function('x', 'return arguments.length')(1, 2)", 2),
    ("var f = Function(''); f.name + ':' + attrs(f, 'name')", "anonymous:--c"),
    ("typeof Function('').prototype", "object"),
    ("new (Function('this.x = 1'))().x", 1),
    ("Object.getPrototypeOf(Function('')) === Function.prototype", True),
    ("class F extends Function {}; var f = new F('return 9'); (f instanceof F) + ':' + f()", "true:9"),
    ("Function('return eval(\"1 + 1\")')()", 2),
    # the parameters and the body must parse on their own
    ("Function('/*', '*/){')", Throws("SyntaxError")),
    ("Function('a) { return 1 }, (function (b', '')", Throws("SyntaxError")),
    ("Function('', '}); (function () {')", Throws("SyntaxError")),
    ("Function('', '}{')", Throws("SyntaxError")),
    ("Function('a', 'b', '\"use strict\"; with (a) {}')", Throws("SyntaxError")),
    ("Function('a = 1', '\"use strict\"')", Throws("SyntaxError")),
    ("Function('a', 'a', '\"use strict\"')", Throws("SyntaxError")),
    ("Function('a', 'a', 'return a')(1, 2)", 2),
    ("Function('yield', 'return yield')(3)", 3),
    ("typeof Function('return {}')()", "object"),
    ("Function({toString() { throw new RangeError('p') }}, '')", Throws("RangeError")),
    # https://tc39.es/ecma262/#sec-function.prototype.tostring
    ("Function('a', 'b', 'return a').toString()", "function anonymous(a,b\n) {\nreturn a\n}"),
    ("Function().toString()", "function anonymous(\n) {\n\n}"),
    ("Function('return function inner(x) { return x }')().toString()", "function inner(x) { return x }"),
    ("(function f(a, b) { return a /* c */ + b; }).toString()", "function f(a, b) { return a /* c */ + b; }"),
    ("function  decl ( ) {\n  1\n} decl.toString()", "function  decl ( ) {\n  1\n}"),
    ("((a) => a * 2).toString()", "(a) => a * 2"),
    ("(async => 1).toString()", "async => 1"),
    ("class A { constructor() {} m() {} } A.toString()", "class A { constructor() {} m() {} }"),
    ("String(class {})", "class {}"),
    ("'\\u{1F600}'; (function \\u{1D49C}() { return '\\u{1F600}' }).toString()",
     "function \\u{1D49C}() { return '\\u{1F600}' }"),
    ("var s = '\U0001F600\U0001F600'; (function () { return '\U0001F600' }).toString()",
     "function () { return '\U0001F600' }"),
    ("eval('(function q() { 1 })').toString()", "function q() { 1 }"),
    # a method's text is its MethodDefinition (a class element's `static` excluded)
    ("class A { m() { return 1 } } A.prototype.m.toString()", "m() { return 1 }"),
    ("class A { get x(){return 2} } Object.getOwnPropertyDescriptor(A.prototype, 'x').get.toString()",
     "get x(){return 2}"),
    ("class A { static /* c */ s(a) {} } A.s.toString()", "s(a) {}"),
    ("class A { static\n[1 + 1]() {} } A[2].toString()", "[1 + 1]() {}"),
    ("class B { #p() {} static q() { return new B().t() } t() { return this.#p.toString() } } B.q()", "#p() {}"),
    ("({ f(a) {} }).f.toString()", "f(a) {}"),
    ("String(Object.getOwnPropertyDescriptor({ set g(v) {} }, 'g').set)", "set g(v) {}"),
    ("({ ['k' + 1]() {} }).k1.toString()", "['k' + 1]() {}"),
    ("({ p: function () {} }).p.toString()", "function () {}"),
    ("[].map.toString()", "function map() { [native code] }"),
    ("(function f() {}).bind().toString()", "function () { [native code] }"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_dynamic_function(host, source: str, expected) -> None:
    run_case(host, source, expected)


def test_dynamic_function_in_the_constructors_realm(host: Host) -> None:
    """The function is made in the realm of the Function constructor, over that realm's global."""
    with host.new_realm() as a, host.new_realm() as b:
        a.eval("var where = 'a'")
        b.eval("var where = 'b'")
        make = a.eval("Function")
        f = b.eval("(function (F) { return F('return where') })")(make)
        assert f() == "a"


def test_source_text_is_kept_once_per_script(host: Host) -> None:
    """Every realm running the same script reads the one source string the host keeps."""
    source = "(function shared() { return 1 }).toString()"
    with host.new_realm() as a, host.new_realm() as b:
        assert a.eval(source) == b.eval(source) == "function shared() { return 1 }"
    texts = [text for text in host._sources.values() if text == source]
    assert len(texts) == 1
