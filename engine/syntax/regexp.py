"""Early errors of RegularExpressionLiteral patterns: is the body a valid Pattern under its flags?

https://tc39.es/ecma262/#sec-regular-expressions-patterns (with `u` or `v`: the strict
grammar, `v` adding class set syntax) and, without them, the web-compatible grammar of
Annex B https://tc39.es/ecma262/#sec-regular-expressions-patterns (B.1.2).

Only validation lives here; matching is a runtime concern. The checker walks the
pattern once, left to right, with an explicit stack for groups and for nested
classes, so no pattern can exhaust the Python stack.

Without `u`/`v` a pattern is a sequence of UTF-16 code units (an astral character is
two of them, so ``/[😀-😂]/`` is a range out of order, as in every engine); with them it
is a sequence of code points.
"""
from __future__ import annotations

import re

from engine.syntax.identifiers import is_identifier_part, is_identifier_start
from engine.syntax.unicode_properties import (
    BINARY_PROPERTIES,
    GENERAL_CATEGORY_VALUES,
    NON_BINARY_PROPERTIES,
    SCRIPT_VALUES,
    STRING_PROPERTIES,
)

# https://tc39.es/ecma262/#prod-SyntaxCharacter
_SYNTAX_CHARACTERS = frozenset("^$\\.*+?()[]{}|")
# https://tc39.es/ecma262/#prod-ControlEscape
_CONTROL_ESCAPES = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
# https://tc39.es/ecma262/#prod-CharacterClassEscape (p and P are handled apart).
_CLASS_ESCAPES = frozenset("dDsSwW")
# https://tc39.es/ecma262/#prod-ClassSetReservedDoublePunctuator
_CLASS_SET_RESERVED_DOUBLE = frozenset("&& !! ## $$ %% ** ++ ,, .. :: ;; << == >> ?? @@ ^^ `` ~~".split())
# https://tc39.es/ecma262/#prod-ClassSetSyntaxCharacter
_CLASS_SET_SYNTAX = frozenset("()[]{}/-\\|")
# https://tc39.es/ecma262/#prod-ClassSetReservedPunctuator
_CLASS_SET_RESERVED_PUNCTUATORS = frozenset("&-!#%,:;<=>@`~")

# Runs of characters that are plain literals, skipped in one step.
_PLAIN_RUN = re.compile(r"[^\\^$.*+?()\[\]{}|]+")
_PLAIN_CLASS_RUN = re.compile(r"[^\\\]\-]+")
_PLAIN_CLASS_SET_RUN = re.compile(r"[^()\[\]{}/\-\\|&!#$%*+,.:;<=>?@^`~]+")
# https://tc39.es/ecma262/#prod-QuantifierPrefix (braced forms).
_BRACED_QUANTIFIER = re.compile(r"\{([0-9]++)(,([0-9]*+))?\}")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_HEX2 = re.compile(r"[0-9a-fA-F]{2}")
_BRACED_HEX = re.compile(r"\{([0-9a-fA-F]++)\}")
_DECIMAL_DIGITS = re.compile(r"[0-9]++")
_LEGACY_OCTAL = re.compile(r"[0-3][0-7]{0,2}|[4-7][0-7]?")
# https://tc39.es/ecma262/#prod-UnicodePropertyValueExpression
_PROPERTY_EXPRESSION = re.compile(r"\{([A-Za-z_]++)(?:=([A-Za-z0-9_]++))?\}")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class _PatternError(Exception):
    """A syntax error in the pattern; the message says what."""


def validate_regexp(body: str, flags: str) -> str | None:
    """An error message if ``body`` is not a valid Pattern under ``flags``, else None.

    ``flags`` are assumed already checked (only `dgimsuyv`, no repeats, not both u and v).
    """
    # https://tc39.es/ecma262/#sec-parsepattern
    unicode_mode = "u" in flags or "v" in flags
    try:
        if unicode_mode:
            _PatternChecker(body, unicode_mode=True, sets_mode="v" in flags, named_groups=True).check()
            return None
        units = _ASTRAL.sub(_to_surrogates, body)
        checker = _PatternChecker(units, unicode_mode=False, sets_mode=False, named_groups=False)
        checker.check()
        if checker.group_names:
            # A pattern with a GroupName is parsed again with [+NamedCaptureGroups].
            _PatternChecker(units, unicode_mode=False, sets_mode=False, named_groups=True).check()
    except _PatternError as exc:
        return str(exc)
    return None


