"""The self-hosting machinery end to end: the %Name syntax, the intrinsics table, the library
compiled once per process, lazy shells, linking on first call."""
from __future__ import annotations

import pytest

from engine.compiler import CompileOptions, compile_function
from engine.scope.tree import ScopeError
from engine.selfhost.intrinsics import INTRINSICS
from engine.selfhost.library import OPTIONS, intrinsic_ids, load_library
from engine.selfhost.manifest import EntryKind, manifest_entry
from engine.store import SourceKind
from engine.syntax import JSSyntaxError, parse_script
from realm_host import Host
from realm_host._selfhost import native_count

from tests.selfhost.conftest import run


# --- syntax --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", ["%ToObject(1)", "x = %ToObject(1)", "f(%IsCallable(g))"])
def test_intrinsic_syntax_is_a_syntax_error_in_user_code(source: str) -> None:
    with pytest.raises(JSSyntaxError):
        parse_script(source)


def test_percent_is_still_the_remainder_operator() -> None:
    parse_script("a % b; a %= 2; (x) % y")


def test_intrinsic_must_be_called() -> None:
    with pytest.raises(JSSyntaxError):
        compile_function("function f(x) { return %ToObject; }", OPTIONS, intrinsics=intrinsic_ids(("f",)))


def test_bare_name_of_a_c_intrinsic_is_not_an_intrinsic() -> None:
    with pytest.raises(ScopeError):
        compile_function("function f(x) { return ToObject(x); }", OPTIONS, intrinsics=intrinsic_ids(("f",)))


def test_free_names_never_reach_a_global() -> None:
    with pytest.raises(ScopeError):
        compile_function("function f(x) { return Array; }", OPTIONS, intrinsics=intrinsic_ids(("f",)))


def test_user_code_with_self_hosting_off_rejects_the_syntax() -> None:
    with pytest.raises(JSSyntaxError):
        compile_function("%ToObject(1)", CompileOptions(SourceKind.SCRIPT))


def test_realm_eval_rejects_intrinsic_calls(realm) -> None:
    with pytest.raises(Exception, match="SyntaxError"):
        realm.eval("%ToObject(1)")


# --- manifest ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, holder, kind, key, symbol, display", [
    ("Array$prototype$map", "ArrayPrototype", EntryKind.METHOD, "map", False, "map"),
    ("Array$from", "Array", EntryKind.METHOD, "from", False, "from"),
    ("get$Map$prototype$size", "MapPrototype", EntryKind.GETTER, "size", False, "get size"),
    ("Array$prototype$Symbol$iterator", "ArrayPrototype", EntryKind.METHOD, "iterator", True, "[Symbol.iterator]"),
])
def test_manifest_entry(name, holder, kind, key, symbol, display) -> None:
    entry = manifest_entry(name)
    assert entry is not None
    assert (entry.holder, entry.kind, entry.key, entry.symbol, entry.display_name) == (holder, kind, key, symbol, display)


def test_private_helpers_install_nowhere() -> None:
    assert manifest_entry("LengthOfArrayLike") is None


def test_python_and_c_tables_agree() -> None:
    assert native_count() == len(INTRINSICS)


# --- once per process ----------------------------------------------------------------------------------

def test_library_compiles_once_per_store(host: Host) -> None:
    assert load_library(host.store) is host.library
    assert load_library(host.store).image is host.library.image


def test_one_unlinked_library_whatever_the_number_of_realms(host: Host) -> None:
    images_before = len(host._images)
    realms = [host.new_realm() for _ in range(20)]
    for r in realms:
        assert run(r, "[1, 2].map(x => x + 1)") == [2, 3]
    assert len(host._images) == images_before + 1  # the script's image; the library's was already there
    for r in realms:
        r.close()


# --- lazy shells, linked on first call -----------------------------------------------------------------

def test_shell_has_the_spec_name_length_and_attributes(realm) -> None:
    assert run(realm, "Array.prototype.map.name") == "map"
    assert run(realm, "Array.prototype.map.length") == 1
    assert run(realm, """var d = Object.getOwnPropertyDescriptor(Array.prototype, 'map');
                         [d.writable, d.enumerable, d.configurable]""") == [True, False, True]
    assert run(realm, """var n = Object.getOwnPropertyDescriptor(Array.prototype.map, 'name');
                         [n.writable, n.enumerable, n.configurable]""") == [False, False, True]


def test_builtin_method_is_not_a_constructor(realm) -> None:
    assert run(realm, "try { new Array.prototype.map(x => x); 'constructed' } catch (e) { e instanceof TypeError }") is True
    assert run(realm, "Array.prototype.map.hasOwnProperty('prototype')") is False


