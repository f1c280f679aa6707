"""Annex B.3.3: var hoisting of plain sloppy-mode function declarations in blocks.

https://tc39.es/ecma262/#sec-block-level-function-declarations-web-legacy-compatibility-semantics

A function declared in a block is lexical to the block. In sloppy code, when replacing
it by ``var F`` would raise no early error (no enclosing block, catch destructuring or
for head between it and the var scope declares F lexically, and F is no lexical
declaration of the var scope) and F is not a parameter name, the var scope also gets a
var binding F (initialised to undefined unless it exists), and evaluating the
declaration copies the block's function value into it.
"""
from __future__ import annotations

from engine.scope.bindings import DeclarationKind as K, Reference, Scope, ScopeKind
from engine.scope.declare import AnnexBCandidate, Declarer
from engine.syntax import ast

# Declarations that make `var F` an early error when found in a scope between the block and the var scope.
_LEXICAL = frozenset({K.LET, K.CONST, K.CLASS, K.FUNCTION, K.IMPORT, K.IMPORT_NAMESPACE})


def hoist_block_functions(declarer: Declarer) -> None:
    for candidate in declarer.annexb_candidates:
        _hoist(declarer, candidate)


def _hoist(declarer: Declarer, candidate: AnnexBCandidate) -> None:
    name = candidate.node.id.name
    var_scope = _var_scope_if_hoistable(candidate.block, name)
    if var_scope is None:
        return
    binding = declarer.declare(var_scope, name, K.VAR, None)
    ref = Reference(candidate.node, name, candidate.block, binding)
    declarer.tree.annexb_hoists[candidate.node] = ref


def _var_scope_if_hoistable(block: Scope, name: str) -> Scope | None:
    """The var scope that gets `var name`, or None when `var name` would be an early error there."""
    scope = block.parent
    while scope is not None:
        binding = scope.bindings.get(name)
        if scope.is_var_scope:
            if binding is not None and binding.kind in _LEXICAL and binding.kind is not K.FUNCTION:
                return None
            if _is_parameter_name(scope, name):
                return None
            return scope
        if binding is not None and _conflicts(scope, binding.kind):
            return None
        scope = scope.parent
    return None


def _conflicts(scope: Scope, kind: K) -> bool:
    if kind is K.CATCH_PARAMETER:
        # https://tc39.es/ecma262/#sec-variablestatements-in-catch-blocks: `var e` inside
        # `catch (e)` is allowed when the parameter is a plain identifier.
        assert isinstance(scope.node, ast.CatchClause)
        return not isinstance(scope.node.param, ast.Identifier)
    return kind in _LEXICAL


def _is_parameter_name(var_scope: Scope, name: str) -> bool:
    """B.3.2.1's "F is not an element of parameterNames" (parameters may sit one scope out)."""
    for scope in (var_scope, var_scope.parent):
        if scope is not None and scope.kind is ScopeKind.FUNCTION and scope.function is var_scope.function:
            binding = scope.bindings.get(name)
            if binding is not None and binding.kind is K.PARAMETER:
                return True
    return False
