"""The Python API: eval results, value conversion both ways, object handles, errors, memory, close."""
from __future__ import annotations

import math

import pytest

import realm_host
from realm_host import Host, JSError, JSObject, RealmClosed, undefined


@pytest.fixture
def realm():
    host = Host(output=lambda text: None)
    r = host.new_realm()
    yield r
    r.close()
    host.close()


@pytest.mark.parametrize(
    "source, expected",
    [
        ("1 + 2", 3),
        ("2 ** 53", 2**53),
        ("2 ** 53 + 2", float(2**53 + 2)),
        ("0.5", 0.5),
        ("'a' + 'b'", "ab"),
        ("'\\u00e9\\u4e2d'", "é中"),
        ("true", True),
        ("false", False),
        ("null", None),
        ("undefined", undefined),
        ("var x = 5", undefined),
        ("var y = 5; y", 5),
    ],
)
def test_completion_values(realm, source: str, expected) -> None:
    result = realm.eval(source)
    assert result == expected and type(result) is type(expected)


def test_special_numbers(realm) -> None:
    assert math.copysign(1, realm.eval("-0")) == -1 and isinstance(realm.eval("-0"), float)
    assert math.isnan(realm.eval("0 / 0"))
    assert realm.eval("1 / 0") == math.inf


def test_lone_surrogates_survive(realm) -> None:
    assert realm.eval("'\\ud800x'") == "\ud800x"


def test_objects_are_handles(realm) -> None:
    o = realm.eval("var o = { a: 1, b: 'two', nested: { c: [10, 20] } }; o")
    assert isinstance(o, JSObject) and not o.callable
    assert o.keys() == ["a", "b", "nested"]
    assert o.get("a") == 1 and o["b"] == "two"
    assert o.get("nested").get("c").get(1) == 20
    o.set("d", "é")
    assert realm.eval("o.d") == "é"
    o.set("e", o)
    assert realm.eval("o.e === o") is True


def test_functions_are_callable(realm) -> None:
    add = realm.eval("(function (a, b) { return a + b; })")
    assert add.callable
    assert add(2, 3) == 5 and add("x", 1) == "x1"
    method = realm.eval("({ v: 7, get() { return this.v; } })")
    assert method.get("get").call(this=method) == 7


def test_uncaught_exception_raises_jserror(realm) -> None:
    with pytest.raises(JSError) as info:
        realm.eval("function inner() { null.x } inner()", filename="file.js")
    error = info.value
    assert error.name == "TypeError"
    assert error.message == "Cannot read properties of null (reading 'x')"
    assert "at inner (file.js:1:" in error.stack
    assert isinstance(error.value, JSObject)


def test_thrown_primitive(realm) -> None:
    with pytest.raises(JSError) as info:
        realm.eval("throw 42")
    assert info.value.value == 42 and info.value.name == ""


def test_syntax_error_has_position(realm) -> None:
    with pytest.raises(JSError) as info:
        realm.eval("var a = ;", filename="bad.js")
    assert info.value.name == "SyntaxError"
    assert "bad.js:1:9" in info.value.message


def test_not_supported_yet_is_not_a_syntax_error(realm) -> None:
    with pytest.raises(realm_host.NotSupportedYet):
        realm.eval("function* g() {}")


def test_errors_from_callbacks(realm) -> None:
    f = realm.eval("(function () { throw 'no' })")
    with pytest.raises(JSError):
        f()
    assert realm.eval("1") == 1  # the realm keeps working


def test_realm_state_persists_across_evals(realm) -> None:
    realm.eval("var counter = 0; let lexical = 10; function bump() { return ++counter + lexical; }")
    assert realm.eval("bump()") == 11
    assert realm.eval("bump()") == 12
    with pytest.raises(JSError) as info:
        realm.eval("let lexical = 1")
    assert info.value.name == "SyntaxError"


def test_realms_are_isolated() -> None:
    with Host(output=lambda text: None) as host:
        a, b = host.new_realm(), host.new_realm()
        a.eval("var shared = 1")
        with pytest.raises(JSError) as info:
            b.eval("shared")
        assert info.value.name == "ReferenceError"
        a.close()
        b.close()


def test_memory_report(realm) -> None:
    before = realm.memory()
    assert set(before) == {"objects", "strings", "shapes", "environments", "elements", "metadata", "builtins",
                           "other", "total"}
    assert before["total"] == sum(v for k, v in before.items() if k != "total")
    realm.eval("var keep = []; for (var i = 0; i < 1000; i++) keep[i] = { i: i };")
    after = realm.memory()
    assert after["objects"] > before["objects"] + 1000 * 32
    assert after["elements"] >= 1000 * 8
    assert after["metadata"] > 0


def test_idle_realm_is_small() -> None:
    with Host() as host:
        realm = host.new_realm()
        assert realm.memory()["total"] <= 2048
        realm.close()


def test_closed_realm_refuses_work() -> None:
    with Host() as host:
        realm = host.new_realm()
        o = realm.eval("({})")
        realm.close()
        with pytest.raises(RealmClosed):
            realm.eval("1")
        with pytest.raises(RealmClosed):
            o.get("x")


def test_print_goes_to_host_output() -> None:
    out: list[str] = []
    with Host(output=out.append) as host, host.new_realm() as realm:
        realm.eval("print('a', 1, true, null, undefined); console.log('b')")
    assert "".join(out) == "a 1 true null undefined\nb\n"


def test_host_memory_counts_images() -> None:
    with Host() as host, host.new_realm() as realm:
        realm.eval("var unique_source_for_host_memory = 1")
        report = host.memory()
        assert report["images"] > 0 and report["total"] == report["images"] + report["agent"]


def test_global_declarations_are_checked_before_any_is_made(realm) -> None:
    realm.eval("let first = 1")
    with pytest.raises(JSError) as info:
        realm.eval("let second = 2; var first;")
    assert info.value.name == "SyntaxError"
    assert realm.eval("typeof second") == "undefined"  # the failed script created nothing


def test_arguments_object_has_callee_and_iterator(realm) -> None:
    assert realm.eval("(function f() { return arguments.callee === f; })()") is True
    assert realm.eval("(function () { var n = 0; for (var v of arguments) n += v; return n; })(1, 2, 3)") == 6
    assert realm.eval("(function () { 'use strict'; try { arguments.callee } catch (e) { return e.name } })()") == "TypeError"


def test_running_a_trivial_script_materialises_no_intrinsic() -> None:
    with Host() as host:
        realm = host.new_realm()
        assert realm.eval("var x = 1 + 2; x") == 3
        report = realm.memory()
        assert report["builtins"] == 0 and report["total"] <= 2048
        realm.close()
