"""The implicit arguments object: mapped, unmapped or absent
(https://tc39.es/ecma262/#sec-functiondeclarationinstantiation steps 15-22)."""
from __future__ import annotations

import pytest

from engine.scope.bindings import ArgumentsKind
from tests.scope.support import analyze_source, function_named, uses

MAPPED, UNMAPPED, NONE = ArgumentsKind.MAPPED, ArgumentsKind.UNMAPPED, ArgumentsKind.NONE

CASES = [
    ("function f(a){ return arguments; }", MAPPED),
    ("function f(a){ 'use strict'; return arguments; }", UNMAPPED),
    ("function f(a = 1){ return arguments; }", UNMAPPED),
    ("function f(...a){ return arguments; }", UNMAPPED),
    ("function f({a}){ return arguments; }", UNMAPPED),
    ("function f(a){ return a; }", NONE),  # never referenced
    ("function f(arguments){ return arguments; }", NONE),  # a parameter wins
    ("function f(){ let arguments = 1; return arguments; }", NONE),  # a lexical declaration wins
    ("function f(){ function arguments(){} return arguments; }", NONE),  # so does a function
    ("function f(){ var arguments; return arguments; }", MAPPED),  # var shares the object's binding
    ("function f(){ return () => arguments; }", MAPPED),  # arrows use the enclosing one
    ("function f(){ eval(''); }", MAPPED),  # eval code may read it
]


@pytest.mark.parametrize(("source", "expected"), CASES)
def test_arguments_kind(source: str, expected: ArgumentsKind) -> None:
    assert function_named(analyze_source(source), "f").arguments is expected


def test_sloppy_object_literal_methods_map_too() -> None:
    tree = analyze_source("var o = { m(a){ return arguments; } };")
    (method,) = [fn for fn in tree.functions.values() if fn.kind.value == "method"]
    assert method.arguments is MAPPED


def test_class_methods_are_strict_so_unmapped() -> None:
    tree = analyze_source("class C { m(a){ return arguments; } }")
    (method,) = [fn for fn in tree.functions.values() if fn.kind.value == "method"]
    assert method.arguments is UNMAPPED


def test_arrow_has_no_arguments_of_its_own() -> None:
    tree = analyze_source("var g = () => arguments;")
    assert uses(tree, "arguments") == ["global arguments"]


def test_mapped_arguments_put_parameters_in_the_context() -> None:
    tree = analyze_source("function f(a, b){ arguments[0] = 1; return a + b; }")
    info = function_named(tree, "f")
    assert uses(tree, "a") == ["context 0 hops=0"]
    assert info.mapped_parameter_slots == [0, 1]


def test_duplicate_parameters_map_the_last_occurrence() -> None:
    info = function_named(analyze_source("function f(a, b, a){ return arguments; }"), "f")
    assert info.mapped_parameter_slots == [None, 1, 0]


def test_unmapped_arguments_leave_parameters_in_place() -> None:
    tree = analyze_source("function f(a){ 'use strict'; return arguments[0] + a; }")
    assert uses(tree, "a") == ["parameter 0"]
    assert uses(tree, "arguments") == ["register 0"]


def test_captured_arguments_live_in_the_context() -> None:
    tree = analyze_source("function f(){ return () => arguments[0]; }")
    assert uses(tree, "arguments") == ["context 0 hops=0"]
