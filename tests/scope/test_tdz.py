"""Which references need a temporal-dead-zone check: skipped only when provably after init."""
from __future__ import annotations

import pytest

from tests.scope.support import analyze_source, uses


def _checks(source: str, name: str) -> list[bool]:
    return [text.endswith(" tdz") for text in uses(analyze_source(source), name)]


CASES = [
    ("function f(){ let a = 1; return a; }", "a", [False]),
    ("function f(){ a; let a = 1; }", "a", [True]),  # before the declaration
    ("function f(){ let a = a; }", "a", [True]),  # in its own initializer
    ("function f(){ const a = 1; { a; } }", "a", [False]),  # inner block, after
    ("function f(){ let a; g(); function g(){ a; } }", "a", [True]),  # hoisted function
    ("function f(){ let a; return () => a; }", "a", [False]),  # a closure made after init
    ("function f(){ g = () => a; let a; }", "a", [True]),  # ... or before it
    ("function f(){ let a; return function(){ return () => a; }; }", "a", [False]),
    ("function f(){ let a; return function(){ function h(){ a; } }; }", "a", [False]),  # h made later
    ("function f(){ let a; { function h(){ a; } } }", "a", [False]),  # hoisted to a later block
    ("function f(){ { function h(){ a; } h(); } let a; }", "a", [True]),
    ("function f(){ switch (x) { case 0: let a; case 1: function h(){ a; } } }", "a", [True]),
    ("function f(){ let a; while (c) { a; } }", "a", [False]),  # a loop after the declaration
    ("function f(){ while (c) { a; let a; } }", "a", [True]),
    ("function f(){ class C {} new C; }", "C", [False]),
    ("function f(){ class C extends C {} }", "C", [True]),  # heritage runs before init
    ("function f(){ class C { [C] = 1 } }", "C", [True]),  # computed key, inner binding
    ("function f(){ class C { m(){ return C; } } }", "C", [True]),  # a method
    ("function f(){ var v; v; }", "v", [False, False]),  # var: no TDZ
    ("function f(){ g; function g(){} }", "g", [False]),  # functions are initialised at entry
    ("function f(){ switch (x) { case 0: let y; y; case 1: y; } }", "y", [False, True]),
    ("function f(){ switch (x) { case 0: y; default: let y; } }", "y", [True]),
    ("function f(){ for (let i = 0; i < 9; i++) i; }", "i", [False, False, False]),
    ("function f(){ for (let x of [x]) x; }", "x", [True, False]),  # the right side is a TDZ
    ("function f(){ for (const k in k) k; }", "k", [True, False]),
    ("function f(a = b, b = a){ return a + b; }", "b", [True, False]),
    ("function f(a = b, b = a){ return a + b; }", "a", [False, False]),
    ("function f(a = () => b, b){ }", "b", [True]),  # a closure in a default
    ("function f(a, b){ return () => a; }", "a", [False]),  # params are initialised before the body
    ("function f(){ try { throw 1; } catch (e) { e; } }", "e", [False]),
    ("let t; t; function g(){ t; }", "t", [False, True]),  # global lexical, same script
]


@pytest.mark.parametrize(("source", "name", "expected"), CASES)
def test_tdz_decisions(source: str, name: str, expected: list[bool]) -> None:
    assert _checks(source, name) == expected


def test_this_in_derived_constructor_is_always_checked() -> None:
    tree = analyze_source("class A extends B { constructor(){ super(); this.x = 1; (() => this)(); } }")
    assert all(text.endswith(" tdz") for text in uses(tree, "this"))
    tree = analyze_source("class A { constructor(){ this.x = 1; (() => this)(); } }")
    assert not any(text.endswith(" tdz") for text in uses(tree, "this"))


def test_imports_are_always_checked() -> None:
    tree = analyze_source("import a from 'm'; a;", module=True)
    assert uses(tree, "a") == ["module-import 0 tdz"]


def test_declarations_themselves_never_check() -> None:
    tree = analyze_source("function f(){ let a = 1; const [b] = c; }")
    assert not any(ref.needs_tdz_check for ref in tree.references.values() if ref.is_declaration)
