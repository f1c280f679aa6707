"""Table-driven code generation tests: the shapes the issue asks for, the errors, and hostile input."""
from __future__ import annotations

import pytest

from engine.bytecode.function import BindingList, FunctionFlags
from engine.bytecode.verify import verify_function
from engine.codegen import NotSupportedYet
from engine.codegen.functions import UNMAPPED_PARAMETER
from engine.compiler import compile_function, compile_source
from engine.image import load_image
from engine.store import CompileOptions, SourceKind
from engine.syntax import parse_script
from engine.syntax.parser import MAX_DEPTH
from tests.codegen.support import compile_checked, function_named, opcodes


def body(source: str, name: str = "f") -> list[str]:
    return opcodes(function_named(compile_checked(source), name))


# --- the short, regular output the issue asks for --------------------------------------
@pytest.mark.parametrize("source, expected", [
    ("function f(x) { return x + 1; }", ["LdaSmi", "Add", "Return"]),
    ("function f(o) { return o.b.c; }", ["GetNamedProperty", "Star", "GetNamedProperty", "Return"]),
    ("function f(a, b) { if (a < b) return 1; }",
     ["Ldar", "TestLessThan", "JumpIfFalse", "LdaSmi", "Return", "LdaUndefined", "Return"]),
    ("function f(x) { x += 2; }", ["LdaSmi", "Add", "Star", "LdaUndefined", "Return"]),
    ("function f(x) { x++; }", ["Ldar", "ToNumeric", "Inc", "Star", "LdaUndefined", "Return"]),
    ("function f(x) { return x++; }", ["Ldar", "ToNumeric", "Star", "Inc", "Star", "Ldar", "Return"]),
    ("function f(x) { return typeof x; }", ["Ldar", "TypeOf", "Return"]),
    ("function f() { return typeof nowhere; }", ["LdaGlobalForTypeof", "TypeOf", "Return"]),
    ("function f(a, b) { return a !== b; }", ["Ldar", "TestStrictEqual", "LogicalNot", "Return"]),
    ("function f(a) { return -0; }", ["LdaConstant", "Return"]),
    ("function f(a) { return 1.5; }", ["LdaConstant", "Return"]),
    ("function f(a) { return undefined; }", ["LdaUndefined", "Return"]),
])
def test_output_shapes(source: str, expected: list[str]) -> None:
    assert body(source) == expected


def test_no_code_after_return() -> None:
    assert body("function f() { return 1; g(); }") == ["LdaSmi", "Return"]


def test_registers_are_reused_between_statements() -> None:
    calls = "".join(f"g({i}, {i}, {i});" for i in range(50))
    function = function_named(compile_checked(f"function f(g) {{ {calls} }}"), "f")
    assert function.register_count == 4  # receiver and three arguments, reused by every call


# --- logical assignment and short circuits ---------------------------------------------------
@pytest.mark.parametrize("operator, jump", [("&&=", "JumpIfFalse"), ("||=", "JumpIfTrue"),
                                            ("??=", "JumpIfNotNullish")])
def test_logical_assignment_skips_the_store(operator: str, jump: str) -> None:
    ops = body(f"function f(o, v) {{ o.x {operator} v; }}")
    get, skip, store = ops.index("GetNamedProperty"), ops.index(jump), ops.index("SetNamedProperty")
    assert get < skip < store


def test_optional_chain_short_circuits_the_whole_chain() -> None:
    ops = body("function f(a) { return a?.b.c.d(); }")
    assert ops.count("JumpIfNullish") == 1
    assert ops[-2:] == ["LdaUndefined", "Return"]


# --- TDZ ------------------------------------------------------------------------------------
def test_tdz_check_only_where_needed() -> None:
    assert "ThrowIfHole" not in body("function f() { let a = 1; return a; }")
    assert "ThrowIfHole" in body("function f() { g(); let a = 1; function g() { return a; } }", "g")


def test_assignment_to_const_throws_type_error() -> None:
    assert "ThrowStaticError" in body("function f() { const a = 1; a = 2; }")


