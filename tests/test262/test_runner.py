"""The runner end to end on tests/test262/fixtures/suite: tiny test262-format files written for it."""
from __future__ import annotations

import json
import os
import time
import pathlib

import pytest

from realm_host import cli
from realm_host.test262 import execute, expectations, report
from realm_host.test262.execute import Executor
from realm_host.test262.outcome import Outcome, Status
from realm_host.test262.pool import WorkerPool

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
SUITE = FIXTURES / "suite"
BASICS = "test/language/basics/"


@pytest.fixture(scope="module")
def executor() -> Executor:
    runner = Executor(SUITE, tests_per_host=5)  # small, so the Host is replaced during the module
    yield runner
    runner.close()


@pytest.mark.parametrize("name", [
    "pass.js", "only-strict.js", "no-strict.js", "raw.js", "includes.js", "negative-parse.js",
    "negative-runtime.js", "async-pass.js",
])
def test_passing_fixtures(executor: Executor, name: str) -> None:
    result = executor.run_path(BASICS + name)
    assert result.status is Status.PASS, result


@pytest.mark.parametrize("name, reason", [
    ("fail.js", "uncaught Test262Error"),
    ("fails-only-strict.js", "not defined: undeclaredVariable"),
    ("negative-parse-wrong.js", "expected SyntaxError at parse"),
    ("async-fail.js", "async failure"),
    ("async-never.js", "async: no completion"),
    ("not-supported.js", "NotSupportedYet: generators"),
])
def test_failing_fixtures(executor: Executor, name: str, reason: str) -> None:
    result = executor.run_path(BASICS + name)
    assert result.status is Status.FAIL
    assert result.reason == reason


def test_a_test_that_fails_in_one_mode_names_the_mode(executor: Executor) -> None:
    assert executor.run_path(BASICS + "fails-only-strict.js").detail.startswith("[strict]")


@pytest.mark.parametrize("name", ["global.js", "eval-script.js", "create-realm.js", "gc.js"])
def test_the_262_host_object(executor: Executor, name: str) -> None:
    result = executor.run_path("test/built-ins/host/" + name)
    assert result.status is Status.PASS, result


def test_each_test_gets_a_fresh_realm(executor: Executor) -> None:
    assert executor.run_path("test/built-ins/host/eval-script.js").passed
    # A global left by the previous test would make this realm's `fromScript` defined.
    from realm_host.test262.frontmatter import parse_frontmatter
    source = "/*---\ndescription: x\n---*/\nassert.sameValue(typeof fromScript, 'undefined');\n"
    test = execute.TestFile("test/language/basics/fresh.js", source, parse_frontmatter(source))
    assert executor.run(test).passed


def _crash_on_marked_paths(self: Executor, relpath: str) -> Outcome:
    if "crash" in relpath:
        os.abort()  # stands for a segfault in the core: the worker dies mid-test
    if "stuck" in relpath:
        time.sleep(30)  # stands for time spent outside the interpreter, where no interrupt reaches
    return ORIGINAL_RUN_PATH(self, relpath)


ORIGINAL_RUN_PATH = Executor.run_path


def test_pool_replaces_crashed_and_hung_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    # Workers are forked, so they inherit the patched method.
    monkeypatch.setattr(Executor, "run_path", _crash_on_marked_paths)
    paths = [BASICS + "pass.js", "test/language/basics/crash-1.js", BASICS + "hang.js", BASICS + "fail.js",
             "test/language/basics/crash-2.js", "test/language/basics/stuck.js", BASICS + "includes.js"]
    results: dict[str, Outcome] = {}
    pool = WorkerPool(SUITE, jobs=2, timeout=1.5, tests_per_host=100)
    pool.run(paths, lambda path, result: results.__setitem__(path, result))
    assert {p: r.status for p, r in results.items()} == {
        BASICS + "pass.js": Status.PASS, "test/language/basics/crash-1.js": Status.CRASH,
        BASICS + "hang.js": Status.TIMEOUT, BASICS + "fail.js": Status.FAIL,
        "test/language/basics/crash-2.js": Status.CRASH, "test/language/basics/stuck.js": Status.TIMEOUT,
        BASICS + "includes.js": Status.PASS,
    }
    assert "SIGABRT" in results["test/language/basics/crash-1.js"].detail
    # The endless loop is stopped inside its worker (interrupt hook); the sleep needs a kill.
    assert "stopped after" in results[BASICS + "hang.js"].detail
    assert results["test/language/basics/stuck.js"].detail.startswith("longer than")
    assert pool.replaced == 3


