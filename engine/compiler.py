"""The compilation pipeline: source -> parse -> scope analysis -> code generation -> image.

``compile_function`` is the Store's compile_fn; ``compile_source`` returns image bytes;
``compile_eval`` compiles direct eval code against the caller's scope chain.
"""
from __future__ import annotations

import sys
from collections.abc import Mapping

from engine.bytecode.function import UnlinkedFunction
from engine.codegen import CodegenError, NotSupportedYet, compile_program
from engine.image import write_image
from engine.scope import EvalContext, analyze
from engine.scope.eval_conflicts import conflicting_eval_var
from engine.store import CompileOptions, SourceKind
from engine.syntax import ast, parse_module, parse_script
from engine.syntax import parser as parser_module
from engine.syntax.errors import JSSyntaxError

__all__ = ["CompileOptions", "CodegenError", "NotSupportedYet", "compile_eval", "compile_function",
           "compile_source"]


def compile_function(source: str, options: CompileOptions, filename: str = "<input>",
                     intrinsics: Mapping[str, int] | None = None) -> UnlinkedFunction:
    """The unlinked function tree of a script (modules raise NotSupportedYet for now)."""
    if options.kind is SourceKind.MODULE:
        program = parse_module(source, filename)
    else:
        program = _parse_script(source, filename, options.strict, options.self_hosting)
    tree = analyze(program, self_hosting=options.self_hosting, intrinsics=intrinsics)
    if options.kind is SourceKind.MODULE:
        raise NotSupportedYet("modules", program)
    return compile_program(tree, source)


def compile_source(source: str, *, module: bool = False, strict: bool = False, self_hosting: bool = False,
                   filename: str = "<input>") -> bytes:
    """The image bytes of ``source``."""
    options = CompileOptions(SourceKind.MODULE if module else SourceKind.SCRIPT, strict, self_hosting)
    return write_image(compile_function(source, options, filename), options.image_flags())


def compile_eval(source: str, context: EvalContext, filename: str = "<eval>") -> UnlinkedFunction:
    """Eval code for a direct eval whose caller's chain is ``context`` (engine.scope.eval_context_at)."""
    program = _parse_script(source, filename, context.strict_caller, context=context)
    tree = analyze(program, eval_context=context)
    conflict = conflicting_eval_var(tree)
    if conflict is not None:
        raise JSSyntaxError(f"Identifier '{conflict[0]}' has already been declared", source, conflict[1], filename)
    return compile_program(tree, source)


def _parse_script(source: str, filename: str, strict: bool, self_hosting: bool = False,
                  context: EvalContext | None = None) -> ast.Program:
    """A Script, parsed as strict code from its first token when ``strict`` (the embedder's
    option, or eval code of a strict caller), without changing its text or positions.
    ``context``: eval code, where what PerformEval allows depends on the caller
    (https://tc39.es/ecma262/#sec-performeval steps 5-6): new.target inside a function,
    super.x inside a method, super() inside a derived constructor, and no `arguments`
    (outside any non-arrow function) inside a class field initializer.
    Temporary plumbing: parse_script has no strict parameter yet (asked of the syntax area),
    so this starts a Parser in strict mode under the same recursion limit parse() uses."""
    if not strict and context is None:
        return parser_module.parse(source, filename=filename, self_hosting=self_hosting)
    parser = parser_module.Parser(source, filename, False)
    parser.strict = strict
    if context is not None:
        parser.allow_arguments = not context.in_class_field_initializer
        parser.allow_new_target = context.in_function
        parser.allow_super_property = context.in_method
        parser.allow_super_call = context.in_derived_constructor
    parser.self_hosting = self_hosting
    needed = parser_module.MAX_DEPTH * parser_module._FRAMES_PER_LEVEL + 2000
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, needed))
    try:
        return parser.parse_program()
    except RecursionError:
        raise JSSyntaxError("nesting too deep", source, 0, filename) from None
    finally:
        sys.setrecursionlimit(old_limit)
