"""``realm parse [--module] FILE...``."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def run_realm(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "realm_host", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_console_script_is_installed() -> None:
    assert shutil.which("realm"), "pip install should put the `realm` console script on PATH"


def test_valid_files_print_nothing(tmp_path: Path) -> None:
    a = tmp_path / "a.js"
    a.write_text("var x = 1;\nfunction f(a, b) { return a + b; }\n")
    b = tmp_path / "b.js"
    b.write_text("let y = `t${x}`;\n")
    proc = run_realm("parse", str(a), str(b))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "", "")


def test_invalid_file_reports_line_column_and_caret(tmp_path: Path) -> None:
    good = tmp_path / "good.js"
    good.write_text("1;\n")
    bad = tmp_path / "bad.js"
    bad.write_text("var a = 1;\nvar b = ;\n")
    proc = run_realm("parse", str(good), str(bad))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("SyntaxError: ")
    assert lines[0].endswith(f"({bad}:2:9)")
    assert lines[1] == "var b = ;"
    assert lines[2] == " " * 8 + "^"


def test_module_flag(tmp_path: Path) -> None:
    mod = tmp_path / "m.js"
    mod.write_text("import x from 'y';\nexport default x;\n")
    assert run_realm("parse", "--module", str(mod)).returncode == 0
    proc = run_realm("parse", str(mod))
    assert proc.returncode == 1 and proc.stdout.startswith("SyntaxError: ")


def test_missing_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    proc = run_realm("parse", str(tmp_path / "nope.js"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "cannot read" in proc.stderr


def test_thousands_of_files_in_one_call(tmp_path: Path) -> None:
    files = []
    for i in range(3000):
        f = tmp_path / f"f{i}.js"
        f.write_text(f"var v{i} = {i};\n" if i != 1234 else "var = 1;\n")
        files.append(str(f))
    proc = run_realm("parse", *files, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.count("SyntaxError: ") == 1
    assert "f1234.js:1:5)" in proc.stdout
