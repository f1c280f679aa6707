"""Code generation: an analysed AST (engine.scope) -> a tree of unlinked functions.

    function = compile_program(tree, source)

Modules, one concern each: compiler (driver, registers, emission), variables (binding
locations, scopes), statements, control (labels, break/continue/return, try/finally),
expressions, members (property access, assignment targets, optional chains), calls,
functions (closures, prologues, top level), classes, patterns (destructuring), iteration
(for-in/of), literals. ``NotSupportedYet`` is raised for generators, async functions,
await, yield, for await and modules, and for nothing else.
"""
from engine.codegen.compiler import compile_program
from engine.codegen.errors import CodegenError, NotSupportedYet

__all__ = ["compile_program", "CodegenError", "NotSupportedYet"]
