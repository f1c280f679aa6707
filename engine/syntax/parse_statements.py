"""Statements and declarations: https://tc39.es/ecma262/#sec-ecmascript-language-statements-and-declarations

``ctx`` tells a statement where it stands, for the rules about declarations in
single-statement positions:

- ``"list"``: a StatementListItem (declarations allowed);
- ``"if"``: the body of an if/else (Annex B allows a plain sloppy function declaration);
- ``"label"``: the body of a label that is itself a list item (Annex B: labelled plain
  sloppy function declarations);
- ``"body"``: any other single-statement position (loops, with, labels inside those).
"""
from __future__ import annotations

from engine.syntax import ast
from engine.syntax.limits import MAX_DEPTH
from engine.syntax.scopes import BLOCK, CATCH, CATCH_PARAM, LEXICAL, VAR, Scope
from engine.syntax.tokens import EOF, NAME, STRING

_LOOP_WORDS = frozenset(("for", "while", "do"))


class StatementParser:
    """Mixin of Parser: statements, declarations, blocks, directive prologues."""

    # -- lists, directives ------------------------------------------------------------------

    def parse_directives(self, body: list[ast.Node], end: str) -> bool:
        """A directive prologue (https://tc39.es/ecma262/#sec-directive-prologues-and-the-use-strict-directive).

        Appends the directive statements to ``body``; returns whether "use strict" is among
        them (and makes the parser strict). Legacy octal escapes in earlier directives
        become errors when "use strict" follows.
        """
        lx = self.lx
        octal_at = -1
        use_strict = False
        while lx.type == STRING:
            token_start, token_end, octal = lx.start, lx.end, lx.legacy_octal
            statement = self.parse_statement_list_item()
            body.append(statement)
            expression = statement.expression if type(statement) is ast.ExpressionStatement else None
            if type(expression) is not ast.Literal or expression.start != token_start or expression.end != token_end:
                break
            raw = self.source[token_start + 1 : token_end - 1]
            statement.directive = raw
            if octal and octal_at < 0:
                octal_at = token_start
            if raw == "use strict":
                use_strict = True
                self.strict = True
                if octal_at >= 0:
                    self.error("Octal escape sequences are not allowed in strict mode", octal_at)
        return use_strict

    def parse_statement_list_item(self) -> ast.Node:
        """StatementListItem: a Statement or a Declaration."""
        lx = self.lx
        if lx.type == NAME and not lx.escaped:
            word = lx.value
            if word == "function":
                return self.parse_function_declaration(lx.start, lx.line, lx.column, False, "list")
            if word == "class":
                return self.parse_class(expression=False)
            if word == "const" or (word == "let" and self.let_starts_declaration()):
                return self.parse_lexical_declaration()
            if word == "async" and self.async_function_follows():
                return self.parse_function_declaration(lx.start, lx.line, lx.column, True, "list")
        return self.parse_statement("list")

    def let_starts_declaration(self) -> bool:
        """`let` begins a LexicalDeclaration: followed by `[`, `{` or an identifier."""
        next_type, next_value, _ = self.lx.peek()
        if next_type == "[" or next_type == "{":
            return True
        return next_type == NAME and (next_value not in ("in", "instanceof") or self.strict)

    def async_function_follows(self) -> bool:
        next_type, next_value, next_newline = self.lx.peek()
        return next_type == NAME and next_value == "function" and not next_newline

    def parse_block_body(self, end: str = "}") -> list[ast.Node]:
        lx = self.lx
        body: list[ast.Node] = []
        while lx.type != end:
            if lx.type == EOF:
                self.unexpected()
            body.append(self.parse_statement_list_item())
        return body

    # -- statements ---------------------------------------------------------------------------

    def parse_statement(self, ctx: str) -> ast.Node:
        """Statement (https://tc39.es/ecma262/#prod-Statement)."""
        lx = self.lx
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error("nesting too deep")
        t = lx.type
        if t == NAME and not lx.escaped:
            handler = _STATEMENT_WORDS.get(lx.value)
            node = handler(self, ctx) if handler is not None else self.parse_expression_statement(ctx)
        elif t == "{":
            node = self.parse_block()
        elif t == ";":
            node = ast.EmptyStatement(lx.start, lx.end, lx.line, lx.column)
            lx.next()
        else:
            node = self.parse_expression_statement(ctx)
        self.depth -= 1
        return node

    def parse_expression_statement(self, ctx: str) -> ast.Node:
        """ExpressionStatement or LabelledStatement (both start with an expression)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        starts_with_name = lx.type == NAME
        expr = self.parse_expression()
        if starts_with_name and lx.type == ":" and type(expr) is ast.Identifier and id(expr) not in self.parenthesized:
            return self.parse_labelled(expr, ctx)
        self.semicolon()
        return ast.ExpressionStatement(start, lx.prev_end, line, column, expr, None)

    def parse_block(self) -> ast.BlockStatement:
        """Block with its own lexical scope (https://tc39.es/ecma262/#sec-block)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.scope = Scope(BLOCK, self.scope)
        body = self.parse_block_body()
        self.scope = self.scope.parent
        lx.next()
        return ast.BlockStatement(start, lx.prev_end, line, column, body)

    def parse_var_statement(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        declarations = self.parse_declarators("var", False, False)
        self.semicolon()
        return ast.VariableDeclaration(start, lx.prev_end, line, column, declarations, "var")

    def parse_lexical_declaration(self) -> ast.Node:
        """LexicalDeclaration: let/const (https://tc39.es/ecma262/#sec-let-and-const-declarations)."""
        lx = self.lx
        start, line, column, kind = lx.start, lx.line, lx.column, lx.value
        lx.next()
        declarations = self.parse_declarators(kind, False, False)
        self.semicolon()
        return ast.VariableDeclaration(start, lx.prev_end, line, column, declarations, kind)

    def parse_declarators(self, kind: str, no_in: bool, for_head: bool) -> list[ast.VariableDeclarator]:
        """VariableDeclarationList / BindingList; names are declared unless ``for_head``
        (a for head declares them once it knows whether it is a for-in/of)."""
        lx = self.lx
        declarations: list[ast.VariableDeclarator] = []
        how = VAR if kind == "var" else LEXICAL
        while True:
            start, line, column = lx.start, lx.line, lx.column
            target = self.parse_binding_target()
            init = None
            if lx.type == "=":
                lx.next()
                init = self.parse_assign(no_in)
            elif not for_head:
                self.check_initializer_present(kind, target)
            if not for_head:
                self.declare_pattern(target, how)
            declarations.append(ast.VariableDeclarator(start, lx.prev_end, line, column, target, init))
            if lx.type != ",":
                return declarations
            lx.next()

    def check_initializer_present(self, kind: str, target: ast.Node) -> None:
        if kind == "const":
            self.error("Missing initializer in const declaration", target.end)
        if type(target) is not ast.Identifier:
            self.error("Missing initializer in destructuring declaration", target.end)

    def parse_if(self, ctx: str) -> ast.Node:
        """IfStatement (https://tc39.es/ecma262/#sec-if-statement)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.expect("(")
        test = self.parse_expression()
        self.expect(")")
        consequent = self.parse_if_clause()
        alternate = None
        if self.eat_keyword("else"):
            alternate = self.parse_if_clause()
        return ast.IfStatement(start, lx.prev_end, line, column, test, consequent, alternate)

    def parse_if_clause(self) -> ast.Node:
        """Annex B: `if (x) function f(){}` in sloppy code, as if braced (https://tc39.es/ecma262/#sec-functiondeclarations-in-ifstatement-statement-clauses)."""
        lx = self.lx
        if self.is_keyword("function") and not self.strict:
            self.scope = Scope(BLOCK, self.scope)
            node = self.parse_function_declaration(lx.start, lx.line, lx.column, False, "if")
            self.scope = self.scope.parent
            return node
        return self.parse_statement("if")

    def parse_loop_body(self) -> ast.Node:
        self.breakable += 1
        self.iterations += 1
        body = self.parse_statement("body")
        self.breakable -= 1
        self.iterations -= 1
        return body

    def parse_while(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.expect("(")
        test = self.parse_expression()
        self.expect(")")
        body = self.parse_loop_body()
        return ast.WhileStatement(start, lx.prev_end, line, column, test, body)

    def parse_do_while(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        body = self.parse_loop_body()
        self.expect_keyword("while")
        self.expect("(")
        test = self.parse_expression()
        self.expect(")")
        if lx.type == ";":  # a `;` after do-while is optional (ASI special case)
            lx.next()
        return ast.DoWhileStatement(start, lx.prev_end, line, column, body, test)

    def parse_for(self, ctx: str) -> ast.Node:
        """for, for-in, for-of, for-await-of (https://tc39.es/ecma262/#sec-iteration-statements)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        is_await = False
        if self.is_keyword("await") and self.in_async:
            if self.in_params:
                self.error("Illegal await-expression in formal parameters of async function")
            if self.await_pos < 0:
                self.await_pos = lx.start
            is_await = True
            lx.next()
        self.expect("(")
        self.scope = Scope(BLOCK, self.scope)
        if lx.type == ";":
            if is_await:
                self.unexpected()
            node = self.parse_for_rest(start, line, column, None)
        elif lx.type == NAME and not lx.escaped and (
            lx.value == "var" or lx.value == "const" or (lx.value == "let" and self.let_starts_for_declaration())
        ):
            node = self.parse_for_declaration(start, line, column, is_await)
        else:
            node = self.parse_for_expression(start, line, column, is_await)
        self.scope = self.scope.parent
        return node

    def let_starts_for_declaration(self) -> bool:
        next_type, next_value, _ = self.lx.peek()
        if next_type == "[" or next_type == "{":
            return True
        return next_type == NAME and (self.strict or next_value not in ("in", "of"))

    def parse_for_declaration(self, start: int, line: int, column: int, is_await: bool) -> ast.Node:
        lx = self.lx
        d_start, d_line, d_column, kind = lx.start, lx.line, lx.column, lx.value
        lx.next()
        declarations = self.parse_declarators(kind, True, True)
        declaration = ast.VariableDeclaration(d_start, lx.prev_end, d_line, d_column, declarations, kind)
        is_of = self.is_keyword("of")
        if is_of or self.is_keyword("in"):
            if len(declarations) != 1:
                self.error(f"Invalid left-hand side in for-{'of' if is_of else 'in'} loop: Must have a single binding.", d_start)
            init = declarations[0].init
            if init is not None:
                annex_b = not is_of and not self.strict and kind == "var" and type(declarations[0].id) is ast.Identifier
                if not annex_b:
                    self.error(f"for-{'of' if is_of else 'in'} loop variable declaration may not have an initializer.", d_start)
            how = LEXICAL if kind != "var" else VAR
            self.declare_pattern(declarations[0].id, how)
            return self.parse_for_in_of_rest(start, line, column, declaration, is_of, is_await)
        if is_await:
            self.unexpected()
        how = LEXICAL if kind != "var" else VAR
        for declarator in declarations:
            if declarator.init is None:
                self.check_initializer_present(kind, declarator.id)
            self.declare_pattern(declarator.id, how)
        return self.parse_for_rest(start, line, column, declaration)

    def parse_for_expression(self, start: int, line: int, column: int, is_await: bool) -> ast.Node:
        lx = self.lx
        init_start, init_line, init_column = lx.start, lx.line, lx.column
        starts_with_let = self.is_keyword("let")
        starts_with_async = self.is_keyword("async")
        pending = len(self.cover_errors)
        init = self.parse_assign(True, True)
        is_of = self.is_keyword("of")
        if is_of or self.is_keyword("in"):
            if is_of and starts_with_let:
                self.error("The left-hand side of a for-of loop may not be 'let'.", init_start)
            if is_of and starts_with_async and not is_await and type(init) is ast.Identifier and id(init) not in self.parenthesized:
                self.error("The left-hand side of a for-of loop may not be 'async'.", init_start)
            if type(init) in (ast.ObjectExpression, ast.ArrayExpression) and id(init) not in self.parenthesized:
                init = self.to_assignment_pattern(init)
                del self.cover_errors[pending:]
            else:
                self.check_simple_target(init, f"Invalid left-hand side in for-{'of' if is_of else 'in'} loop")
            return self.parse_for_in_of_rest(start, line, column, init, is_of, is_await)
        if len(self.cover_errors) > pending:
            self.cover_error(pending)
        if is_await:
            self.unexpected()
        if lx.type == ",":
            expressions = [init]
            while lx.type == ",":
                lx.next()
                expressions.append(self.parse_assign(True))
            init = ast.SequenceExpression(init_start, lx.prev_end, init_line, init_column, expressions)
        return self.parse_for_rest(start, line, column, init)

    def parse_for_rest(self, start: int, line: int, column: int, init: ast.Node | None) -> ast.Node:
        """for ( init ; test ; update ) body"""
        lx = self.lx
        self.expect(";")
        test = None if lx.type == ";" else self.parse_expression()
        self.expect(";")
        update = None if lx.type == ")" else self.parse_expression()
        self.expect(")")
        body = self.parse_loop_body()
        return ast.ForStatement(start, lx.prev_end, line, column, init, test, update, body)

    def parse_for_in_of_rest(self, start: int, line: int, column: int, left: ast.Node, is_of: bool, is_await: bool) -> ast.Node:
        lx = self.lx
        if is_await and not is_of:
            self.unexpected()
        lx.next()  # in / of
        right = self.parse_assign() if is_of else self.parse_expression()
        self.expect(")")
        body = self.parse_loop_body()
        if is_of:
            return ast.ForOfStatement(start, lx.prev_end, line, column, left, right, body, is_await)
        return ast.ForInStatement(start, lx.prev_end, line, column, left, right, body)

    def parse_continue(self, ctx: str) -> ast.Node:
        """ContinueStatement (https://tc39.es/ecma262/#sec-continue-statement-static-semantics-early-errors)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        label = None
        if lx.type == NAME and not lx.newline_before:
            label = self.parse_identifier()
            for name, is_loop in self.labels:
                if name == label.name:
                    if not is_loop:
                        self.error(f"Illegal continue statement: '{name}' does not denote an iteration statement", label.start)
                    break
            else:
                self.error(f"Undefined label '{label.name}'", label.start)
        elif not self.iterations:
            self.error("Illegal continue statement: no surrounding iteration statement", start)
        self.semicolon()
        return ast.ContinueStatement(start, lx.prev_end, line, column, label)

    def parse_break(self, ctx: str) -> ast.Node:
        """BreakStatement (https://tc39.es/ecma262/#sec-break-statement-static-semantics-early-errors)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        label = None
        if lx.type == NAME and not lx.newline_before:
            label = self.parse_identifier()
            if not any(name == label.name for name, _ in self.labels):
                self.error(f"Undefined label '{label.name}'", label.start)
        elif not self.breakable:
            self.error("Illegal 'break' statement", start)
        self.semicolon()
        return ast.BreakStatement(start, lx.prev_end, line, column, label)

    def parse_return(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        if not self.in_function:
            self.error("Illegal return statement")
        lx.next()
        argument = None
        if not self.can_insert_semicolon():
            argument = self.parse_expression()
        self.semicolon()
        return ast.ReturnStatement(start, lx.prev_end, line, column, argument)

    def parse_throw(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        if lx.newline_before:
            self.error("Illegal newline after throw")
        argument = self.parse_expression()
        self.semicolon()
        return ast.ThrowStatement(start, lx.prev_end, line, column, argument)

    def parse_with(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        if self.strict:
            self.error("Strict mode code may not include a with statement")
        lx.next()
        self.expect("(")
        obj = self.parse_expression()
        self.expect(")")
        body = self.parse_statement("body")
        return ast.WithStatement(start, lx.prev_end, line, column, obj, body)

    def parse_switch(self, ctx: str) -> ast.Node:
        """SwitchStatement: all clauses share one block scope (https://tc39.es/ecma262/#sec-switch-statement)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.expect("(")
        discriminant = self.parse_expression()
        self.expect(")")
        self.expect("{")
        self.scope = Scope(BLOCK, self.scope)
        self.breakable += 1
        cases: list[ast.SwitchCase] = []
        has_default = False
        while lx.type != "}":
            c_start, c_line, c_column = lx.start, lx.line, lx.column
            if self.eat_keyword("case"):
                test = self.parse_expression()
            elif self.is_keyword("default"):
                if has_default:
                    self.error("More than one default clause in switch statement")
                has_default = True
                lx.next()
                test = None
            else:
                self.unexpected()
            self.expect(":")
            consequent: list[ast.Node] = []
            while lx.type != "}" and not self.is_keyword("case") and not self.is_keyword("default"):
                if lx.type == EOF:
                    self.unexpected()
                consequent.append(self.parse_statement_list_item())
            cases.append(ast.SwitchCase(c_start, lx.prev_end, c_line, c_column, test, consequent))
        lx.next()
        self.breakable -= 1
        self.scope = self.scope.parent
        return ast.SwitchStatement(start, lx.prev_end, line, column, discriminant, cases)

    def parse_try(self, ctx: str) -> ast.Node:
        """TryStatement (https://tc39.es/ecma262/#sec-try-statement)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        if lx.type != "{":
            self.unexpected()
        block = self.parse_block()
        handler = None
        finalizer = None
        if self.is_keyword("catch"):
            handler = self.parse_catch()
        if self.eat_keyword("finally"):
            if lx.type != "{":
                self.unexpected()
            finalizer = self.parse_block()
        if handler is None and finalizer is None:
            self.error("Missing catch or finally after try")
        return ast.TryStatement(start, lx.prev_end, line, column, block, handler, finalizer)

    def parse_catch(self) -> ast.CatchClause:
        """Catch: the parameter and the block share one scope (https://tc39.es/ecma262/#sec-try-statement-static-semantics-early-errors)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.scope = Scope(CATCH, self.scope)
        param = None
        if lx.type == "(":
            lx.next()
            param = self.parse_binding_target()
            self.declare_pattern(param, CATCH_PARAM if type(param) is ast.Identifier else LEXICAL)
            self.expect(")")
        if lx.type != "{":
            self.unexpected()
        b_start, b_line, b_column = lx.start, lx.line, lx.column
        lx.next()
        body = self.parse_block_body()
        lx.next()
        self.scope = self.scope.parent
        block = ast.BlockStatement(b_start, lx.prev_end, b_line, b_column, body)
        return ast.CatchClause(start, lx.prev_end, line, column, param, block)

    def parse_debugger(self, ctx: str) -> ast.Node:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        self.semicolon()
        return ast.DebuggerStatement(start, lx.prev_end, line, column)

    def parse_labelled(self, label: ast.Identifier, ctx: str) -> ast.Node:
        """LabelledStatement, for a chain `a: b: stmt` at once (https://tc39.es/ecma262/#sec-labelled-statements)."""
        lx = self.lx
        chain = [label]
        lx.next()  # :
        while lx.type == NAME and lx.peek()[0] == ":":
            chain.append(self.parse_identifier())
            lx.next()
            if len(chain) + self.depth > MAX_DEPTH:
                self.error("nesting too deep")
        is_loop = lx.type == NAME and not lx.escaped and lx.value in _LOOP_WORDS
        if len(chain) + self.depth > MAX_DEPTH:  # each label nests the tree one level
            self.error("nesting too deep")
        for name in chain:
            if any(existing == name.name for existing, _ in self.labels):
                self.error(f"Label '{name.name}' has already been declared", name.start)
            self.labels.append((name.name, is_loop))
        if self.is_keyword("function"):
            if self.strict:
                self.error("In strict mode code, functions can only be declared at top level or inside a block.")
            if ctx not in ("list", "label"):
                self.error("Labelled function declarations cannot be the body of a loop or an if statement.")
            body = self.parse_function_declaration(lx.start, lx.line, lx.column, False, "label")
        else:
            body = self.parse_statement("label" if ctx == "list" else "body")
        del self.labels[len(self.labels) - len(chain) :]
        for name in reversed(chain):
            body = ast.LabeledStatement(name.start, lx.prev_end, name.line, name.column, name, body)
        return body

    # -- words that cannot start a statement in this position ---------------------------------

    def parse_declaration_in_statement_position(self, ctx: str) -> ast.Node:
        lx = self.lx
        word = lx.value
        if word == "function":
            if self.strict:
                self.error("In strict mode code, functions can only be declared at top level or inside a block.")
            self.error("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.")
        if word == "class" or word == "const":
            self.error(f"Unexpected token '{word}'")
        if word == "let" and lx.peek()[0] == "[":
            self.error("Lexical declaration cannot appear in a single-statement context")
        if word == "async" and self.async_function_follows():
            self.error("Async functions can only be declared at the top level or inside a block.")
        return self.parse_expression_statement(ctx)

    def parse_module_word_statement(self, ctx: str) -> ast.Node:
        """`import` and `export` outside a module's top level: only `import(...)` and `import.meta`."""
        lx = self.lx
        if lx.value == "import":
            next_type = lx.peek()[0]
            if next_type == "(" or next_type == ".":
                return self.parse_expression_statement(ctx)
        if self.module:
            self.error(f"'{lx.value}' may only appear at the top level of a module")
        self.error("Cannot use import statement outside a module" if lx.value == "import" else "Unexpected token 'export'")


_STATEMENT_WORDS = {
    "var": StatementParser.parse_var_statement,
    "if": StatementParser.parse_if,
    "for": StatementParser.parse_for,
    "while": StatementParser.parse_while,
    "do": StatementParser.parse_do_while,
    "continue": StatementParser.parse_continue,
    "break": StatementParser.parse_break,
    "return": StatementParser.parse_return,
    "throw": StatementParser.parse_throw,
    "try": StatementParser.parse_try,
    "switch": StatementParser.parse_switch,
    "with": StatementParser.parse_with,
    "debugger": StatementParser.parse_debugger,
    "function": StatementParser.parse_declaration_in_statement_position,
    "class": StatementParser.parse_declaration_in_statement_position,
    "const": StatementParser.parse_declaration_in_statement_position,
    "let": StatementParser.parse_declaration_in_statement_position,
    "async": StatementParser.parse_declaration_in_statement_position,
    "import": StatementParser.parse_module_word_statement,
    "export": StatementParser.parse_module_word_statement,
}
