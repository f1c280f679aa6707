"""Table-driven tests of engine.syntax.lexer against the lexer contract."""
from __future__ import annotations

import math
import random
import shutil
import time
import unicodedata

import pytest

from engine.syntax import identifiers
from engine.syntax.errors import JSSyntaxError
from engine.syntax.lexer import Lexer
from engine.syntax.tokens import (
    BIGINT,
    EOF,
    NAME,
    NUM,
    PRIVATE_NAME,
    PUNCTUATORS,
    REGEX,
    STRING,
    TEMPLATE,
    TEMPLATE_HEAD,
    TEMPLATE_MIDDLE,
    TEMPLATE_TAIL,
)


def tokens(source: str, *, module: bool = False) -> list[tuple[str, object]]:
    """(type, value) of every token, `/` and `}` read as punctuators."""
    lexer = Lexer(source, module=module)
    out = []
    while lexer.type != EOF:
        out.append((lexer.type, lexer.value))
        lexer.next()
    return out


def single(source: str) -> Lexer:
    """The lexer positioned on the only token of ``source``."""
    lexer = Lexer(source)
    first = (lexer.type, lexer.value, lexer.end)
    lexer.next()
    assert lexer.type == EOF, f"{source!r} is more than one token: {first}, then {lexer.type}"
    return Lexer(source)


def error_offset(source: str, *, module: bool = False, regex: bool = False) -> int:
    """Offset of the JSSyntaxError raised while lexing ``source`` (rescanning the first token as a regex if asked)."""
    with pytest.raises(JSSyntaxError) as info:
        lexer = Lexer(source, module=module)
        if regex:
            lexer.rescan_regex()
        while lexer.type != EOF:
            lexer.next()
    return info.value.offset


# ----------------------------------------------------------------- names and punctuators


@pytest.mark.parametrize(
    "source, value, escaped",
    [
        ("abc", "abc", False),
        ("$_a1", "$_a1", False),
        ("\\u0061b", "ab", True),
        ("a\\u{62}", "ab", True),
        ("\\u{1d4d0}", "\U0001d4d0", True),
        ("ünïcödé", "ünïcödé", False),
        ("\u2118x", "\u2118x", False),  # Other_ID_Start
        ("a\u200c\u200d", "a\u200c\u200d", False),  # ZWNJ, ZWJ continue a name
        ("x\u0301", "x\u0301", False),  # combining mark continues
        ("\U00010400", "\U00010400", False),  # astral letter
        ("v\\u0061r", "var", True),
        ("café", "café", False),
    ],
)
def test_identifier_names(source: str, value: str, escaped: bool) -> None:
    lexer = single(source)
    assert (lexer.type, lexer.value, lexer.escaped) == (NAME, value, escaped)


@pytest.mark.parametrize(
    "source, offset",
    [
        ("\\u0030x", 0),  # escape of a digit cannot start a name
        ("a\\u002d", 1),  # '-' is no identifier part
        ("a\\u{110000}", 1),
        ("\\x61", 0),
        ("a\\u00", 1),
        ("a\\", 1),
        ("\\u{}", 0),
        ("\u0301x", 0),  # a combining mark cannot start a name
        ("\u2e2f", 0),  # VERTICAL TILDE is Pattern_Syntax
        ("@", 0),
        ("a # b", 2),
        ("#\\u0030", 1),
    ],
)
def test_identifier_errors(source: str, offset: int) -> None:
    assert error_offset(source) == offset


def test_private_names() -> None:
    assert tokens("#x #\\u0061b this.#y") == [
        (PRIVATE_NAME, "x"), (PRIVATE_NAME, "ab"), (NAME, "this"), (".", "."), (PRIVATE_NAME, "y"),
    ]  # fmt: skip


@pytest.mark.parametrize("punctuator", sorted(PUNCTUATORS))
def test_every_punctuator_alone(punctuator: str) -> None:
    assert tokens(f"a {punctuator} b") == [(NAME, "a"), (punctuator, punctuator), (NAME, "b")]