def _to_surrogates(m: re.Match[str]) -> str:
    cp = ord(m.group()) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _numeric_greater(a: str, b: str) -> bool:
    """int(a) > int(b) for decimal digit strings of any length (no int() size limit)."""
    a, b = a.lstrip("0"), b.lstrip("0")
    return (len(a), a) > (len(b), b)


class _ClassFrame:
    """One `[` ... `]` of a v-mode class being read (https://tc39.es/ecma262/#prod-ClassSetExpression)."""

    __slots__ = ("negated", "kind", "expect_operand", "may_contain_strings")

    def __init__(self, negated: bool) -> None:
        self.negated = negated
        # None (empty), "single" (one operand), "union", "&&" or "--".
        self.kind: str | None = None
        self.expect_operand = False  # just after `&&` or `--`
        self.may_contain_strings = False


class _PatternChecker:
    """Walks one pattern; ``check`` raises _PatternError at the first error."""

    __slots__ = (
        "text", "pos", "unicode_mode", "sets_mode", "named_groups",
        "capture_count", "group_names", "backreferences", "named_references",
    )  # fmt: skip

    def __init__(self, text: str, *, unicode_mode: bool, sets_mode: bool, named_groups: bool) -> None:
        self.text = text
        self.pos = 0
        self.unicode_mode = unicode_mode  # [+UnicodeMode]: u or v
        self.sets_mode = sets_mode  # [+UnicodeSetsMode]: v
        self.named_groups = named_groups  # [+NamedCaptureGroups]
        self.capture_count = 0
        self.group_names: set[str] = set()
        self.backreferences: list[str] = []  # DecimalEscape digits
        self.named_references: list[str] = []

    # ----------------------------------------------------------------- Pattern

    def check(self) -> None:
        # https://tc39.es/ecma262/#prod-Pattern
        self._disjunction()
        # https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors
        if self.unicode_mode:
            for digits in self.backreferences:
                if _numeric_greater(digits, str(self.capture_count)):
                    raise _PatternError("Invalid escape: no such capturing group")
        for name in self.named_references:
            if name not in self.group_names:
                raise _PatternError(f"Invalid named capture referenced: {name}")

    def _disjunction(self) -> None:
        """Alternatives, terms and groups, with an explicit stack of open groups."""
        text = self.text
        end = len(text)
        open_groups: list[str] = []  # kind of each open group
        quantifiable = False  # may a quantifier follow what came just before?
        while self.pos < end:
            ch = text[self.pos]
            if ch == "|":
                self.pos += 1
                quantifiable = False
            elif ch == "(":
                open_groups.append(self._group_open())
                quantifiable = False
            elif ch == ")":
                if not open_groups:
                    raise _PatternError("Unmatched ')'")
                kind = open_groups.pop()
                self.pos += 1
                # Annex B: a lookahead is a QuantifiableAssertion without u/v; a lookbehind never is.
                quantifiable = kind == "group" or (kind == "lookahead" and not self.unicode_mode)
            elif ch in "^$":
                self.pos += 1
                quantifiable = False
            elif ch in "*+?":
                if not quantifiable:
                    raise _PatternError("Nothing to repeat")
                self._finish_quantifier(self.pos + 1)
                quantifiable = False
            elif ch == "{":
                quantifiable = self._brace(quantifiable)
            elif ch in "}]":
                if self.unicode_mode:
                    raise _PatternError("Lone quantifier brackets" if ch == "}" else "Lone ']'")
                self.pos += 1
                quantifiable = True
            elif ch == "[":
                if self.sets_mode:
                    self._class_set()
                else:
                    self._class_ranges()
                quantifiable = True
            elif ch == "\\":
                quantifiable = self._atom_escape()
            else:
                run = _PLAIN_RUN.match(text, self.pos)
                self.pos = run.end() if run else self.pos + 1
                quantifiable = True
        if open_groups:
            raise _PatternError("Unterminated group")

    def _group_open(self) -> str:
        """Read `(`, `(?:`, a lookaround or a named group opener; return the group's kind."""
        # https://tc39.es/ecma262/#prod-Atom and #prod-Assertion
        text = self.text
        pos = self.pos
        if not text.startswith("?", pos + 1):
            self.capture_count += 1
            self.pos = pos + 1
            return "group"
        for opener, kind in (("(?:", "group"), ("(?=", "lookahead"), ("(?!", "lookahead"),
                             ("(?<=", "lookbehind"), ("(?<!", "lookbehind")):  # fmt: skip
            if text.startswith(opener, pos):
                self.pos = pos + len(opener)
                return kind
        if text.startswith("(?<", pos):
            self.pos = pos + 3
            name = self._group_name()
            # ES2024: a name may be declared only once in the whole pattern.
            if name in self.group_names:
                raise _PatternError(f"Duplicate capture group name: {name}")
            self.group_names.add(name)
            self.capture_count += 1
            return "group"
        raise _PatternError("Invalid group")

    # ----------------------------------------------------------------- quantifiers

    def _brace(self, quantifiable: bool) -> bool:
        """`{` as a braced quantifier or (Annex B) a literal; returns the new ``quantifiable``."""
        m = _BRACED_QUANTIFIER.match(self.text, self.pos)
        if m is None:
            if self.unicode_mode:
                raise _PatternError("Incomplete quantifier")
            self.pos += 1  # Annex B ExtendedPatternCharacter
            return True
        if not quantifiable:
            # Annex B InvalidBracedQuantifier is an early error too.
            raise _PatternError("Nothing to repeat")
        if m.group(3) and _numeric_greater(m.group(1), m.group(3)):
            raise _PatternError("numbers out of order in {} quantifier")
        self._finish_quantifier(m.end())
        return False

    def _finish_quantifier(self, after: int) -> None:
        """Skip the optional `?` that makes a quantifier lazy."""
        self.pos = after + 1 if self.text.startswith("?", after) else after

    # ----------------------------------------------------------------- escapes outside classes

    def _atom_escape(self) -> bool:
        """`\\...` outside a class; returns whether a quantifier may follow (not after \\b, \\B)."""
        # https://tc39.es/ecma262/#prod-AtomEscape
        text = self.text
        pos = self.pos + 1
        if pos >= len(text):
            raise _PatternError("\\ at end of pattern")
        ch = text[pos]
        if ch in "bB":
            self.pos = pos + 1
            return False
        if "1" <= ch <= "9":
            digits = _DECIMAL_DIGITS.match(text, pos).group()
            self.backreferences.append(digits)
            # Annex B: without u, \N beyond the group count is a legacy octal or identity escape.
            self.pos = pos + len(digits)
            return True
        if ch == "k" and self.named_groups:
            self._named_reference(pos + 1)
            return True
        if ch in _CLASS_ESCAPES:
            self.pos = pos + 1
            return True
        if ch in "pP" and self.unicode_mode:
            self._property_escape(pos)
            return True
        if self.sets_mode and ch == "q":
            raise _PatternError("Invalid escape: \\q is only allowed in a character class")
        self._character_escape(in_class=False)
        return True

    def _named_reference(self, pos: int) -> None:
        # https://tc39.es/ecma262/#prod-AtomEscape: k GroupName
        if not self.text.startswith("<", pos):
            raise _PatternError("Invalid named reference")
        self.pos = pos + 1
        self.named_references.append(self._group_name())

    def _character_escape(self, *, in_class: bool) -> int:
        """The code unit or point of the CharacterEscape after the `\\` at ``self.pos``."""
        # https://tc39.es/ecma262/#prod-CharacterEscape and B.1.2
        text = self.text
        pos = self.pos + 1
        ch = text[pos]
        if ch in _CONTROL_ESCAPES:
            self.pos = pos + 1
            return _CONTROL_ESCAPES[ch]
        if ch == "c":
            return self._control_letter(pos, in_class)
        if ch == "0" and not (pos + 1 < len(text) and "0" <= text[pos + 1] <= "9"):
            self.pos = pos + 1
            return 0
        if "0" <= ch <= "9":
            return self._legacy_decimal_escape(pos)
        if ch == "x":
            m = _HEX2.match(text, pos + 1)
            if m is not None:
                self.pos = m.end()
                return int(m.group(), 16)
            if self.unicode_mode:
                raise _PatternError("Invalid escape")
            self.pos = pos + 1  # Annex B: \x is an identity escape
            return ord("x")
        if ch == "u":
            return self._unicode_escape(pos)
        return self._identity_escape(pos, in_class)

    def _control_letter(self, pos: int, in_class: bool) -> int:
        """`\\c` ControlLetter; Annex B also \\c0-9 and \\c_ in classes, else a literal `\\`."""
        nxt = self.text[pos + 1 : pos + 2]
        if nxt.isascii() and nxt.isalpha():
            self.pos = pos + 2
            return ord(nxt) % 32
        if self.unicode_mode:
            raise _PatternError("Invalid unicode escape")
        if in_class and (nxt == "_" or "0" <= nxt <= "9"):
            self.pos = pos + 2  # Annex B ClassControlLetter
            return ord(nxt) % 32
        self.pos = pos  # Annex B: `\` [lookahead = c] is the backslash itself
        return ord("\\")

    def _legacy_decimal_escape(self, pos: int) -> int:
        """`\\0` before a digit, or `\\1`-`\\9` in a class: Annex B legacy octal or identity."""
        if self.unicode_mode:
            raise _PatternError("Invalid decimal escape" if self.text[pos] == "0" else "Invalid class escape")
        m = _LEGACY_OCTAL.match(self.text, pos)
        if m is None:  # \8 \9: IdentityEscape
            self.pos = pos + 1
            return ord(self.text[pos])
        self.pos = m.end()
        return int(m.group(), 8)

    def _unicode_escape(self, pos: int) -> int:
        # https://tc39.es/ecma262/#prod-RegExpUnicodeEscapeSequence
        text = self.text
        m = _HEX4.match(text, pos + 1)
        if self.unicode_mode:
            if m is None:
                braced = _BRACED_HEX.match(text, pos + 1)
                if braced is None or int(braced.group(1), 16) > 0x10FFFF:
                    raise _PatternError("Invalid Unicode escape")
                self.pos = braced.end()
                return int(braced.group(1), 16)
            cp = int(m.group(), 16)
            self.pos = m.end()
            if 0xD800 <= cp <= 0xDBFF and text.startswith("\\u", m.end()):
                trail = _HEX4.match(text, m.end() + 2)
                if trail is not None and 0xDC00 <= int(trail.group(), 16) <= 0xDFFF:
                    # u HexLeadSurrogate \u HexTrailSurrogate is one code point.
                    self.pos = trail.end()
                    return 0x10000 + ((cp - 0xD800) << 10) + (int(trail.group(), 16) - 0xDC00)
            return cp
        if m is None:
            self.pos = pos + 1  # Annex B: \u is an identity escape
            return ord("u")
        self.pos = m.end()
        return int(m.group(), 16)

    def _identity_escape(self, pos: int, in_class: bool) -> int:
        # https://tc39.es/ecma262/#prod-IdentityEscape and Annex B SourceCharacterIdentityEscape
        ch = self.text[pos]
        if self.unicode_mode:
            if ch not in _SYNTAX_CHARACTERS and ch != "/" and not (in_class and ch == "-"):
                raise _PatternError("Invalid escape")
        elif ch == "k" and self.named_groups:
            raise _PatternError("Invalid named reference")
        self.pos = pos + 1
        return ord(ch)

    def _property_escape(self, pos: int) -> bool:
        """`\\p{...}` or `\\P{...}` at ``pos`` (the p); returns whether it may match strings."""
        # https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors (UnicodePropertyValueExpression)
        m = _PROPERTY_EXPRESSION.match(self.text, pos + 1)
        if m is None:
            raise _PatternError("Invalid property name")
        self.pos = m.end()
        name, value = m.group(1), m.group(2)
        if value is not None:
            canonical = NON_BINARY_PROPERTIES.get(name)
            values = GENERAL_CATEGORY_VALUES if canonical == "General_Category" else SCRIPT_VALUES
            if canonical is None or value not in values:
                raise _PatternError("Invalid property name")
            return False
        if name in GENERAL_CATEGORY_VALUES or name in BINARY_PROPERTIES:
            return False
        if self.sets_mode and name in STRING_PROPERTIES:
            if self.text[pos] == "P":
                raise _PatternError("Invalid property name: \\P cannot match a property of strings")
            return True
        raise _PatternError("Invalid property name")

    # ----------------------------------------------------------------- group names

    def _group_name(self) -> str:
        """RegExpIdentifierName then `>`, from ``self.pos`` (just after `<`)."""
        # https://tc39.es/ecma262/#prod-GroupName
        text = self.text
        chars: list[str] = []
        while True:
            if self.pos >= len(text):
                raise _PatternError("Invalid capture group name")
            ch = text[self.pos]
            if ch == ">":
                break
            cp = self._group_name_character()
            char = chr(cp)
            if not (is_identifier_start(char) if not chars else is_identifier_part(char)):
                raise _PatternError("Invalid capture group name")
            chars.append(char)
        if not chars:
            raise _PatternError("Invalid capture group name")
        self.pos += 1
        return "".join(chars)

    def _group_name_character(self) -> int:
        """One code point of a group name: a character, an escape, or a surrogate pair."""
        text = self.text
        pos = self.pos
        if text[pos] == "\\":
            # RegExpIdentifierStart/Part :: \ RegExpUnicodeEscapeSequence[+UnicodeMode], in every mode.
            if not text.startswith("u", pos + 1):
                raise _PatternError("Invalid capture group name")
            saved = self.unicode_mode
            self.unicode_mode = True
            try:
                return self._unicode_escape(pos + 1)
            finally:
                self.unicode_mode = saved
        lead = ord(text[pos])
        if 0xD800 <= lead <= 0xDBFF and pos + 1 < len(text) and 0xDC00 <= ord(text[pos + 1]) <= 0xDFFF:
            self.pos = pos + 2  # [~UnicodeMode] UnicodeLeadSurrogate UnicodeTrailSurrogate
            return 0x10000 + ((lead - 0xD800) << 10) + (ord(text[pos + 1]) - 0xDC00)
        self.pos = pos + 1
        return lead

    # ----------------------------------------------------------------- classes without v

    def _class_ranges(self) -> None:
        """`[` ClassContents `]` without the v flag."""
        # https://tc39.es/ecma262/#prod-NonemptyClassRanges and B.1.2
        text = self.text
        end = len(text)
        self.pos += 2 if text.startswith("^", self.pos + 1) else 1
        while True:
            if self.pos >= end:
                raise _PatternError("Unterminated character class")
            if text[self.pos] == "]":
                self.pos += 1
                return
            run = _PLAIN_CLASS_RUN.match(text, self.pos)
            if run is not None:
                # Keep the run's last character for the slow path if a `-` may make it a range start.
                stop = run.end() - 1 if text.startswith("-", run.end()) else run.end()
                if stop > self.pos:
                    self.pos = stop
                    continue
            low = self._class_atom()
            if text.startswith("-", self.pos) and self.pos + 1 < end and text[self.pos + 1] != "]":
                self.pos += 1
                high = self._class_atom()
                self._check_range(low, high)

    def _check_range(self, low: int | None, high: int | None) -> None:
        # https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors (NonemptyClassRanges)
        if low is None or high is None:
            if self.unicode_mode:
                raise _PatternError("Invalid character class")
            return  # Annex B: a class escape in a range is a union of its parts
        if low > high:
            raise _PatternError("Range out of order in character class")

    def _class_atom(self) -> int | None:
        """One ClassAtom: its code unit/point, or None for a class escape (\\d, \\p{..})."""
        # https://tc39.es/ecma262/#prod-ClassAtom
        text = self.text
        pos = self.pos
        if text[pos] != "\\":
            self.pos = pos + 1
            return ord(text[pos])
        if pos + 1 >= len(text):
            raise _PatternError("\\ at end of pattern")
        ch = text[pos + 1]
        if ch == "b":
            self.pos = pos + 2
            return 8
        if ch == "-" and self.unicode_mode:
            self.pos = pos + 2
            return ord("-")
        if ch in _CLASS_ESCAPES:
            self.pos = pos + 2
            return None
        if ch in "pP" and self.unicode_mode:
            self._property_escape(pos + 1)
            return None
        return self._character_escape(in_class=True)

    # ----------------------------------------------------------------- classes with v

    def _class_set(self) -> None:
        """`[` ClassSetExpression `]` with the v flag, nested classes on an explicit stack."""
        # https://tc39.es/ecma262/#prod-ClassSetExpression
        text = self.text
        end = len(text)
        stack = [self._open_class_frame()]
        while stack:
            if self.pos >= end:
                raise _PatternError("Unterminated character class")
            frame = stack[-1]
            ch = text[self.pos]
            if ch == "[":
                stack.append(self._open_class_frame())
            elif ch == "]":
                self.pos += 1
                strings = self._close_class_frame(stack.pop())
                if stack:
                    self._add_operand(stack[-1], strings, is_range=False)
            elif text.startswith("&&", self.pos) or text.startswith("--", self.pos):
                self._add_operator(frame, text[self.pos : self.pos + 2])
            elif ch == "\\" and self.pos + 1 < end and text[self.pos + 1] in "dDsSwWpPq":
                self._add_operand(frame, self._class_set_escape(), is_range=False)
            else:
                self._class_set_range_or_character(frame)

    def _open_class_frame(self) -> _ClassFrame:
        negated = self.text.startswith("^", self.pos + 1)
        self.pos += 2 if negated else 1
        return _ClassFrame(negated)

    def _close_class_frame(self, frame: _ClassFrame) -> bool:
        """Finish a class at its `]`; returns whether it may contain strings."""
        if frame.expect_operand:
            raise _PatternError("Invalid set operation in character class")
        if frame.negated and frame.may_contain_strings:
            # https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors (NestedClass, CharacterClass)
            raise _PatternError("Negated character class may contain strings")
        return frame.may_contain_strings and not frame.negated

    def _add_operator(self, frame: _ClassFrame, operator: str) -> None:
        # https://tc39.es/ecma262/#prod-ClassIntersection and #prod-ClassSubtraction
        self.pos += 2
        if operator == "&&" and self.text.startswith("&", self.pos):
            raise _PatternError("Invalid character in character class")
        if frame.expect_operand or frame.kind not in ("single", operator):
            raise _PatternError("Invalid set operation in character class")
        frame.kind = operator
        frame.expect_operand = True

    def _add_operand(self, frame: _ClassFrame, strings: bool, *, is_range: bool) -> None:
        """Add one ClassSetOperand (or ClassSetRange) to ``frame``, tracking MayContainStrings."""
        # https://tc39.es/ecma262/#sec-static-semantics-maycontainstrings
        if frame.expect_operand:
            if is_range:
                raise _PatternError("Invalid set operation in character class")
            frame.expect_operand = False
            if frame.kind == "&&":
                frame.may_contain_strings = frame.may_contain_strings and strings
            return  # subtraction: only the first operand decides
        if frame.kind in ("&&", "--"):
            raise _PatternError("Invalid set operation in character class")
        frame.kind = "union" if frame.kind is not None or is_range else "single"
        frame.may_contain_strings = frame.may_contain_strings or strings

    def _class_set_escape(self) -> bool:
        """\\d \\p{..} \\q{..} and the like in a v-mode class; returns whether it may contain strings."""
        pos = self.pos
        ch = self.text[pos + 1]
        if ch == "q":
            return self._class_string_disjunction()
        if ch in "pP":
            return self._property_escape(pos + 1)
        self.pos = pos + 2
        return False

    def _class_string_disjunction(self) -> bool:
        """`\\q{` ClassString (`|` ClassString)* `}`; True if some string is not one code point."""
        # https://tc39.es/ecma262/#prod-ClassStringDisjunction
        text = self.text
        if not text.startswith("{", self.pos + 2):
            raise _PatternError("Invalid escape")
        self.pos += 3
        strings = False
        length = 0
        while True:
            if self.pos >= len(text):
                raise _PatternError("Unterminated character class")
            ch = text[self.pos]
            if ch == "}" or ch == "|":
                strings = strings or length != 1
                length = 0
                self.pos += 1
                if ch == "}":
                    return strings
            else:
                self._class_set_character()
                length += 1

    def _class_set_range_or_character(self, frame: _ClassFrame) -> None:
        text = self.text
        run = _PLAIN_CLASS_SET_RUN.match(text, self.pos)
        in_union = not frame.expect_operand and frame.kind not in ("&&", "--")
        if run is not None and run.end() - self.pos > 1 and in_union:
            # Two or more plain characters: a union; the last one may still start a range.
            self.pos = run.end() - 1
            frame.kind = "union"
        low = self._class_set_character()
        if text.startswith("-", self.pos) and not text.startswith("--", self.pos):
            self.pos += 1
            if self.pos >= len(text):
                raise _PatternError("Unterminated character class")
            high = self._class_set_character()
            if low > high:
                raise _PatternError("Range out of order in character class")
            self._add_operand(frame, False, is_range=True)
            return
        self._add_operand(frame, False, is_range=False)

    def _class_set_character(self) -> int:
        """One ClassSetCharacter; its code point."""
        # https://tc39.es/ecma262/#prod-ClassSetCharacter
        text = self.text
        pos = self.pos
        ch = text[pos]
        if ch == "\\":
            if pos + 1 >= len(text):
                raise _PatternError("\\ at end of pattern")
            nxt = text[pos + 1]
            if nxt in _CLASS_SET_RESERVED_PUNCTUATORS:
                self.pos = pos + 2
                return ord(nxt)
            if nxt == "b":
                self.pos = pos + 2
                return 8
            return self._character_escape(in_class=True)
        if text[pos : pos + 2] in _CLASS_SET_RESERVED_DOUBLE:
            raise _PatternError("Invalid set operation in character class")
        if ch in _CLASS_SET_SYNTAX:
            raise _PatternError("Invalid character in character class")
        self.pos = pos + 1
        return ord(ch)
