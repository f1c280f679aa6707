"""EvalDeclarationInstantiation's early error for sloppy direct eval code: a var (or top-level
function) it declares may not hoist over a like-named binding of a scope between the eval and its
variable environment (https://tc39.es/ecma262/#sec-evaldeclarationinstantiation step 3.d).

The scopes to check are the first ``EvalContext.var_scope_depth`` entries of ``outer``: the
caller's blocks, and the parameter scope of a function with parameter expressions (its
parameters and `arguments` sit between a parameter expression's eval and the function's
variable environment). A catch parameter does not count (Annex B.3.4), nor does a with object.
A sloppy function's top-level let/const/class share its var scope here but not in the spec
(a lexical environment of their own): ``var_scope_has_lexicals`` checks those too.
"""
from __future__ import annotations

from engine.scope.bindings import DeclarationKind, ScopeKind
from engine.scope.tree import ScopeTree

_VAR_KINDS = frozenset({DeclarationKind.VAR, DeclarationKind.FUNCTION})
_NOT_CHECKED = frozenset({ScopeKind.CATCH, ScopeKind.WITH})
_LEXICAL_KINDS = frozenset({DeclarationKind.LET, DeclarationKind.CONST, DeclarationKind.CLASS})


def conflicting_eval_var(tree: ScopeTree) -> tuple[str, int] | None:
    """(name, source offset) of the first var the eval code may not declare, else None."""
    context = tree.eval_context
    if context is None or tree.root.strict:
        return None
    checked = [outer for outer in context.outer[:context.var_scope_depth] if outer.kind not in _NOT_CHECKED]
    lexicals = {}
    if context.var_scope_has_lexicals and len(context.outer) > context.var_scope_depth:
        lexicals = context.outer[context.var_scope_depth].slots
    for name, binding in tree.root.bindings.items():
        if binding.kind not in _VAR_KINDS:
            continue
        if any(name in outer.slots for outer in checked) or lexicals.get(name, (None,))[0] in _LEXICAL_KINDS:
            node = binding.node
            return name, node.start if node is not None else 0
    return None