@pytest.mark.parametrize(
    "source, types",
    [
        ("a>>>=b", ["name", ">>>=", "name"]),
        ("a>>>b", ["name", ">>>", "name"]),
        ("a>>=b", ["name", ">>=", "name"]),
        ("...a", ["...", "name"]),
        ("a?.b", ["name", "?.", "name"]),
        ("a?.5:b", ["name", "?", "num", ":", "name"]),
        ("a?.[0]", ["name", "?.", "[", "num", "]"]),
        ("a??=b", ["name", "??=", "name"]),
        ("a**=b", ["name", "**=", "name"]),
        ("a=>b", ["name", "=>", "name"]),
        ("a===b!==c", ["name", "===", "name", "!==", "name"]),
        ("a+++b", ["name", "++", "+", "name"]),
        ("a---b", ["name", "--", "-", "name"]),
        ("a/b/=c", ["name", "/", "name", "/=", "name"]),
        ("a.b", ["name", ".", "name"]),
        ("1..a", ["num", ".", "name"]),
    ],
)
def test_longest_match(source: str, types: list[str]) -> None:
    assert [t for t, _ in tokens(source)] == types


def _longest_match_split(text: str) -> list[str]:
    """Reference tokenisation of a string of punctuator characters: greedy longest match."""
    out, pos = [], 0
    while pos < len(text):
        length = max(n for n in range(1, 5) if text[pos : pos + n] in PUNCTUATORS)
        out.append(text[pos : pos + length])
        pos += length
    return out


def test_punctuator_runs_split_by_longest_match() -> None:
    rng = random.Random(2024)
    alphabet = "{}()[].;,<>=!+-*%&|^~?:"  # no `/` (comments) and no digits (`?.5`)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        if "<!--" in text or "-->" in text:
            continue
        assert [value for _, value in tokens(text)] == _longest_match_split(text), text


# ----------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    "source, value, legacy",
    [
        ("0", 0.0, False),
        ("42", 42.0, False),
        ("3.25", 3.25, False),
        (".5", 0.5, False),
        ("5.", 5.0, False),
        ("1e3", 1000.0, False),
        ("1.5E-3", 0.0015, False),
        ("2e+2", 200.0, False),
        ("0.1", 0.1, False),
        ("1_000_000", 1e6, False),
        ("1_0.0_1e1_0", 10.01e10, False),
        ("0x1F", 31.0, False),
        ("0XfF", 255.0, False),
        ("0o17", 15.0, False),
        ("0b101", 5.0, False),
        ("0x_".replace("_", "A_B"), 0xAB, False),
        ("017", 15.0, True),
        ("00", 0.0, True),
        ("08", 8.0, True),
        ("09.5", 9.5, True),
        ("019", 19.0, True),
        ("1e400", math.inf, False),
        ("0x" + "F" * 300, math.inf, False),
        ("9007199254740993", 9007199254740992.0, False),  # correctly rounded (ties to even)
        ("0x20000000000001", 9007199254740992.0, False),
        ("2.2250738585072011e-308", 2.225073858507201e-308, False),
    ],
)
def test_numbers(source: str, value: float, legacy: bool) -> None:
    lexer = single(source)
    assert lexer.type == NUM
    assert lexer.value == value and type(lexer.value) is float
    assert lexer.legacy_octal is legacy


@pytest.mark.parametrize(
    "source, value",
    [("0n", 0), ("123n", 123), ("0x1fn", 31), ("0o7n", 7), ("0b11n", 3), ("1_0n", 10), pytest.param("9" * 5000 + "n", 10**5000 - 1, id="5000-digits")],
)
def test_bigints(source: str, value: int) -> None:
    lexer = single(source)
    assert (lexer.type, lexer.value) == (BIGINT, value)


