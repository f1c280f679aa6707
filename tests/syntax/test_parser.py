"""The AST the parser builds: node types, fields, positions and the facts later passes need."""
from __future__ import annotations

import pytest

from engine.syntax import JSSyntaxError, ast, parse, parse_module, parse_script


def expr(source: str) -> ast.Node:
    """The expression of the first statement."""
    return parse_script(source).body[0].expression


def shape(node: object) -> object:
    """A compact nested form: (TypeName, field values...) without positions."""
    if isinstance(node, ast.Node):
        return (type(node).__name__, *(shape(getattr(node, f)) for f in node._fields))
    if isinstance(node, list):
        return [shape(item) for item in node]
    return node


# -- programs, positions ------------------------------------------------------------------


def test_program_kinds() -> None:
    assert parse_script("x").sourceType == "script"
    assert parse_module("x").sourceType == "module"
    assert parse("x", module=True).sourceType == "module"
    assert parse_script("x").strict is False
    assert parse_script("'use strict'; x").strict is True
    assert parse_module("x").strict is True


def test_positions_are_offsets_lines_and_columns() -> None:
    source = "let a = 1;\n  foo(bar,\n      baz);"
    program = parse_script(source)
    call = program.body[1].expression
    assert (call.start, call.end, call.line, call.column) == (13, 32, 2, 2)
    assert source[call.start : call.end] == "foo(bar,\n      baz)"
    baz = call.arguments[1]
    assert (baz.line, baz.column, source[baz.start : baz.end]) == (3, 6, "baz")
    assert program.body[1].end == len(source)  # the statement includes its `;`
    assert (program.start, program.end) == (0, len(source))


def test_every_node_span_is_inside_its_parent() -> None:
    source = "class A extends B { #x = 1; static { f(`a${b}c`); } m({a, b: [c = 1]}, ...d) { return a?.b ?? c; } }"

    def check(node: ast.Node) -> None:
        for child in ast.iter_child_nodes(node):
            assert node.start <= child.start <= child.end <= node.end, (node, child)
            check(child)

    check(parse_script(source))


def test_iter_child_nodes_in_source_order() -> None:
    node = expr("a ? b : c")
    assert [n.name for n in ast.iter_child_nodes(node)] == ["a", "b", "c"]
    assert [n.name for n in ast.iter_child_nodes(expr("[a, , b]"))] == ["a", "b"]


# -- literals ------------------------------------------------------------------------------


def test_literals() -> None:
    assert shape(expr("1.5")) == ("Literal", 1.5, "1.5", None, None)
    assert shape(expr("'a\\nb'")) == ("Literal", "a\nb", "'a\\nb'", None, None)
    assert shape(expr("null")) == ("Literal", None, "null", None, None)
    assert shape(expr("true")) == ("Literal", True, "true", None, None)
    assert shape(expr("/a+/gi")) == ("Literal", None, "/a+/gi", ("a+", "gi"), None)
    assert shape(expr("0x1Fn")) == ("Literal", None, "0x1Fn", None, 31)
    assert expr("1_000").value == 1000


def test_templates_cooked_and_raw() -> None:
    node = expr("`a\\x41${b}c`")
    assert shape(node) == (
        "TemplateLiteral",
        [("TemplateElement", "aA", "a\\x41", False), ("TemplateElement", "c", "c", True)],
        [("Identifier", "b")],
    )
    tagged = expr("tag`\\unicode`")
    assert type(tagged) is ast.TaggedTemplateExpression
    assert tagged.quasi.quasis[0].cooked is None and tagged.quasi.quasis[0].raw == "\\unicode"
    with pytest.raises(JSSyntaxError):
        parse_script("`\\unicode`")


def test_template_element_spans_the_text_only() -> None:
    source = "`ab${c}de`"
    first, second = expr(source).quasis
    assert source[first.start : first.end] == "ab" and source[second.start : second.end] == "de"


# -- operators -------------------------------------------------------------------------------


