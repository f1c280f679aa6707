"""``realm test262 SUITE_DIR [PATH...]``: runs the conformance suite and reports per directory."""
from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import time
from typing import Any

from realm_host.test262 import catalog, expectations, report
from realm_host.test262.outcome import Outcome, Status, skip
from realm_host.test262.pool import WorkerPool, default_jobs, run_in_process

DEFAULT_EXPECTATIONS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "test262"
DEFAULT_TIMEOUT = 20.0
DEFAULT_TESTS_PER_HOST = 2000


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("suite", metavar="SUITE_DIR", help="a test262 checkout (the directory holding test/ and harness/)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="directories or files inside the suite to run")
    p.add_argument("--features", default="", metavar="A,B", help="run only tests that use one of these features")
    p.add_argument("--exclude-features", default="", metavar="A,B", help="skip tests that use these features")
    p.add_argument("--sample", type=int, default=0, metavar="N", help="a deterministic sample of N tests")
    p.add_argument("--seed", type=int, default=262, help="the sample's seed (default 262)")
    p.add_argument("--jobs", "-j", type=int, default=default_jobs(), metavar="J",
                   help="worker processes (default: the number of cores; 0: run in this process)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS", help="per test (default 20)")
    p.add_argument("--tests-per-host", type=int, default=DEFAULT_TESTS_PER_HOST, metavar="N",
                   help="tests a worker runs before it replaces its Host and store")
    p.add_argument("--json", type=pathlib.Path, metavar="OUT", help="write every result and the summary as JSON")
    p.add_argument("--baseline", type=pathlib.Path, metavar="FILE", help="a --json file: print what newly passes/fails")
    p.add_argument("--expectations", type=pathlib.Path, default=DEFAULT_EXPECTATIONS, metavar="DIR",
                   help="the directory of skip_features.txt and known_failures.txt")
    p.add_argument("--check", action="store_true",
                   help="exit 1 when a known failure passes or an unlisted test fails")
    p.add_argument("--write-known-failures", action="store_true",
                   help="update known_failures.txt for the tests this run ran (others are kept)")
    p.add_argument("--verbose", "-v", action="store_true", help="print every failing test with its reason")
    p.set_defaults(handler=run_command)


def _split(text: str) -> frozenset[str]:
    return frozenset(item.strip() for item in text.split(",") if item.strip())


def run_command(args: argparse.Namespace) -> int:
    suite = pathlib.Path(args.suite)
    if not (suite / "harness" / "assert.js").exists():
        print(f"error: {suite} is not a test262 checkout (no harness/assert.js)", file=sys.stderr)
        return 2
    expected = expectations.load(args.expectations)
    selection = catalog.Selection(tuple(args.paths), _split(args.features), _split(args.exclude_features),
                                  args.sample, args.seed)
    try:
        paths = catalog.discover(suite, selection)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    selected = {}
    for path in paths:
        metadata = catalog.read_metadata(suite, path)
        if catalog.wanted(metadata, selection):
            selected[path] = metadata
    results: dict[str, Outcome] = {}
    to_run: list[str] = []
    for path in catalog.sample(list(selected), args.sample, args.seed):
        reason = expected.skip_reason(selected[path])
        if reason is not None:
            results[path] = skip(reason)
        else:
            to_run.append(path)

    started = time.monotonic()
    progress = _Progress(len(to_run), args.verbose)

    def on_result(path: str, result: Outcome) -> None:
        results[path] = result
        progress.update(path, result)

    if args.jobs <= 0:
        run_in_process(suite, to_run, on_result, args.tests_per_host)
        replaced = 0
    else:
        pool = WorkerPool(suite, args.jobs, args.timeout, args.tests_per_host)
        pool.run(to_run, on_result)
        replaced = pool.replaced
    wall = time.monotonic() - started
    progress.finish()

    summary = report.summarize(results)
    report.print_summary(summary, sys.stdout)
    print(f"\n{len(to_run)} tests run in {wall:.1f}s ({len(to_run) / wall if wall else 0:.0f} tests/s) "
          f"with {max(args.jobs, 1)} worker(s); {replaced} worker(s) replaced")
    if args.json:
        report.write_json(args.json, results, summary, _run_info(suite, args, wall, len(to_run)))
    if args.baseline:
        report.print_diff(report.compare(report.read_results(args.baseline), results), results, sys.stdout)
    if args.write_known_failures:
        count = expectations.write_known_failures(args.expectations / expectations.FAILURES_FILE, results,
                                                  _KNOWN_FAILURES_HEADER)
        print(f"wrote {count} known failures to {args.expectations / expectations.FAILURES_FILE}")
    if args.check:
        return _check(results, expected)
    return 0


_KNOWN_FAILURES_HEADER = """Known test262 failures: one test a line, with its status and reason category.
Updated by `realm test262 SUITE [PATH...] --write-known-failures`; `--check` fails when a listed test passes
(remove it: the list only shrinks) or an unlisted test fails (a regression)."""


def _check(results: dict[str, Outcome], expected: expectations.Expectations) -> int:
    result = expectations.check(results, expected)
    for path in result.unexpected_passes:
        print(f"known failure now passes (remove it from the list): {path}")
    for path in result.unexpected_failures:
        outcome = results[path]
        print(f"unexpected failure: {path}  [{outcome.status.value}: {outcome.reason}] {outcome.detail}")
    return 0 if result.ok else 1


def _run_info(suite: pathlib.Path, args: argparse.Namespace, wall: float, ran: int) -> dict[str, Any]:
    return {"suite": str(suite), "paths": args.paths, "commit": git_commit(), "jobs": args.jobs,
            "sample": args.sample, "seed": args.seed, "wall_seconds": round(wall, 2), "tests_run": ran}


def git_commit(directory: pathlib.Path | None = None) -> str:
    """The commit of this project's checkout, or "" outside git."""
    where = directory or pathlib.Path(__file__).resolve().parents[2]
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=where, capture_output=True, text=True,
                              timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


class _Progress:
    """A line on stderr every few seconds (and every failure with --verbose)."""

    def __init__(self, total: int, verbose: bool) -> None:
        self.total = total
        self.done = 0
        self.passed = 0
        self.verbose = verbose
        self._last = time.monotonic()

    def update(self, path: str, result: Outcome) -> None:
        self.done += 1
        self.passed += result.status is Status.PASS
        if self.verbose and not result.passed:
            print(f"{result.status.value} {path}: {result.reason} {result.detail}", file=sys.stderr)
        now = time.monotonic()
        if now - self._last >= 10:
            self._last = now
            print(f"[{self.done}/{self.total}] {self.passed} passed", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.total:
            print(f"[{self.done}/{self.total}] {self.passed} passed", file=sys.stderr, flush=True)
