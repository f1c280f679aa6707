"""Code generation: an analysed AST (engine.scope) -> a tree of unlinked functions.

    function = compile_program(tree, source)

Modules, one concern each: compiler (driver, registers, emission), variables (binding
locations, scopes), statements, control (labels, break/continue/return, try/finally),
expressions, members (property access, assignment targets, optional chains), calls,
functions (closures, prologues, top level), classes, patterns (destructuring), iteration
(for-in/of), literals. ``NotSupportedYet`` is raised for generators, async functions,
await, yield, for await and modules, and for nothing else.

What the generated code expects of the run time
===============================================

- Registers start undefined. A derived constructor's ``this`` register starts as the hole
  (``super()`` checks it with ThrowIfNotHole and then writes it); a derived constructor
  that returns undefined returns its frame's ``this`` (ReferenceError if still the hole),
  any other non-object is a TypeError ([[Construct]] step 10 onwards). Codegen copies a
  captured ``this`` back to the frame before every Return of a derived constructor.
- Exception handlers: the table lists inner handlers before outer ones; the first entry
  whose [start, end) holds the throwing instruction wins. The handler runs with the
  context chain unwound to ``context_depth`` contexts above the function's own start.
- A function pushes its own context itself (PushContext of its scope 0 or 1 in the
  prologue); the closure's captured context is the chain it starts with.
- Top level: DeclareBindings kinds are 0 var, 1 function, 2 let, 3 const, 4 class
  (engine.codegen.functions); the completion value is returned by the final Return.
- CallEval's BindingList (engine.codegen.calls): for each scope of the caller's chain,
  innermost first, a header entry (name = the ScopeKind value, kind = SCOPE_HEADER, plus
  RECEIVES_EVAL_VARS) followed by its slots in slot order (kind = index in DeclarationKind);
  a last header named "" says whether the var scope is the global one. That is the
  ``EvalContext`` that engine.compiler.compile_eval takes.
- Classes: CreateClass, then methods (DefineKeyedOwnProperty/DefineAccessor; attribute 4
  marks private methods read-only), SetClassFields with the instance initializer (a method
  whose home object is the prototype, run by InitializeInstanceElements with the new object
  as this), then the static initializer is called once with the class as this.
- Self-hosting: a top-level function declaration defines the intrinsic of its name; until
  the self-hosting issue decides how intrinsics are installed, those functions travel in
  the top level's constant pool, in declaration order, and no instruction creates them.
"""
from engine.codegen.compiler import compile_program
from engine.codegen.errors import CodegenError, NotSupportedYet

__all__ = ["compile_program", "CodegenError", "NotSupportedYet"]
