"""End to end: programs compiled by codegen and run by the interpreter print what Node prints
(the .out files were made with Node 20). Skipped when the C core is not built.

Also the completion value realm.eval returns, per the spec's UpdateEmpty rules."""
from __future__ import annotations

import pathlib

import pytest

PROGRAMS = pathlib.Path(__file__).parent / "programs"

def _host(chunks: list[str]):  # type: ignore[no-untyped-def]
    """A Host with an in-memory store (the disk cache's key does not cover the compiler's own
    code). Imported here, not at collection, so a C core being rebuilt fails only these tests."""
    from engine.store import Store

    try:
        import realm_host
    except ImportError as error:  # the C core is not built
        pytest.skip(str(error))
    return realm_host.Host(Store(use_disk=False), output=chunks.append)


@pytest.mark.parametrize("path", sorted(PROGRAMS.glob("*.js")), ids=lambda p: p.stem)
def test_program_prints_what_node_prints(path: pathlib.Path) -> None:
    chunks: list[str] = []
    host = _host(chunks)
    try:
        with host.new_realm() as realm:
            realm.eval(path.read_text(encoding="utf-8"), filename=path.name)
    finally:
        host.close()
    assert "".join(chunks) == path.with_suffix(".out").read_text(encoding="utf-8")


@pytest.mark.parametrize("source, value", [
    ("1; if (true) {}", None),
    ("2; {}", 2),
    ("var zz = 3;", None),
    ("4; do { 5; break; } while (0)", 5),
    ("6; try { 7 } finally { 8 }", 7),
    ("9; l: { 10; break l; }", 10),
    ("11; switch (1) { case 1: }", None),
    ("12; while (false);", None),
    ("13; for (var i = 0; i < 2; i++) { i; }", 1),
    ("15; function q() {}", 15),
    ("16; class Q {}", 16),
    ("try { throw 1 } catch (e) { 17 }", 17),
    ("18; do { 19; if (true) break; } while (0)", None),
    ("20; for (var k in {a: 1}) { k }", "a"),
    ("21; let t = 1;", 21),
])
def test_completion_value(source: str, value: object) -> None:
    host = _host([])
    try:
        with host.new_realm() as realm:
            result = realm.eval(source)
            if value is None:
                assert result is None or type(result).__name__ == "_Undefined"
            else:
                assert result == value
    finally:
        host.close()
