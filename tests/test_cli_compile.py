"""``realm compile [--stats] FILE...`` and ``realm disasm FILE``."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_realm(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, REALM_HOST_CACHE_DIR=str(cache))
    return subprocess.run([sys.executable, "-m", "realm_host", *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_compile_stats_report_where_the_image_came_from(tmp_path: Path) -> None:
    src = tmp_path / "a.js"
    src.write_text("function add(a, b) { return a + b; }\nvar s = 0;\nfor (var i = 0; i < 10; i++) s = add(s, i);\n")
    first = run_realm("compile", "--stats", str(src), cache=tmp_path / "cache")
    assert first.returncode == 0, first.stderr
    row = [line for line in first.stdout.splitlines() if line.startswith(str(src))][0]
    fields = row.split()
    assert fields[-1] == "compiled"
    image_bytes, functions, instructions, narrow, wide = map(int, fields[1:6])
    assert functions == 2 and instructions == narrow + wide and image_bytes > 0
    second = run_realm("compile", "--stats", str(src), cache=tmp_path / "cache")
    assert second.stdout.splitlines()[1].split()[-1] == "disk"


def test_compile_without_stats_is_silent_and_failures_name_the_file(tmp_path: Path) -> None:
    good = tmp_path / "good.js"
    good.write_text("var x = [1, 2, 3].length;\n")
    bad = tmp_path / "bad.js"
    bad.write_text("var = 1;\n")
    deferred = tmp_path / "gen.js"
    deferred.write_text("function* g() { yield 1; }\n")
    ok = run_realm("compile", str(good), cache=tmp_path / "cache")
    assert (ok.returncode, ok.stdout) == (0, "")
    proc = run_realm("compile", str(good), str(bad), str(deferred), cache=tmp_path / "cache")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("SyntaxError: ") and str(bad) in lines[0]
    assert lines[1].startswith("NotSupportedYet: ") and str(deferred) in lines[1]


def test_disasm_prints_every_function(tmp_path: Path) -> None:
    src = tmp_path / "f.js"
    src.write_text("function outer(x) { return function inner(y) { return x + y; }; }\nouter(1)(2);\n")
    proc = run_realm("disasm", str(src), cache=tmp_path / "cache")
    assert proc.returncode == 0, proc.stderr
    assert "outer" in proc.stdout and "inner" in proc.stdout
    assert "Return" in proc.stdout
