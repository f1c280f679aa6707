"""A readable listing of a scope tree: scopes nested by indentation, each binding with its
location, and the facts of each function. For debugging and golden tests, like a disassembler."""
from __future__ import annotations

from engine.scope.bindings import ArgumentsKind, FunctionInfo, Scope
from engine.scope.tree import ScopeTree


def format_scope_tree(tree: ScopeTree) -> str:
    lines: list[str] = []
    pending: list[tuple[Scope, int]] = [(tree.root, 0)]
    while pending:
        scope, depth = pending.pop()
        lines.append("  " * depth + _scope_line(scope))
        for binding in scope.bindings.values():
            if binding.location is not None:
                lines.append("  " * depth + f"  {binding.name}: {binding.kind.value} @ {binding.location}")
        pending.extend((child, depth + 1) for child in reversed(scope.children))
    return "\n".join(lines)


def _scope_line(scope: Scope) -> str:
    text = scope.kind.value
    if scope.function.scope is scope:
        text += f" {_function_facts(scope.function)}"
    flags = [
        f"context[{len(scope.context_slots)}]" if scope.needs_context else "",
        "eval-visible" if scope.eval_visible else "",
        "receives-eval-vars" if scope.receives_eval_vars else "",
        "fresh-per-iteration" if scope.fresh_per_iteration else "",
    ]
    return " ".join([text, *(flag for flag in flags if flag)])


def _function_facts(fn: FunctionInfo) -> str:
    facts = [fn.kind.value, "strict" if fn.strict else "sloppy", f"registers={fn.register_count}"]
    if fn.arguments is not ArgumentsKind.NONE:
        facts.append(f"arguments={fn.arguments.value}")
    for flag in ("uses_this", "uses_new_target", "uses_home_object", "uses_active_function",
                 "contains_direct_eval", "contains_with"):
        if getattr(fn, flag):
            facts.append(flag.replace("_", "-"))
    return "(" + " ".join(facts) + ")"
