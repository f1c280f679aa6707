"""The caller's side of direct eval: describe the scope chain at a call for compiling eval code.

Codegen records this chain (or rebuilds it from the scope layouts it serialises) for each
direct eval call; at run time PerformEval compiles the eval'd source with it
(https://tc39.es/ecma262/#sec-performeval), so free names in the eval code resolve to the
caller's context slots, and the hops match the contexts live at the call.
"""
from __future__ import annotations

from engine.scope.bindings import FunctionInfo, FunctionKind, LocationKind, Scope, ScopeKind
from engine.scope.resolve import _HOME_OBJECT_KINDS as HOME_OBJECT_KINDS
from engine.scope.tree import EvalContext, OuterScope, ScopeTree


def eval_context_at(tree: ScopeTree, call: object) -> EvalContext:
    """The EvalContext for the direct eval call node ``call`` of ``tree``."""
    scope = tree.direct_eval_calls[call]  # type: ignore[index]
    chain: list[OuterScope] = []
    walk: Scope | None = scope
    while walk is not None:
        if walk.needs_context or walk.kind is ScopeKind.MODULE:
            chain.append(_describe(walk))
        walk = walk.parent
    return EvalContext(tuple(chain), strict_caller=scope.strict, var_scope_is_global=_var_scope_is_global(tree, scope),
                       in_class_field_initializer=_in_class_field_initializer(tree, scope),
                       in_function=_in_function(tree, scope), in_method=_in_method(tree, scope),
                       in_derived_constructor=_in_derived_constructor(tree, scope),
                       var_scope_depth=_var_scope_depth(tree, scope),
                       var_scope_has_lexicals=_var_scope_has_lexicals(tree, scope))


def is_sloppy_eval_root(scope: Scope) -> bool:
    """Sloppy eval code has no variable environment of its own: its vars, and those of an eval
    inside it, go to its caller's (https://tc39.es/ecma262/#sec-performeval step 16)."""
    return scope.kind is ScopeKind.EVAL and not scope.strict


def _var_scope_is_global(tree: ScopeTree, scope: Scope) -> bool:
    var_scope = scope.var_scope()
    if is_sloppy_eval_root(var_scope):
        return tree.eval_context is None or tree.eval_context.var_scope_is_global
    return var_scope.kind is ScopeKind.SCRIPT


def _var_scope_depth(tree: ScopeTree, scope: Scope) -> int:
    """From sloppy eval code, the contexts out to and including its root, then its caller's."""
    target = scope.var_scope()
    if not is_sloppy_eval_root(target):
        return _depth_within(scope)
    depth = sum(1 for walk in _walk_to(scope, target) if walk.needs_context)
    return depth + (tree.eval_context.var_scope_depth if tree.eval_context is not None else 0)


def _walk_to(scope: Scope, last: Scope) -> list[Scope]:
    """``scope`` and its parents up to and including ``last``."""
    walk: Scope | None = scope
    scopes = []
    while walk is not None:
        scopes.append(walk)
        if walk is last:
            break
        walk = walk.parent
    return scopes


def _depth_within(scope: Scope) -> int:
    """The context-bearing scopes from ``scope`` out to (not including) its variable environment.
    From a parameter expression (a FUNCTION scope with a separate body) the parameter scope
    itself counts: the spec's variable environment there is the one outside the parameters."""
    target = scope.var_scope()
    depth = 0
    walk: Scope | None = scope
    while walk is not None and walk is not target:
        if walk.needs_context:
            depth += 1
        walk = walk.parent
    if target.kind is ScopeKind.FUNCTION and target.has_separate_body and target.needs_context:
        depth += 1
    return depth


def _this_function(scope: Scope) -> FunctionInfo | None:
    """The code GetThisEnvironment finds for ``scope``: the nearest function that is not an arrow
    (or the script or eval top level); None inside a static block, which is a function of its own."""
    walk: Scope | None = scope
    while walk is not None:
        if walk.kind is ScopeKind.STATIC_BLOCK:
            return None
        if not walk.function.is_arrow:
            return walk.function
        walk = walk.parent
    return None


def _in_class_field_initializer(tree: ScopeTree, scope: Scope) -> bool:
    """Whether the this-function of ``scope`` is a class field initializer. A static block shares
    the synthetic static initializer with the static fields but is not one; an eval inside eval
    inherits the answer."""
    function = _this_function(scope)
    if function is None:
        return False
    if function.kind is FunctionKind.EVAL and tree.eval_context is not None:
        return tree.eval_context.in_class_field_initializer
    return function.kind in (FunctionKind.INSTANCE_FIELDS, FunctionKind.STATIC_ELEMENTS)


def _in_function(tree: ScopeTree, scope: Scope) -> bool:
    """Whether the this-environment of ``scope`` is a function's (a static block's included)."""
    function = _this_function(scope)
    if function is None:
        return True
    if function.kind is FunctionKind.EVAL:
        return tree.eval_context is not None and tree.eval_context.in_function
    return function.kind not in (FunctionKind.SCRIPT, FunctionKind.MODULE)


def _describe(scope: Scope) -> OuterScope:
    slots = {}
    for binding in scope.context_slots:
        location = binding.location
        if location is not None and location.kind in (LocationKind.CONTEXT, LocationKind.MODULE):
            slots[binding.name] = (binding.kind, location.index)
    imports = {}
    for binding in scope.bindings.values():
        location = binding.location
        if location is not None and location.kind is LocationKind.MODULE_IMPORT:
            imports[binding.name] = location.index
    return OuterScope(scope.kind, slots, scope.receives_eval_vars, imports)


def _in_method(tree: ScopeTree, scope: Scope) -> bool:
    """Whether the this-environment of ``scope`` has a super binding (a [[HomeObject]])."""
    function = _this_function(scope)
    if function is None:
        return True  # a static block: a method of the class
    if function.kind is FunctionKind.EVAL:
        return tree.eval_context is not None and tree.eval_context.in_method
    return function.kind in HOME_OBJECT_KINDS


def _in_derived_constructor(tree: ScopeTree, scope: Scope) -> bool:
    function = _this_function(scope)
    if function is None:
        return False
    if function.kind is FunctionKind.EVAL:
        return tree.eval_context is not None and tree.eval_context.in_derived_constructor
    return function.kind is FunctionKind.DERIVED_CONSTRUCTOR


def _var_scope_has_lexicals(tree: ScopeTree, scope: Scope) -> bool:
    """Whether the var scope's context (next in the chain) is a sloppy function's, whose
    let/const/class the spec keeps in a lexical environment inside the variable one."""
    target = scope.var_scope()
    if is_sloppy_eval_root(target):
        return tree.eval_context is not None and tree.eval_context.var_scope_has_lexicals
    if not target.needs_context or target.strict:
        return False
    if target.kind is ScopeKind.FUNCTION:
        return not target.has_separate_body
    return target.kind is ScopeKind.FUNCTION_BODY
