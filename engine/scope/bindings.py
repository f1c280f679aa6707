"""The data model of scope analysis: scopes, bindings, locations, references, per-function facts.

These records are the contract with code generation; the package docstring
(engine/scope/__init__.py) explains how codegen reads them. Every record is plain data
filled in by the passes (declare, annexb, resolve, allocate, tdz) and read-only after
``analyze`` returns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from engine.syntax import ast


class ScopeKind(Enum):
    """What made a scope. Var scopes (where ``var`` hoists) are marked with ``is_var_scope``."""

    SCRIPT = "script"  # a classic script's top level
    MODULE = "module"  # a module's top level
    EVAL = "eval"  # the top level of direct or indirect eval code
    FUNCTION_NAME = "function-name"  # a named function expression's own name
    FUNCTION = "function"  # parameters (and the body too, unless parameter expressions split it off)
    FUNCTION_BODY = "function-body"  # the var scope of a function whose parameters contain expressions
    BLOCK = "block"  # { }, a catch body, and the implicit block of `if (x) function f(){}`
    SWITCH = "switch"  # the case block of a switch
    CATCH = "catch"  # the catch parameter
    FOR_HEAD = "for-head"  # let/const in a for, for-in or for-of head
    WITH = "with"  # the object environment a with body runs in
    CLASS = "class"  # a class's inner name and its private names
    STATIC_BLOCK = "static-block"  # a class static block: a var scope inside the static initializer


VAR_SCOPE_KINDS = frozenset(
    {ScopeKind.SCRIPT, ScopeKind.MODULE, ScopeKind.EVAL, ScopeKind.FUNCTION_BODY, ScopeKind.STATIC_BLOCK}
)
# ScopeKind.FUNCTION is a var scope only when no FUNCTION_BODY follows it (Scope.is_var_scope).


class DeclarationKind(Enum):
    """How a binding came to be."""

    VAR = "var"
    LET = "let"
    CONST = "const"
    CLASS = "class"  # the outer binding of a class declaration (let-like)
    FUNCTION = "function"  # a function declaration: hoisted, initialised at scope entry
    PARAMETER = "parameter"
    CATCH_PARAMETER = "catch-parameter"
    IMPORT = "import"  # an imported binding: an indirection to another module's binding
    IMPORT_NAMESPACE = "import-namespace"  # import * as ns: a local binding of the namespace object
    FUNCTION_NAME = "function-name"  # a named function expression's own name (immutable)
    CLASS_NAME = "class-name"  # the class-scoped inner name (immutable, TDZ until the class exists)
    PRIVATE_NAME = "private-name"  # #x of a class: holds the Private Name value (name "#x")
    ARGUMENTS = "arguments"  # the implicit arguments object
    THIS = "this"  # the function's this value (name "this")
    NEW_TARGET = "new.target"  # (name "new.target")
    HOME_OBJECT = "home-object"  # the method's [[HomeObject]], for super.x (name "%home_object")
    ACTIVE_FUNCTION = "active-function"  # the running function, for super(...) (name "%function")


IMMUTABLE_KINDS = frozenset(
    {DeclarationKind.CONST, DeclarationKind.IMPORT, DeclarationKind.IMPORT_NAMESPACE,
     DeclarationKind.FUNCTION_NAME, DeclarationKind.CLASS_NAME, DeclarationKind.PRIVATE_NAME}
)
# Bindings that are created uninitialised (the temporal dead zone); others start initialised.
TDZ_KINDS = frozenset(
    {DeclarationKind.LET, DeclarationKind.CONST, DeclarationKind.CLASS, DeclarationKind.CLASS_NAME,
     DeclarationKind.IMPORT, DeclarationKind.PARAMETER, DeclarationKind.THIS}
)
# Implicit bindings that only exist when referenced; their names cannot clash with identifiers.
PSEUDO_NAMES = {
    DeclarationKind.THIS: "this",
    DeclarationKind.NEW_TARGET: "new.target",
    DeclarationKind.HOME_OBJECT: "%home_object",
    DeclarationKind.ACTIVE_FUNCTION: "%function",
}
FRAME_KINDS = frozenset(PSEUDO_NAMES)


class LocationKind(Enum):
    """Where a binding's value lives at run time, or how a reference reaches it."""

    REGISTER = "register"  # register ``index`` of the owning function's frame
    PARAMETER = "parameter"  # incoming argument slot ``index`` (0 = first formal parameter)
    FRAME = "frame"  # a fixed frame slot: receiver (this), new.target, callee (%function, %home_object)
    CONTEXT = "context"  # slot ``index`` of the heap context of the binding's scope
    MODULE = "module"  # slot ``index`` of the module scope's context (exported or not)
    MODULE_IMPORT = "module-import"  # entry ``index`` of the module's import table (an indirection)
    GLOBAL = "global"  # script top level: looked up by ``name`` through the global inline cache
    INTRINSIC = "intrinsic"  # self-hosting: entry ``name`` (``index`` if the table is numbered)
    DYNAMIC = "dynamic"  # looked up by ``name`` along the context chain at run time (with, sloppy eval)


