"""String methods written in JavaScript (selfhosted/string.js): (source, expected)."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("'abc'.toUpperCase()", "ABC"),
    ("'ÀbÇ'.toLowerCase()", "àbç"),
    ("'straße'.toUpperCase()", "STRASSE"),
    ("'ΟΔΟΣ'.toLowerCase()", "οδος"),
    ("'İ'.toLowerCase().length", 2),
    ("'a'.toLocaleUpperCase() + 'B'.toLocaleLowerCase()", "Ab"),
    ("String.prototype.toUpperCase.call(12)", "12"),
    ("try { String.prototype.toUpperCase.call(null) } catch (e) { e instanceof TypeError }", True),
    ("'\\u0041\\u030A'.normalize() === '\\u00C5'", True),
    ("'\\u00C5'.normalize('NFD').length", 2),
    ("'\\uFB01'.normalize('NFKC')", "fi"),
    ("try { 'a'.normalize('nfc') } catch (e) { e instanceof RangeError }", True),
    ("'abc'.split('')", ["a", "b", "c"]),
    ("'a,b,,c'.split(',')", ["a", "b", "", "c"]),
    ("'a,b,c'.split(',', 2)", ["a", "b"]),
    ("'abc'.split()", ["abc"]),
    ("''.split(',')", [""]),
    ("''.split('')", []),
    ("'a--b--'.split('--')", ["a", "b", ""]),
    ("'abc'.split('', 0)", []),
    ("var sep = {}; sep[Symbol.split] = function (s, lim) { return [s, lim]; }; 'x'.split(sep, 3)", ["x", 3]),
    ("['abc'.includes('bc'), 'abc'.includes('bc', 2), 'abc'.includes('')]", [True, False, True]),
    ("['abc'.startsWith('ab'), 'abc'.startsWith('bc', 1), 'abc'.startsWith('c', 5)]", [True, True, False]),
    ("['abc'.endsWith('bc'), 'abc'.endsWith('ab', 2), 'abc'.endsWith('a', -1)]", [True, True, False]),
    ("['abc'.at(0), 'abc'.at(-1), 'abc'.at(3) === undefined]", ["a", "c", True]),
    ("['ab'.repeat(3), 'x'.repeat(0), ''.repeat(5)]", ["ababab", "", ""]),
    ("try { 'a'.repeat(-1) } catch (e) { e instanceof RangeError }", True),
    ("try { 'a'.repeat(Infinity) } catch (e) { e instanceof RangeError }", True),
    ("['ab'.padStart(5, 'xy'), 'ab'.padEnd(5), 'abc'.padStart(2), 'a'.padStart(3, '')]", ["xyxab", "ab   ", "abc", "a"]),
    ("['\\t\\n x \\u00a0\\ufeff'.trim(), ' x '.trimStart(), ' x '.trimEnd()]", ["x", "x ", " x"]),
    ("['a'.localeCompare('b'), 'b'.localeCompare('a'), '\\u00C5'.localeCompare('\\u0041\\u030A')]", [-1, 1, 0]),
    ("['ab'.isWellFormed(), 'a\\ud800'.isWellFormed(), '\\ud83d\\ude00'.isWellFormed()]", [True, False, True]),
    ("'a\\ud800b'.toWellFormed()", "a\ufffdb"),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_string(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected


@pytest.mark.parametrize("name, length", [
    ("toUpperCase", 0), ("toLowerCase", 0), ("normalize", 0), ("split", 2), ("includes", 1), ("startsWith", 1),
    ("endsWith", 1), ("at", 1), ("repeat", 1), ("padStart", 1), ("padEnd", 1), ("trim", 0), ("trimStart", 0),
    ("trimEnd", 0), ("localeCompare", 1), ("isWellFormed", 0), ("toWellFormed", 0),
])
def test_name_and_length(realm, name: str, length: int) -> None:
    assert run(realm, f"[String.prototype.{name}.name, String.prototype.{name}.length]") == [name, length]


def test_issue_memory_script_runs(realm) -> None:
    from realm_host.cli_mem import COMMON_BUILTINS_SCRIPT
    assert run(realm, COMMON_BUILTINS_SCRIPT) == ["A", "B", "C"]


MORE = [
    ("'aXbXc'.replace('X', '[$&$$]')", "a[X$]bXc"),
    ("'abc'.replace('b', \"$`|$'\")", "aa|cc"),
    ("'abc'.replace('b', '$1$<n>')", "a$1$<n>c"),
    ("'abc'.replace('z', 'y')", "abc"),
    ("'abc'.replace('b', (m, p, s) => m + p + s)", "ab1abcc"),
    ("var o = {}; o[Symbol.replace] = (s, r) => s + r; 'x'.replace(o, 'y')", "xy"),
    ("'aXbXc'.replaceAll('X', (m, p) => p)", "a1b3c"),
    ("'abc'.replaceAll('', '-')", "-a-b-c-"),
    ("'aaaa'.replaceAll('aa', 'b')", "bb"),
    ("['abcdef'.substr(-3, 2), 'abc'.substr(1), 'abc'.substr(5), 'abc'.substr(0, -1)]", ["de", "bc", "", ""]),
    ("String.raw({raw: ['a', 'b', 'c']}, 1, 2, 3)", "a1b2c"),
    ("String.raw`x\\n${1}`", "x\\n1"),
    ("[String.prototype.replace.length, String.prototype.replaceAll.length, String.raw.length]", [2, 2, 1]),
]


@pytest.mark.parametrize("source, expected", MORE)
def test_string_more(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
