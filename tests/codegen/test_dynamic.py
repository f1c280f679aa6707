"""Direct eval, with, eval code, and self-hosting mode."""
from __future__ import annotations

from engine.bytecode.function import BindingList
from engine.bytecode.verify import verify_function
from engine.codegen import compile_program
from engine.codegen.calls import (IN_FUNCTION, SCOPE_HEADER, VAR_SCOPE_DEPTH_SHIFT, VAR_SCOPE_HAS_LEXICALS,
                                  VAR_SCOPE_IS_GLOBAL)
from engine.compiler import compile_eval
from engine.scope import analyze, eval_context_at
from engine.syntax import parse_script
from tests.codegen.support import compile_checked, function_named, opcodes


def test_with_body_looks_names_up_and_calls_with_the_object_as_receiver() -> None:
    ops = opcodes(function_named(compile_checked("function f(o) { with (o) { g(x); } }"), "f"))
    assert ops[:3] == ["Ldar", "PushWithContext", "LdaLookupForCall"]
    assert "LdaLookup" in ops and ops.count("PopContext") == 1


def test_direct_eval_records_the_visible_scope_chain() -> None:
    root = compile_checked("function f(a) { let b = 2; { let c = 3; eval('a + b + c'); } }")
    f = function_named(root, "f")
    assert "CallEval" in opcodes(f)
    # the first BindingList maps arguments[0] to a (f is sloppy); CallEval's comes next
    mapping, chain = [c for c in f.constants if isinstance(c, BindingList)]
    assert mapping.names == ("a",)
    assert {"a", "b", "c"} <= set(chain.names)
    # the var scope is f's, not global; new.target is allowed in the eval code (f's this-environment);
    # one block lies between the eval and f's var scope, which also holds f's top-level let b
    assert chain.names[-1] == "" and chain.kinds[-1] == (SCOPE_HEADER | IN_FUNCTION | VAR_SCOPE_HAS_LEXICALS
                                                         | 1 << VAR_SCOPE_DEPTH_SHIFT)
    assert [n for n, k in zip(chain.names, chain.kinds) if k & SCOPE_HEADER][0] == "block"


def test_eval_at_top_level_names_a_global_var_scope() -> None:
    chain = next(c for c in compile_checked("eval('1');").constants if isinstance(c, BindingList)
                 and c.names[-1:] == ("",))
    assert chain.kinds[-1] == SCOPE_HEADER | VAR_SCOPE_IS_GLOBAL


def test_eval_code_reaches_the_callers_context_slots() -> None:
    source = "function f(a) { var v = 1; return eval('v + a'); }"
    program = parse_script(source)
    tree = analyze(program)
    call = next(iter(tree.direct_eval_calls))
    code = compile_eval("v + a", eval_context_at(tree, call))
    for function in code.walk():
        verify_function(function)
    ops = opcodes(code)
    assert ops.count("LdaContextSlot") + ops.count("LdaLookup") == 2
    assert ops[-2:] == ["Star", "Return"]  # eval returns its completion value


def test_sloppy_eval_vars_are_declared_by_name() -> None:
    program = parse_script("function f() { eval('var z = 1'); return z; }")
    tree = analyze(program)
    context = eval_context_at(tree, next(iter(tree.direct_eval_calls)))
    code = compile_eval("var z = 1; z", context)
    assert opcodes(code)[0] == "DeclareBindings"
    assert "StaLookup" in opcodes(code)


def test_self_hosting_calls_intrinsics_directly() -> None:
    source = "function ArrayMap(a, f) { var r = NewArray(0); return Call(f, a, r); }"
    tree = analyze(parse_script(source), self_hosting=True, intrinsics={"NewArray": 0, "Call": 1, "ArrayMap": 2})
    root = compile_program(tree, source)
    array_map = function_named(root, "ArrayMap")
    verify_function(array_map)
    assert opcodes(array_map).count("CallIntrinsic") == 2
    assert "LdaGlobal" not in opcodes(array_map)
    assert root.nested_functions() == (array_map,)  # the definition travels in the top level's pool