@pytest.mark.parametrize(
    "source, offset",
    [
        ("1__0", 2),
        ("1_", 1),
        ("0_1", 1),
        ("01_1", 2),
        ("08_1", 2),
        ("0x_1", 2),
        ("0x1_", 3),
        ("1._5", 2),
        ("1_.5", 1),
        ("1_e5", 1),
        ("1e_5", 2),
        ("1e5_", 3),
        ("0x", 2),
        ("0b", 2),
        ("0b2", 2),
        ("0o8", 2),
        ("1e", 2),
        ("1e+", 3),
        ("3in x", 1),
        ("1n2", 2),
        ("01n", 0),
        ("08n", 0),
        ("1.5n", 0),
        ("1e3n", 0),
        ("0b12", 3),
        ("1\\u0061", 1),
        ("0.toString", 2),
        ("1é", 1),
    ],
)
def test_number_errors(source: str, offset: int) -> None:
    assert error_offset(source) == offset


def test_legacy_octal_does_not_take_a_fraction() -> None:
    assert tokens("017.5") == [(NUM, 15.0), (NUM, 0.5)]


# ----------------------------------------------------------------- strings


@pytest.mark.parametrize(
    "source, value, legacy",
    [
        ('"abc"', "abc", False),
        ("'abc'", "abc", False),
        ('""', "", False),
        ("'it\\'s'", "it's", False),
        ('"\\b\\f\\n\\r\\t\\v\\"\\\\"', '\b\f\n\r\t\v"\\', False),
        ('"\\a\\c\\%"', "ac%", False),
        ('"\\x41\\x7e"', "A~", False),
        ('"\\u0041\\u{42}\\u{000043}"', "ABC", False),
        ('"\\u{10FFFF}"', "\U0010ffff", False),
        ('"\\uD83D\\uDE00"', "\U0001f600", False),
        ('"\\u{D83D}\\u{DE00}"', "\U0001f600", False),
        ('"\\uD83D"', "\ud83d", False),
        ('"\\uDE00\\uD83D"', "\ude00\ud83d", False),
        ('"a\\\nb"', "ab", False),
        ('"a\\\r\nb"', "ab", False),
        ('"a\\\u2028b"', "ab", False),
        ('"a\u2028b\u2029c"', "a\u2028b\u2029c", False),
        ('"\\0"', "\0", False),
        ('"\\0a"', "\0a", False),
        ('"\\00"', "\0", True),
        ('"\\08"', "\x008", True),
        ('"\\1"', "\x01", True),
        ('"\\101"', "A", True),
        ('"\\377"', "\xff", True),
        ('"\\400"', " 0", True),
        ('"\\777"', "?7", True),
        ('"\\8"', "8", True),
        ('"\\9"', "9", True),
    ],
)
def test_strings(source: str, value: str, legacy: bool) -> None:
    lexer = single(source)
    assert (lexer.type, lexer.value, lexer.legacy_octal) == (STRING, value, legacy)


@pytest.mark.parametrize(
    "source, offset",
    [
        ('"abc', 0),
        ("'abc\nx'", 0),
        ('"a\rb"', 0),
        ('"abc\\', 0),
        ('"\\x4"', 1),
        ('"\\xg0"', 1),
        ('"\\u004"', 1),
        ('"\\u{}"', 1),
        ('"\\u{110000}"', 1),
        ('"\\u{41"', 1),
        ('x = "ok" + "\\uZZZZ"', 12),
    ],
)
def test_string_errors(source: str, offset: int) -> None:
    assert error_offset(source) == offset


# ----------------------------------------------------------------- templates


def scan_template(source: str) -> list[tuple[str, object, str]]:
    """(type, cooked, raw) of the template spans, rescanning each `}` that closes a substitution."""
    lexer = Lexer(source)
    spans = []
    braces: list[str] = []  # "{" for a block or object, "${" for a substitution
    while lexer.type != EOF:
        if lexer.type == "}" and braces and braces.pop() == "${":
            lexer.rescan_template_continuation()
        if lexer.type in (TEMPLATE, TEMPLATE_HEAD, TEMPLATE_MIDDLE, TEMPLATE_TAIL):
            spans.append((lexer.type, lexer.value, lexer.template_raw))
        if lexer.type in ("{", TEMPLATE_HEAD, TEMPLATE_MIDDLE):
            braces.append("{" if lexer.type == "{" else "${")
        lexer.next()
    return spans


