"""Literals: objects (computed keys, shorthand, methods, accessors, spread, __proto__),
arrays (holes, spread), templates (tagged ones through a per-site template object),
regular expressions, BigInts; and property keys as the spec spells them.
"""
from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.bytecode.function import BigIntLiteral, RegExpLiteral, TemplateStrings
from engine.codegen.expressions import is_anonymous_function
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

# DefineKeyedOwnProperty / DefineAccessor attribute bits (see their opcode docs).
ENUMERABLE = 1
SET_FUNCTION_NAME = 2
METHOD = 4
SETTER = 8


# Whitespace, line terminators and comments between `static` and the method it prefixes.
_SKIPPED_AFTER_STATIC = re.compile(r"(?:\s|/\*[\s\S]*?\*/|//[^\n\r\u2028\u2029]*)*")


def method_text(source: str, definition: ast.Node | None) -> tuple[int, int] | None:
    """The source span of a method (its MethodDefinition, without a class element's `static`),
    or None for a function whose own node spans its text."""
    if definition is None or not source:
        return None
    start = definition.start
    if getattr(definition, "static", False) and source.startswith("static", start):
        start = _SKIPPED_AFTER_STATIC.match(source, start + len("static")).end()  # type: ignore[union-attr]
    return start, definition.end


def number_to_string(value: float) -> str:
    """Number::toString for property keys: https://tc39.es/ecma262/#sec-numeric-types-number-tostring"""
    if math.isnan(value):
        return "NaN"
    if value == 0:
        return "0"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value < 0:
        return "-" + number_to_string(-value)
    digits, exponent = _shortest_digits(value)
    k, n = len(digits), exponent
    if k <= n <= 21:
        return digits + "0" * (n - k)
    if 0 < n <= 21:
        return digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + digits
    sign = "+" if n - 1 >= 0 else "-"
    mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
    return f"{mantissa}e{sign}{abs(n - 1)}"


def _shortest_digits(value: float) -> tuple[str, int]:
    """The shortest round-tripping decimal digits of a positive double and n, where value = 0.d1d2.. * 10**n."""
    text = repr(value)
    mantissa, _, exp = text.partition("e")
    exponent = int(exp) if exp else 0
    whole, _, fraction = mantissa.partition(".")
    if fraction == "0":
        fraction = ""
    digits = (whole + fraction).lstrip("0")
    leading = len(whole + fraction) - len((whole + fraction).lstrip("0"))
    n = len(whole) + exponent - leading
    return digits.rstrip("0") or "0", n