@dataclass(frozen=True, slots=True)
class Location:
    kind: LocationKind
    index: int = -1
    name: str = ""

    def __str__(self) -> str:
        if self.kind in (LocationKind.GLOBAL, LocationKind.DYNAMIC):
            return f"{self.kind.value} {self.name}"
        if self.kind is LocationKind.INTRINSIC:
            return f"intrinsic {self.name}" + (f" #{self.index}" if self.index >= 0 else "")
        if self.kind is LocationKind.FRAME:
            return f"frame {self.name}"
        return f"{self.kind.value} {self.index}"


class FunctionKind(Enum):
    SCRIPT = "script"
    MODULE = "module"
    EVAL = "eval"
    NORMAL = "normal"  # function declarations and expressions (constructible unless generator/async)
    ARROW = "arrow"
    METHOD = "method"  # object literal or class method: has a home object
    GETTER = "getter"
    SETTER = "setter"
    CONSTRUCTOR = "constructor"  # a base class constructor
    DERIVED_CONSTRUCTOR = "derived-constructor"  # `this` is uninitialised until super(...) returns
    INSTANCE_FIELDS = "instance-fields"  # synthetic: a class's instance field initializers, in order
    STATIC_ELEMENTS = "static-elements"  # synthetic: a class's static fields and static blocks, in order


class ArgumentsKind(Enum):
    NONE = "none"  # no arguments object is made
    MAPPED = "mapped"  # sloppy function with simple parameters: indices alias the parameters
    UNMAPPED = "unmapped"


@dataclass(eq=False)
class Binding:
    """One name declared in one scope."""

    name: str
    kind: DeclarationKind
    scope: Scope
    node: ast.Node | None  # the declaring Identifier (None for implicit bindings)
    # Offset in the source from which the binding is initialised on every path (TDZ).
    initialized_at: int = 0
    referenced: bool = False  # some reference (or a visible direct eval) reaches it
    captured: bool = False  # referenced from a function other than the scope's own
    needs_context: bool = False  # forced to CONTEXT by eval, with, mapped arguments, capture
    # A body-scope var that starts with the value of the same-named parameter binding
    # (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 28.f.i.4).
    initial_value_from: Binding | None = None
    parameter_index: int = -1  # PARAMETER: its (last) position in the formal parameter list
    private_kind: str = ""  # for PRIVATE_NAME: "field", "method", "getter", "setter", "accessor"
    is_static: bool = False  # for PRIVATE_NAME
    location: Location | None = None  # None only for bindings nothing reaches

    @property
    def is_immutable(self) -> bool:
        return self.kind in IMMUTABLE_KINDS

    def __repr__(self) -> str:
        return f"Binding({self.name!r} {self.kind.value} in {self.scope.kind.value}: {self.location})"


@dataclass(eq=False)
class Scope:
    """One environment of the spec, whether or not it gets a heap context at run time."""

    kind: ScopeKind
    node: ast.Node
    parent: Scope | None
    function: FunctionInfo  # the function whose code enters this scope
    strict: bool
    bindings: dict[str, Binding] = field(default_factory=dict)  # in declaration order
    children: list[Scope] = field(default_factory=list)
    # Function declarations to instantiate on entry (hoisted), in source order.
    hoisted_functions: list[ast.Node] = field(default_factory=list)
    has_separate_body: bool = False  # FUNCTION only: a FUNCTION_BODY scope holds the vars
    eval_visible: bool = False  # a direct eval in this scope or an inner one can see its bindings
    receives_eval_vars: bool = False  # a sloppy direct eval may add var bindings here at run time
    context_slots: list[Binding] = field(default_factory=list)  # slot i holds context_slots[i]
    register_base: int = 0  # first register of this scope's REGISTER bindings
    register_end: int = 0  # one past its last; inner scopes of the same function start here
    # FOR_HEAD: a fresh context per iteration (CreatePerIterationEnvironment, or a
    # for-in/of iteration environment) because a closure captures the loop variable.
    fresh_per_iteration: bool = False

    @property
    def is_var_scope(self) -> bool:
        if self.kind is ScopeKind.FUNCTION:
            return not self.has_separate_body
        return self.kind in VAR_SCOPE_KINDS

    @property
    def needs_context(self) -> bool:
        """True when entering this scope pushes a heap context (hops count only these)."""
        return bool(self.context_slots) or self.kind is ScopeKind.WITH or self.receives_eval_vars

    def lookup_own(self, name: str) -> Binding | None:
        return self.bindings.get(name)

    def var_scope(self) -> Scope:
        """Where a var (or a sloppy eval's var) declared here goes. From a parameter
        expression that is the FUNCTION scope itself (an eval there adds vars outside the body)."""
        scope = self
        while not scope.is_var_scope and scope.kind is not ScopeKind.FUNCTION:
            assert scope.parent is not None
            scope = scope.parent
        return scope

    def context_layout(self) -> list[str]:
        """Names of the context slots in slot order: what a run-time lookup by name (eval, with) reads."""
        return [b.name for b in self.context_slots]

    def __repr__(self) -> str:
        return f"Scope({self.kind.value}, {list(self.bindings)})"


