"""The ECMAScript lexer: source text to tokens, one at a time, on the parser's demand.

https://tc39.es/ecma262/#sec-ecmascript-language-lexical-grammar

Speed matters (parsing is the cold path of every uncached script), so the common
tokens come from one master regular expression: leading whitespace and comments,
then one named group per token kind, dispatched on ``m.lastgroup``. Identifiers
with escapes or non-ASCII letters, numbers other than plain decimals, strings with
escapes, templates and the rest fall through to small scanners of their own.
Every repetition is possessive (``*+``), so no input can make the regex engine
backtrack, and no scanner recurses: a 50 MB string or a 10 MB comment costs one
linear pass.

The parser decides where `/` starts a regular expression and where `}` resumes a
template (``rescan_regex``, ``rescan_template_continuation``); the lexer alone
always reads them as punctuators.
"""
from __future__ import annotations

import re
from typing import NoReturn

from engine.syntax.errors import JSSyntaxError
from engine.syntax.identifiers import NON_ASCII_ID_CONTINUE, NON_ASCII_ID_START, is_identifier_part, is_identifier_start
from engine.syntax.regexp import validate_regexp
from engine.syntax.tokens import (
    BIGINT,
    EOF,
    NAME,
    NUM,
    PRIVATE_NAME,
    REGEX,
    STRING,
    TEMPLATE,
    TEMPLATE_HEAD,
    TEMPLATE_MIDDLE,
    TEMPLATE_TAIL,
)

# https://tc39.es/ecma262/#sec-white-space: TAB VT FF ZWNBSP and every Zs (SP NBSP ...).
_WHITESPACE = "\t\v\f \xa0\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000"
# https://tc39.es/ecma262/#sec-line-terminators
_LINE_TERMINATORS = "\n\r\u2028\u2029"
_ANY_LINE_TERMINATOR = re.compile(f"[{_LINE_TERMINATORS}]")
_LINE_TERMINATOR_SEQUENCE = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_REST_OF_LINE = re.compile(f"[^{_LINE_TERMINATORS}]*+")

# https://tc39.es/ecma262/#sec-comments; the multi-line form is the classic unrolled loop.
_MULTI_LINE_COMMENT = r"/\*[^*]*+\*++(?:[^/*][^*]*+\*++)*+/"
_SINGLE_LINE_COMMENT = f"//[^{_LINE_TERMINATORS}]*+"
# https://tc39.es/ecma262/#sec-html-like-comments (scripts only): `<!--` anywhere.
# `-->` depends on what precedes it on its line, so the scanner handles it.
_HTML_OPEN_COMMENT = f"<!--[^{_LINE_TERMINATORS}]*+"


def _trivia(*comment_forms: str) -> str:
    return "(?:[" + _WHITESPACE + _LINE_TERMINATORS + "]++|" + "|".join(comment_forms) + ")*+"


_UNICODE_ESCAPE = r"\\u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]++\})"
_ID_START_CLASS = "[A-Za-z$_" + NON_ASCII_ID_START + "]"
_ID_PART_CLASS = "[A-Za-z0-9$_\u200c\u200d" + NON_ASCII_ID_CONTINUE + "]"
# Anything that may not follow an ASCII identifier or a number on the fast path.
_NOT_AFTER_FAST = r"(?![A-Za-z0-9$_\\\x80-\U0010FFFF])"

# Longest first within each family, so that alternation order gives the longest match;
# families roughly by frequency. `--` is a group of its own (HTML close comments), and
# `/`, `/=` too (they may start a comment or, for the parser, a regular expression).
_PUNCTUATOR = r"""
    [{}()\[\];,~:]
  | \.\.\. | \.(?![0-9])
  | === | !== | == | != | => | = | !
  | \+\+ | \+= | \+ | -= | -
  | &&= | && | &= | &
  | \|\|= | \|\| | \|= | \|
  | >>>= | >>> | >>= | >> | >= | >
  | <<= | << | <= | <
  | \?\?= | \?\? | \?\.(?![0-9]) | \?
  | \*\*= | \*\* | \*= | \*
  | %= | % | \^= | \^
"""

