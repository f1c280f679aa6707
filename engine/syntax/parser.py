"""The recursive-descent parser for ECMAScript 2024 scripts and modules, and its entry points.

The parser is one class assembled from mixins, one grammar area per module:

- ``parse_statements``  statements, declarations, directive prologues, labels
- ``parse_expressions`` expressions: precedence climbing, the arrow and call covers
- ``parse_functions``   functions, arrows, methods, classes and private names
- ``parse_patterns``    binding patterns, and object/array literals reread as patterns
- ``parse_modules``     import and export declarations
- ``scopes``            the redeclaration bookkeeping behind the early errors

This module holds the state they share, the token helpers and the identifier rules.
The lexer keeps the current token in plain attributes (``lx.type``, ``lx.value``...);
hot paths copy ``self.lx`` into a local.

Nesting is bounded: every nested statement, assignment expression and unary operator
counts against ``MAX_DEPTH``, so a hostile input raises "nesting too deep" long before
Python's recursion limit, and later passes can walk the tree recursively.
"""
from __future__ import annotations

import gc
import sys
import threading
from dataclasses import dataclass
from typing import NoReturn

from engine.syntax import ast
from engine.syntax.errors import JSSyntaxError
from engine.syntax.lexer import Lexer
from engine.syntax.limits import MAX_DEPTH
from engine.syntax.parse_expressions import ExpressionParser
from engine.syntax.parse_functions import FunctionParser
from engine.syntax.parse_modules import ModuleParser
from engine.syntax.parse_patterns import PatternParser
from engine.syntax.parse_statements import StatementParser
from engine.syntax.scopes import TOP, Scope
from engine.syntax.tokens import EOF, NAME

# Python frames one nesting level may use at most (a parenthesised expression is ~9).
_FRAMES_PER_LEVEL = 14

# https://tc39.es/ecma262/#sec-keywords-and-reserved-words
RESERVED_WORDS = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends "
    "false finally for function if import in instanceof new null return super switch this throw "
    "true try typeof var void while with".split()
)
STRICT_RESERVED_WORDS = frozenset(
    "implements interface let package private protected public static yield".split()
)


