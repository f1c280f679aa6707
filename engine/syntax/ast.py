"""The abstract syntax tree: every node class of the syntax stage, in this one module.

Names and fields follow ESTree (https://github.com/estree/estree, es5 .. es2022), so a
reader who knows acorn or esprima knows these nodes. Every node is plain data with
``__slots__``; the constructor is positional: ``(start, end, line, column, *fields)``,
in the order of the class's ``_fields``. ``start``/``end`` are offsets into the Python
``str`` source, ``line`` counts from 1 and ``column`` from 0 (both of ``start``).

Generic walking: ``iter_child_nodes(node)`` yields the direct child nodes, in source
order, using each class's ``_fields``.

Deviations from ESTree, each for a reason:

- ``async`` and ``await`` are Python keywords, so functions have ``is_async`` and
  ``ForOfStatement`` has ``is_await``.
- ``TemplateElement`` has flat ``cooked`` and ``raw`` fields instead of ``value: {cooked, raw}``.
- ``Literal.regex`` is a ``(pattern, flags)`` tuple and ``Literal.bigint`` is the int value
  (ESTree: an object and a decimal string); ``value`` is None for both (the value is
  made at run time).
- ``ExpressionStatement.directive`` is None (not absent) when the statement is no directive.
- Facts the parser already knows, for the scope and codegen passes: ``strict`` on
  ``Program`` and on every function node (inherited, from a directive, a class body or
  a module), and ``simple_parameters`` on functions (no defaults, rest or patterns).
"""
from __future__ import annotations

from typing import Any, Iterator


class Node:
    """Base of every node: a source span and the line and column of its start."""

    __slots__ = ("start", "end", "line", "column")
    _fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"


def iter_child_nodes(node: Node) -> Iterator[Node]:
    """The direct children of ``node`` (fields holding a node or a list of nodes), in order."""
    for name in node._fields:
        value = getattr(node, name)
        if isinstance(value, Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Node):
                    yield item



