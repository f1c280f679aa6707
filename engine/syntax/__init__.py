"""The first stage of the pipeline: source text to an AST with positions and early errors.

    parse_script(source, filename="<input>") -> ast.Program
    parse_module(source, filename="<input>") -> ast.Program
    parse(source, *, module=False, filename="<input>") -> ast.Program

All three raise JSSyntaxError, and nothing else, for any input.
"""
from engine.syntax import ast
from engine.syntax.errors import JSSyntaxError
from engine.syntax.parser import parse, parse_module, parse_script

__all__ = ["JSSyntaxError", "ast", "parse", "parse_module", "parse_script"]