@pytest.mark.parametrize(
    "source, spans",
    [
        ("``", [(TEMPLATE, "", "")]),
        ("`abc`", [(TEMPLATE, "abc", "abc")]),
        ("`a$b{c}`", [(TEMPLATE, "a$b{c}", "a$b{c}")]),
        ("`$`", [(TEMPLATE, "$", "$")]),
        ("`\\n\\x41\\u{42}`", [(TEMPLATE, "\nAB", "\\n\\x41\\u{42}")]),
        ("`\\0`", [(TEMPLATE, "\0", "\\0")]),
        ("`a\r\nb\rc`", [(TEMPLATE, "a\nb\nc", "a\nb\nc")]),
        ("`a\\\r\nb`", [(TEMPLATE, "ab", "a\\\nb")]),
        ("`\\unicode`", [(TEMPLATE, None, "\\unicode")]),
        ("`\\01`", [(TEMPLATE, None, "\\01")]),
        ("`\\1`", [(TEMPLATE, None, "\\1")]),
        ("`\\8`", [(TEMPLATE, None, "\\8")]),
        ("`\\xg`", [(TEMPLATE, None, "\\xg")]),
        ("`\\u{110000}`", [(TEMPLATE, None, "\\u{110000}")]),
        ("`\\uD83D\\uDE00`", [(TEMPLATE, "\U0001f600", "\\uD83D\\uDE00")]),
        ("`\\``", [(TEMPLATE, "`", "\\`")]),
        ("`\\${x}`", [(TEMPLATE, "${x}", "\\${x}")]),
        (
            "`a${x}b${y}c`",
            [(TEMPLATE_HEAD, "a", "a"), (TEMPLATE_MIDDLE, "b", "b"), (TEMPLATE_TAIL, "c", "c")],
        ),
        (
            "`a${ {x} }\\u{zz}`",
            [(TEMPLATE_HEAD, "a", "a"), (TEMPLATE_TAIL, None, "\\u{zz}")],
        ),
        (
            "`${`${1}`}`",
            [(TEMPLATE_HEAD, "", ""), (TEMPLATE_HEAD, "", ""), (TEMPLATE_TAIL, "", ""), (TEMPLATE_TAIL, "", "")],
        ),
    ],
)
def test_templates(source: str, spans: list[tuple[str, object, str]]) -> None:
    assert scan_template(source) == spans


@pytest.mark.parametrize("source, offset", [("`abc", 0), ("`a${b}c", 5), ("`\\", 0), ("`a${b}${c}", 9)])
def test_unterminated_templates(source: str, offset: int) -> None:
    with pytest.raises(JSSyntaxError) as info:
        scan_template(source)
    assert info.value.offset == offset


def test_template_line_tracking() -> None:
    lexer = Lexer("`a\nb${x}c\r\nd`\ne")
    lexer.next()
    assert (lexer.value, lexer.line, lexer.column) == ("x", 2, 3)
    lexer.next()
    lexer.rescan_template_continuation()
    lexer.next()
    assert (lexer.value, lexer.line, lexer.column, lexer.newline_before) == ("e", 4, 0, True)


# ----------------------------------------------------------------- regular expressions


def rescan(source: str) -> Lexer:
    lexer = Lexer(source)
    lexer.rescan_regex()
    return lexer


@pytest.mark.parametrize(
    "source, body, flags, end",
    [
        ("/a/", "a", "", 3),
        ("/a/g", "a", "g", 4),
        ("/=a/", "=a", "", 4),
        ("/[/]/dgimsy", "[/]", "dgimsy", 11),
        ("/\\//u", "\\/", "u", 5),
        ("/a/v.x", "a", "v", 4),
        ("/[\\]/]/", "[\\]/]", "", 7),
    ],
)
def test_regex_rescan(source: str, body: str, flags: str, end: int) -> None:
    lexer = rescan(source)
    assert (lexer.type, lexer.value, lexer.end) == (REGEX, (body, flags), end)


@pytest.mark.parametrize(
    "source, offset",
    [
        ("/abc", 0),
        ("/a\nb/", 0),
        ("/a\\\n/", 0),
        ("/[/", 0),
        ("/a\u2028/", 0),
        ("/a/gg", 4),
        ("/a/x", 3),
        ("/a/uv", 3),
        ("/a/\\u0067", 3),
        ("/(/", 0),
    ],
)
def test_regex_errors(source: str, offset: int) -> None:
    assert error_offset(source, regex=True) == offset


