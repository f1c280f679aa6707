"""Pass 2: implicit bindings, the reach of eval and with, and binding every reference.

Runs after declare.py (and annexb.py) have seen the whole program, so every hoisted
declaration is known. Resolution walks the scope chain outward; it records on each
binding whether it is referenced, captured by another function, or must be findable by
name at run time (``needs_context``), which is all allocate.py needs to place it.
"""
from __future__ import annotations

from collections.abc import Iterator

from engine.scope.bindings import (
    PSEUDO_NAMES,
    Binding,
    DeclarationKind as K,
    FunctionInfo,
    FunctionKind,
    Reference,
    Scope,
    ScopeKind,
)
from engine.scope.declare import ALWAYS_CHECK, Declarer, PseudoReference
from engine.scope.tree import ScopeError

# Functions that get an arguments object (arrows inherit; class initializers forbid it).
_ARGUMENTS_KINDS = frozenset(
    {FunctionKind.NORMAL, FunctionKind.METHOD, FunctionKind.GETTER, FunctionKind.SETTER,
     FunctionKind.CONSTRUCTOR, FunctionKind.DERIVED_CONSTRUCTOR}
)
# Functions with a [[HomeObject]]: methods, accessors, constructors and class initializers.
_HOME_OBJECT_KINDS = (_ARGUMENTS_KINDS - {FunctionKind.NORMAL}) | {FunctionKind.INSTANCE_FIELDS, FunctionKind.STATIC_ELEMENTS}
_TOP_LEVEL_KINDS = frozenset({FunctionKind.SCRIPT, FunctionKind.MODULE, FunctionKind.EVAL})
_BLOCKS_ARGUMENTS = frozenset({K.FUNCTION, K.LET, K.CONST, K.CLASS})


def all_functions(top: FunctionInfo) -> Iterator[FunctionInfo]:
    pending = [top]
    while pending:
        fn = pending.pop()
        yield fn
        pending.extend(reversed(fn.inner_functions))


# ---- implicit bindings ------------------------------------------------------------------


def declare_function_implicits(declarer: Declarer) -> None:
    """The arguments object candidates and the body vars that start as parameter values."""
    for fn in all_functions(declarer.tree.top_function):
        if fn.kind in _ARGUMENTS_KINDS:
            _declare_arguments(declarer, fn)
        if fn.body_scope is not fn.scope:
            _link_body_vars(fn)


def _declare_arguments(declarer: Declarer, fn: FunctionInfo) -> None:
    """https://tc39.es/ecma262/#sec-functiondeclarationinstantiation steps 15-18 and 22."""
    fscope, body = fn.scope, fn.body_scope
    assert fscope is not None and body is not None
    existing = fscope.bindings.get("arguments")
    if existing is not None and existing.kind is K.PARAMETER:
        return
    if not fn.has_parameter_expressions and existing is not None and existing.kind in _BLOCKS_ARGUMENTS:
        return
    if existing is not None:  # `var arguments` in the same scope: one binding, initialised with the object
        existing.kind = K.ARGUMENTS
        return
    declarer.declare(fscope, "arguments", K.ARGUMENTS, None)


def _link_body_vars(fn: FunctionInfo) -> None:
    """A var of the separate body scope named like a parameter (or arguments) starts with its value
    (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 28.f.i.4)."""
    assert fn.scope is not None and fn.body_scope is not None
    for name, binding in fn.body_scope.bindings.items():
        outer = fn.scope.bindings.get(name)
        if binding.kind is K.VAR and outer is not None:
            binding.initial_value_from = outer
            outer.referenced = True  # read on entry: an arguments object must then exist


def _pseudo_binding(scope: Scope, kind: K) -> Binding:
    name = PSEUDO_NAMES[kind]
    binding = scope.bindings.get(name)
    if binding is None:
        derived_this = kind is K.THIS and scope.function.kind is FunctionKind.DERIVED_CONSTRUCTOR
        binding = Binding(name, kind, scope, None, ALWAYS_CHECK if derived_this else 0)
        scope.bindings[name] = binding
    return binding


def _this_scope(scope: Scope) -> Scope:
    """The FUNCTION (or top-level) scope of the nearest non-arrow function: arrows inherit
    this, new.target, super and arguments (https://tc39.es/ecma262/#sec-arrow-function-definitions)."""
    fn = scope.function
    while fn.is_arrow:
        assert fn.parent is not None
        fn = fn.parent
    assert fn.scope is not None
    return fn.scope


