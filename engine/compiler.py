"""The compilation pipeline: source -> parse -> scope analysis -> code generation -> image.

``compile_function`` is the Store's compile_fn; ``compile_source`` returns image bytes;
``compile_eval`` compiles direct eval code against the caller's scope chain.
"""
from __future__ import annotations

from collections.abc import Mapping

from engine.bytecode.function import UnlinkedFunction
from engine.codegen import CodegenError, NotSupportedYet, compile_program
from engine.image import write_image
from engine.scope import EvalContext, analyze
from engine.store import CompileOptions, SourceKind
from engine.syntax import parse_module, parse_script

__all__ = ["CompileOptions", "CodegenError", "NotSupportedYet", "compile_eval", "compile_function",
           "compile_source"]


def compile_function(source: str, options: CompileOptions, filename: str = "<input>",
                     intrinsics: Mapping[str, int] | None = None) -> UnlinkedFunction:
    """The unlinked function tree of a script (modules raise NotSupportedYet for now)."""
    if options.kind is SourceKind.MODULE:
        program = parse_module(source, filename)
    else:
        program = parse_script(_strict_prefix(source, options), filename)
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
    program = parse_script(_strict_prefix(source, CompileOptions(strict=context.strict_caller)), filename)
    tree = analyze(program, eval_context=context)
    return compile_program(tree, source)


def _strict_prefix(source: str, options: CompileOptions) -> str:
    # NON-SPEC positions stay exact: the directive goes on the first line, before the code.
    return '"use strict";' + source if options.strict else source