def test_precedence_and_associativity() -> None:
    assert shape(expr("a + b * c")) == ("BinaryExpression", "+", ("Identifier", "a"), ("BinaryExpression", "*", ("Identifier", "b"), ("Identifier", "c")))
    assert shape(expr("a - b - c"))[2][0] == "BinaryExpression"  # left-associative
    assert shape(expr("a ** b ** c"))[3][0] == "BinaryExpression"  # right-associative
    assert shape(expr("a || b && c"))[:2] == ("LogicalExpression", "||")
    assert shape(expr("a ?? b"))[:2] == ("LogicalExpression", "??")
    assert shape(expr("a = b += c"))[3][:2] == ("AssignmentExpression", "+=")
    assert shape(expr("a ||= b"))[:2] == ("AssignmentExpression", "||=")
    assert shape(expr("a in b instanceof c"))[1] == "instanceof"
    assert shape(expr("!typeof -a")) == ("UnaryExpression", "!", True, ("UnaryExpression", "typeof", True, ("UnaryExpression", "-", True, ("Identifier", "a"))))
    assert shape(expr("a++")) == ("UpdateExpression", "++", False, ("Identifier", "a"))
    assert shape(expr("a, b")) == ("SequenceExpression", [("Identifier", "a"), ("Identifier", "b")])


def test_optional_chains() -> None:
    node = expr("a?.b.c?.(d)")
    assert type(node) is ast.ChainExpression
    call = node.expression
    assert type(call) is ast.CallExpression and call.optional is True
    member = call.callee
    assert member.optional is False and member.object.optional is True
    assert type(expr("(a?.b).c").object) is ast.ChainExpression


def test_new_member_call_and_meta() -> None:
    assert shape(expr("new a.b(c)")) == ("NewExpression", ("MemberExpression", ("Identifier", "a"), ("Identifier", "b"), False, False), [("Identifier", "c")])
    assert shape(expr("new a")) == ("NewExpression", ("Identifier", "a"), [])
    assert shape(expr("new new a()()"))[1][0] == "NewExpression"
    assert shape(parse_script("function f(){ new.target }").body[0].body.body[0].expression) == (
        "MetaProperty", ("Identifier", "new"), ("Identifier", "target"))
    assert shape(parse_module("import.meta").body[0].expression)[0] == "MetaProperty"
    assert shape(expr("import('m')")) == ("ImportExpression", ("Literal", "m", "'m'", None, None))
    assert shape(expr("a[b]")) == ("MemberExpression", ("Identifier", "a"), ("Identifier", "b"), True, False)


def test_regex_versus_division() -> None:
    assert type(expr("a / b / c")) is ast.BinaryExpression
    assert expr("x = /=/g").right.regex == ("=", "g")
    assert type(expr("a\n/b/g")) is ast.BinaryExpression
    program = parse_script("{}\n/foo/")
    assert program.body[1].expression.regex == ("foo", "")
    assert expr("(1) / 2").operator == "/"


# -- functions, arrows, classes ------------------------------------------------------------------


def test_function_facts_for_later_passes() -> None:
    program = parse_script("function f(a, b) { 'use strict'; } function g(a = 1) {} function h({a}) { return () => 1; }")
    f, g, h = program.body
    assert (f.strict, f.simple_parameters, f.generator, f.is_async, f.expression) == (True, True, False, False, False)
    assert (g.strict, g.simple_parameters) == (False, False)
    arrow = h.body.body[0].argument
    assert (arrow.strict, arrow.simple_parameters, arrow.expression) == (False, True, True)
    assert f.body.body[0].directive == "use strict"


def test_strictness_is_inherited() -> None:
    program = parse_script("'use strict'; function f() { return function g() {}; }")
    inner = program.body[1].body.body[0].argument
    assert program.body[1].strict and inner.strict
    method = parse_script("class A { m() {} }").body[0].body.body[0].value
    assert method.strict is True
    assert parse_module("function f() {}").body[0].strict is True


def test_arrow_functions_from_the_cover_grammar() -> None:
    node = expr("(a, [b, c] = d, {e}, ...f) => a")
    assert type(node) is ast.ArrowFunctionExpression and node.expression is True
    assert [type(p).__name__ for p in node.params] == ["Identifier", "AssignmentPattern", "ObjectPattern", "RestElement"]
    assert node.params[1].left.elements[1].name == "c"
    body_arrow = expr("async x => { await x; }")
    assert body_arrow.is_async and not body_arrow.expression and body_arrow.params[0].name == "x"
    assert type(expr("async (a, b)")) is ast.CallExpression
    assert expr("async (a, b) => 1").is_async is True


