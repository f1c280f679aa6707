"""Script top level (global object and global lexical environment) against module top level."""
from __future__ import annotations

from engine.scope.bindings import DeclarationKind, LocationKind, ScopeKind
from tests.scope.support import analyze_source, uses


def test_script_declarations_are_global_by_name() -> None:
    tree = analyze_source("var a; let b; function c(){ return a + b + d; }")
    assert tree.root.kind is ScopeKind.SCRIPT
    assert {b.name: b.location.kind for b in tree.root.bindings.values()} == {
        "a": LocationKind.GLOBAL, "b": LocationKind.GLOBAL, "c": LocationKind.GLOBAL}
    assert uses(tree, "d") == ["global d"]
    assert not tree.root.needs_context


def test_script_this_is_a_frame_value_unless_captured() -> None:
    assert uses(analyze_source("this;"), "this") == ["frame this"]
    tree = analyze_source("var f = () => this;")
    assert uses(tree, "this") == ["context 0 hops=0"]
    assert tree.root.context_layout() == ["this"]


def test_module_bindings_are_module_slots() -> None:
    source = "import d, {a as b} from 'm'; import * as ns from 'n'; let c = 1; var v; function f(){ return b + c + ns + d; } export { c as e }; export default 1;"
    tree = analyze_source(source, module=True)
    root = tree.root
    assert root.kind is ScopeKind.MODULE and root.strict
    kinds = {b.name: str(b.location) for b in root.bindings.values()}
    assert kinds == {
        "d": "module-import 0", "b": "module-import 1", "ns": "module 0", "c": "module 1",
        "v": "module 2", "f": "module 3", "*default*": "module 4"}
    assert uses(tree, "c") == ["module 1 hops=0 tdz", "module 1 hops=0"]
    assert root.bindings["ns"].kind is DeclarationKind.IMPORT_NAMESPACE


def test_module_slot_hops_from_nested_contexts() -> None:
    tree = analyze_source("let m; function f(){ let x; return () => x + m; }", module=True)
    assert uses(tree, "m") == ["module 0 hops=1 tdz"]


def test_export_default_function_and_class_declare_default() -> None:
    tree = analyze_source("export default function(){}", module=True)
    assert tree.root.bindings["*default*"].kind is DeclarationKind.FUNCTION
    tree = analyze_source("export default class {}", module=True)
    assert tree.root.bindings["*default*"].kind is DeclarationKind.CLASS


def test_module_top_level_function_is_hoisted() -> None:
    tree = analyze_source("f(); function f(){}", module=True)
    assert tree.root.hoisted_functions[0].id.name == "f"
    assert uses(tree, "f") == ["module 0 hops=0"]