def test_division_then_regex_by_rescan() -> None:
    lexer = Lexer("a / b / g; x = /b/g")
    seen = []
    while lexer.type != EOF:
        if lexer.type == "/" and lexer.prev_end and seen[-1] == "=":
            lexer.rescan_regex()
        seen.append(lexer.type)
        lexer.next()
    assert seen == ["name", "/", "name", "/", "name", ";", "name", "=", "regex"]


# ----------------------------------------------------------------- whitespace, comments, lines


@pytest.mark.parametrize(
    "space",
    ["\t", "\v", "\f", " ", "\xa0", "\ufeff", "\u1680", "\u2000", "\u200a", "\u202f", "\u205f", "\u3000"],
)
def test_whitespace(space: str) -> None:
    lexer = Lexer(f"a{space}b")
    lexer.next()
    assert (lexer.value, lexer.start, lexer.newline_before) == ("b", 2, False)


@pytest.mark.parametrize(
    "source, newline",
    [
        ("a\nb", True),
        ("a\rb", True),
        ("a\r\nb", True),
        ("a\u2028b", True),
        ("a\u2029b", True),
        ("a/* x */b", False),
        ("a/* \n */b", True),
        ("a/* \u2028 */b", True),
        ("a// x\nb", True),
        ("a /**/ /**/ b", False),
        ("a/***/b", False),
        ("a/** x **/b", False),
    ],
)
def test_newline_before(source: str, newline: bool) -> None:
    lexer = Lexer(source)
    lexer.next()
    assert (lexer.value, lexer.newline_before) == ("b", newline)


def test_unterminated_comment() -> None:
    assert error_offset("a /* b ") == 2
    assert error_offset("a /* b *") == 2


def test_hashbang_only_at_start() -> None:
    assert tokens("#!/usr/bin/env node\nx") == [(NAME, "x")]
    assert error_offset(" #!x") == 1


@pytest.mark.parametrize(
    "source, script, module",
    [
        ("a <!-- b\nc", ["a", "c"], ["a", "<", "!", "--", "b", "c"]),
        ("a\n--> b\nc", ["a", "c"], ["a", "--", ">", "b", "c"]),
        ("--> b\nc", ["c"], ["--", ">", "b", "c"]),
        ("a\n  /* x */ --> b\nc", ["a", "c"], ["a", "--", ">", "b", "c"]),
        ("a /*\n*/ --> b\nc", ["a", "c"], ["a", "--", ">", "b", "c"]),
        ("a --> b", ["a", "--", ">", "b"], ["a", "--", ">", "b"]),
        ("a /* */ --> b", ["a", "--", ">", "b"], ["a", "--", ">", "b"]),
        ("x\n--> a\n--> b\nc", ["x", "c"], ["x", "--", ">", "a", "--", ">", "b", "c"]),
    ],
)
def test_html_like_comments(source: str, script: list[str], module: list[str]) -> None:
    assert [v for _, v in tokens(source)] == script
    assert [v for _, v in tokens(source, module=True)] == module


def test_html_close_comment_sets_newline_before() -> None:
    lexer = Lexer("a\n--> b\nc")
    lexer.next()
    assert (lexer.value, lexer.newline_before, lexer.line) == ("c", True, 3)


@pytest.mark.parametrize(
    "source, positions",
    [
        ("a\nb\r\nc\rd\u2028e\u2029f", [(1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0)]),
        ("  a /*\r\n\r\n*/ b", [(1, 2), (3, 3)]),
        ("'x\\\r\ny' z", [(1, 0), (2, 3)]),
        ("'x\u2028y' z", [(1, 0), (2, 3)]),
        ("a\n\n  b // c\n d", [(1, 0), (3, 2), (4, 1)]),
    ],
)
def test_line_and_column(source: str, positions: list[tuple[int, int]]) -> None:
    lexer = Lexer(source)
    seen = []
    while lexer.type != EOF:
        seen.append((lexer.line, lexer.column))
        lexer.next()
    assert seen == positions


