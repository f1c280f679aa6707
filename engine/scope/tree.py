"""The result of scope analysis (side tables keyed by AST node identity) and the eval context input."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from engine.syntax import ast
from engine.scope.bindings import (
    ClassInfo,
    DeclarationKind,
    FunctionInfo,
    Reference,
    Scope,
    ScopeKind,
    SuperAccess,
)


class ScopeError(Exception):
    """A compile error found by scope analysis (self-hosting: an unknown intrinsic, eval or with)."""

    def __init__(self, message: str, node: ast.Node) -> None:
        self.message = message
        self.line = node.line
        self.column = node.column + 1
        super().__init__(f"{message} ({self.line}:{self.column})")


@dataclass(frozen=True)
class OuterScope:
    """One scope around a direct eval call, as the caller's code recorded it (innermost first).

    ``slots`` maps each name to its declaration kind and context slot; a scope without a
    context contributes nothing visible and is left out of the chain by the caller.
    """

    kind: ScopeKind
    slots: Mapping[str, tuple[DeclarationKind, int]]
    # A sloppy direct eval may have added var bindings here: names not in ``slots`` may exist.
    receives_eval_vars: bool = False
    # Module scope only: imported names and their import-table entries.
    imports: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class EvalContext:
    """What compiling eval code needs to know about the place it runs in.

    For an indirect eval, or a direct eval at script top level, ``outer`` lists only the
    block scopes around the call (possibly none) and ``var_scope_is_global`` is true.
    """

    outer: Sequence[OuterScope] = ()
    strict_caller: bool = False
    var_scope_is_global: bool = True
    # The eval runs in a class field initializer (its this-function is one): `arguments` is a
    # SyntaxError in the eval code (https://tc39.es/ecma262/#sec-performeval, ContainsArguments).
    in_class_field_initializer: bool = False
    # The eval's this-function is a function (not an arrow's script or eval top level):
    # new.target is allowed in the eval code (https://tc39.es/ecma262/#sec-performeval, inFunction).
    in_function: bool = False
    # ... and has a [[HomeObject]] (super.x allowed), and is a derived constructor (super(...)).
    in_method: bool = False
    in_derived_constructor: bool = False
    # How many of ``outer`` (innermost first) lie between the eval and its variable environment
    # (engine/scope/eval_conflicts.py checks a sloppy eval's vars against them).
    var_scope_depth: int = 0
    # outer[var_scope_depth] is a sloppy function's var scope, which also holds the function's
    # top-level let/const/class (the spec's separate lexical environment): those conflict too.
    var_scope_has_lexicals: bool = False


@dataclass(eq=False)
class ScopeTree:
    """Everything scope analysis found, keyed by AST nodes (identity, never equality).

    - ``scopes[node]``: the scope a node opens: Program, BlockStatement (a function body
      maps to the function's var scope), StaticBlock, SwitchStatement, CatchClause,
      For/ForIn/ForOf with a let/const head, WithStatement, ClassDeclaration/Expression,
      and a FunctionDeclaration that is the direct body of an if/else (its implicit block).
    - ``functions[node]``: FunctionInfo of every function node and of the Program.
    - ``references[node]``: every Identifier used as a reference or binding, every
      ThisExpression, MetaProperty new.target and PrivateIdentifier.
    - ``super_accesses[node]``: every Super node.
    - ``classes[node]``: every class node.
    - ``annexb_hoists[node]``: for a FunctionDeclaration hoisted by Annex B.3.3, the write
      of the block's function value to the var binding, done when the declaration is evaluated.
    - ``direct_eval_calls``: the CallExpression nodes that are direct eval calls.
    """

    program: ast.Program
    root: Scope
    self_hosting: bool = False
    scopes: dict[ast.Node, Scope] = field(default_factory=dict)
    functions: dict[ast.Node, FunctionInfo] = field(default_factory=dict)
    references: dict[ast.Node, Reference] = field(default_factory=dict)
    super_accesses: dict[ast.Node, SuperAccess] = field(default_factory=dict)
    classes: dict[ast.Node, ClassInfo] = field(default_factory=dict)
    annexb_hoists: dict[ast.Node, Reference] = field(default_factory=dict)
    direct_eval_calls: dict[ast.Node, Scope] = field(default_factory=dict)
    eval_context: EvalContext | None = None  # eval code: the caller's side it was compiled for
    all_scopes: list[Scope] = field(default_factory=list)  # parents before children

    def reference(self, node: ast.Node) -> Reference:
        """How the identifier (this, new.target, #x) at ``node`` reaches its binding, in O(1)."""
        return self.references[node]

    def scope_of(self, node: ast.Node) -> Scope | None:
        return self.scopes.get(node)

    def function_of(self, node: ast.Node) -> FunctionInfo:
        return self.functions[node]

    @property
    def top_function(self) -> FunctionInfo:
        return self.functions[self.program]
