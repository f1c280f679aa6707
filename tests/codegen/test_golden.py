"""Golden disassembly: every tests/codegen/golden/*.js compiles to exactly its committed
*.disasm. After an intended change, regenerate them and review the diff:

    REALM_UPDATE_GOLDEN=1 python -m pytest tests/codegen/test_golden.py
"""
from __future__ import annotations

import os
import pathlib

import pytest

from tests.codegen.support import listing

GOLDEN = pathlib.Path(__file__).parent / "golden"
CASES = sorted(GOLDEN.glob("*.js"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: pathlib.Path) -> None:
    actual = listing(path.read_text(encoding="utf-8"))
    expected_path = path.with_suffix(".disasm")
    if os.environ.get("REALM_UPDATE_GOLDEN") == "1":
        expected_path.write_text(actual, encoding="utf-8")
    assert expected_path.exists(), f"no {expected_path.name}: run with REALM_UPDATE_GOLDEN=1"
    assert actual == expected_path.read_text(encoding="utf-8")


def test_every_golden_file_has_a_source() -> None:
    assert {p.stem for p in GOLDEN.glob("*.disasm")} == {p.stem for p in CASES}
