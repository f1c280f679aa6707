"""The scope analysis pass: the passes of this package, in order."""
from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from engine.scope.allocate import (
    allocate_bindings,
    decide_arguments_objects,
    locate_references,
    summarize_functions,
)
from engine.scope.annexb import hoist_block_functions
from engine.scope.bindings import Binding, DeclarationKind, FunctionInfo, FunctionKind, Location, LocationKind, Scope, ScopeKind
from engine.scope.declare import ALWAYS_CHECK, Declarer
from engine.scope.resolve import apply_eval_effects, declare_function_implicits, resolve_references
from engine.scope.tdz import decide_tdz_checks
from engine.scope.tree import EvalContext, ScopeError, ScopeTree
from engine.syntax import ast


def analyze(
    program: ast.Program,
    *,
    self_hosting: bool = False,
    intrinsics: Mapping[str, int] | None = None,
    eval_context: EvalContext | None = None,
) -> ScopeTree:
    """Resolve every identifier of ``program`` and place every binding (see engine.scope).

    ``self_hosting``: free names resolve to ``intrinsics`` (name -> table index) and any
    other free name is a ScopeError; with and direct eval are ScopeErrors too.
    ``eval_context``: analyse ``program`` as eval code running inside those scopes.
    """
    with _cyclic_gc_paused():
        return _run_passes(program, self_hosting, intrinsics, eval_context)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """The passes allocate hundreds of thousands of small records and free none, so the cyclic
    collector would only rescan them over and over (it took 60-75% of the time on a 9 MB
    script). Pausing it loses nothing: no record becomes garbage before the pass ends. The
    switch is process-wide; if passes overlap on two threads one may resume it early, which
    only costs time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _run_passes(
    program: ast.Program,
    self_hosting: bool,
    intrinsics: Mapping[str, int] | None,
    eval_context: EvalContext | None,
) -> ScopeTree:
    declarer = Declarer(program, eval_context, self_hosting)
    tree = declarer.run()
    tree.eval_context = eval_context
    if self_hosting:
        _reject_dynamic_scoping(tree)
    if eval_context is not None:
        _attach_outer_scopes(tree.root, eval_context)
    hoist_block_functions(declarer)
    declare_function_implicits(declarer)
    apply_eval_effects(declarer)
    resolve_references(declarer)
    decide_arguments_objects(tree)
    allocate_bindings(tree, eval_context)
    if self_hosting and intrinsics is not None:
        _number_top_level_intrinsics(tree, intrinsics)
    summarize_functions(tree)
    refs = declarer.references + [p.reference for p in declarer.pseudo_references]
    refs += list(tree.annexb_hoists.values())
    locate_references(refs, tree, dict(intrinsics) if intrinsics is not None else None)
    decide_tdz_checks(refs)
    return tree


def _reject_dynamic_scoping(tree: ScopeTree) -> None:
    for scope in tree.all_scopes:
        if scope.kind is ScopeKind.WITH:
            raise ScopeError("with is not allowed in self-hosted code", scope.node)


def _number_top_level_intrinsics(tree: ScopeTree, intrinsics: Mapping[str, int]) -> None:
    for binding in tree.root.bindings.values():
        location = binding.location
        if location is not None and location.kind is LocationKind.INTRINSIC and binding.name in intrinsics:
            binding.location = Location(LocationKind.INTRINSIC, intrinsics[binding.name], binding.name)


def _attach_outer_scopes(root: Scope, context: EvalContext) -> None:
    """Rebuild the caller's scope chain as placed scopes above the eval code's root, so the
    ordinary resolution and hop counting reach the caller's context slots."""
    outer_fn = FunctionInfo(root.node, FunctionKind.EVAL, context.strict_caller, None)
    child = root
    for outer in context.outer:
        scope = Scope(outer.kind, root.node, None, outer_fn, context.strict_caller)
        scope.receives_eval_vars = outer.receives_eval_vars
        for name, (kind, slot) in sorted(outer.slots.items(), key=lambda item: item[1][1]):
            binding = Binding(name, kind, scope, None, ALWAYS_CHECK)
            binding.location = Location(LocationKind.CONTEXT, slot, name)
            scope.bindings[name] = binding
            scope.context_slots.append(binding)
        for name, index in outer.imports.items():
            binding = Binding(name, DeclarationKind.IMPORT, scope, None, ALWAYS_CHECK)
            binding.location = Location(LocationKind.MODULE_IMPORT, index, name)
            scope.bindings[name] = binding
        child.parent = scope
        child = scope
