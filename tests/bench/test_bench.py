"""`realm bench` on tiny programs: the table, the history, wrong answers and missing peers."""
from __future__ import annotations

import json
import pathlib
import shutil

import pytest

from realm_host import cli
from realm_host.bench import history, programs
from realm_host.bench.peers import open_peers


class FakeEngine:
    def __init__(self, name: str, seconds: float, fails: bool = False) -> None:
        self.name, self.seconds, self.fails, self.calls = name, seconds, fails, 0

    def run(self, source: str, filename: str) -> float:
        self.calls += 1
        if self.fails:
            raise RuntimeError("wrong result")
        return self.seconds

    def close(self) -> None:
        pass


def test_medians_ratios_and_a_wrong_engine_gets_no_time(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "p.js"
    path.write_text("1")
    ours, quick, broken = FakeEngine("realm_host", 2.0), FakeEngine("quickjs", 4.0), FakeEngine("x", 1.0, True)
    result = programs.time_program([ours, quick, broken], path, rounds=3)
    assert ours.calls == 4 and broken.calls == 1  # a warm-up round, then 3 timed; a failure stops
    assert result.medians == {"realm_host": 2.0, "quickjs": 4.0}
    assert result.ratio("realm_host") == 0.5 and "x" in result.errors
    assert programs.geometric_mean([0.5, 2.0]) == pytest.approx(1.0)


def test_history_appends_runs_with_the_commit(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "history.json"
    history.append(path, {"geomean_ratio_to_quickjs": 1.5})
    history.append(path, {"geomean_ratio_to_quickjs": 1.25})
    runs = json.loads(path.read_text())
    assert [r["geomean_ratio_to_quickjs"] for r in runs] == [1.5, 1.25]
    assert all("commit" in r and "date" in r for r in runs)


def test_a_missing_peer_is_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    engines, notes = open_peers(["node"])
    assert engines == [] and notes == ["node skipped: node is not on PATH"]


def test_the_command_on_tiny_programs(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("quickjs")
    (tmp_path / "sum.js").write_text("var s = 0; for (var i = 0; i < 1000; i++) s += i;\n"
                                     "if (s !== 499500) throw 'wrong ' + s;")
    (tmp_path / "wrong.js").write_text("if (1 + 1 !== 3) throw 'wrong answer';")
    hist = tmp_path / "h.json"
    code = cli.main(["bench", "-n", "2", "--programs", str(tmp_path), "--peers", "quickjs", "--no-extras",
                     "--history", str(hist)])
    out = capsys.readouterr().out
    assert code == 1  # this engine threw on wrong.js: the run is not a success
    assert "sum" in out and "geometric mean" in out and "realm_host failed: JSError" in out
    run = json.loads(hist.read_text())[-1]
    assert set(run["programs"]["sum"]["median_s"]) == {"realm_host", "quickjs"}
    assert run["programs"]["wrong"]["median_s"] == {}
