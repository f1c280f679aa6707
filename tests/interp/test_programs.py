"""Every program under programs/ prints exactly its .out file (expected outputs come from Node).

Each runs in-process through the API; one also runs through `realm run` as a subprocess, and the
uncaught-exception path of the CLI is checked for its message, stack and exit status."""
from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

from tests.interp.support import PROGRAMS, program_paths, run_program


@pytest.mark.parametrize("path", program_paths(), ids=lambda p: p.stem)
def test_program_output(path: pathlib.Path) -> None:
    expected = path.with_suffix(".out").read_text(encoding="utf-8")
    assert run_program(path) == expected


def test_realm_run_prints_to_stdout() -> None:
    path = PROGRAMS / "control.js"
    result = subprocess.run([sys.executable, "-m", "realm_host", "run", str(path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == path.with_suffix(".out").read_text(encoding="utf-8")


def test_realm_run_uncaught_exception(tmp_path: pathlib.Path) -> None:
    script = tmp_path / "boom.js"
    script.write_text('print("before");\nfunction explode() { null.x; }\nexplode();\nprint("after");\n')
    result = subprocess.run([sys.executable, "-m", "realm_host", "run", str(script)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 1
    assert result.stdout == "before\n"
    lines = result.stderr.splitlines()
    assert lines[0] == "Uncaught TypeError: Cannot read properties of null (reading 'x')"
    assert lines[1].startswith("    at explode (") and "boom.js:2:" in lines[1]
    assert lines[2].startswith("    at ") and "boom.js:3:" in lines[2]