class Program(Node):
    """A script or module. ``strict`` is true for modules and scripts with a "use strict" directive."""

    __slots__ = ("body", "sourceType", "strict")
    _fields = ("body", "sourceType", "strict")

    def __init__(self, start: int, end: int, line: int, column: int, body: Any, sourceType: Any, strict: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.body = body
        self.sourceType = sourceType
        self.strict = strict


class Identifier(Node):
    """An IdentifierName used as a reference, binding or property key."""

    __slots__ = ("name",)
    _fields = ("name",)

    def __init__(self, start: int, end: int, line: int, column: int, name: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.name = name


class PrivateIdentifier(Node):
    """``#name`` in a class body, without the ``#``."""

    __slots__ = ("name",)
    _fields = ("name",)

    def __init__(self, start: int, end: int, line: int, column: int, name: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.name = name


class Literal(Node):
    """null, boolean, number, string, regex (``regex=(pattern, flags)``, value None) or BigInt (``bigint`` is the int, value None)."""

    __slots__ = ("value", "raw", "regex", "bigint")
    _fields = ("value", "raw", "regex", "bigint")

    def __init__(self, start: int, end: int, line: int, column: int, value: Any, raw: Any, regex: Any = None, bigint: Any = None) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.value = value
        self.raw = raw
        self.regex = regex
        self.bigint = bigint


class TemplateLiteral(Node):
    """An untagged or tagged template."""

    __slots__ = ("quasis", "expressions")
    _fields = ("quasis", "expressions")

    def __init__(self, start: int, end: int, line: int, column: int, quasis: Any, expressions: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.quasis = quasis
        self.expressions = expressions


class TemplateElement(Node):
    """One literal part of a template; ``cooked`` is None for an invalid escape (tagged only)."""

    __slots__ = ("cooked", "raw", "tail")
    _fields = ("cooked", "raw", "tail")

    def __init__(self, start: int, end: int, line: int, column: int, cooked: Any, raw: Any, tail: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.cooked = cooked
        self.raw = raw
        self.tail = tail


class TaggedTemplateExpression(Node):
    """tag`...`"""

    __slots__ = ("tag", "quasi")
    _fields = ("tag", "quasi")

    def __init__(self, start: int, end: int, line: int, column: int, tag: Any, quasi: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.tag = tag
        self.quasi = quasi


class ExpressionStatement(Node):
    """``directive`` is the raw string text (without quotes) for a directive prologue entry, else None."""

    __slots__ = ("expression", "directive")
    _fields = ("expression", "directive")

    def __init__(self, start: int, end: int, line: int, column: int, expression: Any, directive: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.expression = expression
        self.directive = directive


class BlockStatement(Node):
    """{ ... }"""

    __slots__ = ("body",)
    _fields = ("body",)

    def __init__(self, start: int, end: int, line: int, column: int, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.body = body


class StaticBlock(Node):
    """static { ... } in a class body."""

    __slots__ = ("body",)
    _fields = ("body",)

    def __init__(self, start: int, end: int, line: int, column: int, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.body = body


class EmptyStatement(Node):
    """;"""

    __slots__ = ()
    _fields = ()

    def __init__(self, start: int, end: int, line: int, column: int) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column


class DebuggerStatement(Node):
    """debugger;"""

    __slots__ = ()
    _fields = ()

    def __init__(self, start: int, end: int, line: int, column: int) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column


class WithStatement(Node):
    """with (object) body"""

    __slots__ = ("object", "body")
    _fields = ("object", "body")

    def __init__(self, start: int, end: int, line: int, column: int, object: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.object = object
        self.body = body


class ReturnStatement(Node):
    """return argument;"""

    __slots__ = ("argument",)
    _fields = ("argument",)

    def __init__(self, start: int, end: int, line: int, column: int, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.argument = argument


class LabeledStatement(Node):
    """label: body"""

    __slots__ = ("label", "body")
    _fields = ("label", "body")

    def __init__(self, start: int, end: int, line: int, column: int, label: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.label = label
        self.body = body


class BreakStatement(Node):
    """break label;"""

    __slots__ = ("label",)
    _fields = ("label",)

    def __init__(self, start: int, end: int, line: int, column: int, label: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.label = label


class ContinueStatement(Node):
    """continue label;"""

    __slots__ = ("label",)
    _fields = ("label",)

    def __init__(self, start: int, end: int, line: int, column: int, label: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.label = label


class IfStatement(Node):
    """if (test) consequent else alternate"""

    __slots__ = ("test", "consequent", "alternate")
    _fields = ("test", "consequent", "alternate")

    def __init__(self, start: int, end: int, line: int, column: int, test: Any, consequent: Any, alternate: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.test = test
        self.consequent = consequent
        self.alternate = alternate


class SwitchStatement(Node):
    """switch (discriminant) { cases }"""

    __slots__ = ("discriminant", "cases")
    _fields = ("discriminant", "cases")

    def __init__(self, start: int, end: int, line: int, column: int, discriminant: Any, cases: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.discriminant = discriminant
        self.cases = cases


class SwitchCase(Node):
    """case test: consequent (test None for default)."""

    __slots__ = ("test", "consequent")
    _fields = ("test", "consequent")

    def __init__(self, start: int, end: int, line: int, column: int, test: Any, consequent: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.test = test
        self.consequent = consequent


class ThrowStatement(Node):
    """throw argument;"""

    __slots__ = ("argument",)
    _fields = ("argument",)

    def __init__(self, start: int, end: int, line: int, column: int, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.argument = argument


class TryStatement(Node):
    """try block handler finally finalizer"""

    __slots__ = ("block", "handler", "finalizer")
    _fields = ("block", "handler", "finalizer")

    def __init__(self, start: int, end: int, line: int, column: int, block: Any, handler: Any, finalizer: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.block = block
        self.handler = handler
        self.finalizer = finalizer


class CatchClause(Node):
    """catch (param) body; param may be None."""

    __slots__ = ("param", "body")
    _fields = ("param", "body")

    def __init__(self, start: int, end: int, line: int, column: int, param: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.param = param
        self.body = body


class WhileStatement(Node):
    """while (test) body"""

    __slots__ = ("test", "body")
    _fields = ("test", "body")

    def __init__(self, start: int, end: int, line: int, column: int, test: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.test = test
        self.body = body


class DoWhileStatement(Node):
    """do body while (test)"""

    __slots__ = ("body", "test")
    _fields = ("body", "test")

    def __init__(self, start: int, end: int, line: int, column: int, body: Any, test: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.body = body
        self.test = test


class ForStatement(Node):
    """for (init; test; update) body"""

    __slots__ = ("init", "test", "update", "body")
    _fields = ("init", "test", "update", "body")

    def __init__(self, start: int, end: int, line: int, column: int, init: Any, test: Any, update: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.init = init
        self.test = test
        self.update = update
        self.body = body


class ForInStatement(Node):
    """for (left in right) body"""

    __slots__ = ("left", "right", "body")
    _fields = ("left", "right", "body")

    def __init__(self, start: int, end: int, line: int, column: int, left: Any, right: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.left = left
        self.right = right
        self.body = body


class ForOfStatement(Node):
    """for [await] (left of right) body; ESTree's ``await`` is ``is_await``."""

    __slots__ = ("left", "right", "body", "is_await")
    _fields = ("left", "right", "body", "is_await")

    def __init__(self, start: int, end: int, line: int, column: int, left: Any, right: Any, body: Any, is_await: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.left = left
        self.right = right
        self.body = body
        self.is_await = is_await


class FunctionDeclaration(Node):
    """function declaration; ESTree's ``async`` is ``is_async``."""

    __slots__ = ("id", "params", "body", "generator", "is_async", "expression", "strict", "simple_parameters")
    _fields = ("id", "params", "body", "generator", "is_async", "expression", "strict", "simple_parameters")

    def __init__(self, start: int, end: int, line: int, column: int, id: Any, params: Any, body: Any, generator: Any, is_async: Any, expression: Any, strict: Any, simple_parameters: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.id = id
        self.params = params
        self.body = body
        self.generator = generator
        self.is_async = is_async
        self.expression = expression
        self.strict = strict
        self.simple_parameters = simple_parameters


class FunctionExpression(Node):
    """function expression, also the value of methods and accessors."""

    __slots__ = ("id", "params", "body", "generator", "is_async", "expression", "strict", "simple_parameters")
    _fields = ("id", "params", "body", "generator", "is_async", "expression", "strict", "simple_parameters")

    def __init__(self, start: int, end: int, line: int, column: int, id: Any, params: Any, body: Any, generator: Any, is_async: Any, expression: Any, strict: Any, simple_parameters: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.id = id
        self.params = params
        self.body = body
        self.generator = generator
        self.is_async = is_async
        self.expression = expression
        self.strict = strict
        self.simple_parameters = simple_parameters


class ArrowFunctionExpression(Node):
    """(params) => body; ``expression`` is true for a concise body."""

    __slots__ = ("id", "params", "body", "generator", "is_async", "expression", "strict", "simple_parameters")
    _fields = ("id", "params", "body", "generator", "is_async", "expression", "strict", "simple_parameters")

    def __init__(self, start: int, end: int, line: int, column: int, id: Any, params: Any, body: Any, generator: Any, is_async: Any, expression: Any, strict: Any, simple_parameters: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.id = id
        self.params = params
        self.body = body
        self.generator = generator
        self.is_async = is_async
        self.expression = expression
        self.strict = strict
        self.simple_parameters = simple_parameters


class VariableDeclaration(Node):
    """var / let / const"""

    __slots__ = ("declarations", "kind")
    _fields = ("declarations", "kind")

    def __init__(self, start: int, end: int, line: int, column: int, declarations: Any, kind: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.declarations = declarations
        self.kind = kind


class VariableDeclarator(Node):
    """id = init"""

    __slots__ = ("id", "init")
    _fields = ("id", "init")

    def __init__(self, start: int, end: int, line: int, column: int, id: Any, init: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.id = id
        self.init = init


class ThisExpression(Node):
    """this"""

    __slots__ = ()
    _fields = ()

    def __init__(self, start: int, end: int, line: int, column: int) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column


class ArrayExpression(Node):
    """[...]; holes are None."""

    __slots__ = ("elements",)
    _fields = ("elements",)

    def __init__(self, start: int, end: int, line: int, column: int, elements: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.elements = elements


class ObjectExpression(Node):
    """{...}"""

    __slots__ = ("properties",)
    _fields = ("properties",)

    def __init__(self, start: int, end: int, line: int, column: int, properties: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.properties = properties


class Property(Node):
    """A property of an object literal or object pattern; kind is 'init', 'get' or 'set'."""

    __slots__ = ("key", "value", "kind", "method", "shorthand", "computed")
    _fields = ("key", "value", "kind", "method", "shorthand", "computed")

    def __init__(self, start: int, end: int, line: int, column: int, key: Any, value: Any, kind: Any, method: Any, shorthand: Any, computed: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.key = key
        self.value = value
        self.kind = kind
        self.method = method
        self.shorthand = shorthand
        self.computed = computed


class UnaryExpression(Node):
    """- + ! ~ typeof void delete"""

    __slots__ = ("operator", "prefix", "argument")
    _fields = ("operator", "prefix", "argument")

    def __init__(self, start: int, end: int, line: int, column: int, operator: Any, prefix: Any, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.operator = operator
        self.prefix = prefix
        self.argument = argument


class UpdateExpression(Node):
    """++ and --"""

    __slots__ = ("operator", "prefix", "argument")
    _fields = ("operator", "prefix", "argument")

    def __init__(self, start: int, end: int, line: int, column: int, operator: Any, prefix: Any, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.operator = operator
        self.prefix = prefix
        self.argument = argument


class BinaryExpression(Node):
    """Binary operators other than && || ??; ``left`` may be a PrivateIdentifier for ``#x in o``."""

    __slots__ = ("operator", "left", "right")
    _fields = ("operator", "left", "right")

    def __init__(self, start: int, end: int, line: int, column: int, operator: Any, left: Any, right: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.operator = operator
        self.left = left
        self.right = right


class AssignmentExpression(Node):
    """= and the compound assignments"""

    __slots__ = ("operator", "left", "right")
    _fields = ("operator", "left", "right")

    def __init__(self, start: int, end: int, line: int, column: int, operator: Any, left: Any, right: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.operator = operator
        self.left = left
        self.right = right


class LogicalExpression(Node):
    """&& || ??"""

    __slots__ = ("operator", "left", "right")
    _fields = ("operator", "left", "right")

    def __init__(self, start: int, end: int, line: int, column: int, operator: Any, left: Any, right: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.operator = operator
        self.left = left
        self.right = right


class MemberExpression(Node):
    """object.property, object[property], object?.property"""

    __slots__ = ("object", "property", "computed", "optional")
    _fields = ("object", "property", "computed", "optional")

    def __init__(self, start: int, end: int, line: int, column: int, object: Any, property: Any, computed: Any, optional: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.object = object
        self.property = property
        self.computed = computed
        self.optional = optional


class ChainExpression(Node):
    """The whole of an optional chain a?.b.c"""

    __slots__ = ("expression",)
    _fields = ("expression",)

    def __init__(self, start: int, end: int, line: int, column: int, expression: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.expression = expression


class ConditionalExpression(Node):
    """test ? consequent : alternate"""

    __slots__ = ("test", "consequent", "alternate")
    _fields = ("test", "consequent", "alternate")

    def __init__(self, start: int, end: int, line: int, column: int, test: Any, consequent: Any, alternate: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.test = test
        self.consequent = consequent
        self.alternate = alternate


class CallExpression(Node):
    """callee(arguments), callee?.(arguments)"""

    __slots__ = ("callee", "arguments", "optional")
    _fields = ("callee", "arguments", "optional")

    def __init__(self, start: int, end: int, line: int, column: int, callee: Any, arguments: Any, optional: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.callee = callee
        self.arguments = arguments
        self.optional = optional


class NewExpression(Node):
    """new callee(arguments)"""

    __slots__ = ("callee", "arguments")
    _fields = ("callee", "arguments")

    def __init__(self, start: int, end: int, line: int, column: int, callee: Any, arguments: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.callee = callee
        self.arguments = arguments


class SequenceExpression(Node):
    """a, b, c"""

    __slots__ = ("expressions",)
    _fields = ("expressions",)

    def __init__(self, start: int, end: int, line: int, column: int, expressions: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.expressions = expressions


class YieldExpression(Node):
    """yield argument / yield* argument"""

    __slots__ = ("argument", "delegate")
    _fields = ("argument", "delegate")

    def __init__(self, start: int, end: int, line: int, column: int, argument: Any, delegate: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.argument = argument
        self.delegate = delegate


class AwaitExpression(Node):
    """await argument"""

    __slots__ = ("argument",)
    _fields = ("argument",)

    def __init__(self, start: int, end: int, line: int, column: int, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.argument = argument


class SpreadElement(Node):
    """...argument in arrays, calls and object literals"""

    __slots__ = ("argument",)
    _fields = ("argument",)

    def __init__(self, start: int, end: int, line: int, column: int, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.argument = argument


class Super(Node):
    """super in super.x, super[x], super(...)"""

    __slots__ = ()
    _fields = ()

    def __init__(self, start: int, end: int, line: int, column: int) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column


class MetaProperty(Node):
    """new.target and import.meta"""

    __slots__ = ("meta", "property")
    _fields = ("meta", "property")

    def __init__(self, start: int, end: int, line: int, column: int, meta: Any, property: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.meta = meta
        self.property = property


class ImportExpression(Node):
    """import(source)"""

    __slots__ = ("source",)
    _fields = ("source",)

    def __init__(self, start: int, end: int, line: int, column: int, source: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.source = source


class ObjectPattern(Node):
    """{...} as a binding or assignment pattern"""

    __slots__ = ("properties",)
    _fields = ("properties",)

    def __init__(self, start: int, end: int, line: int, column: int, properties: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.properties = properties


class ArrayPattern(Node):
    """[...] as a binding or assignment pattern; holes are None."""

    __slots__ = ("elements",)
    _fields = ("elements",)

    def __init__(self, start: int, end: int, line: int, column: int, elements: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.elements = elements


class RestElement(Node):
    """...argument in a pattern or parameter list"""

    __slots__ = ("argument",)
    _fields = ("argument",)

    def __init__(self, start: int, end: int, line: int, column: int, argument: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.argument = argument


class AssignmentPattern(Node):
    """left = right in a pattern or parameter list"""

    __slots__ = ("left", "right")
    _fields = ("left", "right")

    def __init__(self, start: int, end: int, line: int, column: int, left: Any, right: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.left = left
        self.right = right


class ClassDeclaration(Node):
    """class id extends superClass { body }"""

    __slots__ = ("id", "superClass", "body")
    _fields = ("id", "superClass", "body")

    def __init__(self, start: int, end: int, line: int, column: int, id: Any, superClass: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.id = id
        self.superClass = superClass
        self.body = body


class ClassExpression(Node):
    """class expression"""

    __slots__ = ("id", "superClass", "body")
    _fields = ("id", "superClass", "body")

    def __init__(self, start: int, end: int, line: int, column: int, id: Any, superClass: Any, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.id = id
        self.superClass = superClass
        self.body = body


class ClassBody(Node):
    """The elements of a class"""

    __slots__ = ("body",)
    _fields = ("body",)

    def __init__(self, start: int, end: int, line: int, column: int, body: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.body = body


class MethodDefinition(Node):
    """kind is 'constructor', 'method', 'get' or 'set'."""

    __slots__ = ("key", "value", "kind", "computed", "static")
    _fields = ("key", "value", "kind", "computed", "static")

    def __init__(self, start: int, end: int, line: int, column: int, key: Any, value: Any, kind: Any, computed: Any, static: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.key = key
        self.value = value
        self.kind = kind
        self.computed = computed
        self.static = static


class PropertyDefinition(Node):
    """A class field; value None when there is no initializer."""

    __slots__ = ("key", "value", "computed", "static")
    _fields = ("key", "value", "computed", "static")

    def __init__(self, start: int, end: int, line: int, column: int, key: Any, value: Any, computed: Any, static: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.key = key
        self.value = value
        self.computed = computed
        self.static = static


class ImportDeclaration(Node):
    """import ... from source"""

    __slots__ = ("specifiers", "source")
    _fields = ("specifiers", "source")

    def __init__(self, start: int, end: int, line: int, column: int, specifiers: Any, source: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.specifiers = specifiers
        self.source = source


class ImportSpecifier(Node):
    """{ imported as local }; imported is an Identifier or a string Literal."""

    __slots__ = ("imported", "local")
    _fields = ("imported", "local")

    def __init__(self, start: int, end: int, line: int, column: int, imported: Any, local: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.imported = imported
        self.local = local


class ImportDefaultSpecifier(Node):
    """import local from ..."""

    __slots__ = ("local",)
    _fields = ("local",)

    def __init__(self, start: int, end: int, line: int, column: int, local: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.local = local


class ImportNamespaceSpecifier(Node):
    """import * as local from ..."""

    __slots__ = ("local",)
    _fields = ("local",)

    def __init__(self, start: int, end: int, line: int, column: int, local: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.local = local


class ExportNamedDeclaration(Node):
    """export declaration / export { specifiers } [from source]"""

    __slots__ = ("declaration", "specifiers", "source")
    _fields = ("declaration", "specifiers", "source")

    def __init__(self, start: int, end: int, line: int, column: int, declaration: Any, specifiers: Any, source: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.declaration = declaration
        self.specifiers = specifiers
        self.source = source


class ExportSpecifier(Node):
    """{ local as exported }; either may be a string Literal (local only with a source)."""

    __slots__ = ("local", "exported")
    _fields = ("local", "exported")

    def __init__(self, start: int, end: int, line: int, column: int, local: Any, exported: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.local = local
        self.exported = exported


class ExportDefaultDeclaration(Node):
    """export default declaration-or-expression"""

    __slots__ = ("declaration",)
    _fields = ("declaration",)

    def __init__(self, start: int, end: int, line: int, column: int, declaration: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.declaration = declaration


class ExportAllDeclaration(Node):
    """export * [as exported] from source"""

    __slots__ = ("exported", "source")
    _fields = ("exported", "source")

    def __init__(self, start: int, end: int, line: int, column: int, exported: Any, source: Any) -> None:
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.exported = exported
        self.source = source


FUNCTION_NODES = (FunctionDeclaration, FunctionExpression, ArrowFunctionExpression)
PATTERN_NODES = (Identifier, ObjectPattern, ArrayPattern, RestElement, AssignmentPattern, MemberExpression)
