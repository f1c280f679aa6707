"""Limits: deep recursion is a catchable RangeError (no C stack growth per JavaScript call), the
host can terminate a running evaluation, and running out of heap ends only that evaluation."""
from __future__ import annotations

import threading

import pytest

from realm_host import Host, JSError, OutOfMemory, Terminated


def test_deep_recursion_is_a_catchable_range_error() -> None:
    with Host() as host, host.new_realm() as realm:
        assert realm.eval("var caught; try { (function f() { f(); })(); } catch (e) { caught = e.name; } caught") == "RangeError"
        with pytest.raises(JSError) as info:
            realm.eval("function g(n) { return g(n + 1) + 1; } g(0)")
        assert info.value.name == "RangeError"
        assert realm.eval("1 + 1") == 2


def test_recursion_depth_reaches_the_limit() -> None:
    with Host(max_call_depth=50_000) as host, host.new_realm() as realm:
        # 40,000 nested JavaScript calls: the C stack would overflow if each call recursed in C.
        assert realm.eval("function d(n) { return n === 0 ? 0 : 1 + d(n - 1); } d(40000)") == 40000


def test_recursion_through_callbacks_is_bounded() -> None:
    with Host() as host, host.new_realm() as realm:
        # getters re-enter the interpreter from C: bounded by the native depth, still a RangeError
        source = "var o = { get x() { return this.x; } }; var r; try { o.x } catch (e) { r = e.name } r"
        assert realm.eval(source) == "RangeError"


def test_terminate_stops_an_infinite_loop() -> None:
    with Host() as host, host.new_realm() as realm:
        timer = threading.Timer(0.2, host.terminate)
        timer.start()
        with pytest.raises(Terminated):
            realm.eval("for (;;) {}")
        timer.join()
        assert realm.eval("'still usable'") == "still usable"


def test_interrupt_callback_stops_after_a_budget() -> None:
    calls = []

    def interrupt() -> bool:
        calls.append(1)
        return len(calls) >= 5

    with Host() as host, host.new_realm() as realm:
        host.set_interrupt(interrupt, every=1000)
        with pytest.raises(Terminated):
            realm.eval("var n = 0; for (;;) n++;")
        assert len(calls) == 5
        n = realm.eval("n")
        assert 4000 <= n <= 6000  # about five budgets of back-edges ran
        host.set_interrupt(None)
        assert realm.eval("for (var i = 0; i < 100000; i++) {} i") == 100000


def test_heap_limit_ends_only_the_evaluation() -> None:
    with Host(heap_limit=4 * 1024 * 1024) as host, host.new_realm() as realm:
        with pytest.raises(OutOfMemory):
            realm.eval("(function () { var a = []; for (;;) a[a.length] = { x: a.length }; })()")
        host.collect()
        assert realm.eval("var small = [1, 2, 3]; small.length") == 3
