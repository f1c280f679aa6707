"""Functions, arrow functions, methods and classes.

https://tc39.es/ecma262/#sec-ecmascript-language-functions-and-classes

Every function saves the parser's function context (strictness, yield/await meaning,
what `super`, `new.target` and `arguments` may do, labels, the scope) and restores it
at the end. Strictness can come from the body's own "use strict", so the checks that
depend on it (parameter names, duplicate parameters, the function's own name) run after
the directive prologue.
"""
from __future__ import annotations

from engine.syntax import ast
from engine.syntax.scopes import FUNCTION, FUNCTION_IN_BLOCK, LEXICAL, VAR, Scope
from engine.syntax.tokens import EOF, NAME, PRIVATE_NAME

_STRICT_ONLY_RESERVED = frozenset("implements interface let package private protected public static yield".split())


class ClassInfo:
    """The private names one class body declares and the ones it uses (checked at its end)."""

    __slots__ = ("declared", "used")

    def __init__(self) -> None:
        self.declared: dict[str, str] = {}  # name -> "field" | "method" | "get" | "set" | "accessor pair", static marked with "static "
        self.used: list[tuple[str, int]] = []


class FunctionParser:
    """Mixin of Parser: function context, functions, arrows, methods, classes."""

    # -- the function context --------------------------------------------------------------

    def save_context(self) -> tuple:
        return (
            self.strict, self.in_function, self.in_generator, self.in_async, self.await_banned,
            self.in_params, self.allow_super_property, self.allow_super_call, self.allow_new_target,
            self.allow_arguments, self.labels, self.breakable, self.iterations, self.scope,
            self.yield_pos, self.await_pos, self.await_ident_pos,
        )  # fmt: skip

    def restore_context(self, saved: tuple) -> None:
        (
            self.strict, self.in_function, self.in_generator, self.in_async, self.await_banned,
            self.in_params, self.allow_super_property, self.allow_super_call, self.allow_new_target,
            self.allow_arguments, self.labels, self.breakable, self.iterations, self.scope,
            self.yield_pos, self.await_pos, self.await_ident_pos,
        ) = saved  # fmt: skip

    def enter_function(self, is_async: bool, is_generator: bool, is_arrow: bool) -> tuple:
        """Start a function's context; returns what restore_context needs."""
        saved = self.save_context()
        self.in_function = True
        self.in_generator = is_generator
        self.in_async = is_async
        self.in_params = False
        self.labels = []
        self.breakable = 0
        self.iterations = 0
        self.scope = Scope(FUNCTION, self.scope)
        self.yield_pos = self.await_pos = self.await_ident_pos = -1
        if is_arrow:  # arrows see their surroundings' super, new.target and arguments
            self.await_banned = self.module or is_async
        else:
            self.await_banned = self.module or is_async
            self.allow_super_property = False
            self.allow_super_call = False
            self.allow_new_target = True
            self.allow_arguments = True
        return saved

    # -- function declarations and expressions ----------------------------------------------

    def parse_function_declaration(self, start: int, line: int, column: int, is_async: bool, ctx: str, anonymous_ok: bool = False) -> ast.Node:
        """FunctionDeclaration, GeneratorDeclaration, Async(Generator)Declaration."""
        lx = self.lx
        if is_async:
            lx.next()
        lx.next()  # function
        is_generator = False
        if lx.type == "*":
            is_generator = True
            lx.next()
        if ctx != "list" and (is_generator or is_async):
            self.error("Generators and async functions can only be declared at the top level or inside a block", start)
        name = None
        if lx.type == NAME or not anonymous_ok:
            name = self.parse_identifier(binding=True)  # in the enclosing context's yield/await
            # Var-like in a function body or a script; in blocks lexical, except plain
            # sloppy functions, which Annex B lets repeat (https://tc39.es/ecma262/#sec-block-duplicates-allowed-static-semantics).
            plain_sloppy = not (self.strict or is_generator or is_async)
            how = FUNCTION_IN_BLOCK if self.scope.functions_are_var() or plain_sloppy else LEXICAL
            self.declare_name(name.name, how, name.start)
        return self.parse_function_rest(ast.FunctionDeclaration, start, line, column, name, is_async, is_generator)

    def parse_function_expression(self, start: int, line: int, column: int, is_async: bool) -> ast.Node:
        lx = self.lx
        if is_async:
            lx.next()
        lx.next()  # function
        is_generator = False
        if lx.type == "*":
            is_generator = True
            lx.next()
        name = None
        if lx.type == NAME:  # the name is checked in the function's own yield/await context
            outer = (self.in_generator, self.await_banned)
            self.in_generator = is_generator
            self.await_banned = self.module or is_async
            name = self.parse_identifier(binding=True)
            self.in_generator, self.await_banned = outer
        return self.parse_function_rest(ast.FunctionExpression, start, line, column, name, is_async, is_generator)

    def parse_function_rest(self, node_class: type, start: int, line: int, column: int, name: ast.Identifier | None, is_async: bool, is_generator: bool) -> ast.Node:
        """Parameters and body of a non-arrow function."""
        saved = self.enter_function(is_async, is_generator, False)
        params = self.parse_formal_parameters()
        body, simple = self.parse_function_body(params, name, unique_params=False)
        strict = self.strict
        self.restore_context(saved)
        lx = self.lx
        return node_class(start, lx.prev_end, line, column, name, params, body, is_generator, is_async, False, strict, simple)

    def parse_formal_parameters(self) -> list[ast.Node]:
        """FormalParameters (https://tc39.es/ecma262/#sec-function-definitions)."""
        lx = self.lx
        self.expect("(")
        self.in_params = True
        params: list[ast.Node] = []
        while lx.type != ")":
            if lx.type == "...":
                params.append(self.parse_rest_binding())
                if lx.type != ")":
                    self.error("Rest parameter must be last formal parameter")
                break
            params.append(self.parse_binding_element())
            if lx.type != ")":
                self.expect(",")
        lx.next()
        self.in_params = False
        return params

    def parse_function_body(self, params: list[ast.Node], name: ast.Identifier | None, unique_params: bool) -> tuple[ast.BlockStatement, bool]:
        """`{ FunctionBody }` with the checks that need to know the body's strictness."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        simple = self.is_simple_parameter_list(params)
        names = self.declare_parameters(params)
        self.expect("{")
        body: list[ast.Node] = []
        outer_strict = self.strict
        if self.parse_directives(body, "}") and not simple:
            self.error("Illegal 'use strict' directive in function with non-simple parameter list", start)
        self.check_parameter_names(names, unique_params or not simple)
        if name is not None and self.strict and not outer_strict:
            self.check_strict_binding_name(name)
        while lx.type != "}":
            if lx.type == EOF:
                self.unexpected()
            body.append(self.parse_statement_list_item())
        lx.next()
        return ast.BlockStatement(start, lx.prev_end, line, column, body), simple

    @staticmethod
    def is_simple_parameter_list(params: list[ast.Node]) -> bool:
        for param in params:
            if type(param) is not ast.Identifier:
                return False
        return True

    def declare_parameters(self, params: list[ast.Node]) -> list[ast.Identifier]:
        names: list[ast.Identifier] = []
        for param in params:
            self.bound_names(param, names)
        for name in names:
            self.declare_name(name.name, VAR, name.start)
        return names

    def check_parameter_names(self, names: list[ast.Identifier], unique: bool) -> None:
        """Duplicates (https://tc39.es/ecma262/#sec-function-definitions-static-semantics-early-errors) and strict-mode names."""
        if unique or self.strict:
            seen: set[str] = set()
            for name in names:
                if name.name in seen:
                    self.error("Duplicate parameter name not allowed in this context", name.start)
                seen.add(name.name)
        if self.strict:
            for name in names:
                self.check_strict_binding_name(name)

    def check_strict_binding_name(self, name: ast.Identifier) -> None:
        if name.name == "eval" or name.name == "arguments":
            self.error("Unexpected eval or arguments in strict mode", name.start)
        if name.name in _STRICT_ONLY_RESERVED:
            self.error("Unexpected strict mode reserved word", name.start)

    # -- arrow functions ------------------------------------------------------------------------

    def parse_arrow_from_identifier(self, param: ast.Identifier, is_async: bool, no_in: bool, start: int = -1, line: int = 0, column: int = 0) -> ast.Node:
        """`x => ...` and `async x => ...`: the single parameter is already read."""
        if start < 0:
            start, line, column = param.start, param.line, param.column
        self.check_identifier(param.name, param.start, True)
        if is_async and param.name == "await":
            self.error("'await' is not allowed in async arrow parameters", param.start)
        return self.parse_arrow([param], is_async, no_in, start, line, column)

    def parse_arrow(self, params: list[ast.Node], is_async: bool, no_in: bool, start: int, line: int, column: int) -> ast.Node:
        """ArrowFunction / AsyncArrowFunction after the parameters, at `=>` (https://tc39.es/ecma262/#sec-arrow-function-definitions)."""
        lx = self.lx
        lx.next()  # =>
        saved = self.enter_function(is_async, False, True)
        if lx.type == "{":
            body, simple = self.parse_function_body(params, None, unique_params=True)
            expression = False
        else:
            simple = self.is_simple_parameter_list(params)
            names = self.declare_parameters(params)
            self.check_parameter_names(names, True)
            body = self.parse_assign(no_in)
            expression = True
        strict = self.strict
        self.restore_context(saved)
        return ast.ArrowFunctionExpression(start, lx.prev_end, line, column, None, params, body, False, is_async, expression, strict, simple)

    # -- methods ------------------------------------------------------------------------------------

    def parse_method(self, kind: str, is_async: bool, is_generator: bool, start: int, super_call: bool = False) -> ast.FunctionExpression:
        """MethodDefinition's parameters and body (https://tc39.es/ecma262/#sec-method-definitions)."""
        lx = self.lx
        line, column = lx.line, lx.column
        value_start = lx.start
        saved = self.enter_function(is_async, is_generator, False)
        self.allow_super_property = True
        self.allow_super_call = super_call
        params = self.parse_formal_parameters()
        body, simple = self.parse_function_body(params, None, unique_params=True)
        strict = self.strict
        self.restore_context(saved)
        return ast.FunctionExpression(value_start, lx.prev_end, line, column, None, params, body, is_generator, is_async, False, strict, simple)

    def check_accessor_params(self, kind: str, function: ast.FunctionExpression) -> None:
        """Getters take no parameter, setters exactly one that is not a rest element."""
        params = function.params
        if kind == "get" and params:
            self.error("Getter must not have any formal parameters.", function.start)
        if kind == "set" and (len(params) != 1 or type(params[0]) is ast.RestElement):
            self.error("Setter must have exactly one formal parameter.", function.start)

    # -- classes ------------------------------------------------------------------------------------

    def parse_class(self, expression: bool, anonymous_ok: bool = False) -> ast.Node:
        """ClassDeclaration / ClassExpression (https://tc39.es/ecma262/#sec-class-definitions)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()  # class
        outer_strict = self.strict
        self.strict = True
        name = None
        if lx.type == NAME and not (lx.value == "extends" and not lx.escaped):
            name = self.parse_identifier(binding=True)
            if not expression:
                self.declare_name(name.name, LEXICAL, name.start)
        elif not expression and not anonymous_ok:
            self.unexpected()
        super_class = None
        if self.eat_keyword("extends"):
            s, ln, col = lx.start, lx.line, lx.column
            self.arrow_at = -1
            self.enter_depth()
            super_class = self.parse_subscripts(self.parse_primary(), s, ln, col, False)
            self.depth -= 1
        body = self.parse_class_body(super_class is not None)
        self.strict = outer_strict
        node_class = ast.ClassExpression if expression else ast.ClassDeclaration
        return node_class(start, lx.prev_end, line, column, name, super_class, body)

    def parse_class_body(self, derived: bool) -> ast.ClassBody:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        self.expect("{")
        info = ClassInfo()
        self.class_stack.append(info)
        elements: list[ast.Node] = []
        has_constructor = False
        while lx.type != "}":
            if lx.type == ";":
                lx.next()
                continue
            element = self.parse_class_element(derived, info)
            if type(element) is ast.MethodDefinition and element.kind == "constructor":
                if has_constructor:
                    self.error("A class may only have one constructor", element.start)
                has_constructor = True
            elements.append(element)
        lx.next()
        self.class_stack.pop()
        self.resolve_private_names(info)
        return ast.ClassBody(start, lx.prev_end, line, column, elements)

    def parse_class_element(self, derived: bool, info: ClassInfo) -> ast.Node:
        """ClassElement: methods, accessors, fields, static blocks (https://tc39.es/ecma262/#prod-ClassElement)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        is_static = False
        if self.is_keyword("static"):
            next_type = lx.peek()[0]
            if next_type == "{":
                lx.next()
                return self.parse_static_block(start, line, column)
            if next_type not in ("(", "=", ";", "}", EOF):
                is_static = True
                lx.next()
        kind = "method"
        is_async = is_generator = False
        if lx.type == NAME and not lx.escaped and lx.value in ("get", "set", "async"):
            next_type, _, next_newline = lx.peek()
            if next_type not in ("(", "=", ";", "}", EOF) and not (next_newline and (lx.value == "async" or next_type == "*")):
                if lx.value == "async":
                    is_async = True
                else:
                    kind = lx.value
                lx.next()
        if lx.type == "*":
            if kind != "method":
                self.unexpected()
            is_generator = True
            lx.next()
        key_start = lx.start
        computed = lx.type == "["
        if lx.type == PRIVATE_NAME:
            key = ast.PrivateIdentifier(lx.start, lx.end, lx.line, lx.column, lx.value)
            if lx.value == "constructor":
                self.error("Classes may not have a private field named '#constructor'")
            lx.next()
        else:
            key = self.parse_property_key()
        key_name = self.static_key_name(key, computed)
        if lx.type == "(":
            if key_name == "constructor" and not is_static and type(key) is not ast.PrivateIdentifier:
                if kind != "method" or is_async or is_generator:
                    self.error("Class constructor may not be a special method", key_start)
                kind = "constructor"
            if is_static and key_name == "prototype":
                self.error("Classes may not have a static property named 'prototype'", key_start)
            value = self.parse_method(kind, is_async, is_generator, start, super_call=derived and kind == "constructor")
            if kind in ("get", "set"):
                self.check_accessor_params(kind, value)
            if type(key) is ast.PrivateIdentifier:
                self.declare_private_name(info, key, kind, is_static)
            return ast.MethodDefinition(start, lx.prev_end, line, column, key, value, kind, computed, is_static)
        if kind != "method" or is_async or is_generator:
            self.unexpected()
        if key_name == "constructor" or (is_static and key_name == "prototype"):
            self.error(f"Classes may not have a field named '{key_name}'", key_start)
        if type(key) is ast.PrivateIdentifier:
            self.declare_private_name(info, key, "field", is_static)
        value = None
        if lx.type == "=":
            lx.next()
            value = self.parse_field_initializer()
        self.semicolon()
        return ast.PropertyDefinition(start, lx.prev_end, line, column, key, value, computed, is_static)

    @staticmethod
    def static_key_name(key: ast.Node, computed: bool) -> str | None:
        """PropName of a non-computed key (identifier or string), for the constructor/prototype rules."""
        if computed:
            return None
        if type(key) is ast.Identifier:
            return key.name
        if type(key) is ast.Literal and type(key.value) is str:
            return key.value
        return None

    def parse_field_initializer(self) -> ast.Node:
        """A field's initializer runs like a method body: no `arguments`, no super() (https://tc39.es/ecma262/#sec-class-definitions-static-semantics-early-errors)."""
        saved = self.enter_function(False, False, False)
        self.await_banned = saved[4]  # still [?Await]: `await` is no identifier where it was reserved
        self.in_function = False
        self.allow_super_property = True
        self.allow_arguments = False
        value = self.parse_assign()
        self.restore_context(saved)
        return value

    def parse_static_block(self, start: int, line: int, column: int) -> ast.StaticBlock:
        """ClassStaticBlock (https://tc39.es/ecma262/#sec-class-definitions)."""
        lx = self.lx
        saved = self.enter_function(False, False, False)
        self.in_function = False
        self.await_banned = True
        self.allow_super_property = True
        self.allow_arguments = False
        self.expect("{")
        body: list[ast.Node] = []
        while lx.type != "}":
            if lx.type == EOF:
                self.unexpected()
            body.append(self.parse_statement_list_item())
        lx.next()
        self.restore_context(saved)
        return ast.StaticBlock(start, lx.prev_end, line, column, body)

    # -- private names --------------------------------------------------------------------------------

    def declare_private_name(self, info: ClassInfo, key: ast.PrivateIdentifier, kind: str, is_static: bool) -> None:
        """Each private name once, except one getter plus one setter of the same placement."""
        tag = ("static " if is_static else "") + kind
        previous = info.declared.get(key.name)
        if previous is None:
            info.declared[key.name] = tag
            return
        pair = {previous, tag}
        if pair == {"get", "set"} or pair == {"static get", "static set"}:
            info.declared[key.name] = "accessor pair"
            return
        self.error(f"Identifier '#{key.name}' has already been declared", key.start)

    def use_private_name(self, name: str, offset: int) -> None:
        if not self.class_stack:
            self.error(f"Private field '#{name}' must be declared in an enclosing class", offset)
        self.class_stack[-1].used.append((name, offset))

    def resolve_private_names(self, info: ClassInfo) -> None:
        """Names used but not declared here belong to an enclosing class, or are errors."""
        for name, offset in info.used:
            if name in info.declared:
                continue
            if self.class_stack:
                self.class_stack[-1].used.append((name, offset))
            else:
                self.error(f"Private field '#{name}' must be declared in an enclosing class", offset)