# ---- direct eval and with -----------------------------------------------------------------


def apply_eval_effects(declarer: Declarer) -> None:
    """A direct eval sees every binding of every scope around it (they all need contexts and
    stay findable by name), and the implicit bindings of its function; a sloppy one may
    add vars to its var scope at run time
    (https://tc39.es/ecma262/#sec-evaldeclarationinstantiation)."""
    for call, scope in declarer.tree.direct_eval_calls.items():
        if declarer.tree.self_hosting:
            raise ScopeError("direct eval is not allowed in self-hosted code", call)
        walk: Scope | None = scope
        while walk is not None:
            walk.eval_visible = True
            walk = walk.parent
        if not scope.strict:
            target = scope.var_scope()
            # a script's vars are global properties anyway; sloppy eval code's vars are its
            # caller's, whose scope (attached above the eval code) already receives them
            if target.kind is not ScopeKind.SCRIPT and target.kind is not ScopeKind.EVAL:
                target.receives_eval_vars = True
        _declare_eval_implicits(scope)


def _declare_eval_implicits(scope: Scope) -> None:
    fscope = _this_scope(scope)
    fn = fscope.function
    kinds = [K.THIS]
    if fn.kind not in _TOP_LEVEL_KINDS:
        kinds.append(K.NEW_TARGET)
    if fn.kind in _HOME_OBJECT_KINDS:
        kinds.append(K.HOME_OBJECT)
    if fn.kind is FunctionKind.DERIVED_CONSTRUCTOR:
        kinds.append(K.ACTIVE_FUNCTION)
    for kind in kinds:
        _use(_pseudo_binding(fscope, kind), scope)
    arguments = fscope.bindings.get("arguments")
    if arguments is not None and arguments.kind is K.ARGUMENTS:
        _use(arguments, scope)


def _use(binding: Binding, from_scope: Scope) -> None:
    binding.referenced = True
    if from_scope.function is not binding.scope.function:
        binding.captured = True


# ---- references ---------------------------------------------------------------------------


def resolve_references(declarer: Declarer) -> None:
    for ref in declarer.references:
        if ref.binding is not None:  # a declaration: bound where it was declared
            continue
        _resolve_by_name(ref, dynamic_allowed=not ref.name.startswith("#"))
    for pseudo in declarer.pseudo_references:
        _resolve_pseudo(pseudo)
    for ref in declarer.tree.annexb_hoists.values():
        assert ref.binding is not None
        _use(ref.binding, ref.scope)


def _resolve_by_name(ref: Reference, dynamic_allowed: bool) -> None:
    """ResolveBinding (https://tc39.es/ecma262/#sec-resolvebinding) done statically: the first
    scope outward that declares the name. A with object, or a var scope a sloppy eval may add
    vars to, can shadow it at run time: then the reference is dynamic and the binding it falls
    back to must be findable by name."""
    scope: Scope | None = ref.scope
    dynamic = False
    while scope is not None:
        binding = scope.bindings.get(ref.name)
        if binding is not None:
            ref.binding = binding
            _use(binding, ref.scope)
            if dynamic:
                binding.needs_context = True
            break
        if dynamic_allowed and (scope.kind is ScopeKind.WITH or scope.receives_eval_vars):
            dynamic = True
        scope = scope.parent
    ref.through_dynamic = dynamic


def _resolve_pseudo(pseudo: PseudoReference) -> None:
    ref = pseudo.reference
    fscope = _this_scope(ref.scope)
    if fscope.parent is not None and fscope.kind is ScopeKind.EVAL:
        # Eval code: the caller recorded its implicit bindings by name in the outer chain.
        outer = _outer_binding(fscope.parent, PSEUDO_NAMES[pseudo.kind])
        if outer is not None or pseudo.kind is not K.THIS:
            ref.binding = outer
            if outer is not None:
                _use(outer, ref.scope)
            return
    ref.binding = _pseudo_binding(fscope, pseudo.kind)
    _use(ref.binding, ref.scope)


def _outer_binding(scope: Scope | None, name: str) -> Binding | None:
    while scope is not None:
        if name in scope.bindings:
            return scope.bindings[name]
        scope = scope.parent
    return None