@dataclass(eq=False)
class FunctionInfo:
    """Facts about one unit of code: a function, a script/module/eval top level, or a class initializer."""

    node: ast.Node  # function node, Program, or the ClassBody of a synthetic initializer
    kind: FunctionKind
    strict: bool
    parent: FunctionInfo | None
    scope: Scope | None = None  # FUNCTION scope (or the top-level scope); set by the declare pass
    name_scope: Scope | None = None  # FUNCTION_NAME scope of a named function expression
    body_scope: Scope | None = None  # the var scope (== scope unless parameters have expressions)
    parameter_count: int = 0  # formal parameters, a rest parameter included
    simple_parameters: bool = True  # plain identifiers only
    has_parameter_expressions: bool = False  # defaults or computed keys in the parameter list
    is_arrow: bool = False
    register_count: int = 0  # registers for locals; codegen's temporaries come after them
    arguments: ArgumentsKind = ArgumentsKind.NONE
    # MAPPED only: mapped_parameter_slots[i] is the context slot arguments[i] aliases (None: unmapped).
    mapped_parameter_slots: list[int | None] = field(default_factory=list)
    uses_this: bool = False  # its `this` binding is referenced (by itself, an inner arrow or eval)
    uses_new_target: bool = False
    uses_home_object: bool = False  # super.x here or in an inner arrow or eval
    uses_active_function: bool = False  # super(...) here or in an inner arrow or eval
    contains_direct_eval: bool = False  # a direct eval call in this function's own code
    contains_with: bool = False
    inner_functions: list[FunctionInfo] = field(default_factory=list)

    def __repr__(self) -> str:
        name = getattr(getattr(self.node, "id", None), "name", None) or type(self.node).__name__
        return f"FunctionInfo({self.kind.value} {name} at {self.node.line}:{self.node.column})"

    @property
    def needs_function_context(self) -> bool:
        return self.scope is not None and self.scope.needs_context

    @property
    def function_context_slots(self) -> int:
        return len(self.scope.context_slots) if self.scope is not None else 0


@dataclass(eq=False)
class ClassInfo:
    """A class: its scope, and the synthetic functions that run its field initializers."""

    node: ast.Node
    scope: Scope
    inner_binding: Binding | None  # the class-scoped name (None for an anonymous class)
    outer_binding: Binding | None  # the declaration's binding in the enclosing scope
    private_names: dict[str, Binding] = field(default_factory=dict)  # "#x" -> binding in scope
    instance_fields: FunctionInfo | None = None
    static_elements: FunctionInfo | None = None
    is_derived: bool = False

    def __repr__(self) -> str:
        name = self.inner_binding.name if self.inner_binding is not None else "(anonymous)"
        return f"ClassInfo({name} at {self.node.line}:{self.node.column})"


@dataclass(eq=False, slots=True)
class Reference:
    """One identifier occurrence (or this/new.target/super/#x) and how codegen reaches its binding."""

    node: ast.Node
    name: str
    scope: Scope  # the scope the reference occurs in
    binding: Binding | None = None  # None for a free (global, intrinsic) name
    location: Location | None = None
    hops: int = 0  # CONTEXT/MODULE: contexts to walk out from the current one
    needs_tdz_check: bool = False
    is_declaration: bool = False  # the binding's own initialisation (let/const/class/param/catch)
    through_dynamic: bool = False  # set by resolve: a with or sloppy eval lies in between

    def __repr__(self) -> str:
        tdz = " tdz" if self.needs_tdz_check else ""
        return f"Reference({self.name}: {self.location}, hops={self.hops}{tdz})"


@dataclass(eq=False, slots=True)
class SuperAccess:
    """The implicit references behind one ``super``: super.x needs home object and this;
    super(...) needs the active function, new.target, and writes this."""

    node: ast.Node
    is_call: bool
    this: Reference
    home_object: Reference | None = None  # super.x
    active_function: Reference | None = None  # super(...)
    new_target: Reference | None = None  # super(...)
