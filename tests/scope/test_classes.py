"""Class scopes: the inner name, private names, methods with this/home object, field
initializers and static blocks (which behave as methods)."""
from __future__ import annotations

from engine.scope.bindings import DeclarationKind, FunctionKind, ScopeKind
from tests.scope.support import analyze_source, uses


def _class(tree):  # type: ignore[no-untyped-def]
    (info,) = tree.classes.values()
    return info


def test_class_declaration_has_outer_and_inner_bindings() -> None:
    tree = analyze_source("function f(){ class C { m(){ return C; } } return C; }")
    info = _class(tree)
    assert info.outer_binding.kind is DeclarationKind.CLASS
    assert info.inner_binding.kind is DeclarationKind.CLASS_NAME
    assert info.inner_binding.scope.kind is ScopeKind.CLASS
    # the method sees the inner binding (captured: class context), f the outer one
    assert uses(tree, "C") == ["context 0 hops=0 tdz", "register 0"]


def test_class_expression_has_only_the_inner_binding() -> None:
    info = _class(analyze_source("var D = class C {};"))
    assert info.outer_binding is None and info.inner_binding.name == "C"


def test_private_names_are_class_scope_bindings() -> None:
    source = "class C { #a = 1; #m(){} get #p(){} set #p(v){} static #s; has(o){ return #a in o && this.#m; } }"
    info = _class(analyze_source(source))
    kinds = {name: (b.private_kind, b.is_static) for name, b in info.private_names.items()}
    assert kinds == {"#a": ("field", False), "#m": ("method", False), "#p": ("accessor", False), "#s": ("field", True)}
    names = info.scope.context_layout()
    assert [n for n in names if n.startswith("#")] == ["#a", "#m"]  # referenced from a method
    # the instance initializer shares one function object per private method (codegen's slots)
    assert [n.split("@")[0] for n in names if n.startswith("%")] == ["%method"] * 3


def test_private_reference_hops_through_nested_classes() -> None:
    tree = analyze_source("class A { #x; m(){ class B { #y; n(o){ return o.#x + o.#y; } } } }")
    assert uses(tree, "#x") == ["context 0 hops=1"]
    assert uses(tree, "#y") == ["context 0 hops=0"]


def test_methods_use_this_and_home_object() -> None:
    tree = analyze_source("class A extends B { m(){ return () => super.m() + this.x; } }")
    method = next(fn for fn in tree.functions.values() if fn.kind is FunctionKind.METHOD)
    assert method.uses_this and method.uses_home_object
    assert method.scope.context_layout() == ["this", "%home_object"]  # captured by the arrow
    (access,) = tree.super_accesses.values()
    assert not access.is_call
    assert str(access.home_object.location) == "context 1" and access.home_object.hops == 0


def test_super_call_reaches_active_function_new_target_and_this() -> None:
    tree = analyze_source("class A extends B { constructor(){ super(); } }")
    ctor = next(fn for fn in tree.functions.values() if fn.kind is FunctionKind.DERIVED_CONSTRUCTOR)
    assert ctor.uses_this and ctor.uses_new_target and ctor.uses_active_function
    (access,) = tree.super_accesses.values()
    assert access.is_call
    assert [str(r.location) for r in (access.this, access.active_function, access.new_target)] == [
        "frame this", "frame %function", "frame new.target"]
    assert access.this.needs_tdz_check


def test_super_call_in_arrow_captures_everything() -> None:
    tree = analyze_source("class A extends B { constructor(){ (() => super())(); } }")
    ctor = next(fn for fn in tree.functions.values() if fn.kind is FunctionKind.DERIVED_CONSTRUCTOR)
    assert sorted(ctor.scope.context_layout()) == ["%function", "new.target", "this"]


def test_field_initializers_run_in_synthetic_methods() -> None:
    source = "class C { a = this; static b = this; static { var v = 1; this; } [k] = 1; }"
    tree = analyze_source(source)
    info = _class(tree)
    assert info.instance_fields.kind is FunctionKind.INSTANCE_FIELDS
    assert info.static_elements.kind is FunctionKind.STATIC_ELEMENTS
    assert info.instance_fields.uses_this and info.static_elements.uses_this
    # the static block is its own var scope inside the static initializer
    (block,) = [s for s in tree.all_scopes if s.kind is ScopeKind.STATIC_BLOCK]
    assert block.function is info.static_elements and "v" in block.bindings
    # the computed key is evaluated by the code that defines the class
    assert uses(tree, "k") == ["global k"]


def test_arrow_in_field_initializer_captures_initializer_this() -> None:
    tree = analyze_source("class C { f = () => this; }")
    info = _class(tree)
    assert info.instance_fields.scope.context_layout() == ["this"]
    assert uses(tree, "this") == ["context 0 hops=0"]


def test_heritage_is_evaluated_in_the_class_scope() -> None:
    tree = analyze_source("function f(){ class C extends (() => C)() {} }")
    assert uses(tree, "C") == ["context 0 hops=0 tdz"]
