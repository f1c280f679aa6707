"""Pass 3: give every binding a location and every reference its location and context hops.

Rules, in order (the package docstring states them for codegen):

1. Module top level: imports are MODULE_IMPORT entries (numbered in order), every other
   binding a MODULE slot of the module context.
2. Script top level: var, function, let, const and class are GLOBAL (by name); in
   self-hosting mode they are INTRINSIC (they define entries of the intrinsics table).
3. Sloppy eval code: its top-level var and function declarations are created by name in
   the caller's var scope: DYNAMIC (GLOBAL when that is the global object).
4. A binding captured by another function, forced by with/eval/mapped arguments, or in a
   scope a direct eval can see: a CONTEXT slot of its scope, slots numbered in
   declaration order.
5. this/new.target/%home_object/%function: FRAME.
6. A parameter of a function with simple parameters: PARAMETER (its position).
7. Everything else: a REGISTER of the owning function. Registers are handed out like a
   stack: a scope's registers follow its parent's (same function), so sibling blocks reuse
   them, and a function's register_count is the deepest point reached.
"""
from __future__ import annotations

from engine.scope.bindings import (
    FRAME_KINDS,
    ArgumentsKind,
    Binding,
    DeclarationKind as K,
    FunctionInfo,
    Location,
    LocationKind as L,
    Reference,
    Scope,
    ScopeKind,
)
from engine.scope.resolve import all_functions
from engine.scope.tree import EvalContext, ScopeError, ScopeTree
from engine.syntax import ast

_IMPLICIT = FRAME_KINDS | {K.ARGUMENTS}
_GLOBAL_DECLARATIONS = frozenset({K.VAR, K.FUNCTION, K.LET, K.CONST, K.CLASS})


def decide_arguments_objects(tree: ScopeTree) -> None:
    """https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 22: mapped when the
    function is sloppy with simple parameters. Its entries alias the parameters even after the
    frame is gone, so a mapped object puts the parameters into the function context."""
    for fn in all_functions(tree.top_function):
        fscope = fn.scope
        binding = fscope.bindings.get("arguments") if fscope is not None else None
        if binding is None or binding.kind is not K.ARGUMENTS or not binding.referenced:
            continue
        if fn.strict or not fn.simple_parameters:
            fn.arguments = ArgumentsKind.UNMAPPED
            continue
        fn.arguments = ArgumentsKind.MAPPED
        for param in fscope.bindings.values():
            if param.kind is K.PARAMETER:
                param.needs_context = True


def allocate_bindings(tree: ScopeTree, eval_context: EvalContext | None) -> None:
    imports = 0
    for scope in tree.all_scopes:
        fn = scope.function
        parent = scope.parent
        base = parent.register_end if parent is not None and parent.function is fn else 0
        next_register = base
        for binding in scope.bindings.values():
            if binding.kind in _IMPLICIT and not binding.referenced:
                continue
            if scope.kind is ScopeKind.MODULE and binding.kind is K.IMPORT:
                binding.location = Location(L.MODULE_IMPORT, imports, binding.name)
                imports += 1
            elif scope.kind is ScopeKind.MODULE and binding.kind not in FRAME_KINDS:
                binding.location = _context_slot(scope, binding, L.MODULE)
            elif scope.kind is ScopeKind.SCRIPT and binding.kind in _GLOBAL_DECLARATIONS:
                kind = L.INTRINSIC if tree.self_hosting else L.GLOBAL
                binding.location = Location(kind, -1, binding.name)
            elif scope.kind is ScopeKind.EVAL and not scope.strict and binding.kind in (K.VAR, K.FUNCTION):
                global_vars = eval_context is None or eval_context.var_scope_is_global
                binding.location = Location(L.GLOBAL if global_vars else L.DYNAMIC, -1, binding.name)
            elif binding.captured or binding.needs_context or scope.eval_visible:
                binding.location = _context_slot(scope, binding, L.CONTEXT)
            elif binding.kind in FRAME_KINDS:
                binding.location = Location(L.FRAME, -1, binding.name)
            elif binding.kind is K.PARAMETER and fn.simple_parameters:
                binding.location = Location(L.PARAMETER, binding.parameter_index, binding.name)
            else:
                binding.location = Location(L.REGISTER, next_register, binding.name)
                next_register += 1
        scope.register_base, scope.register_end = base, next_register
        fn.register_count = max(fn.register_count, next_register)
        scope.fresh_per_iteration = _fresh_per_iteration(scope)


