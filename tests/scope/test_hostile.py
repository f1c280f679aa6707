"""Hostile input: the deepest trees the parser accepts must not exhaust the recursion limit."""
from __future__ import annotations

import sys

import pytest

from engine.scope import analyze
from engine.syntax import parse_script
from engine.syntax.parser import MAX_DEPTH
from tests.scope.support import analyze_source, uses

DEPTH = MAX_DEPTH - 10


@pytest.mark.parametrize("shape", ["functions", "blocks", "arrays", "binary"])
def test_deep_nesting_is_analyzed_iteratively(shape: str) -> None:
    sources = {
        "functions": "function f(){ " * DEPTH + "return x;" + " }" * DEPTH,
        "blocks": "{ let a = 1; " * DEPTH + "a;" + " }" * DEPTH,
        "arrays": "let a; " + "[" * DEPTH + "a" + "]" * DEPTH,
        "binary": "let a; a" + " + a" * DEPTH,  # left-leaning chains
    }
    program = parse_script(sources[shape])
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # the pass must not depend on recursion at all
    try:
        tree = analyze(program)
    finally:
        sys.setrecursionlimit(old)
    assert tree.references


def test_deeply_nested_functions_resolve_to_the_outermost() -> None:
    depth = 200
    source = "function f0(){ let v = 1; " + "".join(f"return function f{i}(){{ " for i in range(1, depth)) + "return v;" + " }" * depth
    tree = analyze_source(source)
    # no inner function has a context, so the capture is 0 hops away from the current one
    assert uses(tree, "v") == ["context 0 hops=0"]