class LiteralsMixin:
    def bigint(self, value: int) -> BigIntLiteral:
        return BigIntLiteral(value)

    def static_key(self, key: ast.Node) -> str:
        """The property name of a non-computed key: identifier, string or number literal."""
        if isinstance(key, ast.Identifier):
            return key.name
        if isinstance(key, ast.Literal):
            if isinstance(key.value, str):
                return key.value
            if key.bigint is not None:
                return str(key.bigint)
            return number_to_string(float(key.value))
        raise AssertionError(f"unexpected property key {key!r}")

    def create_regexp(self: FunctionCompiler, node: ast.Literal) -> None:
        pattern, flags = node.regex
        self.emit(Op.CreateRegExp, self.constant(RegExpLiteral(pattern, flags)))

    # --- arrays ---------------------------------------------------------------------------------
    def visit_ArrayExpression(self: FunctionCompiler, node: ast.ArrayExpression) -> None:
        """https://tc39.es/ecma262/#sec-runtime-semantics-arrayaccumulation"""
        with self.temp() as array:
            self.emit(Op.CreateArrayLiteral, len(node.elements))
            self.emit(Op.Star, array)
            for element in node.elements:
                if element is None:
                    self.emit(Op.LdaTheHole)
                    self.emit(Op.ArrayPush, array)
                elif isinstance(element, ast.SpreadElement):
                    self.expr(element.argument)
                    self.at(element)
                    self.emit(Op.ArraySpread, array)
                else:
                    self.expr(element)
                    self.emit(Op.ArrayPush, array)
            self.emit(Op.Ldar, array)

    # --- objects ----------------------------------------------------------------------------------
    def visit_ObjectExpression(self: FunctionCompiler, node: ast.ObjectExpression) -> None:
        """https://tc39.es/ecma262/#sec-runtime-semantics-propertydefinitionevaluation"""
        with self.temp() as obj:
            self.emit_ic(Op.CreateObjectLiteral)
            self.emit(Op.Star, obj)
            for prop in node.properties:
                self.at(prop)
                if isinstance(prop, ast.SpreadElement):
                    self.expr(prop.argument)
                    self.at(prop)
                    self.emit(Op.CopyDataProperties, obj, obj, 0)
                elif prop.kind in ("get", "set"):
                    self.object_accessor(prop, obj)
                elif prop.computed:
                    self.object_computed_property(prop, obj)
                else:
                    self.object_named_property(prop, obj)
            self.emit(Op.Ldar, obj)

    def object_named_property(self: FunctionCompiler, prop: ast.Property, obj: int) -> None:
        name = self.static_key(prop.key)
        if name == "__proto__" and not prop.shorthand and not prop.method and not prop.computed:
            # NON-SPEC shortcut: __proto__: v sets [[Prototype]] (B.3.1) through the
            # Object.prototype.__proto__ setter, which ignores non-objects as the spec does;
            # it differs only if user code has replaced that setter.
            self.expr(prop.value)
            self.emit_ic(Op.SetNamedProperty, obj, self.constant("__proto__"))
            return
        self.property_value(prop, obj, name)
        self.at(prop)
        self.emit(Op.DefineNamedOwnProperty, obj, self.constant(name))

    def property_value(self: FunctionCompiler, prop: ast.Property, obj: int, name: str | None) -> None:
        if prop.method:
            self.create_method(prop.value, obj, name or "", prop)
        else:
            self.expr(prop.value, name)

    def object_computed_property(self: FunctionCompiler, prop: ast.Property, obj: int) -> None:
        with self.temp() as key:
            self.property_key(prop)
            self.emit(Op.Star, key)
            attributes = ENUMERABLE
            if prop.method:
                self.create_method(prop.value, obj, "", prop)
                attributes |= SET_FUNCTION_NAME
            else:
                self.expr(prop.value)
                if is_anonymous_function(prop.value):
                    attributes |= SET_FUNCTION_NAME
            self.at(prop)
            self.emit(Op.DefineKeyedOwnProperty, obj, key, attributes)

    def object_accessor(self: FunctionCompiler, prop: ast.Property, obj: int) -> None:
        with self.temp() as key:
            self.property_key(prop)
            self.emit(Op.Star, key)
            name = "" if prop.computed else self.static_key(prop.key)
            self.create_method(prop.value, obj, f"{prop.kind} {name}" if not prop.computed else "", prop)
            self.at(prop)
            self.emit(Op.DefineAccessor, obj, key, ENUMERABLE | (SETTER if prop.kind == "set" else 0))

    def create_method(self: FunctionCompiler, node: ast.Node, home: int, name: str,
                      definition: ast.Node | None = None) -> None:
        """acc = a closure with a [[HomeObject]] (needed only when it uses super). definition is
        the MethodDefinition or Property whose text the method's toString returns."""
        self.check_function_supported(node)
        info = self.tree.functions[node]
        compiled = self.compile_nested(info, node, name, method_text(self.state.source, definition))
        self.at(node)
        if info.uses_home_object or self._inner_uses_home_object(info):
            self.emit(Op.CreateMethod, self.constant(compiled), home)
        else:
            self.emit(Op.CreateClosure, self.constant(compiled))

    def _inner_uses_home_object(self, info: object) -> bool:
        return any(inner.is_arrow and (inner.uses_home_object or self._inner_uses_home_object(inner))
                   for inner in info.inner_functions)  # type: ignore[attr-defined]

    # --- templates ------------------------------------------------------------------------------------
    def template_strings(self, quasi: ast.TemplateLiteral) -> TemplateStrings:
        return TemplateStrings(tuple(q.cooked for q in quasi.quasis), tuple(q.raw for q in quasi.quasis))

    def visit_TemplateLiteral(self: FunctionCompiler, node: ast.TemplateLiteral) -> None:
        """https://tc39.es/ecma262/#sec-template-literals-runtime-semantics-evaluation:
        strings and ToString(substitution) concatenated left to right."""
        quasis = node.quasis
        if not node.expressions:
            self.emit(Op.LdaConstant, self.constant(quasis[0].cooked))
            return
        with self.temp() as text:
            started = False
            if quasis[0].cooked:
                self.emit(Op.LdaConstant, self.constant(quasis[0].cooked))
                self.emit(Op.Star, text)
                started = True
            for expression, quasi in zip(node.expressions, quasis[1:]):
                self.expr(expression)
                self.at(expression)
                self.emit(Op.ToString)
                if started:
                    self.emit_ic(Op.Add, text)
                self.emit(Op.Star, text)
                started = True
                if quasi.cooked:
                    self.emit(Op.LdaConstant, self.constant(quasi.cooked))
                    self.emit_ic(Op.Add, text)
                    self.emit(Op.Star, text)
            self.emit(Op.Ldar, text)