class Parser(StatementParser, ExpressionParser, FunctionParser, PatternParser, ModuleParser):
    """Parses one source text; use the module-level functions rather than this class."""

    def __init__(self, source: str, filename: str, module: bool) -> None:
        self.source = source
        self.filename = filename
        self.module = module
        self.lx = Lexer(source, filename, module=module)
        self.depth = 0
        self.strict = module
        self.scope = Scope(TOP, None, is_module=module)
        # The function context (saved and restored around every function, see enter_function).
        self.in_function = False  # `return` allowed
        self.in_generator = False  # `yield` is an operator
        self.in_async = module  # `await` is an operator (top-level await in modules)
        self.await_banned = module  # `await` may not be an identifier
        self.in_params = False  # parsing formal parameters: no yield/await expressions
        self.allow_super_property = False
        self.allow_super_call = False
        self.allow_new_target = False
        self.allow_arguments = True  # false in class field initialisers and static blocks
        self.labels: list[tuple[str, bool]] = []  # (name, labels an iteration statement)
        self.breakable = 0  # enclosing loops and switches
        self.iterations = 0  # enclosing loops
        # Where the first yield/await expression or `await` identifier was seen since the
        # last reset: arrow parameters are parsed as expressions and checked afterwards.
        self.yield_pos = -1
        self.await_pos = -1
        self.await_ident_pos = -1
        # The token offset where an arrow function may start (the start of the
        # AssignmentExpression being parsed).
        self.arrow_at = -1
        self.arrow_no_in = False  # ... and whether that expression excludes `in` (a for head)
        # (offset, message) of `{a = 1}` shorthand initialisers and duplicate `__proto__`
        # keys in object literals: errors unless the literal turns out to be a pattern.
        self.cover_errors: list[tuple[int, str]] = []
        # Nodes written in parentheses (by id; the node is kept alive so ids stay unique).
        self.parenthesized: dict[int, ast.Node] = {}
        # Array and object literals with a comma after a spread (invalid as patterns).
        self.spread_comma: dict[int, ast.Node] = {}
        # Class bodies being parsed, innermost last (see parse_functions).
        self.class_stack: list = []
        # Modules: exported names, and `export { local }` references to check at the end.
        self.exported: set[str] = set()
        self.export_refs: list[tuple[str, int]] = []
        self.spread_then_comma = False  # the last argument list had `...x,` (not an arrow head)
        self.self_hosting = False  # selfhosted/ library: `%Name(args)` calls an intrinsic

    # -- errors and tokens ---------------------------------------------------------------

    def error(self, message: str, offset: int | None = None) -> NoReturn:
        raise JSSyntaxError(message, self.source, self.lx.start if offset is None else offset, self.filename)

    def unexpected(self) -> NoReturn:
        lx = self.lx
        if lx.type == EOF:
            self.error("Unexpected end of input")
        if lx.type == NAME:
            if lx.escaped and lx.value in RESERVED_WORDS:
                self.error("Keyword must not contain escaped characters")
            self.error(f"Unexpected token '{lx.value}'")
        if lx.type in ("num", "bigint"):
            self.error("Unexpected number")
        if lx.type == "string":
            self.error("Unexpected string")
        if lx.type.startswith("template"):
            self.error("Unexpected template string")
        self.error(f"Unexpected token '{self.source[lx.start:lx.end]}'")

    def expect(self, punctuator: str) -> None:
        if self.lx.type != punctuator:
            self.unexpected()
        self.lx.next()

    def is_keyword(self, word: str) -> bool:
        """The current token is ``word`` written without escapes (keywords and contextual words)."""
        lx = self.lx
        return lx.type == NAME and lx.value == word and not lx.escaped

    def eat_keyword(self, word: str) -> bool:
        if self.is_keyword(word):
            self.lx.next()
            return True
        return False

    def expect_keyword(self, word: str) -> None:
        if not self.eat_keyword(word):
            self.unexpected()

    def semicolon(self) -> None:
        """Consume a `;` or insert one (https://tc39.es/ecma262/#sec-rules-of-automatic-semicolon-insertion)."""
        lx = self.lx
        t = lx.type
        if t == ";":
            lx.next()
        elif t != "}" and t != EOF and not lx.newline_before:
            self.unexpected()

    def can_insert_semicolon(self) -> bool:
        lx = self.lx
        return lx.type == ";" or lx.type == "}" or lx.type == EOF or lx.newline_before

    def enter_depth(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error("nesting too deep")

    def check_strict_octal(self) -> None:
        """Legacy octal numbers and escapes are errors in strict code."""
        if self.strict and self.lx.legacy_octal:
            if self.lx.type == "string":
                self.error("Octal escape sequences are not allowed in strict mode")
            self.error("Octal literals are not allowed in strict mode")

    # -- identifiers ----------------------------------------------------------------------

    def check_identifier(self, name: str, offset: int, binding: bool, escaped: bool = False) -> None:
        """The early errors of IdentifierReference, BindingIdentifier and LabelIdentifier.

        https://tc39.es/ecma262/#sec-identifiers-static-semantics-early-errors
        """
        if name in RESERVED_WORDS:
            if escaped:
                self.error("Keyword must not contain escaped characters", offset)
            self.error(f"Unexpected token '{name}'", offset)
        if self.strict:
            if name in STRICT_RESERVED_WORDS:
                self.error("Unexpected strict mode reserved word", offset)
            if binding and (name == "eval" or name == "arguments"):
                self.error("Unexpected eval or arguments in strict mode", offset)
        if name == "yield":
            if self.in_generator:
                self.error("Unexpected identifier 'yield'", offset)
        elif name == "await":
            if self.await_banned:
                self.error("Unexpected reserved word 'await'", offset)
            if self.await_ident_pos < 0:
                self.await_ident_pos = offset
        elif name == "arguments" and not binding and not self.allow_arguments:
            self.error("'arguments' is not allowed in class field initializer or static initialization block", offset)

    def parse_identifier(self, binding: bool = False) -> ast.Identifier:
        """An Identifier (not a reserved word) at the current token."""
        lx = self.lx
        if lx.type != NAME:
            self.unexpected()
        name = lx.value
        if name in RESERVED_WORDS or name in STRICT_RESERVED_WORDS or name == "await" or name == "arguments" or name == "eval":
            self.check_identifier(name, lx.start, binding, lx.escaped)
        node = ast.Identifier(lx.start, lx.end, lx.line, lx.column, name)
        lx.next()
        return node

    def parse_identifier_name(self) -> ast.Identifier:
        """An IdentifierName: any word, reserved or not (property names, export names)."""
        lx = self.lx
        if lx.type != NAME:
            self.unexpected()
        node = ast.Identifier(lx.start, lx.end, lx.line, lx.column, lx.value)
        lx.next()
        return node

    # -- programs ---------------------------------------------------------------------------

    def parse_program(self) -> ast.Program:
        """Script or Module (https://tc39.es/ecma262/#sec-scripts, #sec-modules)."""
        lx = self.lx
        body: list[ast.Node] = []
        if self.module:
            self.parse_directives(body, EOF)  # no effect (modules are strict) but marked, as ESTree does
            while lx.type != EOF:
                body.append(self.parse_module_item())
            self.check_module_exports()
        else:
            self.parse_directives(body, EOF)
            while lx.type != EOF:
                body.append(self.parse_statement_list_item())
        kind = "module" if self.module else "script"
        return ast.Program(0, len(self.source), 1, 0, body, kind, self.strict)


class _ParsingEnvironment:
    """Process-wide settings while at least one parse runs (threads may parse at once).

    - Python's recursion limit is raised so that MAX_DEPTH nesting levels always fit.
    - The cycle collector is paused: the AST is acyclic, so it would find nothing, yet
      its passes over millions of fresh nodes cost more than the parse itself (2.5x on
      typescript.js). Reference counting still frees everything as usual.

    The first parse to start saves the settings and the last one to end restores them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._active = 0
        self._saved_limit = 0
        self._gc_was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if self._active == 0:
                self._saved_limit = sys.getrecursionlimit()
                self._gc_was_enabled = gc.isenabled()
                needed = MAX_DEPTH * _FRAMES_PER_LEVEL + 2000
                if self._saved_limit < needed:
                    sys.setrecursionlimit(needed)
                gc.disable()
            self._active += 1

    def __exit__(self, *exc_info: object) -> None:
        with self._lock:
            self._active -= 1
            if self._active == 0:
                sys.setrecursionlimit(self._saved_limit)
                if self._gc_was_enabled:
                    gc.enable()


_environment = _ParsingEnvironment()


@dataclass(frozen=True)
class EvalGoal:
    """What eval code may contain, which depends on the direct eval's caller
    (https://tc39.es/ecma262/#sec-performeval steps 5-6): new.target inside a function,
    super.x inside a method, super() inside a derived constructor, and no `arguments`
    (outside any non-arrow function) inside a class field initializer."""

    allow_arguments: bool = True
    allow_new_target: bool = False
    allow_super_property: bool = False
    allow_super_call: bool = False


def parse(source: str, *, module: bool = False, filename: str = "<input>", self_hosting: bool = False,
          strict: bool = False, eval_goal: EvalGoal | None = None) -> ast.Program:
    """Parse a script or a module into an AST; raise JSSyntaxError (and nothing else) if invalid.
    ``self_hosting``: the selfhosted/ library's dialect, where `%Name(args)` calls an intrinsic.
    ``strict``: parse a script as strict code from its first token (the embedder's option, or
    eval code of a strict caller) without changing its text or positions.
    ``eval_goal``: the source is eval code, and this is what its caller allows."""
    with _environment:
        try:
            parser = Parser(source, filename, module)
            parser.self_hosting = self_hosting
            parser.strict = parser.strict or strict
            if eval_goal is not None:
                parser.allow_arguments = eval_goal.allow_arguments
                parser.allow_new_target = eval_goal.allow_new_target
                parser.allow_super_property = eval_goal.allow_super_property
                parser.allow_super_call = eval_goal.allow_super_call
            return parser.parse_program()
        except JSSyntaxError:
            raise
        except RecursionError:
            raise JSSyntaxError("nesting too deep", source, 0, filename) from None
        except MemoryError:
            raise JSSyntaxError("out of memory while parsing", source, 0, filename) from None
        except Exception as exc:  # a parser bug must still surface as the documented error type
            raise JSSyntaxError(f"internal parser error: {type(exc).__name__}: {exc}", source, 0, filename) from exc


def parse_script(source: str, filename: str = "<input>", *, strict: bool = False) -> ast.Program:
    """Parse ``source`` as a Script (as strict code from its first token when ``strict``)."""
    return parse(source, module=False, filename=filename, strict=strict)


def parse_module(source: str, filename: str = "<input>") -> ast.Program:
    """Parse ``source`` as a Module (strict, with import and export)."""
    return parse(source, module=True, filename=filename)
