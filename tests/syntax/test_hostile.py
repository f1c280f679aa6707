"""Hostile input: whatever the source, the parser returns an AST or raises JSSyntaxError.

Never a RecursionError, never a crash, never a hang, never quadratic time. Deep nesting
stops at the parser's nesting limit with "nesting too deep".
"""
from __future__ import annotations

import sys
import time

import pytest

from engine.syntax import JSSyntaxError, ast, parse
from engine.syntax.parser import MAX_DEPTH

N = 100_000

DEEP = {
    "parentheses": "(" * N + "1" + ")" * N,
    "arrays": "[" * N + "]" * N,
    "objects": "x = " + "{a:" * N + "1" + "}" * N,
    "functions": "function f(){" * N + "}" * N,
    "function expressions": "x = function(){ return " * N + "1" + "}" * N,
    "arrow bodies": "x = () => {" * N + "}" * N,
    "blocks": "{" * N + "}" * N,
    "template substitutions": "`${" * N + "1" + "}`" * N,
    "unary operators": "!" * N + "x",
    "unary minus": "- " * N + "x",
    "typeof": "typeof " * N + "x",
    "prefix increments": "++" * N + "x",
    "await": "async function f(){" + "await " * N + "x }",
    "assignments": "a=" * N + "1",
    "arrows": "a=>" * N + "1",
    "conditionals": "a?b:" * N + "c",
    "new": "new " * N + "X",
    "exponents": "a**" * N + "b",
    "binary chain": "a+" * N + "b",
    "member chain": "a" + ".b" * N,
    "call chain": "f" + "()" * N,
    "nested calls": "f(" * N + ")" * N,
    "nested index": "a[" * N + "0" + "]" * N,
    "binding pattern": "var " + "[" * N + "a" + "]" * N + " = 1",
    "object binding pattern": "var " + "{a:" * N + "a" + "}" * N + " = 1",
    "assignment pattern": "(" + "[" * N + "a" + "]" * N + " = 1)",
    "if chain": "if (a) " * N + ";",
    "labels": "".join(f"l{i}: " for i in range(N)) + ";",
    "classes": "x = class { m() { return class { m() {" * (N // 2) + "} }" * N,
    "switch": "switch(a){case 1:" * N + "}" * N,
    "unclosed parentheses": "(" * N,
    "unclosed blocks": "{" * N,
    "unclosed templates": "`${" * N,
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_nesting_is_a_syntax_error(name: str) -> None:
    started = time.perf_counter()
    with pytest.raises(JSSyntaxError) as info:
        parse(DEEP[name])
    assert time.perf_counter() - started < 5
    if not name.startswith("unclosed"):
        assert info.value.message == "nesting too deep"


def _depth(node: ast.Node) -> int:
    """The AST's depth, without recursion (later passes recurse; this bounds them)."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in ast.iter_child_nodes(current))
    return deepest


@pytest.mark.parametrize(
    "source",
    [
        "(" * 500 + "1" + ")" * 500,
        "x = " + "[" * 500 + "]" * 500,
        "{" * 900 + "}" * 900,
        "a+" * 900 + "b",
        "function f(){" * 300 + "}" * 300,
    ],
)
def test_nesting_below_the_limit_parses_and_stays_walkable(source: str) -> None:
    program = parse(source)
    assert _depth(program) < 4 * MAX_DEPTH


def test_parse_restores_the_recursion_limit() -> None:
    before = sys.getrecursionlimit()
    with pytest.raises(JSSyntaxError):
        parse("(" * N)
    parse("1")
    assert sys.getrecursionlimit() == before


def test_fifty_megabyte_string_literal() -> None:
    started = time.perf_counter()
    program = parse("x = '" + "a" * 50_000_000 + "';")
    assert time.perf_counter() - started < 5
    assert len(program.body[0].expression.right.value) == 50_000_000


def test_ten_megabyte_line() -> None:
    source = "var s = '" + "b" * 10_000_000 + "'; f(s, 1 + 2);"
    assert "\n" not in source
    started = time.perf_counter()
    program = parse(source)
    assert time.perf_counter() - started < 5
    assert len(program.body) == 2


def test_long_flat_lists_parse_in_linear_time() -> None:
    """Doubling the input roughly doubles the time (a quadratic parser would quadruple it)."""

    def seconds(count: int) -> float:
        source = "[" + "1," * count + "]; f(" + "a," * count + "); x = a" + ", b" * count + ";"
        started = time.perf_counter()
        parse(source)
        return time.perf_counter() - started

    seconds(1000)  # warm up
    small, large = min(seconds(10_000) for _ in range(3)), min(seconds(40_000) for _ in range(2))
    assert large < small * 8  # 4x the input; quadratic would be 16x


@pytest.mark.parametrize(
    "source",
    [
        "\x00", "\ud800", "a\ud800b", "'\ud800'", "`", "/", "/*", "'", "\\", "\\u", "#", "#!", "@", "0x", "1e", "`${", "a?.",
        "\u2028\u2029", "<!--", "-->", "class { #", "async (", "for await", "import(", "export", "new.", "super",
        "\ufeff", "\U0001F600", "a" * 10_000, "'\\u{", "/[/", "x = /(?<a>)(?<a>)/",
    ],
)
def test_garbage_never_escapes_as_another_exception(source: str) -> None:
    for module in (False, True):
        try:
            parse(source, module=module)
        except JSSyntaxError:
            pass


def test_parses_on_many_threads_at_once() -> None:
    """The recursion limit and the paused collector are shared: a parse ending on one
    thread must not pull the limit from under a deep parse on another."""
    import gc
    import threading

    deep = "x = " + "[" * 900 + "]" * 900
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                parse(deep)
                parse("1")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    before = (sys.getrecursionlimit(), gc.isenabled())
    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert (sys.getrecursionlimit(), gc.isenabled()) == before
