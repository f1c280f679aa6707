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
    program = _parse_script(source, filename, context.strict_caller,
                            arguments_allowed=not context.in_class_field_initializer,
                            new_target_allowed=context.in_function)
    tree = analyze(program, eval_context=context)
    return compile_program(tree, source)


def _parse_script(source: str, filename: str, strict: bool, self_hosting: bool = False,
                  arguments_allowed: bool = True, new_target_allowed: bool = False) -> ast.Program:
    """A Script, parsed as strict code from its first token when ``strict`` (the embedder's
    option, or eval code of a strict caller), without changing its text or positions.
    ``arguments_allowed`` false: eval code in a class field initializer, where `arguments`
    (outside any non-arrow function) is a SyntaxError; ``new_target_allowed``: eval code
    whose this-environment is a function's.
    Temporary plumbing: parse_script has no strict parameter yet (asked of the syntax area),
    so this starts a Parser in strict mode under the same recursion limit parse() uses."""
    if not strict and arguments_allowed and not new_target_allowed:
        return parser_module.parse(source, filename=filename, self_hosting=self_hosting)
    parser = parser_module.Parser(source, filename, False)
    parser.strict = strict
    parser.allow_arguments = arguments_allowed
    parser.allow_new_target = new_target_allowed
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