def test_generators_and_yield() -> None:
    g = parse_script("function* g() { yield; yield a; yield* b; }").body[0]
    yields = [s.expression for s in g.body.body]
    assert [(y.argument is not None, y.delegate) for y in yields] == [(False, False), (True, False), (True, True)]
    assert g.generator is True


def test_classes() -> None:
    source = "class A extends B { constructor() { super(); } static #p = 1; get x() { return this.#p; } set x(v) {} static { this.y = 1; } *[k]() {} async m() {} }"
    node = parse_script(source).body[0]
    assert node.id.name == "A" and node.superClass.name == "B"
    kinds = [(type(e).__name__, getattr(e, "kind", None), e.static if hasattr(e, "static") else None) for e in node.body.body]
    assert kinds == [
        ("MethodDefinition", "constructor", False),
        ("PropertyDefinition", None, True),
        ("MethodDefinition", "get", False),
        ("MethodDefinition", "set", False),
        ("StaticBlock", None, None),
        ("MethodDefinition", "method", False),
        ("MethodDefinition", "method", False),
    ]
    assert type(node.body.body[1].key) is ast.PrivateIdentifier and node.body.body[1].key.name == "p"
    assert node.body.body[5].computed and node.body.body[5].value.generator
    assert node.body.body[6].value.is_async


def test_object_literal_properties() -> None:
    node = expr("({a, b: 1, [c]: 2, d() {}, get e() {}, set e(v) {}, async *f() {}, ...g, 'h': 3, 4: 5})")
    props = node.properties
    assert [(p.kind, p.shorthand, p.computed, p.method) for p in props if type(p) is ast.Property] == [
        ("init", True, False, False), ("init", False, False, False), ("init", False, True, False),
        ("init", False, False, True), ("get", False, False, False), ("set", False, False, False),
        ("init", False, False, True), ("init", False, False, False), ("init", False, False, False),
    ]
    assert type(props[7]) is ast.SpreadElement


# -- patterns -------------------------------------------------------------------------------------


def test_assignment_patterns_from_literals() -> None:
    node = expr("[a, {b, c: d = 1, ...e}, ...f] = g")
    assert type(node.left) is ast.ArrayPattern
    obj = node.left.elements[1]
    assert type(obj) is ast.ObjectPattern
    assert type(obj.properties[1].value) is ast.AssignmentPattern
    assert type(obj.properties[2]) is ast.RestElement
    assert type(node.left.elements[2]) is ast.RestElement
    shorthand_default = expr("({a = 1} = b)").left.properties[0]
    assert shorthand_default.shorthand and type(shorthand_default.value) is ast.AssignmentPattern


def test_binding_patterns() -> None:
    declaration = parse_script("let {a, b: [c, , ...d], e = 1} = f;").body[0]
    pattern = declaration.declarations[0].id
    assert type(pattern) is ast.ObjectPattern
    array = pattern.properties[1].value
    assert array.elements[1] is None and type(array.elements[2]) is ast.RestElement
    assert declaration.kind == "let"


# -- statements -------------------------------------------------------------------------------------


def test_for_statements() -> None:
    assert type(parse_script("for (;;);").body[0]) is ast.ForStatement
    for_in = parse_script("for (var a in b);").body[0]
    assert type(for_in) is ast.ForInStatement and for_in.left.kind == "var"
    for_of = parse_module("for await (const [a] of b);").body[0]
    assert type(for_of) is ast.ForOfStatement and for_of.is_await and type(for_of.left.declarations[0].id) is ast.ArrayPattern
    assert type(parse_script("for ([a, b] of c);").body[0].left) is ast.ArrayPattern
    assert type(parse_script("for (let in x);").body[0].left) is ast.Identifier


def test_automatic_semicolon_insertion() -> None:
    program = parse_script("function f() { return\n1 }")
    assert program.body[0].body.body[0].argument is None
    assert len(parse_script("a\n++b").body) == 2
    assert len(parse_script("a = b\n(c)").body) == 1  # no ASI before `(`
    assert len(parse_script("let\nx = 1").body) == 1
    assert len(parse_script("do ; while (0) x").body) == 2
    with pytest.raises(JSSyntaxError):
        parse_script("a b")


