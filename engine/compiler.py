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
from engine.scope.eval_conflicts import conflicting_eval_var
from engine.store import CompileOptions, SourceKind
from engine.syntax import ast, parse_module
from engine.syntax.parser import EvalGoal, parse
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
    """A Script, or eval code when ``context`` describes the direct eval's caller."""
    goal = None
    if context is not None:
        goal = EvalGoal(allow_arguments=not context.in_class_field_initializer,
                        allow_new_target=context.in_function, allow_super_property=context.in_method,
                        allow_super_call=context.in_derived_constructor)
    return parse(source, filename=filename, self_hosting=self_hosting, strict=strict, eval_goal=goal)
