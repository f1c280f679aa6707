"""Private self-hosted helpers (ListContains, LengthOfArrayLike, SerializeJSONArray, ...) cost a
realm their linked metadata and nothing else: a call to one (CallIntrinsic) pushes a frame straight
from the shared unlinked function and the realm's code block, with no function object. Only a
helper read as a value (LdaIntrinsic) gets one, kept as an (index, object) pair in the realm.
Counts come from the census of a realm's cells (rh_test_census)."""
from __future__ import annotations

import pathlib
import shutil
from typing import Any, Iterator

import pytest

import realm_host._selfhost as selfhost_attach
from engine.selfhost.library import LIBRARY_DIR, load_library
from realm_host import Host
from realm_host._core import lib
from tests.census import CELL_CODE_BLOCK, CELL_OBJECT, KIND_FUNCTION, census



def functions(host: Host, realm: Any) -> list[str]:
    """The labels (names) of the realm's bytecode function objects."""
    return sorted(label for type_, kind, _size, _buffers, _count, label in census(host, realm)
                  if type_ == CELL_OBJECT and kind == KIND_FUNCTION)


def code_blocks(host: Host, realm: Any) -> set[str]:
    return {label for type_, _kind, _size, _buffers, _count, label in census(host, realm) if type_ == CELL_CODE_BLOCK}


@pytest.fixture
def fresh(host: Host) -> Iterator[Any]:
    r = host.new_realm()
    yield r
    r.close()


# --- no function object per helper ---------------------------------------------------------------------

def test_json_stringify_makes_no_function_object_for_its_helpers(host: Host, fresh) -> None:
    assert fresh.eval("JSON.stringify({a: [1, 2]})") == '{"a":[1,2]}'
    # The only function the user can reach is JSON.stringify itself ...
    assert functions(host, fresh) == ["stringify"]
    # ... while the helpers did run: each is linked in the realm (its metadata, by name).
    assert {"SerializeJSONProperty", "SerializeJSONObject", "SerializeJSONArray", "ListContains",
            "EnterJSONStructure", "LeaveJSONStructure", "QuoteJSONString"} <= code_blocks(host, fresh)


def test_common_script_functions_are_exactly_the_reachable_ones(host: Host, fresh) -> None:
    fresh.eval("[1,2,3].map(x=>x*2).filter(x=>x>2).reduce((a,b)=>a+b,0); JSON.stringify({a:[1,2]}); "
               "Object.keys({x:1}); 'abc'.toUpperCase().split('')")
    names = functions(host, fresh)
    assert "" not in names  # no anonymous helper object
    assert names == sorted(["filter", "get [Symbol.species]", "map", "reduce", "split", "stringify", "toUpperCase"])
    assert {"LengthOfArrayLike", "GetMethod"} <= code_blocks(host, fresh)
    assert lib.rh_test_heap_verify(host._agent) == 0


def test_calling_helpers_adds_no_builtins_bytes(host: Host, fresh) -> None:
    """Once JSON.stringify has run on a number, running it on nested objects and arrays calls six
    more helpers: the realm gains their metadata, and not one byte of objects or builtins."""
    fresh.eval("JSON.stringify(1)")
    host.collect()
    before = fresh.memory()
    blocks_before = code_blocks(host, fresh)
    fresh.eval("JSON.stringify({a: [1, 2, {b: 'c'}], d: null})")
    host.collect()
    after = fresh.memory()
    assert len(code_blocks(host, fresh) - blocks_before) >= 6
    assert after["builtins"] == before["builtins"]
    assert after["objects"] == before["objects"]
    assert after["metadata"] > before["metadata"]


def test_helpers_run_in_the_callers_realm(host: Host) -> None:
    """A helper's frame takes its realm from the frame calling it: a function of realm B called on
    realm A's objects links B's metadata only."""
    a, b = host.new_realm(), host.new_realm()
    try:
        stringify = b.eval("(function viaB(x) { return JSON.stringify(x); })")
        value = a.eval("({list: [1, [2, 3]], s: 'q'})")
        assert stringify(value) == '{"list":[1,[2,3]],"s":"q"}'
        assert "SerializeJSONArray" in code_blocks(host, b)
        assert "SerializeJSONArray" not in code_blocks(host, a)
        assert functions(host, a) == [] and functions(host, b) == ["stringify", "viaB"]
    finally:
        a.close()
        b.close()


# --- frames without a function object ------------------------------------------------------------------

def test_error_stack_names_the_helpers(fresh) -> None:
    stack = fresh.eval("try { var o = {}; o.o = o; JSON.stringify(o); } catch (e) { e.stack }")
    assert stack.startswith("TypeError: ")
    for frame in ("EnterJSONStructure", "SerializeJSONObject", "SerializeJSONProperty"):
        assert f"at {frame} (<selfhosted>:" in stack


def test_a_throwing_helper_unwinds_to_the_users_catch(fresh) -> None:
    assert fresh.eval("""
        var seen = [];
        for (var i = 0; i < 3; i++) {
            try { var a = [1]; a.push(a); JSON.stringify(a); }
            catch (e) { seen.push(e instanceof TypeError); }
        }
        seen.join() + '|' + JSON.stringify([1, [2]])""") == "true,true,true|[1,[2]]"


