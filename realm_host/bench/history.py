"""The benchmark history: a JSON list of runs, one appended per ``realm bench``, so a regression
shows as a jump between two commits."""
from __future__ import annotations

import datetime
import json
import pathlib
import platform
import subprocess
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_HISTORY = ROOT / "bench" / "history.json"


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def append(path: pathlib.Path, entry: dict[str, Any]) -> None:
    """Adds entry (with the commit, time and machine) to the list in path; written atomically."""
    runs = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    record = {"commit": git_commit(), "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "machine": f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}"}
    record.update(entry)
    runs.append(record)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(runs, indent=1) + "\n", encoding="utf-8")
    temporary.replace(path)
