"""Compiling eval code for the C core (https://tc39.es/ecma262/#sec-performeval).

A direct eval's CallEval instruction carries the caller's visible scope chain as a BindingList
constant (engine/codegen/calls.py writes it): per context-bearing scope, innermost first, a header
entry (the ScopeKind value, SCOPE_HEADER and maybe RECEIVES_EVAL_VARS) and then its slots in slot
order (name, DeclarationKind index); a last header named "" says whether the var scope is the
global one. ``eval_context`` turns it back into the EvalContext the compiler takes.
"""
from __future__ import annotations

from engine.bytecode.function import BindingList
from engine.codegen.calls import (IN_CLASS_FIELD_INITIALIZER, IN_DERIVED_CONSTRUCTOR, IN_FUNCTION, IN_METHOD,
                                  RECEIVES_EVAL_VARS, SCOPE_HEADER, VAR_SCOPE_DEPTH_SHIFT,
                                  VAR_SCOPE_HAS_LEXICALS, VAR_SCOPE_IS_GLOBAL)
from engine.compiler import compile_eval
from engine.image import ImageFlags, write_image
from engine.scope import EvalContext, OuterScope
from engine.scope.bindings import DeclarationKind, ScopeKind

_KINDS = list(DeclarationKind)


def eval_context(scope: BindingList | None, strict_caller: bool) -> EvalContext:
    """The EvalContext of a direct eval (scope is its CallEval constant) or of an indirect one (None)."""
    if scope is None:
        return EvalContext()
    outer: list[OuterScope] = []
    var_scope_is_global = True
    flags = 0
    current: tuple[ScopeKind, dict[str, tuple[DeclarationKind, int]], bool] | None = None
    for name, code in zip(scope.names, scope.kinds):
        if code & SCOPE_HEADER:
            if current is not None:
                outer.append(OuterScope(current[0], current[1], current[2]))
            if name == "":
                var_scope_is_global = bool(code & VAR_SCOPE_IS_GLOBAL)
                flags = code
                current = None
            else:
                current = (ScopeKind(name), {}, bool(code & RECEIVES_EVAL_VARS))
        elif current is not None:
            current[1][name] = (_KINDS[code], len(current[1]))
    return EvalContext(tuple(outer), strict_caller=strict_caller, var_scope_is_global=var_scope_is_global,
                       in_class_field_initializer=bool(flags & IN_CLASS_FIELD_INITIALIZER),
                       in_function=bool(flags & IN_FUNCTION), in_method=bool(flags & IN_METHOD),
                       in_derived_constructor=bool(flags & IN_DERIVED_CONSTRUCTOR),
                       var_scope_depth=flags >> VAR_SCOPE_DEPTH_SHIFT,
                       var_scope_has_lexicals=bool(flags & VAR_SCOPE_HAS_LEXICALS))


def compile_eval_image(source: str, scope: BindingList | None, strict_caller: bool) -> bytes:
    """The image of source compiled as eval code for that context (JSSyntaxError when invalid)."""
    function = compile_eval(source, eval_context(scope, strict_caller), filename="<eval>")
    return write_image(function, ImageFlags.STRICT if strict_caller else ImageFlags.NONE)
