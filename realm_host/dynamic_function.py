"""Compiling `Function(...)` for the C core (https://tc39.es/ecma262/#sec-createdynamicfunction).

The C side hands over the joined parameter text P and the body text. As the spec asks, P must
parse alone as FormalParameters and the body alone as a FunctionBody (so `Function("/*", "*/){")`
is a SyntaxError even though the assembled text would parse), and then the assembled source text
``function anonymous(P\\n) {\\nbody\\n}`` must parse as one FunctionExpression.

The image is global code whose completion value is that function: the text in parentheses,
compiled like an indirect eval. The name ``anonymous`` is blanked to spaces of the same length in
the compiled copy, so the function binds no name of its own (the spec's function has no scope for
it) while every source offset stays the same; C then sets its "name" to "anonymous", and
Function.prototype.toString slices the unblanked text.
"""
from __future__ import annotations

from dataclasses import dataclass

from engine.compiler import compile_eval
from engine.image import ImageFlags, write_image
from engine.scope import EvalContext
from engine.syntax import JSSyntaxError
from engine.syntax import ast
from engine.syntax.parser import parse

_PREFIX = "function anonymous("
_BLANK_PREFIX = "function          ("


@dataclass(frozen=True)
class DynamicFunction:
    """The image to load, and the text its source spans index (for toString)."""

    image: bytes
    source: str


def source_text(parameters: str, body: str) -> str:
    """Steps 13-16: the synthesized source text of the function."""
    return f"{_PREFIX}{parameters}\n) {{\n{body}\n}}"


def compile_dynamic_function(parameters: str, body: str) -> DynamicFunction:
    """The image of a normal dynamic function (JSSyntaxError when any of its parts is invalid)."""
    wrapped_parameters = f"(function ({parameters}\n) {{}})"
    _check_alone(wrapped_parameters, len(wrapped_parameters) - 3, "parameters")
    _check_alone(f"(function () {{\n{body}\n}})", len("(function () "), "body")
    text = "(" + source_text(parameters, body) + ")"
    compiled = "(" + _BLANK_PREFIX + text[1 + len(_PREFIX):]
    _check_alone(compiled, 1 + len(_PREFIX) + len(parameters) + len("\n) "), "source text")
    function = compile_eval(compiled, EvalContext(), filename="<anonymous>")
    return DynamicFunction(write_image(function, ImageFlags.NONE), text)


def _check_alone(wrapped: str, body_start: int, what: str) -> None:
    """Raises JSSyntaxError unless wrapped, `(function (...) {...})`, parses as exactly one function
    expression whose body starts at body_start, the `{` the wrapper wrote: then the inserted
    parameters or body parsed on their own as FormalParameters or FunctionBody, and nothing
    leaked out of its place."""
    program = parse(wrapped, filename="<anonymous>")
    statements = program.body
    if len(statements) == 1 and isinstance(statements[0], ast.ExpressionStatement):
        function = statements[0].expression
        if (isinstance(function, ast.FunctionExpression) and function.start == 1
                and function.end == len(wrapped) - 1 and function.body.start == body_start):
            return
    raise JSSyntaxError(f"invalid function {what} in the Function constructor", wrapped, 0, "<anonymous>")
