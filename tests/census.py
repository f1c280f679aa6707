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


def main(argv: list[str] | None = None) -> None:
    """python -m tests.census [FILE]: what a realm holds after FILE (default `1+1`) has run in it,
    grouped by cell type and object kind, largest first (a second realm, so that the shape-tree
    nodes the first one made are not counted)."""
    import collections
    import sys
    args = sys.argv[1:] if argv is None else argv
    source = open(args[0], encoding="utf-8").read() if args else "1+1"
    types = {CELL_OBJECT: "object", CELL_STRING: "string", CELL_SYMBOL: "symbol", CELL_SHAPE: "shape",
             CELL_CONTEXT: "context", CELL_CODE_BLOCK: "code block"}
    with Host() as host:
        first = host.new_realm()  # kept open: its shape-tree nodes and atoms stay shared
        first.eval(source)
        realm = host.new_realm()
        realm.eval(source)
        groups: dict[tuple[str, int], list[Cell]] = collections.defaultdict(list)
        for cell in census(host, realm):
            groups[(types.get(cell.type, str(cell.type)), cell.kind if cell.type == CELL_OBJECT else -1)].append(cell)
        print("realm.memory():", realm.memory())
        for (name, kind), cells in sorted(groups.items(), key=lambda kv: -sum(c.size + c.buffers for c in kv[1])):
            total = sum(c.size + c.buffers for c in cells)
            labels = ", ".join(sorted({c.label for c in cells if c.label})[:8])
            print(f"{name:10} kind {kind:2}: {len(cells):4} cells {total:7} bytes  {labels}")


if __name__ == "__main__":
    main()