def test_nothing_is_linked_until_the_first_call(host: Host) -> None:
    r = host.new_realm()
    r.eval("1 + 1")
    before = host.code_blocks()
    r.eval("typeof Array.prototype.map")  # materialises %Array.prototype% and its shells
    touched = host.code_blocks()
    assert touched == before + 1  # only the script's own top level
    r.eval("[1].map(x => x)")
    linked = host.code_blocks()
    # the script, map, the arrow, the LengthOfArrayLike helper, and get Array[@@species]
    # (ArraySpeciesCreate reads it)
    assert linked == touched + 5
    r.eval("[2].map(x => x)")
    assert host.code_blocks() == linked + 2  # map and its helper are linked already: script + arrow
    r.close()


def test_a_realm_that_never_touches_arrays_pays_nothing_for_map(host: Host) -> None:
    idle = host.new_realm()
    idle.eval("1 + 1")
    touched = host.new_realm()
    touched.eval("1 + 1; typeof [].map")
    assert touched.memory()["total"] > idle.memory()["total"]
    assert idle.eval("Object.getOwnPropertyNames(globalThis).length") >= 0  # still sees everything
    assert str(idle.eval("typeof Array.prototype.map")) == "function"
    idle.close()
    touched.close()


def test_each_realm_gets_its_own_shell(host: Host) -> None:
    a, b = host.new_realm(), host.new_realm()
    a.eval("Array.prototype.map.marker = 1")
    assert b.eval("Array.prototype.map.marker") is not None  # undefined, not 1
    assert str(b.eval("typeof Array.prototype.map.marker")) == "undefined"
    a.close()
    b.close()


# --- callbacks, errors ---------------------------------------------------------------------------------

def test_map_table(realm) -> None:
    assert run(realm, "[1, 2, 3].map(x => x * 2)") == [2, 4, 6]
    assert run(realm, "[1, , 3].map(x => x).hasOwnProperty(1)") is False
    assert run(realm, "[7].map(function (v, i, o) { return [this.k, v, i, o.length]; }, {k: 'this'})") == [["this", 7, 0, 1]]
    assert run(realm, "Array.prototype.map.call({length: 2, 0: 'a', 1: 'b'}, s => s + s)") == ["aa", "bb"]
    assert run(realm, "try { [1].map(3) } catch (e) { [e instanceof TypeError, e.message] }") == \
        [True, "Array.prototype.map: callback is not a function"]
    assert run(realm, "try { Array.prototype.map.call(null, x => x) } catch (e) { e instanceof TypeError }") is True


def test_callbacks_stay_in_the_dispatch_loop(realm) -> None:
    # Each level calls forEach, whose callback recurses: 1,000 levels of builtin -> callback.
    # Re-entering the interpreter from C per callback would hit the core's bound on nested C
    # entries (a few hundred) long before the JavaScript frame limit.
    assert run(realm, "function r(n) { if (n > 0) [n].forEach(() => r(n - 1)); return n; } r(1000)") == 1000


def test_library_is_compiled_once_per_machine(tmp_path) -> None:
    from engine.image.native_check import native_checker
    from engine.selfhost.library import library_source
    from engine.store import Origin, Store

    first = Store(cache_dir=tmp_path, checker=native_checker())
    library = load_library(first)
    source = library_source()
    assert first.lookup(source, OPTIONS, lambda *_: pytest.fail("compiled twice")).origin is Origin.MEMORY
    second = Store(cache_dir=tmp_path, checker=native_checker())  # a new process, as far as the store knows
    lookup = second.lookup(source, OPTIONS, lambda *_: pytest.fail("compiled again: the disk cache missed"))
    assert lookup.origin is Origin.DISK
    assert bytes(lookup.image.buffer) == bytes(library.image.buffer)


@pytest.mark.parametrize("alias, target", [
    ("Map.prototype[Symbol.iterator]", "Map.prototype.entries"),
    ("Set.prototype.keys", "Set.prototype.values"),
    ("Set.prototype[Symbol.iterator]", "Set.prototype.values"),
    ("String.prototype.trimLeft", "String.prototype.trimStart"),
    ("String.prototype.trimRight", "String.prototype.trimEnd"),
])
def test_aliases_are_the_same_function_object(realm, alias: str, target: str) -> None:
    assert run(realm, f"{alias} === {target}") is True


def test_alias_must_share_the_holder() -> None:
    from engine.selfhost.library import LibraryError, _manifest

    with pytest.raises(LibraryError):
        _manifest(("Array$prototype$map",), "// alias String$prototype$map = Array$prototype$map\n")
