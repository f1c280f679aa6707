"""Self-hosting mode: free names resolve to intrinsics, never to a realm global."""
from __future__ import annotations

import pytest

from engine.scope import ScopeError
from tests.scope.support import analyze_source, uses

INTRINSICS = {"ToObject": 0, "ToLength": 1, "ArrayPrototypeMap": 2}


def _analyze(source: str):  # type: ignore[no-untyped-def]
    return analyze_source(source, self_hosting=True, intrinsics=INTRINSICS)


def test_free_names_are_intrinsics_by_index() -> None:
    tree = _analyze("function ArrayPrototypeMap(f){ var o = ToObject(this); return ToLength(o.length); }")
    assert uses(tree, "ToObject") == ["intrinsic ToObject #0"]
    assert uses(tree, "ToLength") == ["intrinsic ToLength #1"]


def test_top_level_declarations_define_intrinsics() -> None:
    tree = _analyze("function ArrayPrototypeMap(){} function helper(){} helper(); ArrayPrototypeMap;")
    assert uses(tree, "ArrayPrototypeMap") == ["intrinsic ArrayPrototypeMap #2"]
    assert uses(tree, "helper") == ["intrinsic helper"]  # defined here, numbered by the table later


def test_locals_are_unaffected() -> None:
    tree = _analyze("function f(ToObject){ return ToObject; }")
    assert uses(tree, "ToObject") == ["parameter 0"]


@pytest.mark.parametrize("source", [
    "function f(){ return Array; }",  # a realm global: never reachable
    "function f(){ return undefinedThing(); }",
])
def test_unknown_free_name_is_a_compile_error_naming_it(source: str) -> None:
    with pytest.raises(ScopeError) as info:
        _analyze(source)
    assert "'" in str(info.value) and "intrinsic" in str(info.value)
    assert info.value.line == 1


def test_with_and_direct_eval_are_rejected() -> None:
    with pytest.raises(ScopeError, match="with"):
        _analyze("function f(o){ with (o) {} }")
    with pytest.raises(ScopeError, match="eval"):
        _analyze("function f(s){ eval(s); }")
