"""Summaries of a run: per directory, per top-level area, overall and over the "ES2023 core";
the JSON file of a run, and what changed against a baseline run."""
from __future__ import annotations

import json
import pathlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, TextIO

from realm_host.test262.outcome import Outcome, Status

# The ES2023 core: the suite minus these areas and minus the tests skipped for features this
# project has not reached (tests/test262/skip_features.txt).
OUTSIDE_CORE = ("test/intl402/", "test/staging/")
COLUMNS = (Status.PASS, Status.FAIL, Status.CRASH, Status.TIMEOUT, Status.SKIP)


@dataclass
class Tally:
    counts: Counter[Status] = field(default_factory=Counter)

    def add(self, status: Status) -> None:
        self.counts[status] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def ran(self) -> int:
        return self.total - self.counts[Status.SKIP]

    def pass_rate(self) -> float:
        """Passes over the tests that ran (skipped tests are outside the measure)."""
        return self.counts[Status.PASS] / self.ran if self.ran else 0.0


def directory_of(path: str) -> str:
    """The reporting directory: test/<area>/<name> ("test/built-ins/Array"), else test/<area>."""
    parts = path.split("/")
    return "/".join(parts[:3]) if len(parts) > 3 else "/".join(parts[:-1])


def area_of(path: str) -> str:
    return "/".join(path.split("/")[:2])


def in_core(path: str, result: Outcome) -> bool:
    return result.status is not Status.SKIP and not path.startswith(OUTSIDE_CORE)


@dataclass
class Summary:
    directories: dict[str, Tally]
    areas: dict[str, Tally]
    overall: Tally
    core: Tally
    reasons: Counter[str]

    def to_json(self) -> dict[str, Any]:
        def tally(t: Tally) -> dict[str, Any]:
            data: dict[str, Any] = {s.value.lower(): t.counts[s] for s in COLUMNS}
            data["total"] = t.total
            data["pass_rate"] = round(t.pass_rate(), 4)
            return data

        return {"overall": tally(self.overall), "es2023_core": tally(self.core),
                "areas": {k: tally(v) for k, v in sorted(self.areas.items())},
                "directories": {k: tally(v) for k, v in sorted(self.directories.items())},
                "failure_reasons": dict(self.reasons.most_common())}


def summarize(results: dict[str, Outcome]) -> Summary:
    directories: dict[str, Tally] = defaultdict(Tally)
    areas: dict[str, Tally] = defaultdict(Tally)
    overall, core = Tally(), Tally()
    reasons: Counter[str] = Counter()
    for path, result in results.items():
        directories[directory_of(path)].add(result.status)
        areas[area_of(path)].add(result.status)
        overall.add(result.status)
        if in_core(path, result):
            core.add(result.status)
        if result.status is not Status.PASS and result.status is not Status.SKIP:
            reasons[f"{result.status.value}: {result.reason}"] += 1
    return Summary(dict(directories), dict(areas), overall, core, reasons)


def print_summary(summary: Summary, out: TextIO, *, reasons: int = 25) -> None:
    header = f"{'':<48} {'pass':>7} {'fail':>7} {'crash':>6} {'timeout':>7} {'skip':>7} {'total':>7} {'rate':>7}"
    print(header, file=out)
    for name, tally in sorted(summary.directories.items()):
        print(_row(name, tally), file=out)
    print("-" * len(header), file=out)
    for name, tally in sorted(summary.areas.items()):
        print(_row(name, tally), file=out)
    print("-" * len(header), file=out)
    print(_row("overall", summary.overall), file=out)
    print(_row("ES2023 core", summary.core), file=out)
    if reasons and summary.reasons:
        print(f"\nmost common failure reasons (of {sum(summary.reasons.values())}):", file=out)
        for reason, count in summary.reasons.most_common(reasons):
            print(f"  {count:>7}  {reason}", file=out)


def _row(name: str, tally: Tally) -> str:
    c = tally.counts
    return (f"{name:<48} {c[Status.PASS]:>7} {c[Status.FAIL]:>7} {c[Status.CRASH]:>6} {c[Status.TIMEOUT]:>7} "
            f"{c[Status.SKIP]:>7} {tally.total:>7} {100 * tally.pass_rate():>6.1f}%")


def write_json(path: pathlib.Path, results: dict[str, Outcome], summary: Summary, info: dict[str, Any]) -> None:
    data = dict(info)
    data["summary"] = summary.to_json()
    data["results"] = {p: r.to_json() for p, r in sorted(results.items())}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


def read_results(path: pathlib.Path) -> dict[str, Outcome]:
    """The per-test results of a run written by write_json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {p: Outcome.from_json(r) for p, r in data["results"].items()}


@dataclass
class BaselineDiff:
    newly_passing: list[str]
    newly_failing: list[str]


def compare(baseline: dict[str, Outcome], results: dict[str, Outcome]) -> BaselineDiff:
    """Tests run in both runs whose pass/non-pass changed."""
    up, down = [], []
    for path, result in sorted(results.items()):
        before = baseline.get(path)
        if before is None or result.status is Status.SKIP or before.status is Status.SKIP:
            continue
        if result.passed and not before.passed:
            up.append(path)
        elif before.passed and not result.passed:
            down.append(path)
    return BaselineDiff(up, down)


def print_diff(diff: BaselineDiff, results: dict[str, Outcome], out: TextIO) -> None:
    print(f"\nagainst the baseline: {len(diff.newly_passing)} newly pass, {len(diff.newly_failing)} newly fail", file=out)
    for path in diff.newly_passing:
        print(f"  + {path}", file=out)
    for path in diff.newly_failing:
        result = results[path]
        print(f"  - {path}  [{result.status.value}: {result.reason}] {result.detail}", file=out)
