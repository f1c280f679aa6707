"""Scope analysis: every identifier resolved, every binding placed, before code generation.

    tree = analyze(program, self_hosting=False, intrinsics=None, eval_context=None)

``analyze`` never changes the AST; everything it finds is in side tables of the returned
``ScopeTree``, keyed by node identity (see ``ScopeTree`` for which nodes are keys). It
walks iteratively, so any tree the parser accepts is fine. Errors: ``ScopeError`` (only
in self-hosting mode; early errors are the parser's job).

Modules: bindings.py (the records below), declare.py (pass 1: scopes, declarations,
reference collection), annexb.py (B.3.3 hoisting), resolve.py (implicit bindings, eval
and with, binding references), allocate.py (locations, hops), tdz.py (TDZ checks),
eval_chain.py (the scope chain a direct eval call hands to the eval code's analysis),
dump.py (a readable listing of a scope tree).

The contract with codegen
=========================

Scopes (``Scope``, kind ``ScopeKind``). One per spec environment, in a tree
(``parent``/``children``), each owned by the ``FunctionInfo`` whose code enters it.
``scope.needs_context``: entering the scope pushes a heap context holding
``scope.context_slots`` (slot i = ``context_slots[i]``; ``context_layout()`` gives the
names, for run-time lookups by name), and leaving pops it. Scopes without a context cost
nothing at run time. Entry order inside a function: FUNCTION_NAME (a named function
expression's own name; codegen stores the closure itself there), FUNCTION (parameters,
``arguments``, ``this`` & co; also the vars and top-level lexicals unless
``has_separate_body``), FUNCTION_BODY (vars and top-level lexicals when parameters have
expressions: enter it after the parameters are bound; a var named like a parameter starts
with its value, ``Binding.initial_value_from``). Then BLOCK, SWITCH (the case block; case
tests run inside it), CATCH (the parameter; the body is a BLOCK inside it), FOR_HEAD,
WITH (an object environment: always a context, holding the object), CLASS and
STATIC_BLOCK as the statements nest. ``scope.hoisted_functions``: function declarations to
instantiate (create the closure, store it in its binding) on entry, before anything else.

- for/for-in/for-of with let/const: FOR_HEAD holds the loop variables, the body scope is
  its child. for(;;): enter the head, run the declarations; if ``fresh_per_iteration``,
  copy the head context (CreatePerIterationEnvironment) before the first test and after
  each body, before the update. for-in/of: evaluate the right side inside a fresh head
  context whose bindings stay uninitialised (the TDZ), leave it, then enter a new head
  context for each iteration and bind the loop variables there.
- Classes: CLASS holds the inner name (``ClassInfo.inner_binding``, initialise it once
  the constructor exists) and the private names (``ClassInfo.private_names``, bindings
  named "#x" holding each Private Name value; ``private_kind`` says field/method/getter/
  setter/accessor). The heritage expression and computed keys run inside CLASS, then the
  outer binding (``outer_binding``) is initialised. Methods are ordinary functions whose
  parent scope is CLASS. Field initializers are grouped into two synthetic methods per
  class, ``ClassInfo.instance_fields`` and ``ClassInfo.static_elements`` (FunctionInfo
  with node = the ClassBody; their closures are made inside CLASS): instance field values
  in order in one, static field values and static blocks (each a STATIC_BLOCK var scope)
  in order in the other. Class code is strict, so grouping is unobservable.
- ``if (x) function f(){}`` in sloppy code: ``tree.scopes[that FunctionDeclaration]`` is the
  implicit BLOCK around it (B.3.4).

Bindings (``Binding``). ``scope.bindings``: name -> Binding, in declaration order. Kind
(``DeclarationKind``): var, let, const, class, function, parameter, catch parameter,
import, import namespace, the function-name and class-name inner bindings, private names,
and the implicit ones: ``arguments`` and the frame values "this", "new.target",
"%home_object" (super.x) and "%function" (super(...)), which exist only when something
uses them. Immutable kinds: ``binding.is_immutable`` (assigning one is a TypeError, or
silently ignored for a FUNCTION_NAME in sloppy code). ``binding.location``:

- REGISTER index: a register of the owning function. Registers 0 .. register_count-1 hold
  locals; a block's registers follow its parent's and sibling blocks share them, so
  initialise let/const/class registers to the hole on block entry when a reference
  needs a TDZ check. Codegen's temporaries start at ``FunctionInfo.register_count``.
- PARAMETER index: argument slot ``index`` (0 = first formal), read and written in place:
  only for simple parameter lists (duplicates: the last position). Other parameters are
  REGISTER or CONTEXT and codegen binds argument i to the pattern of formal parameter i.
- FRAME name: "this" = the receiver, "new.target", "%function" = the callee, and
  "%home_object" = the callee's [[HomeObject]]. When captured (CONTEXT), codegen copies the
  frame value into the slot on entry (a derived constructor's `this` is written by super()).
- CONTEXT index: slot ``index`` of the context of ``binding.scope``.
- MODULE index: slot ``index`` of the module scope's context (every module top-level
  binding, exported or not); MODULE_IMPORT index: entry ``index`` of the module's import
  table (imports in declaration order), an indirection to the exporting module's binding.
- GLOBAL name: script top-level var/function (properties of the global object) and
  let/const/class (the realm's global lexical environment): by name, through the global
  inline cache, and so are free names.
- INTRINSIC name/index: self-hosting only: top-level declarations define intrinsics, free
  names must be entries of ``intrinsics`` (index = its number there) or a ScopeError.
- DYNAMIC name: the top-level var/function declarations of sloppy eval code, created by
  name in the caller's var scope at run time.
- None: an implicit binding nothing uses (no code needed).

References (``Reference``): ``tree.references[node]`` for every Identifier that is a
reference or a binding occurrence (not property keys, labels or import/export names; a
class declaration's name maps to its outer binding), every ThisExpression, every new.target MetaProperty
and every PrivateIdentifier; ``tree.super_accesses[super_node]`` holds the implicit ones of
each ``super`` (``this`` + ``home_object`` for super.x; ``this`` + ``active_function`` +
``new_target`` for super(...)). Each has ``binding`` (None for a free name), ``location``
(the binding's, or DYNAMIC/GLOBAL/INTRINSIC by name), ``hops`` and ``needs_tdz_check``.

- ``hops`` (CONTEXT, MODULE): how many contexts to walk outward from the current one: the
  current context is the innermost one pushed around the reference (its function's, or
  the one the closure captured), and only scopes with ``needs_context`` count. So in
  ``function f(){ let a; return () => a; }`` the arrow has no context and reaches ``a``
  (f's slot 0) with 0 hops; give the arrow a captured local and it is 1 hop.
- DYNAMIC references: inside a ``with`` body, or past a var scope a sloppy direct eval may
  add vars to (``scope.receives_eval_vars``; those scopes always have a context to hold the
  added vars). Look the name up along the context chain at run time, then globally;
  ``binding`` is the static fallback, and it is always CONTEXT (or global) so the lookup
  can find it by name.
- ``is_declaration``: the binding's own initialisation (let/const/class/parameter/catch/
  import/function declaration names): store into the location, no TDZ check. A ``var``
  declarator with an initializer is an ordinary write (it may go through a with object).
- ``needs_tdz_check``: read or write must throw a ReferenceError if the value is the hole
  (rules in tdz.py). GLOBAL lookups by name check at run time anyway.
- ``tree.annexb_hoists[function_declaration]``: a Reference from the declaration's block
  to the var binding B.3.3 made; when the declaration statement is evaluated, copy the
  block binding's value there.

Functions (``FunctionInfo``): ``tree.functions[node]`` for every function node and the
Program. ``kind`` (FunctionKind), ``strict``, ``scope``/``name_scope``/``body_scope``,
``parameter_count`` (formals, rest included), ``simple_parameters``,
``has_parameter_expressions``, ``register_count``, ``needs_function_context`` and
``function_context_slots``, ``arguments`` (NONE, MAPPED: ``mapped_parameter_slots[i]`` is
the context slot arguments[i] aliases or None, UNMAPPED), ``uses_this``,
``uses_new_target``, ``uses_home_object``, ``uses_active_function`` (each also true when an
inner arrow or a direct eval uses it), ``contains_direct_eval``, ``contains_with``.

Direct eval (``tree.direct_eval_calls``: call node -> scope): every scope around the call
is ``eval_visible`` and all its bindings are CONTEXT, so codegen can record the scope
chain's ``context_layout()`` for the eval'd code. To compile that code, describe the chain
as an ``EvalContext`` of ``OuterScope`` records (innermost first, context-bearing scopes
only; ``eval_context_at(tree, call)`` builds it) and pass it as ``eval_context``: the eval
code's free names then resolve to the caller's context slots with the right hops.
"""
from engine.scope.analyzer import analyze
from engine.scope.eval_chain import eval_context_at
from engine.scope.tree import EvalContext, OuterScope, ScopeError, ScopeTree

__all__ = ["analyze", "eval_context_at", "EvalContext", "OuterScope", "ScopeError", "ScopeTree"]
