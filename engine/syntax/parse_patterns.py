"""Patterns: binding patterns, and object/array literals reread as patterns.

- Binding patterns (https://tc39.es/ecma262/#sec-destructuring-binding-patterns) are
  parsed directly where the grammar knows it is reading one (var, let, const, function
  parameters, catch parameters).
- Assignment patterns (https://tc39.es/ecma262/#sec-destructuring-assignment) are read
  as object/array literals first and converted when `=` (or `of`/`in` in a for head)
  follows: ``to_assignment_pattern``.
- Arrow parameters are read as a parenthesised expression (or call arguments for
  ``async (...)``) and converted when `=>` follows: ``to_arrow_params``.
"""
from __future__ import annotations

from engine.syntax import ast
from engine.syntax.scopes import LEXICAL, declare
from engine.syntax.tokens import NAME

_INVALID_TARGET = "Invalid destructuring assignment target"


class PatternParser:
    """Mixin of Parser: binding patterns, conversions, bound names and their declaration."""

    # -- binding patterns, parsed directly ------------------------------------------------

    def parse_binding_target(self) -> ast.Node:
        """BindingIdentifier | ObjectBindingPattern | ArrayBindingPattern."""
        t = self.lx.type
        if t == "[":
            self.enter_depth()
            node = self.parse_array_binding()
            self.depth -= 1
            return node
        if t == "{":
            self.enter_depth()
            node = self.parse_object_binding()
            self.depth -= 1
            return node
        return self.parse_identifier(binding=True)

    def parse_binding_element(self) -> ast.Node:
        """BindingElement: a target with an optional `= default`."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        target = self.parse_binding_target()
        if lx.type != "=":
            return target
        lx.next()
        default = self.parse_assign()
        return ast.AssignmentPattern(start, lx.prev_end, line, column, target, default)

    def parse_rest_binding(self) -> ast.RestElement:
        """`...target` (https://tc39.es/ecma262/#prod-BindingRestElement)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        target = self.parse_binding_target()
        if lx.type == "=":
            self.error("Rest parameter may not have a default initializer")
        return ast.RestElement(start, lx.prev_end, line, column, target)

    def parse_array_binding(self) -> ast.ArrayPattern:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        elements: list[ast.Node | None] = []
        while lx.type != "]":
            if lx.type == ",":
                lx.next()
                elements.append(None)
                continue
            if lx.type == "...":
                elements.append(self.parse_rest_binding())
                if lx.type != "]":
                    self.error("Rest element must be last element")
                break
            elements.append(self.parse_binding_element())
            if lx.type != "]":
                self.expect(",")
        lx.next()
        return ast.ArrayPattern(start, lx.prev_end, line, column, elements)

    def parse_object_binding(self) -> ast.ObjectPattern:
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        properties: list[ast.Node] = []
        while lx.type != "}":
            if lx.type == "...":
                s, ln, col = lx.start, lx.line, lx.column
                lx.next()
                target = self.parse_identifier(binding=True)
                properties.append(ast.RestElement(s, lx.prev_end, ln, col, target))
                if lx.type != "}":
                    self.error("Rest element must be last element")
                break
            properties.append(self.parse_binding_property())
            if lx.type != "}":
                self.expect(",")
        lx.next()
        return ast.ObjectPattern(start, lx.prev_end, line, column, properties)

    def parse_binding_property(self) -> ast.Property:
        """BindingProperty: `a`, `a = 1`, `key: element`."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        key_type, key_value, key_escaped = lx.type, lx.value, lx.escaped
        computed = lx.type == "["
        key = self.parse_property_key()
        if lx.type == ":":
            lx.next()
            value = self.parse_binding_element()
            return ast.Property(start, lx.prev_end, line, column, key, value, "init", False, False, computed)
        if key_type != NAME or computed:
            self.unexpected()
        self.check_identifier(key_value, key.start, True, key_escaped)
        value = ast.Identifier(key.start, key.end, key.line, key.column, key_value)
        if lx.type == "=":
            lx.next()
            default = self.parse_assign()
            value = ast.AssignmentPattern(key.start, lx.prev_end, key.line, key.column, value, default)
        return ast.Property(start, lx.prev_end, line, column, key, value, "init", False, True, False)

    # -- literals reread as assignment patterns --------------------------------------------

    def to_assignment_pattern(self, node: ast.Node) -> ast.Node:
        """An ObjectLiteral/ArrayLiteral as an AssignmentPattern (https://tc39.es/ecma262/#sec-destructuring-assignment-static-semantics-early-errors)."""
        if type(node) is ast.ObjectExpression:
            return self.object_to_assignment_pattern(node)
        return self.array_to_assignment_pattern(node)

    def to_assignment_target(self, node: ast.Node) -> ast.Node:
        """DestructuringAssignmentTarget, with an optional default already attached."""
        kind = type(node)
        if kind is ast.Identifier or kind is ast.MemberExpression:
            self.check_simple_target(node, _INVALID_TARGET)
            return node
        if id(node) in self.parenthesized:
            self.error(_INVALID_TARGET, node.start)
        if kind is ast.ObjectExpression:
            return self.object_to_assignment_pattern(node)
        if kind is ast.ArrayExpression:
            return self.array_to_assignment_pattern(node)
        if kind is ast.AssignmentExpression and node.operator == "=":
            return ast.AssignmentPattern(node.start, node.end, node.line, node.column, node.left, node.right)
        if kind is ast.AssignmentPattern:  # `{a = 1}`: the CoverInitializedName
            self.check_simple_target(node.left, _INVALID_TARGET)
            return node
        if kind is ast.ObjectPattern or kind is ast.ArrayPattern:
            return node
        self.error(_INVALID_TARGET, node.start)

    def object_to_assignment_pattern(self, node: ast.ObjectExpression) -> ast.ObjectPattern:
        properties: list[ast.Node] = []
        last = len(node.properties) - 1
        for i, prop in enumerate(node.properties):
            if type(prop) is ast.SpreadElement:
                if i != last or id(node) in self.spread_comma:
                    self.error("Rest element must be last element", prop.start)
                target = prop.argument
                if type(target) is not ast.Identifier and type(target) is not ast.MemberExpression:
                    self.error("`...` must be followed by an assignable reference in assignment contexts", target.start)
                self.check_simple_target(target, _INVALID_TARGET)
                properties.append(ast.RestElement(prop.start, prop.end, prop.line, prop.column, target))
                continue
            if prop.kind != "init" or prop.method:
                self.error("Invalid destructuring assignment target", prop.start)
            value = self.to_assignment_target(prop.value)
            properties.append(
                ast.Property(prop.start, prop.end, prop.line, prop.column, prop.key, value, "init", False, prop.shorthand, prop.computed)
            )
        return ast.ObjectPattern(node.start, node.end, node.line, node.column, properties)

    def array_to_assignment_pattern(self, node: ast.ArrayExpression) -> ast.ArrayPattern:
        elements: list[ast.Node | None] = []
        last = len(node.elements) - 1
        for i, element in enumerate(node.elements):
            if element is None:
                elements.append(None)
            elif type(element) is ast.SpreadElement:
                if i != last or id(node) in self.spread_comma:
                    self.error("Rest element must be last element", element.start)
                target = element.argument
                if type(target) is ast.AssignmentExpression:
                    self.error("Rest elements cannot have a default value", target.start)
                target = self.to_assignment_target(target)
                elements.append(ast.RestElement(element.start, element.end, element.line, element.column, target))
            else:
                elements.append(self.to_assignment_target(element))
        return ast.ArrayPattern(node.start, node.end, node.line, node.column, elements)

    # -- expressions reread as arrow parameters ----------------------------------------------

    def to_arrow_params(self, items: list[ast.Node]) -> list[ast.Node]:
        """ArrowFormalParameters from the items of a parenthesised expression or an argument list."""
        params: list[ast.Node] = []
        last = len(items) - 1
        for i, item in enumerate(items):
            if type(item) is ast.SpreadElement:
                if i != last:
                    self.error("Rest parameter must be last formal parameter", item.start)
                if type(item.argument) is ast.AssignmentExpression:
                    self.error("Rest parameter may not have a default initializer", item.argument.start)
                target = self.to_binding(item.argument)
                params.append(ast.RestElement(item.start, item.end, item.line, item.column, target))
            else:
                params.append(self.to_binding(item))
        return params

    def to_binding(self, node: ast.Node) -> ast.Node:
        """An expression (or an assignment pattern) as a binding pattern; parentheses are never allowed."""
        if id(node) in self.parenthesized:
            self.error("Invalid destructuring assignment target", node.start)
        kind = type(node)
        if kind is ast.Identifier:
            self.check_identifier(node.name, node.start, True)
            return node
        if kind is ast.ObjectExpression or kind is ast.ObjectPattern:
            return self.object_to_binding(node)
        if kind is ast.ArrayExpression or kind is ast.ArrayPattern:
            return self.array_to_binding(node)
        if (kind is ast.AssignmentExpression and node.operator == "=") or kind is ast.AssignmentPattern:
            left = self.to_binding(node.left)
            return ast.AssignmentPattern(node.start, node.end, node.line, node.column, left, node.right)
        self.error("Invalid destructuring assignment target", node.start)

    def object_to_binding(self, node: ast.Node) -> ast.ObjectPattern:
        properties: list[ast.Node] = []
        last = len(node.properties) - 1
        for i, prop in enumerate(node.properties):
            kind = type(prop)
            if kind is ast.SpreadElement or kind is ast.RestElement:
                if i != last or id(node) in self.spread_comma:
                    self.error("Rest element must be last element", prop.start)
                if type(prop.argument) is not ast.Identifier:
                    self.error("`...` must be followed by an identifier in declaration contexts", prop.argument.start)
                target = self.to_binding(prop.argument)
                properties.append(ast.RestElement(prop.start, prop.end, prop.line, prop.column, target))
                continue
            if prop.kind != "init" or prop.method:
                self.error("Invalid destructuring assignment target", prop.start)
            value = self.to_binding(prop.value)
            properties.append(
                ast.Property(prop.start, prop.end, prop.line, prop.column, prop.key, value, "init", False, prop.shorthand, prop.computed)
            )
        return ast.ObjectPattern(node.start, node.end, node.line, node.column, properties)

    def array_to_binding(self, node: ast.Node) -> ast.ArrayPattern:
        elements: list[ast.Node | None] = []
        last = len(node.elements) - 1
        for i, element in enumerate(node.elements):
            if element is None:
                elements.append(None)
                continue
            kind = type(element)
            if kind is ast.SpreadElement or kind is ast.RestElement:
                if i != last or id(node) in self.spread_comma:
                    self.error("Rest element must be last element", element.start)
                if type(element.argument) in (ast.AssignmentExpression, ast.AssignmentPattern):
                    self.error("Rest elements cannot have a default value", element.argument.start)
                target = self.to_binding(element.argument)
                elements.append(ast.RestElement(element.start, element.end, element.line, element.column, target))
            else:
                elements.append(self.to_binding(element))
        return ast.ArrayPattern(node.start, node.end, node.line, node.column, elements)

    # -- bound names and their declaration ---------------------------------------------------

    def bound_names(self, pattern: ast.Node, out: list[ast.Identifier]) -> None:
        """BoundNames (https://tc39.es/ecma262/#sec-static-semantics-boundnames), as Identifier nodes."""
        kind = type(pattern)
        if kind is ast.Identifier:
            out.append(pattern)
        elif kind is ast.ObjectPattern:
            for prop in pattern.properties:
                self.bound_names(prop.value if type(prop) is ast.Property else prop.argument, out)
        elif kind is ast.ArrayPattern:
            for element in pattern.elements:
                if element is not None:
                    self.bound_names(element, out)
        elif kind is ast.AssignmentPattern:
            self.bound_names(pattern.left, out)
        elif kind is ast.RestElement:
            self.bound_names(pattern.argument, out)

    def declare_pattern(self, pattern: ast.Node, how: int) -> None:
        """Declare every name ``pattern`` binds in the current scope."""
        if type(pattern) is ast.Identifier:
            self.declare_name(pattern.name, how, pattern.start)
            return
        names: list[ast.Identifier] = []
        self.bound_names(pattern, names)
        for name in names:
            self.declare_name(name.name, how, name.start)

    def declare_name(self, name: str, how: int, offset: int) -> None:
        if how == LEXICAL and name == "let":
            self.error("let is disallowed as a lexically bound name", offset)
        if not declare(self.scope, name, how):
            self.error(f"Identifier '{name}' has already been declared", offset)
