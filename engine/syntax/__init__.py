"""The first stage of the pipeline: source text to an AST with positions and early errors.

    parse_script(source, filename="<input>", *, strict=False) -> ast.Program
    parse_module(source, filename="<input>") -> ast.Program
    parse(source, *, module=False, filename="<input>", strict=False, eval_goal=None) -> ast.Program

``strict`` parses a script as strict code from its first token; ``eval_goal`` (EvalGoal) says
what eval code may contain given its caller.

All three raise JSSyntaxError, and nothing else, for any input.
"""
from engine.syntax import ast
from engine.syntax.errors import JSSyntaxError
from engine.syntax.parser import EvalGoal, parse, parse_module, parse_script

__all__ = ["EvalGoal", "JSSyntaxError", "ast", "parse", "parse_module", "parse_script"]
