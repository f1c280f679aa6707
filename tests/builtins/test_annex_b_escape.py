"""Annex B escape and unescape (https://tc39.es/ecma262/#sec-escape-string): UTF-16 code units,
%XX below 256, %uXXXX above, upper-case digits; unescape leaves malformed escapes alone."""
from __future__ import annotations

import pytest

from tests.builtins.support import Case, run_case

CASES: list[Case] = [
    ("escape('a b+c/\\u00e9\\u4e2d\\ud83d\\ude00@*_-.')", "a%20b+c/%E9%u4E2D%uD83D%uDE00@*_-."),
    ("escape('ABCxyz0189')", "ABCxyz0189"),
    ("escape('\\u00ff\\u0100\\x00~!')", "%FF%u0100%00%7E%21"),
    ("escape()", "undefined"),
    ("escape(12.5)", "12.5"),
    ("escape({toString() { return '?' }})", "%3F"),
    ("unescape('%u4E2D%E9%zz%u12%41%')", "\u4e2d\u00e9%zz%u12A%"),
    ("unescape('%u00')", "%u00"),
    ("unescape('%U0041%4a%4A')", "%U0041JJ"),
    ("unescape('%uD83D%uDE00') === '\\ud83d\\ude00'", True),
    ("unescape(escape('\\ud800x')) === '\\ud800x'", True),
    ("var s = ''; for (var i = 0; i < 300; i++) s += String.fromCharCode(i); unescape(escape(s)) === s", True),
    ("escape('\\ufffd\\ufffe\\uffff\\ud834\\udf06')", "%uFFFD%uFFFE%uFFFF%uD834%uDF06"),
    ("escape('\\u0100'.repeat(5000)).length", 30000),
    ("unescape('%u0100'.repeat(5000)) === '\\u0100'.repeat(5000)", True),
    ("escape.length + unescape.length", 2),
    ("escape.name + ' ' + unescape.name", "escape unescape"),
    ("attrs(globalThis, 'escape')", "w-c"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_escape(host, source: str, expected) -> None:
    run_case(host, source, expected)