def test_a_callback_throwing_through_helpers(fresh) -> None:
    stack = fresh.eval("try { JSON.stringify({a: {toJSON() { throw new RangeError('boom'); }}}) } "
                       "catch (e) { e.stack }")
    assert stack.startswith("RangeError: boom")
    assert "at SerializeJSONProperty (<selfhosted>:" in stack and "at toJSON (" in stack


def test_deep_recursion_through_helpers_is_a_range_error(fresh) -> None:
    # Helpers recursing into helpers (SerializeJSONProperty <-> SerializeJSONObject) ...
    assert fresh.eval("var d = {}; for (var i = 0; i < 100000; i++) d = {a: d}; "
                      "try { JSON.stringify(d); 'no error' } catch (e) { e instanceof RangeError }") is True
    # ... and user code recursing through them.
    assert fresh.eval("function f(n) { return JSON.stringify({toJSON() { return f(n + 1); }}); } "
                      "try { f(0); 'no error' } catch (e) { e instanceof RangeError }") is True
    assert fresh.eval("JSON.stringify({ok: [true]})") == '{"ok":[true]}'


def test_helpers_under_gc_stress() -> None:
    with Host() as host, host.new_realm() as realm:
        lib.rh_test_set_gc_stress(host._agent, 1)
        try:
            result = realm.eval("""
                var out = [];
                out.push([1,2,3].map(x=>x*2).filter(x=>x>2).reduce((a,b)=>a+b,0));
                out.push(JSON.stringify({a: [1, {b: 'c'}], d: {toJSON() { return [String(1e21)]; }}}));
                try { var o = {}; o.o = o; JSON.stringify(o); } catch (e) { out.push(e.name); }
                out.push('abc'.toUpperCase().split('').join('-'));
                out.join('|')""")
        finally:
            lib.rh_test_set_gc_stress(host._agent, 0)
        assert result == '10|{"a":[1,{"b":"c"}],"d":["1e+21"]}|TypeError|A-B-C'
        assert lib.rh_test_heap_verify(host._agent) == 0


# --- helpers read as values (LdaIntrinsic) -------------------------------------------------------------

TEST_LIBRARY = """
// Test-only functions on %JSON% (installed by name), over private helpers read as values.
function JSON$testHelperValue() {
    return TestHelperDouble;
}

function JSON$testHelperCallback(list) {
    var f = TestHelperDouble;
    var out = [];
    for (var i = 0; i < list.length; i++)
        %CreateDataPropertyOrThrow(out, i, %Call(f, void 0, list[i]));
    return out;
}

function JSON$testHelperFrame(x) {
    return TestHelperFrame(x, 1, 2);
}

function TestHelperDouble(x) {
    return x * 2;
}

// A helper called without a function object: an arrow it makes, its arguments object (strict,
// unmapped), its own this and new.target.
function TestHelperFrame(x) {
    var add = (y) => y + x + arguments.length;
    var arrowTarget = () => new.target;
    return [add(10), arguments.length, this === void 0, new.target === void 0, arrowTarget() === void 0];
}
"""


@pytest.fixture(scope="module")
def test_host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    directory: pathlib.Path = tmp_path_factory.mktemp("selfhosted")
    for path in LIBRARY_DIR.glob("*.js"):
        shutil.copy(path, directory / path.name)
    (directory / "zz_test_helpers.js").write_text(TEST_LIBRARY, encoding="utf-8")
    original = selfhost_attach.load_library
    selfhost_attach.load_library = lambda store: load_library(store, directory)  # type: ignore[assignment]
    try:
        host = Host()
    finally:
        selfhost_attach.load_library = original  # type: ignore[assignment]
    with host:
        yield host


def test_a_helper_read_as_a_value_gets_one_object_per_realm(test_host: Host) -> None:
    realm, other = test_host.new_realm(), test_host.new_realm()
    try:
        realm.eval("[].length + JSON.testHelperCallback.length")  # %Array.prototype%, %JSON% made
        test_host.collect()
        before = realm.memory()
        assert realm.eval("JSON.testHelperValue() === JSON.testHelperValue()") is True
        test_host.collect()
        after = realm.memory()
        # One function object, and the realm's first two (index, object) pairs of 16 bytes.
        assert after["builtins"] - before["builtins"] == 2 * 16
        assert functions(test_host, realm).count("") == 1
        assert realm.eval("JSON.testHelperValue()(21)") == 42
        assert realm.eval("typeof JSON.testHelperValue()") == "function"
        assert realm.eval("JSON.testHelperCallback([1, 2, 3]).join()") == "2,4,6"
        test_host.collect()
        assert realm.memory()["builtins"] == after["builtins"]  # the same pair, no second object
        assert functions(test_host, realm).count("") == 1
        # Each realm has its own object.
        same = other.eval("(function same(f) { return f === JSON.testHelperValue(); })")
        assert same(other.eval("JSON.testHelperValue()")) is True
        assert same(realm.eval("JSON.testHelperValue()")) is False
        assert lib.rh_test_heap_verify(test_host._agent) == 0
    finally:
        realm.close()
        other.close()


def test_a_helper_frame_without_a_function_object(test_host: Host) -> None:
    with test_host.new_realm() as realm:
        assert realm.eval("JSON.testHelperFrame(5).join()") == "18,3,true,true,true"
        assert "" not in functions(test_host, realm)
