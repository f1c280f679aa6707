"""Compiling eval code: free names resolve against the caller's recorded scope chain."""
from __future__ import annotations

from engine.scope import EvalContext, OuterScope
from engine.scope.bindings import DeclarationKind as K, ScopeKind
from tests.scope.support import analyze_source, function_named, uses

# The caller: function f(x){ let y; { let z; eval(src) } } with every binding in a context.
CALLER = (
    OuterScope(ScopeKind.BLOCK, {"z": (K.LET, 0)}),
    OuterScope(ScopeKind.FUNCTION, {"x": (K.PARAMETER, 0), "y": (K.LET, 1), "this": (K.THIS, 2)},
               receives_eval_vars=True),
)
SLOPPY = EvalContext(outer=CALLER, strict_caller=False, var_scope_is_global=False)
STRICT = EvalContext(outer=CALLER, strict_caller=True, var_scope_is_global=False)


def test_outer_bindings_are_reached_through_the_callers_contexts() -> None:
    tree = analyze_source("x + y + z;", eval_context=SLOPPY)
    assert tree.root.kind is ScopeKind.EVAL
    assert uses(tree, "z") == ["context 0 hops=0 tdz"]
    assert uses(tree, "y") == ["context 1 hops=1 tdz"]
    assert uses(tree, "x") == ["context 0 hops=1 tdz"]


def test_eval_code_contexts_add_hops() -> None:
    tree = analyze_source("let w; (() => w)(); z;", eval_context=SLOPPY)
    assert tree.root.needs_context
    assert uses(tree, "z") == ["context 0 hops=1 tdz"]


def test_names_past_a_var_scope_that_receives_eval_vars_are_dynamic() -> None:
    tree = analyze_source("q;", eval_context=SLOPPY)
    assert uses(tree, "q") == ["dynamic q tdz"]


def test_sloppy_eval_vars_go_to_the_callers_var_scope() -> None:
    tree = analyze_source("var v = 1; function g(){} let l = v;", eval_context=SLOPPY)
    assert str(tree.root.bindings["v"].location) == "dynamic v"
    assert str(tree.root.bindings["g"].location) == "dynamic g"
    assert str(tree.root.bindings["l"].location) == "register 0"  # lexical: the eval's own


def test_strict_eval_keeps_its_vars() -> None:
    tree = analyze_source("var v = 1; v;", eval_context=STRICT)
    assert uses(tree, "v") == ["register 0", "register 0"]


def test_global_eval_vars_are_globals() -> None:
    tree = analyze_source("var v; v;", eval_context=EvalContext())
    assert uses(tree, "v") == ["global v", "global v"]


def test_this_comes_from_the_caller() -> None:
    tree = analyze_source("this;", eval_context=SLOPPY)
    assert uses(tree, "this") == ["context 2 hops=1 tdz"]
    tree = analyze_source("this;", eval_context=EvalContext())
    assert uses(tree, "this") == ["frame this"]


def test_functions_in_eval_code_capture_outer_slots() -> None:
    tree = analyze_source("(function g(){ return y; });", eval_context=STRICT)
    assert uses(tree, "y") == ["context 1 hops=1 tdz"]
    assert function_named(tree, "g").scope is not None


def test_round_trip_from_a_real_caller() -> None:
    from engine.scope import eval_context_at

    caller = analyze_source("function f(a){ let b = 1; { let c = 2; eval(s); } return () => a; }")
    (call,) = caller.direct_eval_calls
    context = eval_context_at(caller, call)
    assert [o.kind for o in context.outer] == [ScopeKind.BLOCK, ScopeKind.FUNCTION]
    assert not context.strict_caller and not context.var_scope_is_global
    tree = analyze_source("a + b + c + arguments.length + q; this;", eval_context=context)
    f_scope = function_named(caller, "f").scope
    assert uses(tree, "c") == ["context 0 hops=0 tdz"]
    assert uses(tree, "b") == [f"context {f_scope.context_layout().index('b')} hops=1 tdz"]
    # a parameter: the eval might run in a parameter default, so the check stays
    assert uses(tree, "a") == [f"context {f_scope.context_layout().index('a')} hops=1 tdz"]
    assert uses(tree, "arguments") == [f"context {f_scope.context_layout().index('arguments')} hops=1"]
    assert uses(tree, "q") == ["dynamic q tdz"]  # f's var scope may have gained a var q
    # the record does not say whether f is a derived constructor: checked, conservatively
    assert uses(tree, "this") == [f"context {f_scope.context_layout().index('this')} hops=1 tdz"]


def test_top_level_script_eval_context_is_global() -> None:
    from engine.scope import eval_context_at

    caller = analyze_source("{ let k; eval(s); }")
    context = eval_context_at(caller, next(iter(caller.direct_eval_calls)))
    assert context.var_scope_is_global
    assert [o.kind for o in context.outer] == [ScopeKind.BLOCK, ScopeKind.SCRIPT]  # the script keeps `this`
    tree = analyze_source("var v; k; zz;", eval_context=context)
    assert uses(tree, "k") == ["context 0 hops=0 tdz"]
    assert uses(tree, "zz") == ["global zz"]
    assert uses(tree, "v") == ["global v"]


def test_module_eval_sees_module_slots_and_imports() -> None:
    from engine.scope import eval_context_at

    caller = analyze_source("import a from 'm'; let b; function f(){ eval(s); }", module=True)
    context = eval_context_at(caller, next(iter(caller.direct_eval_calls)))
    assert context.strict_caller
    tree = analyze_source("a + b;", eval_context=context)
    assert uses(tree, "a") == ["module-import 0 tdz"]
    assert uses(tree, "b") == ["context 0 hops=1 tdz"]  # the module context, past f's


def test_eval_inside_sloppy_eval_code_adds_vars_to_the_callers_function() -> None:
    from engine.scope import eval_context_at

    in_block_of_f = EvalContext(outer=CALLER, strict_caller=False, var_scope_is_global=False, var_scope_depth=1)
    tree = analyze_source("{ let k; (() => k)(); eval(s); }", eval_context=in_block_of_f)
    assert not tree.root.receives_eval_vars  # its vars are f's, not its own
    context = eval_context_at(tree, next(iter(tree.direct_eval_calls)))
    assert not context.var_scope_is_global
    # the block, the eval root, then the caller's block and f's var scope: the first to receive vars
    assert [o.kind for o in context.outer] == [ScopeKind.BLOCK, ScopeKind.EVAL, ScopeKind.BLOCK, ScopeKind.FUNCTION]
    assert [o.receives_eval_vars for o in context.outer] == [False, False, False, True]
    assert context.var_scope_depth == 3
    inner = analyze_source("var v; v;", eval_context=context)
    assert uses(inner, "v") == ["dynamic v", "dynamic v"]


def test_eval_inside_global_eval_code_declares_globals() -> None:
    from engine.scope import eval_context_at

    tree = analyze_source("eval(s);", eval_context=EvalContext())
    context = eval_context_at(tree, next(iter(tree.direct_eval_calls)))
    assert context.var_scope_is_global and context.var_scope_depth == 1  # the eval root's context
    assert uses(analyze_source("var v; v;", eval_context=context), "v") == ["global v", "global v"]