# The token alternatives of the master pattern, after the leading trivia.
_TOKEN = rf"""
    (?P<name>[A-Za-z$_][A-Za-z0-9$_]*+){_NOT_AFTER_FAST}
  | (?P<decrement>--)
  | (?P<punctuator>{_PUNCTUATOR})
  | (?P<string>"[^"\\\n\r\u2028\u2029]*+"|'[^'\\\n\r\u2028\u2029]*+')
  | (?P<decimal>(?>(?:0|[1-9][0-9]*+)(?:\.[0-9]*+)?(?:[eE][+-]?[0-9]++)?
                  | \.[0-9]++(?:[eE][+-]?[0-9]++)?){_NOT_AFTER_FAST})
  | (?P<slash>/=?)
  | (?P<template>`)
  | (?P<other>[\s\S])
  | (?P<eof>\Z)
"""


def _master(*comment_forms: str) -> re.Pattern[str]:
    return re.compile(_trivia(*comment_forms) + "(?:" + _TOKEN + ")", re.VERBOSE)


_SCRIPT_TOKEN = _master(_MULTI_LINE_COMMENT, _SINGLE_LINE_COMMENT, _HTML_OPEN_COMMENT)
_MODULE_TOKEN = _master(_MULTI_LINE_COMMENT, _SINGLE_LINE_COMMENT)

# https://tc39.es/ecma262/#prod-IdentifierName, escapes included; checked after the match.
_IDENTIFIER_NAME = re.compile(
    f"(?:{_ID_START_CLASS}|{_UNICODE_ESCAPE})(?:{_ID_PART_CLASS}|{_UNICODE_ESCAPE})*+"
)
_IDENTIFIER_ESCAPE = re.compile(r"\\u(?:\{([0-9a-fA-F]++)\}|([0-9a-fA-F]{4}))")
_ID_START_CHAR = re.compile(_ID_START_CLASS)

# https://tc39.es/ecma262/#sec-literals-numeric-literals, loosely (separators anywhere),
# so that a misplaced `_` gets a precise error instead of ending the token.
_NUMBER_LOOSE = re.compile(
    r"""
    0[xX](?P<hex>[0-9a-fA-F_]*+)
  | 0[oO](?P<octal>[0-7_]*+)
  | 0[bB](?P<binary>[01_]*+)
  | (?P<integer>[0-9][0-9_]*+)?(?P<dot>\.(?P<fraction>[0-9_]*+))?(?P<exponent>[eE][+-]?(?P<exponent_digits>[0-9_]*+))?
    """,
    re.VERBOSE,
)

# String bodies with escapes; a backslash may escape any code point, a CRLF pair included.
_STRING_LITERAL = {
    '"': re.compile(r'"[^"\\\n\r]*+(?:\\(?:\r\n|[\s\S])[^"\\\n\r]*+)*+"'),
    "'": re.compile(r"'[^'\\\n\r]*+(?:\\(?:\r\n|[\s\S])[^'\\\n\r]*+)*+'"),
}
# TemplateCharacters: up to the closing backtick or `${`.
_TEMPLATE_CHARACTERS = re.compile(r"[^`\\$]*+(?:(?:\\[\s\S]|\$(?!\{))[^`\\$]*+)*+")

# https://tc39.es/ecma262/#sec-literals-regular-expression-literals
_REGEX_BODY = re.compile(
    rf"(?:[^/\\\[{_LINE_TERMINATORS}]++|\\[^{_LINE_TERMINATORS}]"
    rf"|\[(?:[^\]\\{_LINE_TERMINATORS}]++|\\[^{_LINE_TERMINATORS}])*+\])*+"
)
_REGEX_FLAGS = re.compile(_ID_PART_CLASS + "*+")
_VALID_REGEX_FLAGS = frozenset("dgimsuyv")

_SINGLE_CHARACTER_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
# Python refuses int(str) past this many decimal digits; longer BigInts are split.
_MAX_INT_DIGITS = 4000


