"""Where bindings live and how references reach them: table-driven small programs.

Each row: source, a name, and the description of every non-declaring reference to it in
source order ("context 0 hops=1" = context slot 0 of the binding's scope, one context out
from the current one; "tdz" = the reference needs a temporal-dead-zone check).
"""
from __future__ import annotations

import pytest

from tests.scope.support import analyze_source, binding_in, function_named, uses

CASES = [
    # Locals that no closure captures stay in registers; parameters in their argument slots.
    ("function f(a){ let b = a; return b; }", "a", ["parameter 0"]),
    ("function f(a){ let b = a; return b; }", "b", ["register 0"]),
    # A captured let moves to the function's context; the arrow has no context of its own.
    ("function f(){ let a = 1; return () => a; }", "a", ["context 0 hops=0"]),
    # ... unless the arrow has one too: then one hop out.
    ("function f(){ let a = 1; return () => { let b; (() => b)(); return a; }; }", "a", ["context 0 hops=1"]),
    # A captured parameter: context, and the body reads it without a TDZ check.
    ("function f(a){ return function(){ return a; }; }", "a", ["context 0 hops=0"]),
    # Sibling blocks reuse registers.
    ("function f(){ { let a; a; } { let b; b; } }", "b", ["register 0"]),
    ("function f(){ let z; { let a; a; } { let b; b; } }", "b", ["register 1"]),
    # A captured block binding gives the block its own context.
    ("function f(){ let x; { let a; g = () => a + x; } }", "x", ["context 0 hops=1"]),
    ("function f(){ let x; { let a; g = () => a + x; } }", "a", ["context 0 hops=0"]),
    # Free names are globals, looked up by name.
    ("function f(){ return Math.max(y, 1); }", "Math", ["global Math"]),
    # Script top level: var, function, let, const and class are global (by name).
    ("var v; let l; const c = 1; class K {} function g(){} v; l; c; K; g;", "v", ["global v", "global v"]),  # var v is a write through the chain
    ("var v; let l; const c = 1; class K {} function g(){} v; l; c; K; g;", "l", ["global l"]),
    ("var v; let l; const c = 1; class K {} function g(){} v; l; c; K; g;", "K", ["global K"]),
    ("let l; function g(){ return l; }", "l", ["global l tdz"]),
    # Named function expression: its own name, in its own frame unless captured.
    ("var f = function g(){ return g; }; g;", "g", ["register 0", "global g"]),
    ("var f = function g(){ return () => g; };", "g", ["context 0 hops=0"]),
    # Shadowing.
    ("let x; function f(x){ { let x; return x; } }", "x", ["register 0"]),
    # Catch parameter.
    ("function f(){ try {} catch (e) { return () => e; } }", "e", ["context 0 hops=0"]),
    ("function f(){ try {} catch (e) { let b; g = () => e + b; } }", "e", ["context 0 hops=1"]),
    ("function f(){ try {} catch ({a, b: [c]}) { return a + c; } }", "c", ["register 1"]),
    # typeof, delete and calls of identifiers are references too.
    ("function f(){ let a; typeof a; delete b; a(); }", "a", ["register 0", "register 0"]),
]


@pytest.mark.parametrize(("source", "name", "expected"), CASES)
def test_reference_locations(source: str, name: str, expected: list[str]) -> None:
    assert uses(analyze_source(source), name) == expected


def test_context_slots_follow_declaration_order() -> None:
    tree = analyze_source("function f(a, b){ var c; let d; return () => d + b + a + c; }")
    scope = function_named(tree, "f").scope
    assert scope is not None
    assert scope.context_layout() == ["a", "b", "c", "d"]
    assert function_named(tree, "f").function_context_slots == 4
    assert function_named(tree, "f").needs_function_context


def test_register_count_is_the_deepest_block_nesting() -> None:
    tree = analyze_source("function f(a){ let x; { let y; { let z; } } { let w; } }")
    info = function_named(tree, "f")
    assert info.register_count == 3  # x, y, z; w reuses y's register
    assert not info.needs_function_context


def test_block_context_only_when_something_is_captured() -> None:
    tree = analyze_source("function f(){ { let a; } { let b; return () => b; } }")
    blocks = [s for s in tree.all_scopes if s.kind.value == "block"]
    assert [b.needs_context for b in blocks] == [False, True]
    assert binding_in(blocks[1], "b").location is not None
    assert str(binding_in(blocks[1], "b").location) == "context 0"


def test_every_identifier_reference_is_in_the_table() -> None:
    source = "function f(a){ var b = a + c; return b.d(e[f]); }"
    tree = analyze_source(source)
    names = sorted(ref.name for ref in tree.references.values())
    # d is a property name, not a reference
    assert names == ["a", "a", "b", "b", "c", "e", "f", "f"]


def test_side_tables_are_keyed_by_node() -> None:
    from engine.scope.bindings import ScopeKind
    from engine.syntax import ast

    tree = analyze_source("function f(){ if (x) function g(){} return y; }")
    f_node = tree.program.body[0]
    info = tree.function_of(f_node)
    assert tree.scope_of(f_node.body) is info.body_scope  # a function body is its var scope
    if_node = f_node.body.body[0]
    implicit = tree.scope_of(if_node.consequent)  # B.3.4: the if's function gets a block
    assert implicit is not None and implicit.kind is ScopeKind.BLOCK and "g" in implicit.bindings
    ret = f_node.body.body[1]
    assert isinstance(ret.argument, ast.Identifier)
    assert str(tree.reference(ret.argument).location) == "global y"


def test_arrow_use_of_this_is_a_fact_of_the_enclosing_function() -> None:
    tree = analyze_source("function f(){ return () => () => this; }")
    info = function_named(tree, "f")
    assert info.uses_this and info.scope.context_layout() == ["this"]  # type: ignore[union-attr]
    arrows = [fn for fn in tree.functions.values() if fn.is_arrow]
    assert not any(fn.uses_this for fn in arrows)
    assert uses(tree, "this") == ["context 0 hops=0"]
