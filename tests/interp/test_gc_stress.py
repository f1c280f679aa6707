"""Programs under a collection at every allocation, with the heap verified afterwards: shakes
out any value the interpreter forgets to root."""
from __future__ import annotations

import pathlib

import pytest

from realm_host import Host
from realm_host._native import lib
from tests.interp.support import PROGRAMS, run_program

SUBSET = ["functions", "objects", "classes", "exceptions", "destructuring", "dynamic_scope", "eval", "eval_function_vars",
          "arguments_mapped"]


@pytest.mark.parametrize("name", SUBSET)
def test_program_under_gc_stress(name: str) -> None:
    path: pathlib.Path = PROGRAMS / f"{name}.js"
    host = Host()
    try:
        lib.rh_test_set_gc_stress(host._agent, 1)
        assert run_program(path, host) == path.with_suffix(".out").read_text(encoding="utf-8")
        lib.rh_test_set_gc_stress(host._agent, 0)
        assert lib.rh_test_heap_verify(host._agent) == 0
    finally:
        host.close()


def test_objects_survive_collections_between_evals() -> None:
    with Host() as host, host.new_realm() as realm:
        o = realm.eval("var keep = { list: [] }; for (var i = 0; i < 100; i++) keep.list[i] = 'item' + i; keep")
        for _ in range(3):
            host.collect()
        assert o.get("list").get(99) == "item99"
        assert realm.eval("keep.list.length") == 100
        assert lib.rh_test_heap_verify(host._agent) == 0


SPREADS = [
    # Fresh values from an iterator, pushed while the array grows.
    ("var it = {i: 0, next() { return this.i < 3 ? {value: [this.i++], done: false} : {done: true}; },"
     " [Symbol.iterator]() { return this; }}; JSON.stringify([...it])", "[[0],[1],[2]]"),
    ("JSON.stringify([...new Map([[1, {a: 1}], [2, {b: 2}]])])", '[[1,{"a":1}],[2,{"b":2}]]'),
    # Object spread: values made by getters, and a getter deleting a key still to come.
    ("JSON.stringify({...{get a() { return {x: [1]}; }, b: [2]}})", '{"a":{"x":[1]},"b":[2]}'),
    ("var src = {get a() { delete this['b' + 'c']; return 1; }, bc: 2, ['x' + 1]: [3]}; JSON.stringify({...src})",
     '{"a":1,"x1":[3]}'),
]


def test_spread_keeps_the_values_it_is_copying_alive() -> None:
    host = Host()
    try:
        with host.new_realm() as realm:
            lib.rh_test_set_gc_stress(host._agent, 1)
            results = [realm.eval(source) for source, _ in SPREADS]
            lib.rh_test_set_gc_stress(host._agent, 0)
            assert results == [expected for _, expected in SPREADS]
        assert lib.rh_test_heap_verify(host._agent) == 0
    finally:
        host.close()