def test_spans_and_prev_end() -> None:
    lexer = Lexer("foo  (1.5)")
    assert (lexer.start, lexer.end, lexer.prev_end) == (0, 3, 0)
    lexer.next()
    assert (lexer.type, lexer.start, lexer.end, lexer.prev_end) == ("(", 5, 6, 3)
    lexer.next()
    assert (lexer.start, lexer.end, lexer.prev_end) == (6, 9, 6)


# ----------------------------------------------------------------- peek, snapshot, errors


def test_peek_does_not_advance() -> None:
    lexer = Lexer("a\n(b)")
    assert lexer.peek() == ("(", "(", True)
    assert lexer.peek() == ("(", "(", True)
    assert (lexer.type, lexer.value) == (NAME, "a")
    lexer.next()
    assert (lexer.type, lexer.prev_end, lexer.line) == ("(", 1, 2)


def test_peek_then_rescan() -> None:
    lexer = Lexer("/a/g.x")
    assert lexer.peek() == (NAME, "a", False)
    lexer.rescan_regex()
    lexer.next()
    assert (lexer.type, lexer.start) == (".", 4)


def test_snapshot_restore() -> None:
    lexer = Lexer("a b\nc")
    snap = lexer.snapshot()
    lexer.next()
    lexer.next()
    assert (lexer.value, lexer.line) == ("c", 2)
    lexer.restore(snap)
    assert (lexer.value, lexer.line, lexer.end) == ("a", 1, 1)
    lexer.next()
    assert lexer.value == "b"


def test_error_helper() -> None:
    lexer = Lexer("a\n  bad", filename="f.js")
    lexer.next()
    with pytest.raises(JSSyntaxError) as info:
        lexer.error("boom")
    assert (info.value.offset, info.value.line, info.value.column, info.value.filename) == (4, 2, 3, "f.js")


def test_eof_token() -> None:
    lexer = Lexer("  // only a comment")
    assert (lexer.type, lexer.value, lexer.start) == (EOF, None, 19)
    lexer.next()
    assert lexer.type == EOF


# ----------------------------------------------------------------- hostile input


def lex_seconds(source: str) -> float:
    started = time.perf_counter()
    lexer = Lexer(source)
    while lexer.type != EOF:
        lexer.next()
    return time.perf_counter() - started


@pytest.mark.parametrize(
    "source",
    [
        pytest.param('"' + "a" * 50_000_000 + '"', id="50MB-string"),
        pytest.param('"' + "\\x41" * 1_000_000 + '"', id="escaped-string"),
        pytest.param("/*" + "*" * 10_000_000 + "*/", id="10MB-comment"),
        pytest.param("/*" + "* /" * 3_000_000 + "*/", id="10MB-comment-stars"),
        pytest.param("x" * 10_000_000, id="10MB-name"),
        pytest.param("a+" * 2_000_000 + "a", id="10MB-line"),
        pytest.param("`" + "a\r\n" * 1_000_000 + "`", id="template-lines"),
        pytest.param("1" * 1_000_000, id="1M-digits"),
    ],
)
def test_hostile_input_is_linear(source: str) -> None:
    assert lex_seconds(source) < 10


@pytest.mark.parametrize("source", ["/*" + "*" * 5_000_000, '"' + "a" * 5_000_000, "`" + "\\`" * 2_000_000])
def test_hostile_unterminated(source: str) -> None:
    started = time.perf_counter()
    with pytest.raises(JSSyntaxError):
        lex_seconds(source)
    assert time.perf_counter() - started < 10


def test_hostile_regex_body() -> None:
    lexer = Lexer("/" + "[a" * 1_000_000)
    with pytest.raises(JSSyntaxError):
        lexer.rescan_regex()


def test_deeply_nested_template_substitutions() -> None:
    depth = 100_000
    source = "`${" * depth + "x" + "}`" * depth
    spans = scan_template(source)
    assert len(spans) == 2 * depth


# ----------------------------------------------------------------- real files