def test_cli_reports_json_baseline_and_check(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "run.json"
    args = ["test262", str(SUITE), "test/language/basics", "--jobs", "2", "--timeout", "1.5",
            "--expectations", str(FIXTURES), "--json", str(out)]
    assert cli.main(args) == 0
    data = json.loads(out.read_text())
    assert data["results"][BASICS + "skipped-feature.js"]["status"] == "SKIP"
    assert data["results"][BASICS + "hang.js"]["status"] == "TIMEOUT"
    assert data["summary"]["directories"]["test/language/basics"]["pass"] == 8
    printed = capsys.readouterr().out
    assert "test/language/basics" in printed and "ES2023 core" in printed

    # A baseline where pass.js failed and fail.js passed: one newly passes, one newly fails.
    data["results"][BASICS + "pass.js"] = {"status": "FAIL", "reason": "x"}
    data["results"][BASICS + "fail.js"] = {"status": "PASS"}
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(data))
    assert cli.main(args[:-2] + ["--baseline", str(baseline)]) == 0
    printed = capsys.readouterr().out
    assert "1 newly pass, 1 newly fail" in printed
    assert "+ " + BASICS + "pass.js" in printed and "- " + BASICS + "fail.js" in printed


def test_check_fails_when_a_known_failure_passes_or_a_new_one_appears(tmp_path: pathlib.Path) -> None:
    (tmp_path / "skip_features.txt").write_text((FIXTURES / "skip_features.txt").read_text())
    args = ["test262", str(SUITE), BASICS + "pass.js", BASICS + "fail.js", "--jobs", "0",
            "--expectations", str(tmp_path), "--check"]
    assert cli.main(args) == 1  # fail.js is not listed yet
    assert cli.main(args + ["--write-known-failures"]) == 1
    listed = expectations.load(tmp_path).known_failures
    assert list(listed) == [BASICS + "fail.js"] and listed[BASICS + "fail.js"].startswith("FAIL:")
    assert cli.main(args) == 0
    (tmp_path / "known_failures.txt").write_text(f"{BASICS}pass.js  # listed by mistake\n{BASICS}fail.js  # x\n")
    assert cli.main(args) == 1  # a listed failure passes: the list must shrink
    # A partial run updates its own tests and keeps the other entries.
    (tmp_path / "known_failures.txt").write_text(f"{BASICS}pass.js  # was failing\ntest/elsewhere.js  # kept\n")
    assert cli.main(args + ["--write-known-failures"]) == 1  # checked against the list it replaces
    assert set(expectations.load(tmp_path).known_failures) == {BASICS + "fail.js", "test/elsewhere.js"}
    assert cli.main(args) == 0


def test_expectation_entries_need_a_reason(tmp_path: pathlib.Path) -> None:
    (tmp_path / "skip_features.txt").write_text("generators\n")
    with pytest.raises(expectations.ExpectationError):
        expectations.load(tmp_path)


def test_the_committed_skip_list_loads() -> None:
    loaded = expectations.load(pathlib.Path(__file__).parent)
    assert "generators" in loaded.skipped_features and "module" in loaded.skipped_flags
    assert all(path.startswith("test/") and reason for path, reason in loaded.known_failures.items())


@pytest.mark.parametrize("path, directory, area", [
    ("test/built-ins/Array/prototype/map/x.js", "test/built-ins/Array", "test/built-ins"),
    ("test/language/expressions/addition/x.js", "test/language/expressions", "test/language"),
    ("test/harness/assert.js", "test/harness", "test/harness"),
])
def test_report_directories(path: str, directory: str, area: str) -> None:
    assert report.directory_of(path) == directory and report.area_of(path) == area


def test_core_excludes_intl_staging_and_skips() -> None:
    results = {"test/intl402/a.js": Outcome(Status.PASS), "test/staging/b.js": Outcome(Status.FAIL),
               "test/language/c.js": Outcome(Status.PASS), "test/language/d.js": Outcome(Status.SKIP, "f"),
               "test/built-ins/e.js": Outcome(Status.CRASH, "crash")}
    summary = report.summarize(results)
    assert summary.core.total == 2 and summary.core.pass_rate() == 0.5
    assert summary.overall.total == 5
