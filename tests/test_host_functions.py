"""JavaScript functions backed by Python callables (realm_host/host_functions.py)."""
from __future__ import annotations

import gc

import pytest

from realm_host import Host, JSError, JSObject, undefined
from realm_host import host_functions
from realm_host.host_functions import define_function, new_function


@pytest.fixture
def realm():
    with Host() as host, host.new_realm() as r:
        yield r


def test_arguments_and_result_convert_like_eval(realm) -> None:
    seen = []

    def record(*args):
        seen.append(args)
        return args[0] if args else undefined

    define_function(realm, "record", record, 2)
    assert realm.eval("record.length + ':' + record.name + ':' + typeof record") == "2:record:function"
    assert realm.eval("record('s', 1.5, true, null, undefined, {a: 1})") == "s"
    value = seen[-1]
    assert value[:5] == ("s", 1.5, True, None, undefined) and isinstance(value[5], JSObject)
    assert value[5]["a"] == 1
    assert realm.eval("record({b: 2}).b") == 2  # an object goes back as itself
    assert realm.eval("record()") is undefined


def test_this_is_passed_on_request(realm) -> None:
    define_function(realm, "who", lambda this: this.get("tag"), pass_this=True)
    assert realm.eval("var o = {tag: 'me', who: who}; o.who()") == "me"


def test_python_exceptions_become_type_errors(realm) -> None:
    define_function(realm, "boom", lambda: 1 / 0)
    assert realm.eval("try { boom() } catch (e) { e instanceof TypeError && e.message }") == \
        "ZeroDivisionError: division by zero"


def test_a_result_that_cannot_cross_is_a_type_error(realm) -> None:
    define_function(realm, "listy", lambda: [1, 2])
    assert realm.eval("try { listy(); 'no' } catch (e) { e.name }") == "TypeError"


def test_a_js_error_rethrows_its_value(realm) -> None:
    define_function(realm, "call", lambda f: f())
    assert realm.eval("var thrown = {x: 42}; try { call(function () { throw thrown }) } catch (e) { e === thrown }")


def test_a_js_error_made_in_python_becomes_an_error_of_its_name(realm) -> None:
    def fail():
        raise JSError("RangeError", "too big")

    define_function(realm, "fail", fail)
    assert realm.eval("try { fail() } catch (e) { (e instanceof RangeError) + ' ' + e.message }") == "true too big"


def test_uncaught_errors_reach_python(realm) -> None:
    define_function(realm, "boom", lambda: 1 / 0)
    with pytest.raises(JSError) as info:
        realm.eval("boom()")
    assert info.value.name == "TypeError"


def test_a_callable_may_run_javascript_in_the_same_realm(realm) -> None:
    define_function(realm, "evaluate", lambda source: realm.eval(source))
    assert realm.eval("evaluate('var inner = 20; inner + 1') + inner") == 41


def test_host_functions_are_not_constructors(realm) -> None:
    define_function(realm, "plain", lambda: 1)
    assert realm.eval("try { new plain(); 'constructed' } catch (e) { e.name }") == "TypeError"


def test_target_object_and_names(realm) -> None:
    target = realm.eval("var box = {}; box")
    define_function(realm, "inside", lambda: "ok", target=target)
    assert realm.eval("box.inside()") == "ok"
    with pytest.raises(ValueError):
        new_function(realm, "naïve", lambda: 0)


def test_entries_go_with_their_realm() -> None:
    with Host() as host:
        realm = host.new_realm()
        before = set(host_functions._entries)
        define_function(realm, "f", lambda: 0)
        (new_id,) = set(host_functions._entries) - before
        realm.close()
        del realm
        gc.collect()
        assert new_id not in host_functions._entries