# --- completion values --------------------------------------------------------------------------
@pytest.mark.parametrize("source, resets", [
    ("1;", 0),
    ("1; if (true) {}", 1),   # https://tc39.es/ecma262/#sec-if-statement-runtime-semantics-evaluation
    ("1; {}", 0),
    ("1; var x = 2;", 0),
    ("1; while (false);", 1),
])
def test_completion_value_resets(source: str, resets: int) -> None:
    ops = opcodes(compile_checked(source))
    assert ops.count("LdaUndefined") == resets
    assert ops[-1] == "Return" and ops[-2] in ("Ldar", "Star")  # the completion register, returned


def test_functions_keep_no_completion_register() -> None:
    function = function_named(compile_checked("function f() { 1; 2; 3; }"), "f")
    assert function.register_count == 0


# --- functions and flags ------------------------------------------------------------------------
@pytest.mark.parametrize("source, name, flags", [
    ("function f() { 'use strict'; }", "f", FunctionFlags.STRICT),
    ("var f = () => this;", "f", FunctionFlags.ARROW),
    ("class C { m() {} }", "m", FunctionFlags.METHOD),
    ("class C extends B {}", "C", FunctionFlags.DERIVED_CONSTRUCTOR),
    ("function f(a) { return arguments; }", "f", FunctionFlags.USES_ARGUMENTS),
    ("function f(a) { eval(a); }", "f", FunctionFlags.USES_EVAL),
])
def test_function_flags(source: str, name: str, flags: FunctionFlags) -> None:
    assert flags in function_named(compile_checked(source), name).flags


@pytest.mark.parametrize("source, length", [
    ("function f(a, b) {}", 2), ("function f(a, b = 1, c) {}", 1), ("function f(a, ...b) {}", 1),
])
def test_function_length(source: str, length: int) -> None:
    assert function_named(compile_checked(source), "f").length == length


def test_mapped_and_unmapped_arguments() -> None:
    assert "CreateMappedArguments" in body("function f(a) { return arguments; }")
    assert "CreateArguments" in body("function f() { return arguments; }")  # sloppy, nothing to alias
    assert "CreateArguments" in body("function f(a) { 'use strict'; return arguments; }")
    assert "CreateArguments" in body("function f(a = 1) { return arguments; }")
    # a later parameter of the same name takes the alias: the first is not mapped
    duplicate = function_named(compile_checked("function f(a, a) { return arguments; }"), "f")
    (mapping,) = [c for c in duplicate.constants if isinstance(c, BindingList)]
    assert mapping == BindingList(("a", "a"), (UNMAPPED_PARAMETER, 0))
    root = compile_checked("function f(a) { return arguments; } function g(a) { 'use strict'; return arguments; }")
    assert function_named(root, "f").scopes  # mapped: parameters live in the context


def test_anonymous_functions_are_named() -> None:
    root = compile_checked("var a = function () {}; let b = () => {}; var { c = function () {} } = {};"
                           "var o = { d: () => {} }; class K { e = () => {}; }")
    names = {function.name for function in root.walk()}
    assert {"a", "b", "c", "d", "e"} <= names


# --- NotSupportedYet ------------------------------------------------------------------------------
@pytest.mark.parametrize("source, construct", [
    ("function* g() {}", "generators"),
    ("async function f() {}", "async functions"),
    ("async function* f() {}", "async generators"),
    ("var f = async () => 1;", "async functions"),
    ("class C { *m() {} }", "generators"),
    ("var o = { async m() {} };", "async functions"),
])
def test_deferred_constructs(source: str, construct: str) -> None:
    with pytest.raises(NotSupportedYet) as info:
        compile_checked(source)
    assert info.value.construct == construct
    assert info.value.line == 1 and info.value.column >= 1
    assert str(info.value).startswith(f"{construct} are not supported yet")


def test_modules_are_deferred() -> None:
    with pytest.raises(NotSupportedYet) as info:
        compile_function("export const a = 1;", CompileOptions(SourceKind.MODULE))
    assert info.value.construct == "modules"


# --- positions ----------------------------------------------------------------------------------------
def test_every_throwing_instruction_has_a_position() -> None:
    from engine.bytecode._tables import FLAG_BITS, FLAGS
    from engine.bytecode.encoding import iterate

    root = compile_checked("function f(o) {\n  var a = o.x;\n  return g(a,\n    o.y);\n}\nf({});")
    f = function_named(root, "f")
    for instruction in iterate(f.code):
        if FLAGS[instruction.opcode] & FLAG_BITS["throws"]:
            assert f.position_at(instruction.offset) is not None
    lines = {line for _, line, _ in f.source_positions()}
    assert {2, 3} <= lines