def _context_slot(scope: Scope, binding: Binding, kind: L) -> Location:
    scope.context_slots.append(binding)
    return Location(kind, len(scope.context_slots) - 1, binding.name)


def _fresh_per_iteration(scope: Scope) -> bool:
    """A for head whose context a closure can capture needs a copy per iteration: every
    iteration of for-in/of binds afresh (https://tc39.es/ecma262/#sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iteratorkind-lhskind-labelset),
    a for(;;) copies its let bindings (https://tc39.es/ecma262/#sec-createperiterationenvironment)."""
    if scope.kind is not ScopeKind.FOR_HEAD or not scope.context_slots:
        return False
    if isinstance(scope.node, ast.ForStatement):
        return any(b.kind is K.LET for b in scope.context_slots)
    return True


def summarize_functions(tree: ScopeTree) -> None:
    for fn in all_functions(tree.top_function):  # class initializers are inner functions too
        _summarize(fn)


def _summarize(fn: FunctionInfo) -> None:
    fscope = fn.scope
    assert fscope is not None

    def used(name: str) -> bool:
        binding = fscope.bindings.get(name)
        return binding is not None and binding.referenced and binding.kind in _IMPLICIT

    fn.uses_this = used("this")
    fn.uses_new_target = used("new.target")
    fn.uses_home_object = used("%home_object")
    fn.uses_active_function = used("%function")
    if fn.arguments is ArgumentsKind.MAPPED:
        fn.mapped_parameter_slots = _mapped_slots(fn)


def _mapped_slots(fn: FunctionInfo) -> list[int | None]:
    """arguments[i] aliases parameter i unless a later parameter has the same name
    (https://tc39.es/ecma262/#sec-createmappedargumentsobject step 17)."""
    assert fn.scope is not None
    slots: list[int | None] = []
    for index, param in enumerate(fn.node.params):
        binding = fn.scope.bindings[param.name]
        location = binding.location
        mapped = binding.parameter_index == index and location is not None
        slots.append(location.index if mapped else None)
    return slots


# ---- references ----------------------------------------------------------------------------


def locate_references(refs: list[Reference], tree: ScopeTree, intrinsics: dict[str, int] | None) -> None:
    for ref in refs:
        ref.location = _reference_location(ref, tree, intrinsics)
        if ref.location.kind in (L.CONTEXT, L.MODULE):
            assert ref.binding is not None
            ref.hops = context_hops(ref.scope, ref.binding.scope)


def _reference_location(ref: Reference, tree: ScopeTree, intrinsics: dict[str, int] | None) -> Location:
    if ref.through_dynamic:
        return Location(L.DYNAMIC, -1, ref.name)
    binding = ref.binding
    if binding is not None and binding.location is not None:
        return binding.location
    if binding is not None:  # an implicit binding eval code could not find around it
        return Location(L.FRAME, -1, ref.name)
    if not tree.self_hosting:
        return Location(L.GLOBAL, -1, ref.name)
    if intrinsics is None or ref.name not in intrinsics:
        raise ScopeError(f"'{ref.name}' is neither declared nor an intrinsic", ref.node)
    return Location(L.INTRINSIC, intrinsics[ref.name], ref.name)


def context_hops(from_scope: Scope, to_scope: Scope) -> int:
    """Contexts to walk out from the current one (the innermost context at ``from_scope``) to
    reach ``to_scope``'s: the scopes with a context from ``from_scope`` up to, not including,
    ``to_scope``. Scopes without a context add nothing."""
    hops = 0
    scope: Scope | None = from_scope
    while scope is not None and scope is not to_scope:
        if scope.needs_context:
            hops += 1
        scope = scope.parent
    assert scope is to_scope, "a reference's binding must be in an enclosing scope"
    return hops
