"""Parameter scopes: a separate body var scope when parameters contain expressions
(https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 28)."""
from __future__ import annotations

import pytest

from engine.scope.bindings import ScopeKind
from tests.scope.support import analyze_source, function_named, uses


@pytest.mark.parametrize(("params", "separate"), [
    ("a, b", False),
    ("[a], {b}", False),  # non-simple, but without expressions
    ("...a", False),
    ("a = 1", True),
    ("{[k]: a}", True),
    ("[a = 1]", True),
])
def test_body_scope_is_separate_only_with_expressions(params: str, separate: bool) -> None:
    info = function_named(analyze_source(f"function f({params}){{}}"), "f")
    assert (info.body_scope is not info.scope) is separate
    assert info.has_parameter_expressions is separate
    if separate:
        assert info.body_scope.kind is ScopeKind.FUNCTION_BODY and info.body_scope.parent is info.scope


def test_defaults_that_close_over_parameters() -> None:
    source = "function f(a, g = () => a, b = g()){ var a; return a + b; }"
    tree = analyze_source(source)
    info = function_named(tree, "f")
    # the closure in the default sees the parameter a (context of the parameter scope) ...
    assert str(info.scope.bindings["a"].location) == "context 0"
    # ... while the body's var a is another binding that starts with the parameter's value
    body_a = info.body_scope.bindings["a"]
    assert body_a.initial_value_from is info.scope.bindings["a"]
    assert uses(tree, "a") == ["context 0 hops=0", "register 2", "register 2"]


def test_non_simple_parameters_are_registers_not_argument_slots() -> None:
    tree = analyze_source("function f(a, [b]){ return a + b; }")
    assert uses(tree, "a") == ["register 0"]
    assert uses(tree, "b") == ["register 1"]
    assert function_named(tree, "f").parameter_count == 2


def test_simple_parameters_use_argument_slots() -> None:
    tree = analyze_source("function f(a, b, c){ return c + a; }")
    assert uses(tree, "c") == ["parameter 2"]
    assert function_named(tree, "f").register_count == 0


def test_sloppy_eval_in_parameters_makes_outer_names_dynamic() -> None:
    tree = analyze_source("function f(a = eval(s), b = y){ return y; }")
    assert uses(tree, "y") == ["dynamic y tdz", "dynamic y tdz"]
