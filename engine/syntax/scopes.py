"""Declaration bookkeeping for the early errors about names: redeclarations per scope.

This is not the scope analysis (engine/scope does that from the finished AST). The parser
only needs to know, while it reads, whether a declaration clashes with another one in
the same scope:

- https://tc39.es/ecma262/#sec-block-static-semantics-early-errors (lexical vs lexical,
  lexical vs var in a block), the same rules for scripts, modules, function bodies,
  switch case blocks, catch clauses and class static blocks;
- https://tc39.es/ecma262/#sec-variablestatements-in-catch-blocks (Annex B: ``var e``
  inside ``catch (e)`` is allowed when the parameter is a plain identifier);
- https://tc39.es/ecma262/#sec-block-duplicates-allowed-static-semantics (Annex B: plain
  sloppy-mode function declarations in a block may repeat).

A ``var`` declaration hoists through every block up to its function; it is recorded in
each scope it passes so that a later ``let`` of the same name in any of them is caught.
"""
from __future__ import annotations

# Scope kinds.
FUNCTION = 1  # a function body (parameters share it): a var scope
TOP = 2  # script or module top level: a var scope
BLOCK = 3  # block, switch case block, for-head, class static block body is FUNCTION
CATCH = 4  # catch clause: parameter names plus the block's declarations

# How a name is declared.
VAR = 1  # var, function parameters, functions at function or script top level
LEXICAL = 2  # let, const, class, import, functions in blocks in strict code or modules
FUNCTION_IN_BLOCK = 3  # a function declaration that is var-like: in a function body or a script,
#                        or a plain sloppy-mode one inside a block (Annex B)
CATCH_PARAM = 4  # a catch clause's single identifier parameter


class Scope:
    """The names declared so far in one scope, by how they were declared."""

    __slots__ = ("kind", "parent", "lexical", "var", "functions", "catch_name", "is_module")

    def __init__(self, kind: int, parent: Scope | None, is_module: bool = False) -> None:
        self.kind = kind
        self.parent = parent
        self.lexical: set[str] = set()
        self.var: set[str] = set()  # var names declared here or hoisted through here
        self.functions: set[str] = set()  # FUNCTION_IN_BLOCK names (and top-level functions)
        self.catch_name: str | None = None  # the simple catch parameter, for Annex B
        self.is_module = is_module

    def functions_are_var(self) -> bool:
        """Function declarations directly in a function body or a script are var-like."""
        return self.kind == FUNCTION or (self.kind == TOP and not self.is_module)


def declare(scope: Scope, name: str, how: int) -> bool:
    """Record ``name`` in ``scope``; return False when it clashes with an earlier declaration."""
    if how == LEXICAL:
        clash = name in scope.lexical or name in scope.functions or name in scope.var
        scope.lexical.add(name)
        return not clash
    if how == FUNCTION_IN_BLOCK:
        if scope.functions_are_var():
            clash = name in scope.lexical
        else:
            clash = name in scope.lexical or name in scope.var
        scope.functions.add(name)
        return not clash
    if how == CATCH_PARAM:
        scope.catch_name = name
        clash = name in scope.lexical
        scope.lexical.add(name)
        return not clash
    return _declare_var(scope, name)


def _declare_var(scope: Scope, name: str) -> bool:
    s: Scope | None = scope
    while s is not None:
        if name in s.lexical and s.catch_name != name:
            return False
        if name in s.functions and not s.functions_are_var():
            return False
        s.var.add(name)
        if s.kind == FUNCTION or s.kind == TOP:
            return True
        s = s.parent
    return True


def is_declared_at_top(scope: Scope, name: str) -> bool:
    """Whether a module's top-level scope declares ``name`` (for ``export { name }``)."""
    return name in scope.lexical or name in scope.var or name in scope.functions
