"""for/for-in/for-of heads with let/const: own scope, fresh context per iteration when captured."""
from __future__ import annotations

from engine.scope.bindings import ScopeKind
from tests.scope.support import analyze_source, uses


def _head(source: str):  # type: ignore[no-untyped-def]
    tree = analyze_source(source)
    (head,) = [s for s in tree.all_scopes if s.kind is ScopeKind.FOR_HEAD]
    return tree, head


def test_uncaptured_loop_variable_is_a_register_without_copies() -> None:
    tree, head = _head("function f(){ for (let i = 0; i < 3; i++) g(i); }")
    assert not head.needs_context and not head.fresh_per_iteration
    assert uses(tree, "i") == ["register 0", "register 0", "register 0"]


def test_captured_let_gets_a_copy_per_iteration() -> None:
    tree, head = _head("function f(){ for (let i = 0; i < 3; i++) fs.push(() => i); }")
    assert head.needs_context and head.fresh_per_iteration
    assert uses(tree, "i")[-1] == "context 0 hops=0"


def test_captured_const_for_head_needs_no_copies() -> None:
    _, head = _head("function f(){ for (const c = 1; x;) fs.push(() => c); }")
    assert head.needs_context and not head.fresh_per_iteration


def test_for_of_and_for_in_bind_afresh_every_iteration() -> None:
    for source in ("function f(){ for (const x of xs) fs.push(() => x); }",
                   "function f(){ for (let k in o) fs.push(() => k); }"):
        _, head = _head(source)
        assert head.fresh_per_iteration


def test_var_heads_make_no_scope() -> None:
    tree = analyze_source("function f(){ for (var i = 0; i < 3; i++); for (var k in o); }")
    assert not [s for s in tree.all_scopes if s.kind is ScopeKind.FOR_HEAD]
    assert uses(tree, "i") == ["register 0", "register 0", "register 0"]


def test_body_block_is_a_child_of_the_head() -> None:
    tree, head = _head("function f(){ for (let i of a) { let j = i; } }")
    (body,) = head.children
    assert body.kind is ScopeKind.BLOCK and "j" in body.bindings