def test_labels_try_switch() -> None:
    labelled = parse_script("a: b: for (;;) continue a;").body[0]
    assert labelled.label.name == "a" and labelled.body.label.name == "b"
    t = parse_script("try {} catch {} finally {}").body[0]
    assert t.handler.param is None and t.finalizer is not None
    s = parse_script("switch (x) { case 1: a; default: b; }").body[0]
    assert [c.test is None for c in s.cases] == [False, True]


def test_directives_only_in_the_prologue() -> None:
    body = parse_script("'a'; \"b\"; c; 'd';").body
    assert [s.directive for s in body] == ["a", "b", None, None]
    assert parse_script("('use strict'); with (a) ;").strict is False


# -- modules --------------------------------------------------------------------------------------------


def test_imports() -> None:
    node = parse_module("import d, { a, b as c, 'x y' as e } from 'm';").body[0]
    assert [type(s).__name__ for s in node.specifiers] == ["ImportDefaultSpecifier", "ImportSpecifier", "ImportSpecifier", "ImportSpecifier"]
    assert node.specifiers[2].imported.name == "b" and node.specifiers[2].local.name == "c"
    assert node.specifiers[3].imported.value == "x y"
    ns = parse_module("import * as ns from 'm';").body[0].specifiers[0]
    assert type(ns) is ast.ImportNamespaceSpecifier and ns.local.name == "ns"
    assert parse_module("import 'm';").body[0].specifiers == []


def test_exports() -> None:
    body = parse_module(
        "export * from 'a'; export * as n from 'b'; export { x, y as z }; export { w as 'q r' } from 'c';"
        "export default function () {} export const k = 1; let x, y;"
    ).body
    assert type(body[0]) is ast.ExportAllDeclaration and body[0].exported is None
    assert body[1].exported.name == "n"
    assert [(s.local.name, s.exported.name) for s in body[2].specifiers] == [("x", "x"), ("y", "z")]
    assert body[3].specifiers[0].exported.value == "q r" and body[3].source.value == "c"
    assert type(body[4]) is ast.ExportDefaultDeclaration and body[4].declaration.id is None
    assert type(body[5].declaration) is ast.VariableDeclaration


# -- errors -----------------------------------------------------------------------------------------------


def test_error_position_and_filename() -> None:
    with pytest.raises(JSSyntaxError) as info:
        parse_script("let a;\nlet a;", filename="x.js")
    error = info.value
    assert (error.line, error.column, error.filename) == (2, 5, "x.js")
    assert error.message == "Identifier 'a' has already been declared"


def test_hashbang_and_html_comments() -> None:
    assert len(parse_script("#!/usr/bin/env node\nx").body) == 1
    assert len(parse_script("x <!-- y\n--> z\ny").body) == 2
    with pytest.raises(JSSyntaxError):
        parse_module("x\n--> y")


def test_lines_after_a_line_continuation_in_a_string() -> None:
    program = parse_script("x = 'a\\\nb';\ny;")
    assert program.body[1].line == 3


def test_strict_option_parses_strict_from_the_first_token() -> None:
    from engine.syntax import JSSyntaxError, parse_script

    assert parse_script("with (o) {}").strict is False
    program = parse_script("x = 010;", strict=False)
    assert not program.strict
    for source in ("with (o) {}", "x = 010;", "var eval = 1;"):
        try:
            parse_script(source, strict=True)
        except JSSyntaxError:
            continue
        raise AssertionError(f"{source!r} parsed as strict code")
    assert parse_script("'no directive needed'; x = 1;", strict=True).strict


def test_eval_goal_decides_what_eval_code_may_contain() -> None:
    from engine.syntax import EvalGoal, JSSyntaxError, parse

    for source, goal in (("new.target", EvalGoal(allow_new_target=True)),
                         ("super.x", EvalGoal(allow_super_property=True)),
                         ("arguments", EvalGoal())):
        parse(source, eval_goal=goal)
    for source, goal in (("new.target", EvalGoal()), ("super.x", EvalGoal()),
                         ("arguments", EvalGoal(allow_arguments=False))):
        try:
            parse(source, eval_goal=goal)
        except JSSyntaxError:
            continue
        raise AssertionError(f"{source!r} accepted under {goal}")
