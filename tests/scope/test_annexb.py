"""Annex B.3.3: sloppy-mode function declarations in blocks also get a var binding
(https://tc39.es/ecma262/#sec-block-level-function-declarations-web-legacy-compatibility-semantics)."""
from __future__ import annotations

import pytest

from engine.scope.bindings import DeclarationKind
from tests.scope.support import analyze_source, function_named, uses


def _hoisted(source: str) -> bool:
    return bool(analyze_source(source).annexb_hoists)


CASES = [
    ("function f(){ { function g(){} } return g; }", True),
    ("function f(){ if (x) function g(){} return g; }", True),  # B.3.4: an implicit block
    ("function f(){ switch (x) { case 1: function g(){} } return g; }", True),
    ("function f(){ try {} catch (g) { { function g(){} } } }", True),  # B.3.4 var e in catch (e)
    ("function f(){ var g; { function g(){} } }", True),  # an existing var is reused
    ("{ function g(){} }", True),  # script top level: a global var
    # No hoisting:
    ("'use strict'; function f(){ { function g(){} } }", False),  # strict code
    ("function f(){ let g; { function g(){} } }", False),  # a lexical conflict in the var scope
    ("function f(){ { let g; { function g(){} } } }", False),  # ... or in an enclosing block
    ("function f(){ for (let g;;) { function g(){} } }", False),  # ... or a for head
    ("function f(){ try {} catch ({g}) { { function g(){} } } }", False),  # destructured catch param
    ("function f(){ { function g(){} { function g(){} } } }", True),  # the outer one only
    ("function f(g){ { function g(){} } }", False),  # a parameter name
    ("function f(){ { function* g(){} } }", False),  # generators never
    ("function f(){ { async function g(){} } }", False),  # async functions never
    ("let g; { function g(){} }", False),  # a top-level lexical declaration
]


@pytest.mark.parametrize(("source", "hoisted"), CASES)
def test_annexb_hoisting(source: str, hoisted: bool) -> None:
    assert _hoisted(source) is hoisted


def test_inner_duplicate_is_not_hoisted_but_outer_is() -> None:
    tree = analyze_source("function f(){ { function g(){} { function g(){} } } }")
    assert len(tree.annexb_hoists) == 1


def test_block_binding_and_var_binding_are_distinct() -> None:
    tree = analyze_source("function f(){ g; { g; function g(){} } return g; }")
    # outside the block: the var (registers 0); inside: the block's own function binding
    assert uses(tree, "g") == ["register 0", "register 1", "register 0"]
    info = function_named(tree, "f")
    assert info.scope is not None
    assert info.scope.bindings["g"].kind is DeclarationKind.VAR
    (hoist,) = tree.annexb_hoists.values()
    assert hoist.binding is info.scope.bindings["g"]
    assert str(hoist.location) == "register 0"


def test_hoist_write_crosses_contexts() -> None:
    tree = analyze_source("function f(){ { let c; h = () => c; function g(){} } return () => g; }")
    (hoist,) = tree.annexb_hoists.values()
    assert str(hoist.location) == "context 0"
    assert hoist.hops == 1  # from the block's context to f's


def test_top_level_hoist_is_global() -> None:
    tree = analyze_source("{ function g(){} } g();")
    (hoist,) = tree.annexb_hoists.values()
    assert str(hoist.location) == "global g"
    assert uses(tree, "g") == ["global g"]


def test_hoisted_functions_are_listed_on_their_block() -> None:
    tree = analyze_source("function f(){ { a(); function a(){} function b(){} } }")
    block = next(s for s in tree.all_scopes if s.kind.value == "block")
    assert [fn.id.name for fn in block.hoisted_functions] == ["a", "b"]
