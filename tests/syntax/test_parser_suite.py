"""The external check of the parser: the test262-parser-tests package from npm.

Every file in pass/ and pass-explicit/ must parse (``.module.`` files as modules) and every
file in fail/ and early/ must be rejected with a JSSyntaxError. Files we cannot handle yet
are listed, with a reason, in parser_suite_expected_failures.txt; a listed file that starts
behaving correctly fails the test too, so the list only shrinks.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from engine.syntax import JSSyntaxError, parse

EXPECTED_FAILURES = Path(__file__).with_name("parser_suite_expected_failures.txt")
MUST_PARSE = ("pass", "pass-explicit")
MUST_REJECT = ("fail", "early")


def _expected_failures() -> dict[str, str]:
    listed: dict[str, str] = {}
    for line in EXPECTED_FAILURES.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(" ")
        assert reason.strip(), f"{name}: every expected failure needs a reason"
        listed[name] = reason.strip()
    return listed


def _behaves(path: Path, must_parse: bool) -> bool:
    source = path.read_bytes().decode("utf-8", errors="surrogateescape")
    try:
        parse(source, module=".module." in path.name, filename=str(path))
    except JSSyntaxError:
        return not must_parse
    return must_parse


@pytest.mark.parametrize("directory", MUST_PARSE + MUST_REJECT)
def test_parser_suite(parser_tests_dir: Path, directory: str) -> None:
    must_parse = directory in MUST_PARSE
    listed = {k for k in _expected_failures() if k.startswith(directory + "/")}
    files = sorted((parser_tests_dir / directory).glob("*.js"))
    assert len(files) > 500, "the package looks incomplete"
    wrong = {f"{directory}/{f.name}" for f in files if not _behaves(f, must_parse)}
    unexpected = sorted(wrong - listed)
    now_right = sorted(listed - wrong)
    verb = "no longer parse" if must_parse else "are no longer rejected"
    assert not unexpected, f"{len(unexpected)} files {verb}: {unexpected[:30]}"
    assert not now_right, f"listed as expected failures but now behave; remove them: {now_right}"