def test_call_position_is_the_call() -> None:
    from engine.bytecode.encoding import iterate

    f = function_named(compile_checked("function f() {\n  return   g();\n}"), "f")
    call = next(i for i in iterate(f.code) if i.opcode.name == "Call")
    assert f.position_at(call.offset) == (2, 12)


# --- hostile input -------------------------------------------------------------------------------------
DEPTH = MAX_DEPTH - 10


SHAPES = {
    "functions": "function f(){ " * DEPTH + "return x;" + " }" * DEPTH,
    "arrows": "x = " + "() => " * DEPTH + "y",
    "classes": "(class { m() { return " * (DEPTH // 4) + "1" + "; } })" * (DEPTH // 4),
    "blocks": "{ let a = 1; " * DEPTH + "a;" + " }" * DEPTH,
    "try": "try { " * (DEPTH // 2) + "a;" + " } finally { b; }" * (DEPTH // 2),
    "for_of": "for (const x of y) " * (DEPTH // 2) + "if (x) break;",
    "arrays": "let a; " + "[" * DEPTH + "a" + "]" * DEPTH,
    "objects": "x = " + "{ a: " * DEPTH + "1" + " }" * DEPTH,
    "patterns": "var " + "[" * DEPTH + "a" + "]" * DEPTH + " = b;",
    "binary": "let a; a" + " + a" * DEPTH,
    "logical": "a" + " && a" * DEPTH,
    "ternary": "a ? b : " * DEPTH + "c",
    "assignments": "a = " * DEPTH + "1",
    "parens": "(" * DEPTH + "1" + ")" * DEPTH,
    "calls": "f(" * (DEPTH // 2) + ")" * (DEPTH // 2),
    "member_chain": "a" + ".b" * DEPTH,
    "call_chain": "f" + "()" * DEPTH,
    "if_else": "if (a) b; else " * DEPTH + "c;",
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_deepest_accepted_input_compiles(shape: str) -> None:
    sources = SHAPES
    parse_script(sources[shape])  # accepted by the parser
    root = compile_function(sources[shape], CompileOptions())
    for function in root.walk():
        verify_function(function)


# --- the pipeline -----------------------------------------------------------------------------------------
def test_compile_source_returns_a_loadable_image() -> None:
    image = load_image(compile_source("function f(a) { return a * 2; } f(21);"))
    assert [f.name for f in image.functions] == ["", "f"]


def test_strict_option_makes_code_strict() -> None:
    root = compile_function("x = 1;", CompileOptions(strict=True))
    assert FunctionFlags.STRICT in root.flags


def test_source_ranges_for_function_to_string() -> None:
    source = "class K { constructor() {} m() {} }\nfunction f(a) { return a; }"
    root = compile_checked(source)
    klass, f = function_named(root, "K"), function_named(root, "f")
    assert source[klass.source_start:klass.source_end] == "class K { constructor() {} m() {} }"
    assert source[f.source_start:f.source_end] == "function f(a) { return a; }"


def test_no_instruction_reports_position_zero() -> None:
    root = compile_checked("function f(a = 1) {\n  let b = () => b;\n  with (a) {}\n}\nclass K extends f { #x; }")
    for function in root.walk():
        assert all(line >= 1 and column >= 1 for _, line, column in function.source_positions()), function.name


def test_strict_option_keeps_positions_and_rejects_sloppy_syntax() -> None:
    from engine.syntax.errors import JSSyntaxError

    root = compile_function("f(x);", CompileOptions(strict=True))
    assert root.source_positions()[0][1:] == (1, 1)
    with pytest.raises(JSSyntaxError):
        compile_function("with (a) {}", CompileOptions(strict=True))
    compile_function("with (a) {}", CompileOptions())


def test_a_jump_is_kept_when_another_label_follows_it() -> None:
    # switch (1) { case 1: } : the case body label sits after the jump to the end
    ops = opcodes(compile_checked("11; switch (1) { case 1: }"))
    assert ops[-4:] == ["JumpIfTrue", "Jump", "Ldar", "Return"]


def test_delete_of_a_short_circuited_chain_is_true() -> None:
    ops = body("function f(a) { return delete a?.b; }")
    assert ops[-2:] == ["LdaTrue", "Return"]