class _InvalidEscape(Exception):
    """An escape sequence is not valid; ``offset`` is where to report it."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


class Lexer:
    """Tokens of one source text, scanned on demand; see the module docstring."""

    __slots__ = (
        "source", "filename", "module",
        "type", "value", "template_raw", "start", "end", "line", "column",
        "newline_before", "escaped", "legacy_octal", "prev_end",
        "_match", "_line", "_line_start", "_lf_only", "_input_start", "_peeked",
    )  # fmt: skip

    def __init__(self, source: str, filename: str = "<input>", *, module: bool = False) -> None:
        self.source = source
        self.filename = filename
        self.module = module
        self._match = (_MODULE_TOKEN if module else _SCRIPT_TOKEN).match
        # With LF as the only line terminator, lines are counted with str.count.
        self._lf_only = "\r" not in source and "\u2028" not in source and "\u2029" not in source
        self._line = 1
        self._line_start = 0
        self._peeked: tuple | None = None
        self.type = EOF
        self.value: object = None
        self.template_raw = ""
        self.start = self.end = self.prev_end = 0
        self.line, self.column = 1, 0
        self.newline_before = self.escaped = self.legacy_octal = False
        # https://tc39.es/ecma262/#sec-hashbang: only at the very start of the source.
        self._input_start = _REST_OF_LINE.match(source, 2).end() if source.startswith("#!") else 0
        self._scan(self._input_start)

    # ----------------------------------------------------------------- the parser's API

    def next(self) -> None:
        """Advance to the next token (`/` and `}` are punctuators here)."""
        peeked = self._peeked
        if peeked is not None:
            self.restore(peeked)
            return
        self.prev_end = self.end
        self._scan(self.end)

    def peek(self) -> tuple[str, object, bool]:
        """(type, value, newline_before) of the next token, without advancing."""
        peeked = self._peeked
        if peeked is None:
            here = self.snapshot()
            try:
                self.next()
                peeked = self.snapshot()
            finally:
                self.restore(here)
            self._peeked = peeked
        return peeked[0], peeked[1], peeked[7]

    def snapshot(self) -> tuple:
        """The complete lexer state, for ``restore``."""
        return (
            self.type, self.value, self.template_raw, self.start, self.end, self.line, self.column,
            self.newline_before, self.escaped, self.legacy_octal, self.prev_end, self._line, self._line_start,
        )  # fmt: skip

    def restore(self, snap: object) -> None:
        """Return to a state saved by ``snapshot``."""
        (
            self.type, self.value, self.template_raw, self.start, self.end, self.line, self.column,
            self.newline_before, self.escaped, self.legacy_octal, self.prev_end, self._line, self._line_start,
        ) = snap  # type: ignore[misc]  # fmt: skip
        self._peeked = None

    def error(self, message: str, offset: int | None = None) -> NoReturn:
        """Raise a JSSyntaxError at ``offset`` (default: the current token's start)."""
        raise JSSyntaxError(message, self.source, self.start if offset is None else offset, self.filename)

    def rescan_regex(self) -> None:
        """Read the current `/` or `/=` token again as a RegularExpressionLiteral."""
        # https://tc39.es/ecma262/#sec-literals-regular-expression-literals
        src = self.source
        start = self.start
        body_end = _REGEX_BODY.match(src, start + 1).end()
        if body_end >= len(src) or src[body_end] != "/":
            self.error("Unterminated regular expression literal")
        flags_end = _REGEX_FLAGS.match(src, body_end + 1).end()
        if src.startswith("\\", flags_end):
            self.error("Invalid regular expression flags", flags_end)
        body, flags = src[start + 1 : body_end], src[body_end + 1 : flags_end]
        self._check_regex_flags(flags, body_end + 1)
        # https://tc39.es/ecma262/#sec-primary-expression-regular-expression-literals-static-semantics-early-errors
        message = validate_regexp(body, flags)
        if message is not None:
            self.error(f"Invalid regular expression: /{body}/{flags}: {message}")
        self._peeked = None
        self.type = REGEX
        self.value = (body, flags)
        self.end = flags_end

    def rescan_template_continuation(self) -> None:
        """Read the current `}` token again as a TemplateMiddle or TemplateTail."""
        self._peeked = None
        self._scan_template(self.start, TEMPLATE_MIDDLE, TEMPLATE_TAIL)

    # ----------------------------------------------------------------- scanning

    def _scan(self, pos: int) -> None:
        """Skip trivia from ``pos`` and scan one token (the hot path)."""
        src = self.source
        newline = False
        at_input_start = pos == self._input_start
        while True:
            m = self._match(src, pos)
            kind = m.lastgroup
            start, end = m.span(kind)
            if start != pos and _ANY_LINE_TERMINATOR.search(src, pos, start) is not None:
                newline = True
                self._count_lines(pos, start)
            if kind != "decrement" or not self._is_html_close_comment(start, newline or at_input_start):
                break
            pos = _REST_OF_LINE.match(src, start).end()
        self.newline_before = newline
        self.start = start
        self.end = end  # the scanners of the rarer kinds below set their own
        self.line = self._line
        self.column = start - self._line_start
        self.escaped = self.legacy_octal = False
        if kind == "name":
            self.type = NAME
            self.value = src[start:end]
        elif kind == "punctuator" or kind == "decrement":
            self.type = self.value = src[start:end]
        elif kind == "decimal":
            self.type = NUM
            self.value = float(src[start:end])
        elif kind == "string":
            self.type = STRING
            self.value = src[start + 1 : end - 1]
        elif kind == "slash":
            if src.startswith("*", end):
                self.error("Unterminated comment")
            self.type = self.value = src[start:end]
        elif kind == "template":
            self._scan_template(start, TEMPLATE_HEAD, TEMPLATE)
        elif kind == "eof":
            self.type = EOF
            self.value = None
        else:
            self._scan_other(start)

    def _is_html_close_comment(self, start: int, at_line_start: bool) -> bool:
        # https://tc39.es/ecma262/#sec-html-like-comments: `-->` with only whitespace and
        # comments before it on its line (SingleLineHTMLCloseComment, or the
        # HTMLCloseComment after a MultiLineComment that contains a line terminator).
        return at_line_start and not self.module and self.source.startswith(">", start + 2)

    def _count_lines(self, begin: int, end: int) -> None:
        """Advance the line counters over the line terminators in source[begin:end]."""
        src = self.source
        if self._lf_only:
            count = src.count("\n", begin, end)
            if count:
                self._line += count
                self._line_start = src.rfind("\n", begin, end) + 1
            return
        last = None
        count = 0
        for last in _LINE_TERMINATOR_SEQUENCE.finditer(src, begin, end):
            count += 1
        if last is not None:
            self._line += count
            self._line_start = last.end()

    def _scan_other(self, start: int) -> None:
        """Tokens the master pattern leaves to Python: by their first character."""
        src = self.source
        ch = src[start]
        if ch == '"' or ch == "'":
            self._scan_string(start)
        elif "0" <= ch <= "9" or ch == ".":
            self._scan_number(start)
        elif ch == "#":
            self._scan_private_name(start)
        elif ch == "\\" or ch in "$_" or ch.isascii() and ch.isalpha() or _ID_START_CHAR.match(ch):
            self.type = NAME
            self.value, self.end, self.escaped = self._scan_identifier_name(start)
        else:
            self.error("Invalid or unexpected token")

    # ----------------------------------------------------------------- names

    def _scan_identifier_name(self, start: int) -> tuple[str, int, bool]:
        """(name with escapes decoded, end, had escapes) of the IdentifierName at ``start``."""
        # https://tc39.es/ecma262/#sec-names-and-keywords
        src = self.source
        m = _IDENTIFIER_NAME.match(src, start)
        if m is None:
            escape = src.startswith("\\", start)
            self.error("Invalid Unicode escape sequence" if escape else "Invalid or unexpected token", start)
        end = m.end()
        if src.startswith("\\", end):
            self.error("Invalid Unicode escape sequence", end)
        text = m.group()
        if "\\" not in text:
            return text, end, False
        return self._decode_identifier_escapes(text, start), end, True

    def _decode_identifier_escapes(self, text: str, start: int) -> str:
        # https://tc39.es/ecma262/#sec-identifier-names-static-semantics-early-errors:
        # an escape must itself denote a character allowed at its place.
        def decode(m: re.Match[str]) -> str:
            cp = int(m.group(1) or m.group(2), 16)
            offset = start + m.start()
            if cp > 0x10FFFF:
                self.error("Undefined Unicode code-point", offset)
            ch = chr(cp)
            allowed = is_identifier_start(ch) if m.start() == 0 else is_identifier_part(ch)
            if not allowed:
                self.error("Invalid Unicode escape sequence", offset)
            return ch

        return _IDENTIFIER_ESCAPE.sub(decode, text)

    def _scan_private_name(self, start: int) -> None:
        # https://tc39.es/ecma262/#prod-PrivateIdentifier
        src = self.source
        nxt = start + 1
        if nxt >= len(src) or not (src[nxt] == "\\" or _ID_START_CHAR.match(src, nxt)):
            self.error("Invalid or unexpected token")
        self.type = PRIVATE_NAME
        self.value, self.end, self.escaped = self._scan_identifier_name(nxt)

    # ----------------------------------------------------------------- numbers

    def _scan_number(self, start: int) -> None:
        # https://tc39.es/ecma262/#sec-literals-numeric-literals
        src = self.source
        m = _NUMBER_LOOSE.match(src, start)
        for group, base in (("hex", 16), ("octal", 8), ("binary", 2)):
            digits = m.group(group)
            if digits is not None:
                self._check_separators(digits, start + 2, empty_message="Invalid or unexpected token")
                self._finish_integer(digits.replace("_", ""), base, m.end())
                return
        integer = m.group("integer") or ""
        if len(integer) > 1 and integer[0] == "0":
            self._scan_legacy_number(start, m)
            return
        self._check_separators(integer, start, empty_message=None)
        self._check_fraction_and_exponent(m)
        if m.group("dot") is None and m.group("exponent") is None:
            self._finish_integer(integer.replace("_", ""), 10, m.end())
            return
        self._finish_number(float(m.group().replace("_", "")), m.end())

    def _scan_legacy_number(self, start: int, m: re.Match[str]) -> None:
        """`017` (LegacyOctalIntegerLiteral) or `08`, `09.5` (NonOctalDecimalIntegerLiteral)."""
        # https://tc39.es/ecma262/#sec-additional-syntax-numeric-literals
        integer = m.group("integer")
        separator = integer.find("_")
        if separator >= 0:
            self.error("Numeric separators are not allowed in legacy octal-like literals", start + separator)
        self.legacy_octal = True
        if integer.strip("01234567") == "":
            self._finish_number(float(int(integer, 8)), start + len(integer))
            return
        self._check_fraction_and_exponent(m)
        self._finish_number(float(m.group().replace("_", "")), m.end())

    def _check_fraction_and_exponent(self, m: re.Match[str]) -> None:
        if m.group("dot") is not None:
            self._check_separators(m.group("fraction"), m.start("fraction"), empty_message=None)
        if m.group("exponent") is not None:
            digits_at = m.start("exponent_digits")
            self._check_separators(m.group("exponent_digits"), digits_at, "Invalid or unexpected token")

    def _check_separators(self, digits: str, offset: int, empty_message: str | None) -> None:
        """Early errors of NumericLiteralSeparator: only single `_` between two digits."""
        if not digits:
            if empty_message is not None:
                self.error(empty_message, offset)
            return
        if "_" not in digits:
            return
        if digits[0] == "_":
            self.error("Numeric separators are not allowed here", offset)
        double = digits.find("__")
        if double >= 0:
            self.error("Only one underscore is allowed as numeric separator", offset + double + 1)
        if digits[-1] == "_":
            self.error("Numeric separators are not allowed at the end of numeric literals", offset + len(digits) - 1)

    def _finish_integer(self, digits: str, base: int, end: int) -> None:
        """An integer literal ending at ``end``, a BigInt if `n` follows."""
        if self.source.startswith("n", end):
            self.type = BIGINT
            self.value = _parse_int(digits, base)
            self._check_after_number(end + 1)
            self.end = end + 1
            return
        self._finish_number(_int_to_float(_parse_int(digits, base)), end)

    def _finish_number(self, value: float, end: int) -> None:
        if self.source.startswith("n", end):
            self.error("Invalid BigInt literal", self.start)
        self._check_after_number(end)
        self.type = NUM
        self.value = value
        self.end = end

    def _check_after_number(self, end: int) -> None:
        # https://tc39.es/ecma262/#sec-literals-numeric-literals: "The SourceCharacter
        # immediately following a NumericLiteral must not be an IdentifierStart or DecimalDigit."
        src = self.source
        if end < len(src):
            ch = src[end]
            if "0" <= ch <= "9" or ch == "\\" or _ID_START_CHAR.match(ch):
                self.error("Invalid or unexpected token", end)

    # ----------------------------------------------------------------- strings

    def _scan_string(self, start: int) -> None:
        # https://tc39.es/ecma262/#sec-literals-string-literals
        src = self.source
        m = _STRING_LITERAL[src[start]].match(src, start)
        if m is None:
            self.error("Invalid or unexpected token: unterminated string literal")
        end = m.end()
        try:
            value, legacy = _cook(src, start + 1, end - 1, template=False)
        except _InvalidEscape as exc:
            self.error(exc.message, exc.offset)
        self.type = STRING
        self.value = value
        self.legacy_octal = legacy
        self.end = end
        # Test the source, not the cooked value: a line continuation leaves no newline in it.
        if not self._lf_only or src.find("\n", start, end) >= 0:
            self._count_lines(start, end)

    # ----------------------------------------------------------------- templates

    def _scan_template(self, start: int, open_type: str, closed_type: str) -> None:
        """The template span from the backtick or `}` at ``start`` to its backtick or `${`."""
        # https://tc39.es/ecma262/#sec-template-literal-lexical-components
        src = self.source
        body_start = start + 1
        body_end = _TEMPLATE_CHARACTERS.match(src, body_start).end()
        if src.startswith("`", body_end):
            self.type, end = closed_type, body_end + 1
        elif src.startswith("${", body_end):
            self.type, end = open_type, body_end + 2
        else:
            self.error("Unterminated template literal")
        raw = src[body_start:body_end]
        if "\r" in raw:
            # https://tc39.es/ecma262/#sec-static-semantics-trv: CR and CRLF both become LF.
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        self.template_raw = raw
        self.value = _cook_template(raw)
        self.escaped = self.legacy_octal = False
        self.end = end
        self._count_lines(body_start, body_end)

    # ----------------------------------------------------------------- regular expressions

    def _check_regex_flags(self, flags: str, offset: int) -> None:
        # https://tc39.es/ecma262/#sec-primary-expression-regular-expression-literals-static-semantics-early-errors
        for i, flag in enumerate(flags):
            if flag not in _VALID_REGEX_FLAGS:
                self.error(f"Invalid regular expression flag '{flag}'", offset + i)
            if flag in flags[:i]:
                self.error(f"Duplicate regular expression flag '{flag}'", offset + i)
        if "u" in flags and "v" in flags:
            self.error("Regular expression flags 'u' and 'v' cannot be used together", offset)


# --------------------------------------------------------------------- escapes and values


def _cook_template(raw: str) -> str | None:
    """The TV of a template span: its cooked value, or None if an escape is invalid."""
    # https://tc39.es/ecma262/#sec-static-semantics-tv
    if "\\" not in raw:
        return raw
    try:
        return _cook(raw, 0, len(raw), template=True)[0]
    except _InvalidEscape:
        return None


def _cook(src: str, begin: int, end: int, *, template: bool) -> tuple[str, bool]:
    """(value, has legacy octal escape) of the string or template text src[begin:end].

    Raises _InvalidEscape for an escape the grammar does not allow.
    """
    # https://tc39.es/ecma262/#sec-static-semantics-sv
    parts: list[str] = []
    legacy = False
    surrogates = False
    pos = begin
    while True:
        backslash = src.find("\\", pos, end)
        if backslash < 0:
            parts.append(src[pos:end])
            break
        parts.append(src[pos:backslash])
        text, pos, kind = _escape(src, backslash, end, template)
        parts.append(text)
        legacy = legacy or kind == "legacy"
        surrogates = surrogates or kind == "surrogate"
    value = "".join(parts)
    if surrogates:
        # An escaped UTF-16 pair (\uD83D\uDE00) is one code point in a Python str.
        value = _SURROGATE_PAIR.sub(_combine_surrogates, value)
    return value, legacy


def _combine_surrogates(m: re.Match[str]) -> str:
    high, low = m.group()
    return chr(0x10000 + ((ord(high) - 0xD800) << 10) + (ord(low) - 0xDC00))


def _escape(src: str, backslash: int, end: int, template: bool) -> tuple[str, int, str]:
    """(cooked text, position after, kind) of the escape at ``backslash``.

    kind is "legacy" for a legacy octal or \\8 \\9 escape, "surrogate" when a \\u
    escape denotes a surrogate code unit, else "".
    """
    # https://tc39.es/ecma262/#prod-EscapeSequence
    i = backslash + 1
    ch = src[i]
    simple = _SINGLE_CHARACTER_ESCAPES.get(ch)
    if simple is not None:
        return simple, i + 1, ""
    if ch == "\r":  # LineContinuation: CRLF counts as one terminator.
        return "", (i + 2 if src.startswith("\n", i + 1) else i + 1), ""
    if ch in "\n\u2028\u2029":
        return "", i + 1, ""
    if ch == "x":
        digits = src[i + 1 : i + 3]
        if len(digits) < 2 or not _is_hex(digits) or i + 3 > end:
            raise _InvalidEscape("Invalid hexadecimal escape sequence", backslash)
        return chr(int(digits, 16)), i + 3, ""
    if ch == "u":
        return _unicode_escape(src, backslash, end)
    if "0" <= ch <= "9":
        return _digit_escape(src, backslash, end, template)
    return ch, i + 1, ""


def _unicode_escape(src: str, backslash: int, end: int) -> tuple[str, int, str]:
    # https://tc39.es/ecma262/#prod-UnicodeEscapeSequence
    i = backslash + 2
    if src.startswith("{", i):
        close = src.find("}", i + 1, end)
        digits = src[i + 1 : close] if close >= 0 else ""
        if not digits or not _is_hex(digits):
            raise _InvalidEscape("Invalid Unicode escape sequence", backslash)
        cp = int(digits, 16)
        if cp > 0x10FFFF:
            raise _InvalidEscape("Undefined Unicode code-point", backslash)
        after = close + 1
    else:
        digits = src[i : i + 4]
        if len(digits) < 4 or i + 4 > end or not _is_hex(digits):
            raise _InvalidEscape("Invalid Unicode escape sequence", backslash)
        cp = int(digits, 16)
        after = i + 4
    return chr(cp), after, ("surrogate" if 0xD800 <= cp <= 0xDFFF else "")


def _digit_escape(src: str, backslash: int, end: int, template: bool) -> tuple[str, int, str]:
    """`\\0`, a legacy octal escape, or `\\8` `\\9` (the last two not in templates)."""
    i = backslash + 1
    nxt = src[i + 1] if i + 1 < end else ""
    if src[i] == "0" and not ("0" <= nxt <= "9"):
        return "\0", i + 1, ""
    if template:
        # https://tc39.es/ecma262/#prod-NotEscapeSequence: no octal in templates.
        raise _InvalidEscape("Octal escape sequences are not allowed in template strings", backslash)
    if src[i] in "89":
        # https://tc39.es/ecma262/#prod-NonOctalDecimalEscapeSequence
        return src[i], i + 1, "legacy"
    # https://tc39.es/ecma262/#prod-LegacyOctalEscapeSequence: longest match, at most \377.
    limit = 3 if src[i] <= "3" else 2
    j = i + 1
    while j < end and j - i < limit and "0" <= src[j] <= "7":
        j += 1
    return chr(int(src[i:j], 8)), j, "legacy"


def _is_hex(text: str) -> bool:
    return text.strip("0123456789abcdefABCDEF") == ""


def _parse_int(digits: str, base: int) -> int:
    """int(digits, base), also past Python's limit on long decimal strings (subquadratic)."""
    if base != 10 or len(digits) <= _MAX_INT_DIGITS:
        return int(digits, base)
    half = len(digits) // 2
    return _parse_int(digits[:half], 10) * 10 ** (len(digits) - half) + _parse_int(digits[half:], 10)


def _int_to_float(value: int) -> float:
    """The Number value of an integer literal (correctly rounded; Infinity past the range)."""
    try:
        return float(value)
    except OverflowError:
        return float("inf")
