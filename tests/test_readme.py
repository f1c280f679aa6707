"""README.md stays true: its two commands are the CI's, and its Python example runs."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_python_example_runs(capsys) -> None:
    block = re.search(r"```python\n(.*?)```", README, re.S)
    assert block, "README has a Python example"
    exec(compile(block.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2-4-6"
    assert out[1] == "2 ['x', 'y']"
    assert out[2].startswith("TypeError ")


def test_ci_runs_the_readme_commands() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && realm run examples/hello.js" in README
    assert "pip install -e '.[test]'\nrealm run examples/hello.js\n" in ci
    assert "\n    pytest\n" in README and ci.rstrip().endswith("\npytest")
