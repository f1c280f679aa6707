"""The committed expectation lists (tests/test262/): skipped features and known failures.

skip_features.txt, one entry a line with its reason as a comment:

    generators        # NotSupportedYet in the compiler
    flag:module       # a test flag, not a feature: module loading does not exist yet

known_failures.txt, one test path a line with its reason as a comment:

    test/language/expressions/addition/bigint-and-number.js  # uncaught TypeError

A check fails when a listed failure passes (so the list only shrinks) and when a test fails that
is not listed (a regression). Blank lines and lines starting with # are ignored.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass, field

from realm_host.test262.frontmatter import TestMetadata
from realm_host.test262.outcome import Outcome, Status

SKIP_FILE = "skip_features.txt"
FAILURES_FILE = "known_failures.txt"
FLAG_PREFIX = "flag:"
# The agent of this host may block (it is a shell-like main agent), so tests that need a
# non-blocking agent cannot run here (INTERPRETING.md, CanBlockIsFalse).
HOST_SKIPPED_FLAGS = {"CanBlockIsFalse": "the host's agent can block ([[CanBlock]] is true)"}


class ExpectationError(ValueError):
    """An expectation file line without a reason, or malformed."""


@dataclass
class Expectations:
    skipped_features: dict[str, str] = field(default_factory=dict)  # feature -> reason
    skipped_flags: dict[str, str] = field(default_factory=dict)     # flag -> reason
    known_failures: dict[str, str] = field(default_factory=dict)    # test path -> reason

    def skip_reason(self, metadata: TestMetadata | None) -> str | None:
        """Why a test is not run, or None to run it."""
        if metadata is None:
            return None
        for flag in sorted(metadata.flags):
            reason = self.skipped_flags.get(flag) or HOST_SKIPPED_FLAGS.get(flag)
            if reason is not None:
                return f"flag {flag}: {reason}"
        for feature in metadata.features:
            reason = self.skipped_features.get(feature)
            if reason is not None:
                return f"feature {feature}: {reason}"
        return None


def load(directory: pathlib.Path) -> Expectations:
    """The lists in directory; a missing file is an empty list."""
    expectations = Expectations()
    for name, reason in _entries(directory / SKIP_FILE):
        if name.startswith(FLAG_PREFIX):
            expectations.skipped_flags[name[len(FLAG_PREFIX):]] = reason
        else:
            expectations.skipped_features[name] = reason
    expectations.known_failures = dict(_entries(directory / FAILURES_FILE))
    return expectations


def _entries(path: pathlib.Path) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        name, sep, reason = text.partition("#")
        if not sep or not reason.strip() or not name.strip():
            raise ExpectationError(f"{path}:{number}: an entry needs a name and a '# reason'")
        entries.append((name.strip(), reason.strip()))
    return entries


@dataclass
class CheckResult:
    unexpected_passes: list[str]    # listed as failing, now pass: remove them from the list
    unexpected_failures: list[str]  # not listed, fail: regressions (or new tests)

    @property
    def ok(self) -> bool:
        return not self.unexpected_passes and not self.unexpected_failures


def check(results: dict[str, Outcome], expectations: Expectations) -> CheckResult:
    """Compares a run with the known failures (skipped tests are neither)."""
    passes, failures = [], []
    for path, result in sorted(results.items()):
        if result.status is Status.SKIP:
            continue
        listed = path in expectations.known_failures
        if result.passed and listed:
            passes.append(path)
        elif not result.passed and not listed:
            failures.append(path)
    return CheckResult(passes, failures)


def write_known_failures(path: pathlib.Path, results: dict[str, Outcome], header: str) -> int:
    """Updates the known failures from a run: the tests it ran are listed exactly when they failed
    (with their reason category); entries for tests it did not run are kept, so a partial run
    updates its own part only. Returns the number of entries written."""
    kept = {test: reason for test, reason in _entries(path) if test not in results}
    for test, result in results.items():
        if result.status not in (Status.PASS, Status.SKIP):
            kept[test] = f"{result.status.value}: {result.reason or result.status.value}"
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += [f"{test}  # {reason}" for test, reason in sorted(kept.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(kept)