def test_every_pass_file_tokenises(parser_tests_dir) -> None:
    """Lexer-only check: every pass/ file lexes, deciding `/` from the previous token."""
    failures = []
    for path in sorted((parser_tests_dir / "pass").glob("*.js")):
        source = path.read_text(encoding="utf-8")
        try:
            _lex_guessing_regex(source, module=".module." in path.name)
        except JSSyntaxError as exc:
            failures.append(f"{path.name}: {exc}")
    # Three files defeat the previous-token guess (`a.in / b`, `+a++ / 1`, `{}/=/`): the parser decides those.
    assert len(failures) <= 3, failures


_ENDS_EXPRESSION = {NAME, NUM, BIGINT, STRING, REGEX, TEMPLATE, TEMPLATE_TAIL, PRIVATE_NAME, ")", "]", "}"}
_KEYWORDS_BEFORE_EXPRESSION = {"return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"}  # fmt: skip


def _lex_guessing_regex(source: str, *, module: bool) -> None:
    lexer = Lexer(source, module=module)
    braces: list[str] = []
    prev: tuple[str, object] | None = None
    while lexer.type != EOF:
        kind = lexer.type
        if kind in ("/", "/="):
            if prev is None or prev[0] not in _ENDS_EXPRESSION or (prev[0] == NAME and prev[1] in _KEYWORDS_BEFORE_EXPRESSION):
                lexer.rescan_regex()
        elif kind == "}" and braces:
            if braces.pop() == "${":
                lexer.rescan_template_continuation()
        if lexer.type in ("{", TEMPLATE_HEAD, TEMPLATE_MIDDLE):
            braces.append("{" if lexer.type == "{" else "${")
        prev = (lexer.type, lexer.value)
        lexer.next()


# ----------------------------------------------------------------- identifier tables


def _table_set(table: str) -> set[int]:
    return {cp for lo, hi in identifiers.table_ranges(table) for cp in range(lo, hi + 1)}


# Assigned before Unicode 15.1 yet only then made ID_Continue (Other_ID_Continue).
_LATER_ID_CONTINUE = {0x200C, 0x200D, 0x30FB, 0xFF65}


def test_identifier_tables_agree_with_unicodedata() -> None:
    """Every UAX #31 identifier character of Python's database is in the tables; additions are new code points."""
    start, cont = _table_set(identifiers.ID_START_TABLE), _table_set(identifiers.ID_CONTINUE_TABLE)
    for cp in range(0x80, 0x110000):
        in_start, in_cont = cp in start, cp in cont
        assert identifiers.derived_id_start(cp) <= in_start, hex(cp)
        assert identifiers.derived_id_continue(cp) <= in_cont, hex(cp)
        if in_start and not identifiers.derived_id_start(cp):
            assert unicodedata.category(chr(cp)) == "Cn", hex(cp)
        if in_cont and not identifiers.derived_id_continue(cp) and cp not in _LATER_ID_CONTINUE:
            assert unicodedata.category(chr(cp)) == "Cn", hex(cp)
    assert start <= cont


@pytest.mark.parametrize(
    "char, start, part",
    [
        ("a", True, True), ("$", True, True), ("_", True, True), ("1", False, True), ("\u200c", False, True),
        ("\u2118", True, True), ("\u2e2f", False, False), ("\u0301", False, True), ("\U00010400", True, True),
        ("\u00b7", False, True), ("-", False, False), (" ", False, False), ("\ud800", False, False),
    ],
)  # fmt: skip
def test_identifier_predicates(char: str, start: bool, part: bool) -> None:
    assert identifiers.is_identifier_start(char) is start
    assert identifiers.is_identifier_part(char) is part


def test_identifier_tables_are_current() -> None:
    """The committed tables are what `python -m engine.syntax.identifiers` makes (when Node has that Unicode)."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    version, start, cont = identifiers.tables_from_node()
    if version != identifiers.UNICODE_VERSION:
        pytest.skip(f"node has Unicode {version}, the tables {identifiers.UNICODE_VERSION}")
    assert (start, cont) == (identifiers.ID_START_TABLE.strip(), identifiers.ID_CONTINUE_TABLE.strip())
