"""Regression tests for language bugs found by test262 (test/language): each row is a script
and the value its last expression statement must produce."""
from __future__ import annotations

import pytest

from tests.codegen.test_semantics import _host

CASES = [
    # Both halves of a private accessor pair reach the same Private Name (instance and static).
    ("class C { get #g() { return this.v; } set #g(v) { this.v = v; }"
     "  t() { this.#g = 5; return this.#g; } } new C().t()", 5),
    ("class D { static get #g() { return D.v; } static set #g(v) { D.v = v; }"
     "  static t() { this.#g = 6; return this.#g; } } D.t()", 6),
    ("class E { set #s(v) { this.v = v; } get #s() { return this.v * 2; }"
     "  t() { this.#s = 4; return this.#s; } } new E().t()", 8),
    # GetValue checks the base before it converts the key: a TypeError, not the key's error.
    ("var k = { toString() { throw 1; } }; var r; try { null[k] += 1; } catch (e) { r = e instanceof TypeError; } r",
     True),
    ("var k = { toString() { throw 1; } }; var r; try { undefined[k]++; } catch (e) { r = e instanceof TypeError; } r",
     True),
    ("var k = { toString() { throw 1; } }; var r; try { null[k] ??= 1; } catch (e) { r = e instanceof TypeError; } r",
     True),
    ("var n = 0, k = { toString() { n++; return 'a'; } }, o = { a: 1 }; o[k] += 1; o[k]++; [o.a, n].join()", "3,2"),
    # A with body's target is resolved before the right side runs: deleting or adding the with
    # object's property on the right does not move the write.
    ("var s = {x: 1}, x = 0; with (s) { x = (delete s.x, 2); } [s.x, x].join()", "2,0"),
    ("(function () { var x = 0, s = {}; with (s) { x = (s.x = 2, 1); } return [s.x, x].join(); })()", "2,1"),
    ("(function () { var x = 0, s = {x: 1}; with (s) { x += (delete s.x, 2); } return [s.x, x].join(); })()",
     "3,0"),
    ("(function () { var x = 0, s = {x: 1}; with (s) { x &&= (delete s.x, 7); } return [s.x, x].join(); })()",
     "7,0"),
    ("(function () { var x = 0, s = {x: 1}; with (s) { x++; } return [s.x, x].join(); })()", "2,0"),
    # Direct eval in a class field initializer (its this-function): `arguments` is a SyntaxError,
    # through arrows too; a non-arrow function inside the eval code has its own.
    ("class C { x = eval('() => arguments'); } var r; try { new C(); } catch (e) { r = e.name; } r",
     "SyntaxError"),
    ("class C { x = () => eval('arguments'); } var r; try { new C().x(); } catch (e) { r = e.name; } r",
     "SyntaxError"),
    ("var r; try { (class { static x = eval('arguments'); }); } catch (e) { r = e.name; } r", "SyntaxError"),
    ("class C { x = eval('(function () { return arguments.length; })(1, 2)'); } new C().x", 2),
    ("function f() { return eval('arguments.length'); } f(1, 2, 3)", 3),
    # new.target in direct eval code whose this-environment is a function's: the caller's.
    ("class C { x = eval('new.target'); } new C().x", None),
    ("function F() { return (() => eval('new.target'))(); } new F() === F", True),
    ("var r; try { eval('new.target'); } catch (e) { r = e.name; } r", "SyntaxError"),
    # super.x in direct eval code inside a method (through an arrow too) reaches the caller's
    # [[HomeObject]]; outside a method it is a SyntaxError.
    ("var o = { m() { return eval('super.t'); } }; Object.setPrototypeOf(o, { t: 262 }); o.m()", 262),
    ("class A { get g() { return 5; } } class B extends A { x = eval('super.g'); h() { return (() => eval('super.g'))(); } }"
     " var b = new B(); [b.x, b.h()].join()", "5,5"),
    ("function f() { return eval('super.x'); } var r; try { f(); } catch (e) { r = e.name; } r", "SyntaxError"),
    # A sloppy direct eval may not declare a var over a like-named binding between it and its
    # variable environment: a block's let, a sloppy function's top-level let, a parameter (or
    # `arguments`) seen from a parameter expression. A catch parameter and strict code are fine.
    ("function f() { { let x; eval('var x'); } } var r; try { f(); } catch (e) { r = e.name; } r", "SyntaxError"),
    ("function f() { let x; { eval('function x() {}'); } } var r; try { f(); } catch (e) { r = e.name; } r",
     "SyntaxError"),
    ("function f(a, p = eval('var a')) {} var r; try { f(); } catch (e) { r = e.name; } r", "SyntaxError"),
    ("function f(p = eval('var arguments')) {} var r; try { f(); } catch (e) { r = e.name; } r", "SyntaxError"),
    ("function f(p = eval('var q = 1')) { return p; } f() === undefined", True),
    ("function f() { try { throw 1; } catch (e) { eval('var e = 2'); } return 'ok'; } f()", "ok"),
    ("function f() { 'use strict'; { let v = 1; return eval('var v = 2; v'); } } f()", 2),
]


@pytest.mark.parametrize("source, value", CASES)
def test_script_value(source: str, value: object) -> None:
    host = _host([])
    try:
        with host.new_realm() as realm:
            result = realm.eval(source)
            if value is None:  # JavaScript undefined
                assert type(result).__name__ == "_Undefined"
            else:
                assert result == value
    finally:
        host.close()
