"""Which references need a temporal-dead-zone check (https://tc39.es/ecma262/#sec-let-and-const-declarations).

A let, const, class, import, a parameter of a list with expressions, and `this` in a
derived constructor start uninitialised; reading or writing one before its initialisation
throws a ReferenceError. A check is skipped only when the reference provably runs after
the initialisation:

- it starts at or after the point from which the binding is initialised (the end of its
  declarator, class or parameter; for a for-in/of head, the end of the iterated expression);
- if it is in another function, the outermost one between is created after that point,
  so it cannot run before: a function expression, arrow, method or class initializer is
  created where it stands, a function declaration on entry to the scope declaring it
  (hoisting: ``let a; function g(){ a }`` is checked, ``let a; { function g(){ a } }`` is not);
- if the binding lives in a switch case block, it is in the same case clause as the
  declaration (a jump to a later case skips the declaration);
- a parameter is never checked from the function body (all parameters are initialised
  before the body starts, whichever function the reference is in).

Block scoping makes everything else straight-line: a loop that re-enters a block makes a
fresh block (bindings uninitialised again), and a declaration cannot be a loop's direct
body. Lookups by name (DYNAMIC) always check.
"""
from __future__ import annotations

import bisect

from engine.scope.bindings import TDZ_KINDS, Binding, DeclarationKind as K, Reference, ScopeKind
from engine.scope.declare import ALWAYS_CHECK
from engine.syntax import ast


def decide_tdz_checks(refs: list[Reference]) -> None:
    for ref in refs:
        ref.needs_tdz_check = needs_tdz_check(ref)


def needs_tdz_check(ref: Reference) -> bool:
    if ref.through_dynamic:
        return True
    binding = ref.binding
    if binding is None or ref.is_declaration:
        return False
    if binding.kind is K.THIS:  # only a derived constructor's `this` starts uninitialised
        return binding.initialized_at == ALWAYS_CHECK
    if binding.kind not in TDZ_KINDS or binding.initialized_at == 0:
        return False
    if binding.initialized_at == ALWAYS_CHECK:
        return True
    if binding.kind is K.PARAMETER and _in_function_body(ref, binding):
        return False
    position = _creation_point(ref, binding)
    if position is None or position < binding.initialized_at:
        return True
    if binding.scope.kind is ScopeKind.SWITCH:
        return not _same_case_clause(position, binding)
    return False


def _creation_point(ref: Reference, binding: Binding) -> int | None:
    """Where, in the binding's own function, the code holding the reference comes into being:
    the reference itself, or where the outermost inner function around it is created. A
    function declaration is created on entry to the scope that declares it (hoisting), so
    it counts from that scope's start. None when the binding belongs to code outside this
    analysis (eval's caller)."""
    owner = binding.scope.function
    fn = ref.scope.function
    position = ref.node.start
    while fn is not owner:
        if fn.parent is None:
            return None
        if isinstance(fn.node, ast.FunctionDeclaration):
            assert fn.scope is not None and fn.scope.parent is not None
            position = fn.scope.parent.node.start
        else:
            position = fn.node.start
        fn = fn.parent
    return position


def _in_function_body(ref: Reference, binding: Binding) -> bool:
    body = binding.scope.function.node.body
    return body.start <= ref.node.start < body.end


def _same_case_clause(position: int, binding: Binding) -> bool:
    switch = binding.scope.node
    assert isinstance(switch, ast.SwitchStatement) and binding.node is not None
    starts = [case.start for case in switch.cases]
    declared_in = bisect.bisect_right(starts, binding.node.start) - 1
    used_in = bisect.bisect_right(starts, position) - 1
    return declared_in == used_in
