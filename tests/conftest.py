from __future__ import annotations

import pytest

from tests.npm_cache import NpmUnavailable, npm_package

PARSER_TESTS = ("test262-parser-tests", "0.0.5")


@pytest.fixture(scope="session")
def parser_tests_dir():
    """The unpacked test262-parser-tests package (fetched from npm once, then cached)."""
    try:
        return npm_package(*PARSER_TESTS)
    except NpmUnavailable as exc:
        pytest.fail(f"cannot fetch {PARSER_TESTS[0]}: {exc}")
