"""Expressions: https://tc39.es/ecma262/#sec-ecmascript-language-expressions

Binary operators use precedence climbing (one loop and a table), not one function per
level. Arrow functions come from the cover grammars: a parenthesised expression (or the
arguments of ``async(...)``) is parsed as an expression and converted to parameters when
``=>`` follows, so the common path never backtracks.
"""
from __future__ import annotations

from engine.syntax import ast
from engine.syntax.limits import MAX_DEPTH
from engine.syntax.tokens import (
    BIGINT,
    EOF,
    NAME,
    NUM,
    PRIVATE_NAME,
    STRING,
    TEMPLATE,
    TEMPLATE_HEAD,
    TEMPLATE_MIDDLE,
    TEMPLATE_TAIL,
)

# https://tc39.es/ecma262/#sec-binary-logical-operators and the levels below it.
BINARY_PRECEDENCE = {
    "??": 1, "||": 2, "&&": 3, "|": 4, "^": 5, "&": 6,
    "==": 7, "!=": 7, "===": 7, "!==": 7,
    "<": 8, ">": 8, "<=": 8, ">=": 8, "instanceof": 8, "in": 8,
    "<<": 9, ">>": 9, ">>>": 9,
    "+": 10, "-": 10, "*": 11, "/": 11, "%": 11, "**": 12,
}  # fmt: skip
_LOGICAL = frozenset(("??", "||", "&&"))
ASSIGN_OPERATORS = frozenset(
    ("=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "&=", "|=", "^=", "&&=", "||=", "??=")
)
_PREFIX_PUNCTUATORS = frozenset(("!", "~", "+", "-"))
_PREFIX_WORDS = frozenset(("typeof", "void", "delete"))
_LITERAL_WORDS = {"null": None, "true": True, "false": False}
_PATTERN_LITERALS = (ast.ObjectExpression, ast.ArrayExpression)
_UNARY_NODES = (ast.UnaryExpression, ast.AwaitExpression)


class ExpressionParser:
    """Mixin of Parser: every expression form."""

    # -- Expression, AssignmentExpression ---------------------------------------------

    def parse_expression(self, no_in: bool = False) -> ast.Node:
        """Expression: AssignmentExpression (, AssignmentExpression)*"""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        expr = self.parse_assign(no_in)
        if lx.type == ",":
            expressions = [expr]
            while lx.type == ",":
                lx.next()
                expressions.append(self.parse_assign(no_in))
            expr = ast.SequenceExpression(start, lx.prev_end, line, column, expressions)
        return expr

    def parse_assign(self, no_in: bool = False, may_be_pattern: bool = False) -> ast.Node:
        """AssignmentExpression (https://tc39.es/ecma262/#sec-assignment-operators).

        ``may_be_pattern``: the caller may still reread the result as a pattern (array
        element, property value, parenthesised item), so cover errors stay pending.
        """
        lx = self.lx
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error("nesting too deep")
        if lx.type == NAME and lx.value == "yield" and self.in_generator:
            expr = self.parse_yield(no_in)
            self.depth -= 1
            return expr
        start, line, column = lx.start, lx.line, lx.column
        self.arrow_at = start
        self.arrow_no_in = no_in
        pending = len(self.cover_errors)
        left = self.parse_conditional(no_in)
        t = lx.type
        if t == "=":
            if type(left) in _PATTERN_LITERALS and id(left) not in self.parenthesized:
                left = self.to_assignment_pattern(left)
                del self.cover_errors[pending:]
            else:
                self.check_simple_target(left, "Invalid left-hand side in assignment")
            lx.next()
            right = self.parse_assign(no_in)
            left = ast.AssignmentExpression(start, lx.prev_end, line, column, "=", left, right)
        elif t in ASSIGN_OPERATORS:
            self.check_simple_target(left, "Invalid left-hand side in assignment")
            lx.next()
            right = self.parse_assign(no_in)
            left = ast.AssignmentExpression(start, lx.prev_end, line, column, t, left, right)
        elif len(self.cover_errors) > pending and (not may_be_pattern or type(left) not in _PATTERN_LITERALS):
            self.cover_error(pending)
        self.depth -= 1
        return left

    def check_simple_target(self, node: ast.Node, message: str) -> None:
        """AssignmentTargetType must be simple (https://tc39.es/ecma262/2024/#sec-static-semantics-assignmenttargettype).

        NON-SPEC for ES2026 only: its Annex B turns `f() = 1` in sloppy code into a run-time
        ReferenceError; ES2024, our target, keeps it an early error.
        """
        kind = type(node)
        if kind is ast.Identifier:
            if self.strict and (node.name == "eval" or node.name == "arguments"):
                self.error("Unexpected eval or arguments in strict mode", node.start)
            return
        if kind is ast.MemberExpression:
            return
        self.error(message, node.start)

    def parse_yield(self, no_in: bool) -> ast.Node:
        """YieldExpression (https://tc39.es/ecma262/#sec-generator-function-definitions)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        if lx.escaped:
            self.error("Keyword must not contain escaped characters")
        if self.in_params:
            self.error("Yield expression not allowed in formal parameter")
        if self.yield_pos < 0:
            self.yield_pos = start
        lx.next()
        delegate = False
        argument = None
        if not lx.newline_before:
            if lx.type == "*":
                delegate = True
                lx.next()
                argument = self.parse_assign(no_in)
            elif lx.type not in _YIELD_ENDS and not (lx.type == NAME and lx.value == "in" and not lx.escaped):
                argument = self.parse_assign(no_in)
        return ast.YieldExpression(start, lx.prev_end, line, column, argument, delegate)

    # -- ConditionalExpression and binary operators -------------------------------------

    def parse_conditional(self, no_in: bool) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        test = self.parse_binary(0, no_in)
        if lx.type != "?":
            return test
        if type(test) is ast.ArrowFunctionExpression and id(test) not in self.parenthesized:
            return test
        lx.next()
        consequent = self.parse_assign(False)
        self.expect(":")
        alternate = self.parse_assign(no_in)
        return ast.ConditionalExpression(start, lx.prev_end, line, column, test, consequent, alternate)

    def parse_binary(self, min_precedence: int, no_in: bool) -> ast.Node:
        """Precedence climbing over BINARY_PRECEDENCE (https://tc39.es/ecma262/#sec-binary-logical-operators)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        if lx.type == PRIVATE_NAME:
            left = self.parse_private_in(min_precedence, no_in)
        else:
            left = self.parse_unary()
            if type(left) is ast.ArrowFunctionExpression and id(left) not in self.parenthesized:
                return left
        chain = 0
        while True:
            t = lx.type
            if t == NAME:
                if lx.escaped or (t := lx.value) not in ("in", "instanceof") or (no_in and t == "in"):
                    break
            precedence = BINARY_PRECEDENCE.get(t)
            if precedence is None or precedence <= min_precedence:
                break
            lx.next()
            if t == "**":
                if type(left) in _UNARY_NODES and id(left) not in self.parenthesized:
                    self.error("Unary operator used immediately before exponentiation expression", left.start)
                self.enter_depth()
                right = self.parse_binary(precedence - 1, no_in)
                self.depth -= 1
            else:
                right = self.parse_binary(precedence, no_in)
            if t in _LOGICAL:
                self.check_nullish_mixing(t, left, right)
                left = ast.LogicalExpression(start, lx.prev_end, line, column, t, left, right)
            else:
                left = ast.BinaryExpression(start, lx.prev_end, line, column, t, left, right)
            chain += 1
            if chain + self.depth > MAX_DEPTH:  # a long left-nested chain is a deep tree too
                self.error("nesting too deep")
        return left

    def check_nullish_mixing(self, operator: str, left: ast.Node, right: ast.Node) -> None:
        """`??` cannot mix with `||` or `&&` without parentheses (https://tc39.es/ecma262/#prod-CoalesceExpression)."""
        for side in (left, right):
            if type(side) is ast.LogicalExpression and id(side) not in self.parenthesized:
                if (operator == "??") != (side.operator == "??"):
                    self.error("Cannot mix '??' with '||' or '&&' without parentheses", side.start)

    def parse_private_in(self, min_precedence: int, no_in: bool) -> ast.Node:
        """`#x in obj` (https://tc39.es/ecma262/#prod-RelationalExpression)."""
        lx = self.lx
        node = ast.PrivateIdentifier(lx.start, lx.end, lx.line, lx.column, lx.value)
        self.use_private_name(lx.value, lx.start)
        lx.next()
        if no_in or min_precedence >= BINARY_PRECEDENCE["in"] or not self.is_keyword("in"):
            self.error("Unexpected private name", node.start)
        return node

    # -- unary, update -------------------------------------------------------------------

    def parse_unary(self) -> ast.Node:
        """UnaryExpression and UpdateExpression (https://tc39.es/ecma262/#sec-unary-operators)."""
        lx = self.lx
        t = lx.type
        if t == NAME:
            if lx.escaped:
                return self.parse_postfix()
            t = lx.value
            if t == "await" and self.in_async:
                return self.parse_await()
            if t not in _PREFIX_WORDS:
                return self.parse_postfix()
        elif t not in _PREFIX_PUNCTUATORS:
            if t == "++" or t == "--":
                return self.parse_prefix_update()
            return self.parse_postfix()
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.enter_depth()
        argument = self.parse_unary()
        self.depth -= 1
        if t == "delete":
            self.check_delete(argument)
        return ast.UnaryExpression(start, lx.prev_end, line, column, t, True, argument)

    def check_delete(self, argument: ast.Node) -> None:
        """`delete x` in strict code and `delete a.#x` are early errors (https://tc39.es/ecma262/#sec-delete-operator-static-semantics-early-errors)."""
        if self.strict and type(argument) is ast.Identifier:
            self.error("Delete of an unqualified identifier in strict mode.", argument.start)
        node = argument.expression if type(argument) is ast.ChainExpression else argument
        if type(node) is ast.MemberExpression and type(node.property) is ast.PrivateIdentifier:
            self.error("Private fields can not be deleted", node.property.start)

    def parse_prefix_update(self) -> ast.Node:
        lx = self.lx
        start, line, column, operator = lx.start, lx.line, lx.column, lx.type
        lx.next()
        self.enter_depth()
        argument = self.parse_unary()
        self.depth -= 1
        self.check_simple_target(argument, "Invalid left-hand side expression in prefix operation")
        return ast.UpdateExpression(start, lx.prev_end, line, column, operator, True, argument)

    def parse_await(self) -> ast.Node:
        """AwaitExpression (https://tc39.es/ecma262/#sec-async-function-definitions)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        if self.in_params:
            self.error("Illegal await-expression in formal parameters of async function")
        if self.await_pos < 0:
            self.await_pos = start
        lx.next()
        self.enter_depth()
        argument = self.parse_unary()
        self.depth -= 1
        return ast.AwaitExpression(start, lx.prev_end, line, column, argument)

    def parse_postfix(self) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        expr = self.parse_subscripts(self.parse_primary(), start, line, column, False)
        t = lx.type
        if (t == "++" or t == "--") and not lx.newline_before:
            self.check_simple_target(expr, "Invalid left-hand side expression in postfix operation")
            lx.next()
            return ast.UpdateExpression(start, lx.prev_end, line, column, t, False, expr)
        return expr

    # -- calls, members, optional chains --------------------------------------------------

    def parse_subscripts(self, expr: ast.Node, start: int, line: int, column: int, no_call: bool) -> ast.Node:
        """MemberExpression, CallExpression, OptionalExpression, tagged templates."""
        if type(expr) is ast.ArrowFunctionExpression and id(expr) not in self.parenthesized:
            return expr
        lx = self.lx
        in_chain = False
        links = 0
        while True:
            t = lx.type
            if t == ".":
                lx.next()
                prop = self.parse_member_name()
                if type(prop) is ast.PrivateIdentifier and type(expr) is ast.Super:
                    self.error("Unexpected private field", prop.start)
                expr = ast.MemberExpression(start, lx.prev_end, line, column, expr, prop, False, False)
            elif t == "[":
                lx.next()
                prop = self.parse_expression()
                self.expect("]")
                expr = ast.MemberExpression(start, lx.prev_end, line, column, expr, prop, True, False)
            elif t == "(":
                if no_call:
                    break
                arguments = self.parse_arguments()
                expr = ast.CallExpression(start, lx.prev_end, line, column, expr, arguments, False)
            elif t == "?.":
                if no_call:
                    self.error("Invalid optional chain from new expression")
                in_chain = True
                expr = self.parse_optional_link(expr, start, line, column)
            elif t == TEMPLATE or t == TEMPLATE_HEAD:
                if in_chain:
                    self.error("Invalid tagged template on optional chain")
                quasi = self.parse_template(True)
                expr = ast.TaggedTemplateExpression(start, lx.prev_end, line, column, expr, quasi)
            else:
                break
            links += 1
            if links + self.depth > MAX_DEPTH:
                self.error("nesting too deep")
        if in_chain:
            expr = ast.ChainExpression(start, lx.prev_end, line, column, expr)
        return expr

    def parse_member_name(self) -> ast.Node:
        """The name after `.` or `?.`: an IdentifierName or a #private name."""
        lx = self.lx
        if lx.type == PRIVATE_NAME:
            node = ast.PrivateIdentifier(lx.start, lx.end, lx.line, lx.column, lx.value)
            self.use_private_name(lx.value, lx.start)
            lx.next()
            return node
        return self.parse_identifier_name()

    def parse_optional_link(self, expr: ast.Node, start: int, line: int, column: int) -> ast.Node:
        """The link right after `?.` (https://tc39.es/ecma262/#prod-OptionalChain)."""
        lx = self.lx
        lx.next()
        t = lx.type
        if t == "(":
            arguments = self.parse_arguments()
            return ast.CallExpression(start, lx.prev_end, line, column, expr, arguments, True)
        if t == "[":
            lx.next()
            prop = self.parse_expression()
            self.expect("]")
            return ast.MemberExpression(start, lx.prev_end, line, column, expr, prop, True, True)
        if t == TEMPLATE or t == TEMPLATE_HEAD:
            self.error("Invalid tagged template on optional chain")
        prop = self.parse_member_name()
        return ast.MemberExpression(start, lx.prev_end, line, column, expr, prop, False, True)

    def parse_arguments(self, may_be_pattern: bool = False) -> list[ast.Node]:
        """Arguments: ( a, ...b, ) (https://tc39.es/ecma262/#prod-Arguments)."""
        lx = self.lx
        lx.next()
        arguments: list[ast.Node] = []
        while lx.type != ")":
            if lx.type == "...":
                s, ln, col = lx.start, lx.line, lx.column
                lx.next()
                arg = self.parse_assign(False, may_be_pattern)
                arguments.append(ast.SpreadElement(s, lx.prev_end, ln, col, arg))
                if lx.type == ",":
                    self.spread_then_comma = True
            else:
                arguments.append(self.parse_assign(False, may_be_pattern))
            if lx.type != ")":
                self.expect(",")
        lx.next()
        return arguments

    # -- primary expressions ---------------------------------------------------------------

    def parse_primary(self) -> ast.Node:
        """PrimaryExpression (https://tc39.es/ecma262/#sec-primary-expression) plus new, super, import."""
        lx = self.lx
        t = lx.type
        if t == NAME:
            if not lx.escaped:
                handler = _WORD_PRIMARY.get(lx.value)
                if handler is not None:
                    return handler(self)
            return self.parse_identifier_primary()
        if t == NUM or t == STRING:
            if lx.legacy_octal:
                self.check_strict_octal()
            node = ast.Literal(lx.start, lx.end, lx.line, lx.column, lx.value, self.source[lx.start : lx.end])
            lx.next()
            return node
        handler = _PUNCTUATOR_PRIMARY.get(t)
        if handler is not None:
            return handler(self)
        self.unexpected()

    def parse_identifier_primary(self) -> ast.Node:
        """An IdentifierReference, or the parameter of `x => ...`."""
        lx = self.lx
        start = lx.start
        can_be_arrow = start == self.arrow_at
        node = self.parse_identifier()
        if can_be_arrow and lx.type == "=>" and not lx.newline_before:
            return self.parse_arrow_from_identifier(node, False, self.arrow_no_in)
        return node

    def parse_intrinsic_callee(self) -> ast.Node:
        """Self-hosting only: the callee of `%Name(args)`, an Identifier named "%Name" that
        scope analysis resolves to the intrinsics table (engine/selfhost). Anywhere else `%`
        cannot start an expression, so this stays a SyntaxError for user code."""
        lx = self.lx
        if not getattr(self, "self_hosting", False):
            self.unexpected()
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        if lx.type != NAME or lx.escaped or lx.start != start + 1:
            self.unexpected()
        node = ast.Identifier(start, lx.end, line, column, "%" + lx.value)
        lx.next()
        if lx.type != "(":
            self.error("an intrinsic can only be called: %Name(...)", start)
        return node

    def parse_bigint(self) -> ast.Node:
        lx = self.lx
        raw = self.source[lx.start : lx.end]
        node = ast.Literal(lx.start, lx.end, lx.line, lx.column, None, raw, None, lx.value)
        lx.next()
        return node

    def parse_regex(self) -> ast.Node:
        lx = self.lx
        lx.rescan_regex()
        raw = self.source[lx.start : lx.end]
        node = ast.Literal(lx.start, lx.end, lx.line, lx.column, None, raw, lx.value)
        lx.next()
        return node

    def parse_template_primary(self) -> ast.Node:
        return self.parse_template(False)

    def parse_template(self, tagged: bool) -> ast.TemplateLiteral:
        """TemplateLiteral (https://tc39.es/ecma262/#sec-template-literals)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        quasis = [self.template_element(tagged)]
        expressions: list[ast.Node] = []
        if lx.type == TEMPLATE:
            lx.next()
            return ast.TemplateLiteral(start, lx.prev_end, line, column, quasis, expressions)
        lx.next()
        while True:
            self.enter_depth()
            expressions.append(self.parse_expression())
            self.depth -= 1
            if lx.type != "}":
                self.unexpected()
            lx.rescan_template_continuation()
            quasis.append(self.template_element(tagged))
            done = lx.type == TEMPLATE_TAIL
            lx.next()
            if done:
                return ast.TemplateLiteral(start, lx.prev_end, line, column, quasis, expressions)

    def template_element(self, tagged: bool) -> ast.TemplateElement:
        lx = self.lx
        if lx.value is None and not tagged:
            self.error("Invalid escape sequence in template")
        tail = lx.type == TEMPLATE or lx.type == TEMPLATE_TAIL
        # ESTree spans the text only: after "`" or "}", before "`" or "${".
        end = lx.end - 1 if tail else lx.end - 2
        return ast.TemplateElement(lx.start + 1, end, lx.line, lx.column + 1, lx.value, lx.template_raw, tail)

    def parse_this(self) -> ast.Node:
        lx = self.lx
        node = ast.ThisExpression(lx.start, lx.end, lx.line, lx.column)
        lx.next()
        return node

    def parse_literal_word(self) -> ast.Node:
        lx = self.lx
        node = ast.Literal(lx.start, lx.end, lx.line, lx.column, _LITERAL_WORDS[lx.value], lx.value)
        lx.next()
        return node

    def parse_async_primary(self) -> ast.Node:
        """`async function`, `async x => ...`, `async (...) => ...`, or the identifier async."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        can_be_arrow = start == self.arrow_at
        no_in = self.arrow_no_in
        next_type, next_value, next_newline = lx.peek()
        if next_newline:
            return self.parse_identifier_primary()
        if next_type == NAME and next_value == "function":
            return self.parse_function_expression(start, line, column, is_async=True)
        if can_be_arrow and next_type == NAME and next_value not in ("in", "instanceof"):
            snapshot = lx.snapshot()  # rare: `async x` must be followed by `=>` to be an arrow
            lx.next()
            if lx.peek()[0] == "=>":
                param = self.parse_identifier(binding=True)
                if lx.newline_before:
                    self.unexpected()
                return self.parse_arrow_from_identifier(param, True, no_in, start, line, column)
            lx.restore(snapshot)
        if can_be_arrow and next_type == "(":
            return self.parse_async_call_or_arrow(no_in)
        return self.parse_identifier_primary()

    def parse_async_call_or_arrow(self, no_in: bool) -> ast.Node:
        """CoverCallExpressionAndAsyncArrowHead (https://tc39.es/ecma262/#prod-CoverCallExpressionAndAsyncArrowHead)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        callee = ast.Identifier(lx.start, lx.end, lx.line, lx.column, "async")
        lx.next()
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos)
        self.yield_pos = self.await_pos = self.await_ident_pos = -1
        pending = len(self.cover_errors)
        self.spread_then_comma = False
        arguments = self.parse_arguments(may_be_pattern=True)
        if lx.type == "=>" and not lx.newline_before:
            del self.cover_errors[pending:]
            if self.await_pos >= 0 or self.await_ident_pos >= 0:
                self.error("'await' is not allowed in async arrow parameters", max(self.await_pos, self.await_ident_pos))
            if self.yield_pos >= 0:
                self.error("Yield expression not allowed in formal parameter", self.yield_pos)
            if self.spread_then_comma:
                self.error("A rest parameter or binding pattern may not have a trailing comma")
            params = self.to_arrow_params(arguments)
            self.yield_pos, self.await_pos, self.await_ident_pos = saved
            return self.parse_arrow(params, True, no_in, start, line, column)
        if len(self.cover_errors) > pending:
            self.cover_error(pending)
        self.merge_positions(saved)
        return ast.CallExpression(start, lx.prev_end, line, column, callee, arguments, False)

    def cover_error(self, index: int) -> None:
        """Raise the first cover error recorded at or after ``index`` (see Parser.cover_errors)."""
        offset, message = self.cover_errors[index]
        self.error(message, offset)

    def merge_positions(self, saved: tuple[int, int, int]) -> None:
        """Not an arrow: positions seen inside belong to whatever encloses us."""
        y, a, ai = saved
        if y >= 0:
            self.yield_pos = y
        if a >= 0:
            self.await_pos = a
        if ai >= 0:
            self.await_ident_pos = ai

    def parse_paren(self) -> ast.Node:
        """CoverParenthesizedExpressionAndArrowParameterList (https://tc39.es/ecma262/#prod-CoverParenthesizedExpressionAndArrowParameterList)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        can_be_arrow = start == self.arrow_at
        no_in = self.arrow_no_in
        lx.next()
        saved = (self.yield_pos, self.await_pos, self.await_ident_pos)
        self.yield_pos = self.await_pos = self.await_ident_pos = -1
        pending = len(self.cover_errors)
        items: list[ast.Node] = []
        rest = None
        trailing_comma = -1
        inner_start, inner_line, inner_column = lx.start, lx.line, lx.column
        inner_end = inner_start
        while lx.type != ")":
            if lx.type == "...":
                rest = self.parse_rest_binding()
                if lx.type != ")":
                    self.error("Rest parameter must be last formal parameter")
                break
            items.append(self.parse_assign(False, True))
            inner_end = lx.prev_end
            if lx.type != ")":
                self.expect(",")
                if lx.type == ")":
                    trailing_comma = lx.prev_end - 1
        lx.next()
        if can_be_arrow and lx.type == "=>" and not lx.newline_before:
            del self.cover_errors[pending:]
            if self.yield_pos >= 0:
                self.error("Yield expression not allowed in formal parameter", self.yield_pos)
            if self.await_pos >= 0:
                self.error("Illegal await-expression in formal parameters of async function", self.await_pos)
            params = self.to_arrow_params(items)
            if rest is not None:
                params.append(rest)
            inner_await = self.await_ident_pos
            self.yield_pos, self.await_pos, self.await_ident_pos = saved
            if inner_await >= 0 and self.await_ident_pos < 0:
                self.await_ident_pos = inner_await
            return self.parse_arrow(params, False, no_in, start, line, column)
        if not items or rest is not None:
            self.error("Unexpected token ')'" if not items else "Unexpected token '...'", lx.prev_end - 1 if not items else rest.start)
        if trailing_comma >= 0:
            self.error("Unexpected token ')'", trailing_comma + 1)
        if len(self.cover_errors) > pending:
            self.cover_error(pending)
        self.merge_positions(saved)
        if len(items) == 1:
            expr = items[0]
        else:
            expr = ast.SequenceExpression(inner_start, inner_end, inner_line, inner_column, items)
        self.parenthesized[id(expr)] = expr
        return expr

    def parse_array(self) -> ast.Node:
        """ArrayLiteral (https://tc39.es/ecma262/#sec-array-initializer)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        elements: list[ast.Node | None] = []
        comma_after_spread = False
        while lx.type != "]":
            if lx.type == ",":
                lx.next()
                elements.append(None)
                continue
            if lx.type == "...":
                s, ln, col = lx.start, lx.line, lx.column
                lx.next()
                arg = self.parse_assign(False, True)
                elements.append(ast.SpreadElement(s, lx.prev_end, ln, col, arg))
                if lx.type == ",":
                    comma_after_spread = True
            else:
                elements.append(self.parse_assign(False, True))
            if lx.type != "]":
                self.expect(",")
        lx.next()
        node = ast.ArrayExpression(start, lx.prev_end, line, column, elements)
        if comma_after_spread:
            self.spread_comma[id(node)] = node
        return node

    def parse_object(self) -> ast.Node:
        """ObjectLiteral (https://tc39.es/ecma262/#sec-object-initializer)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        properties: list[ast.Node] = []
        has_proto = False
        comma_after_spread = False
        while lx.type != "}":
            if lx.type == "...":
                s, ln, col = lx.start, lx.line, lx.column
                lx.next()
                arg = self.parse_assign(False, True)
                properties.append(ast.SpreadElement(s, lx.prev_end, ln, col, arg))
                if lx.type == ",":
                    comma_after_spread = True
            else:
                prop = self.parse_property()
                properties.append(prop)
                if prop.kind == "init" and not prop.computed and not prop.shorthand and not prop.method:
                    key = prop.key
                    name = key.name if type(key) is ast.Identifier else key.value
                    if name == "__proto__" and (type(key) is ast.Identifier or type(key.value) is str):
                        if has_proto:  # Annex B: only an error when this stays a literal
                            self.cover_errors.append((key.start, "Duplicate __proto__ fields are not allowed in object literals"))
                        has_proto = True
            if lx.type != "}":
                self.expect(",")
        lx.next()
        node = ast.ObjectExpression(start, lx.prev_end, line, column, properties)
        if comma_after_spread:
            self.spread_comma[id(node)] = node
        return node

    def parse_property(self) -> ast.Property:
        """PropertyDefinition: `a`, `a = 1` (cover), `a: v`, `[k]: v`, methods and accessors."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        is_async = is_generator = False
        kind = "init"
        if lx.type == NAME and not lx.escaped and lx.value in ("get", "set", "async"):
            next_type, _, next_newline = lx.peek()
            if next_type not in (",", ":", "(", "}", "=") and not (lx.value == "async" and next_newline):
                if lx.value == "async":
                    is_async = True
                else:
                    kind = lx.value
                lx.next()
        if lx.type == "*":
            if kind != "init":
                self.unexpected()
            is_generator = True
            lx.next()
        key_type, key_escaped, key_value = lx.type, lx.escaped, lx.value
        computed = lx.type == "["
        key = self.parse_property_key()
        if kind != "init":
            value = self.parse_method(kind, False, False, start)
            self.check_accessor_params(kind, value)
            return ast.Property(start, lx.prev_end, line, column, key, value, kind, False, False, computed)
        if lx.type == "(":
            value = self.parse_method("method", is_async, is_generator, start)
            return ast.Property(start, lx.prev_end, line, column, key, value, "init", True, False, computed)
        if is_async or is_generator:
            self.unexpected()
        if lx.type == ":":
            lx.next()
            value = self.parse_assign(False, True)
            return ast.Property(start, lx.prev_end, line, column, key, value, "init", False, False, computed)
        if key_type != NAME or computed:
            self.unexpected()
        self.check_identifier(key_value, key.start, False, key_escaped)
        value = ast.Identifier(key.start, key.end, key.line, key.column, key_value)
        if lx.type == "=":
            self.cover_errors.append((lx.start, "Invalid shorthand property initializer"))
            lx.next()
            right = self.parse_assign()
            value = ast.AssignmentPattern(key.start, lx.prev_end, key.line, key.column, value, right)
        return ast.Property(start, lx.prev_end, line, column, key, value, "init", False, True, False)

    def parse_property_key(self) -> ast.Node:
        """PropertyName: IdentifierName, string, number, BigInt or [computed]."""
        lx = self.lx
        t = lx.type
        if t == NAME:
            return self.parse_identifier_name()
        if t == STRING or t == NUM:
            if lx.legacy_octal:
                self.check_strict_octal()
            node = ast.Literal(lx.start, lx.end, lx.line, lx.column, lx.value, self.source[lx.start : lx.end])
            lx.next()
            return node
        if t == BIGINT:
            return self.parse_bigint()
        if t == "[":
            lx.next()
            key = self.parse_assign()
            self.expect("]")
            return key
        self.unexpected()

    # -- new, super, import, new.target, import.meta --------------------------------------

    def parse_new(self) -> ast.Node:
        """`new C(args)`, `new C`, `new.target` (https://tc39.es/ecma262/#sec-new-operator)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        meta = ast.Identifier(lx.start, lx.end, lx.line, lx.column, "new")
        lx.next()
        if lx.type == ".":
            lx.next()
            if not self.is_keyword("target"):
                self.unexpected()
            if not self.allow_new_target:
                self.error("new.target expression is not allowed here", start)
            prop = self.parse_identifier_name()
            return ast.MetaProperty(start, lx.prev_end, line, column, meta, prop)
        self.enter_depth()
        c_start, c_line, c_column = lx.start, lx.line, lx.column
        if self.is_keyword("import") and lx.peek()[0] == "(":
            self.error("Cannot use new with import")
        callee = self.parse_subscripts(self.parse_primary_for_new(), c_start, c_line, c_column, True)
        self.depth -= 1
        arguments = self.parse_arguments() if lx.type == "(" else []
        return ast.NewExpression(start, lx.prev_end, line, column, callee, arguments)

    def parse_primary_for_new(self) -> ast.Node:
        """The callee of `new`: a primary expression that is never an arrow function, nor `super(`."""
        self.arrow_at = -1
        node = self.parse_primary()
        if type(node) is ast.Super and self.lx.type == "(":
            self.error("'super' keyword unexpected here", node.start)
        return node

    def parse_super(self) -> ast.Node:
        """`super.x`, `super[x]`, `super(...)` (https://tc39.es/ecma262/#sec-super-keyword)."""
        lx = self.lx
        node = ast.Super(lx.start, lx.end, lx.line, lx.column)
        lx.next()
        t = lx.type
        if t == "(":
            if not self.allow_super_call:
                self.error("'super' keyword unexpected here", node.start)
        elif t == "." or t == "[":
            if not self.allow_super_property:
                self.error("'super' keyword unexpected here", node.start)
        else:
            self.error("'super' keyword unexpected here", node.start)
        return node

    def parse_import_primary(self) -> ast.Node:
        """`import(x)` and `import.meta` (https://tc39.es/ecma262/#sec-import-calls)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        meta = ast.Identifier(lx.start, lx.end, lx.line, lx.column, "import")
        lx.next()
        if lx.type == ".":
            lx.next()
            if not self.is_keyword("meta"):
                self.unexpected()
            if not self.module:
                self.error("Cannot use 'import.meta' outside a module", start)
            prop = self.parse_identifier_name()
            return ast.MetaProperty(start, lx.prev_end, line, column, meta, prop)
        if lx.type != "(":
            self.unexpected()
        lx.next()
        source = self.parse_assign()
        self.expect(")")
        return ast.ImportExpression(start, lx.prev_end, line, column, source)

    def parse_function_primary(self) -> ast.Node:
        lx = self.lx
        return self.parse_function_expression(lx.start, lx.line, lx.column, is_async=False)

    def parse_class_primary(self) -> ast.Node:
        return self.parse_class(expression=True)

    def parse_let_primary(self) -> ast.Node:
        if self.strict:
            self.error("Unexpected strict mode reserved word")
        return self.parse_identifier_primary()


_YIELD_ENDS = frozenset((")", "]", "}", ",", ";", ":", EOF, "=>", "?", TEMPLATE_MIDDLE, TEMPLATE_TAIL))

_WORD_PRIMARY = {
    "this": ExpressionParser.parse_this,
    "null": ExpressionParser.parse_literal_word,
    "true": ExpressionParser.parse_literal_word,
    "false": ExpressionParser.parse_literal_word,
    "function": ExpressionParser.parse_function_primary,
    "class": ExpressionParser.parse_class_primary,
    "new": ExpressionParser.parse_new,
    "super": ExpressionParser.parse_super,
    "import": ExpressionParser.parse_import_primary,
    "async": ExpressionParser.parse_async_primary,
}

_PUNCTUATOR_PRIMARY = {
    "(": ExpressionParser.parse_paren,
    "[": ExpressionParser.parse_array,
    "{": ExpressionParser.parse_object,
    "/": ExpressionParser.parse_regex,
    "/=": ExpressionParser.parse_regex,
    TEMPLATE: ExpressionParser.parse_template_primary,
    TEMPLATE_HEAD: ExpressionParser.parse_template_primary,
    BIGINT: ExpressionParser.parse_bigint,
    "%": ExpressionParser.parse_intrinsic_callee,
}
