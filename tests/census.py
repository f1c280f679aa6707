"""A census of one realm's heap cells (the core's rh_test_census), for tests that prove with
counts what a realm holds: which function objects, linked code blocks, shapes."""
from __future__ import annotations

from typing import Any, NamedTuple

from realm_host import Host
from realm_host._core import ffi, lib

# rh_cell_type and rh_object_kind values (native/include/rh_heap.h, rh_object.h)
CELL_OBJECT, CELL_STRING, CELL_SYMBOL, CELL_SHAPE, CELL_CONTEXT, CELL_CODE_BLOCK = 1, 2, 3, 4, 5, 6
KIND_FUNCTION, KIND_NATIVE_FUNCTION = 3, 4


class Cell(NamedTuple):
    type: int
    kind: int     # objects: rh_object_kind
    size: int     # the cell's bytes
    buffers: int  # bytes of the buffers it owns
    count: int    # properties (objects, shapes); metadata bytes (code blocks)
    label: str    # a function's name, an object's first key, a shape's key, a block's function


def census(host: Host, realm: Any) -> list[Cell]:
    """Every cell the realm owns, after a collection."""
    host.collect()
    n = lib.rh_test_census(host._agent, realm._realm, ffi.NULL, 0)
    cells = ffi.new("rh_census_entry[]", n)
    lib.rh_test_census(host._agent, realm._realm, cells, n)
    return [Cell(c.type, c.kind, c.size, c.buffers, c.props, ffi.string(c.label).decode("utf-8", "replace"))
            for c in cells]
