"""Direct eval and with: what they force into contexts, and which references become dynamic."""
from __future__ import annotations

from engine.scope.bindings import ScopeKind
from tests.scope.support import analyze_source, binding_in, function_named, uses


def test_direct_eval_makes_every_visible_binding_context() -> None:
    tree = analyze_source("function f(a){ var b; let c; { let d; eval(s); } { let e; } }")
    info = function_named(tree, "f")
    assert info.contains_direct_eval
    assert info.scope is not None
    assert info.scope.context_layout()[:3] == ["a", "b", "c"]
    blocks = [s for s in tree.all_scopes if s.kind is ScopeKind.BLOCK]
    assert str(binding_in(blocks[0], "d").location) == "context 0"  # around the call
    assert str(binding_in(blocks[1], "e").location) == "register 0"  # not visible from it


def test_direct_eval_reaches_outer_functions() -> None:
    tree = analyze_source("function f(){ let x; return function g(){ eval(s); }; }")
    assert str(binding_in(function_named(tree, "f").scope, "x").location) == "context 0"


def test_eval_keeps_implicit_bindings_available() -> None:
    tree = analyze_source("function f(){ return () => eval(s); }")
    scope = function_named(tree, "f").scope
    assert scope is not None
    assert set(scope.context_layout()) == {"arguments", "this", "new.target"}


def test_sloppy_eval_makes_names_beyond_its_var_scope_dynamic() -> None:
    source = "var y; function f(x){ eval(s); x; y; return () => y + x; }"
    tree = analyze_source(source)
    assert uses(tree, "x") == ["context 0 hops=0", "context 0 hops=0"]
    # y may be shadowed by a `var y` the eval adds to f: looked up by name
    assert uses(tree, "y")[-2:] == ["dynamic y tdz", "dynamic y tdz"]
    assert function_named(tree, "f").scope.receives_eval_vars  # type: ignore[union-attr]
    assert function_named(tree, "f").needs_function_context


def test_strict_eval_cannot_add_vars() -> None:
    tree = analyze_source("'use strict'; var y; function f(){ eval(s); return y; }")
    assert uses(tree, "y") == ["global y", "global y"]
    assert not function_named(tree, "f").scope.receives_eval_vars  # type: ignore[union-attr]


def test_eval_at_script_top_level_adds_globals_so_nothing_turns_dynamic() -> None:
    tree = analyze_source("eval(s); function f(){ return y; }")
    assert uses(tree, "y") == ["global y"]


def test_optional_call_is_not_a_direct_eval() -> None:
    tree = analyze_source("function f(){ let a; eval?.(s); }")
    assert not tree.direct_eval_calls
    assert str(binding_in(function_named(tree, "f").scope, "a").location) == "register 0"


def test_with_makes_names_inside_dynamic_and_their_fallbacks_context() -> None:
    tree = analyze_source("function f(x){ let z; with (o) { x; y; } return z + x; }")
    assert uses(tree, "x") == ["dynamic x tdz", "context 0 hops=0"]
    assert uses(tree, "y") == ["dynamic y tdz"]
    assert uses(tree, "o") == ["global o"]  # the object expression is outside the with
    assert uses(tree, "z") == ["register 0"]  # not reached from inside the with
    assert function_named(tree, "f").contains_with


def test_with_inner_declarations_stay_static() -> None:
    tree = analyze_source("function f(){ with (o) { let a; a; } }")
    assert uses(tree, "a") == ["register 0"]


def test_with_scope_counts_as_a_context_for_hops() -> None:
    tree = analyze_source("function f(){ let a; with (o) { { let b; g = () => b; } } return () => a; }")
    assert uses(tree, "b") == ["context 0 hops=0"]
    assert uses(tree, "a") == ["context 0 hops=0"]  # the arrow is made outside the with
    with_scope = next(s for s in tree.all_scopes if s.kind is ScopeKind.WITH)
    assert with_scope.needs_context


def test_var_initializer_inside_with_is_dynamic() -> None:
    tree = analyze_source("function f(){ with (o) { var v = 1; } return v; }")
    assert uses(tree, "v") == ["dynamic v tdz", "context 0 hops=0"]
