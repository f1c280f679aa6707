"""Helpers for the scope tests: analyse a source and describe references compactly."""
from __future__ import annotations

from engine.scope import ScopeTree, analyze
from engine.scope.bindings import Binding, FunctionInfo, LocationKind, Reference, Scope
from engine.syntax import ast, parse_module, parse_script


def analyze_source(source: str, *, module: bool = False, **options: object) -> ScopeTree:
    program = parse_module(source) if module else parse_script(source)
    return analyze(program, **options)  # type: ignore[arg-type]


def references_named(tree: ScopeTree, name: str) -> list[Reference]:
    """Every reference to ``name`` (identifiers, this, new.target, #x), in source order."""
    found = [ref for ref in tree.references.values() if ref.name == name]
    return sorted(found, key=lambda ref: ref.node.start)


def describe(ref: Reference) -> str:
    """'context 0 hops=1 tdz', 'register 2', 'global x', 'dynamic x', ..."""
    assert ref.location is not None
    text = str(ref.location)
    if ref.location.kind in (LocationKind.CONTEXT, LocationKind.MODULE):
        text += f" hops={ref.hops}"
    if ref.needs_tdz_check:
        text += " tdz"
    return text


def uses(tree: ScopeTree, name: str) -> list[str]:
    """The descriptions of the non-declaring references to ``name``, in source order."""
    return [describe(ref) for ref in references_named(tree, name) if not ref.is_declaration]


def function_named(tree: ScopeTree, name: str) -> FunctionInfo:
    for node, info in tree.functions.items():
        ident = getattr(node, "id", None)
        if isinstance(ident, ast.Identifier) and ident.name == name:
            return info
    raise KeyError(name)


def binding_in(scope: Scope | None, name: str) -> Binding:
    assert scope is not None
    return scope.bindings[name]
