"""Table-driven tests of engine.syntax.regexp.validate_regexp."""
from __future__ import annotations

import time

import pytest

from engine.syntax.regexp import validate_regexp

VALID = [
    # Annex B grammar (no u, no v)
    ("abc", ""), ("a|b|", ""), ("", ""), ("()", ""), ("(?:a)", ""), ("a*?b+?c??", ""), ("a{2}b{2,}c{2,3}?", ""),
    ("{", ""), ("}", ""), ("]", ""), ("a{", ""), ("a{1", ""), ("a{1,", ""), ("a{,5}", ""), ("x{a}", ""),
    ("(?=a)*", ""), ("(?!a)+", ""), ("(?=a){2}", ""), ("(?<=a)b", ""), ("(?<!a)b", ""),
    ("\\1", ""), ("\\8", ""), ("(a)\\1", ""), ("\\00", ""), ("\\07", ""), ("[\\1]", ""), ("[\\8]", ""), ("\\x", ""), ("\\xg", ""),
    ("\\u", ""), ("\\u12", ""), ("\\u{41}", ""), ("\\c", ""), ("\\c1", ""), ("[\\c1]", ""), ("[\\c_]", ""), ("[\\c*]", ""),
    ("\\p{L}", ""), ("\\k", ""), ("\\k<a>", ""), ("\\a\\e\\-\\%", ""), ("[\\d-a]", ""), ("[a-\\d]", ""), ("[\\s-\\d]", ""),
    ("[a-z]", ""), ("[-a]", ""), ("[a-]", ""), ("[a-b-c]", ""), ("[--a]", ""), ("[\\b-\\n]", ""), ("[^]", ""), ("[]", ""),
    ("(?<a>x)\\k<a>", ""), ("\\k<a>(?<a>x)", ""), ("(?<$_>.)", ""), ("(?<é>.)", ""), ("(?<\\u0061>.)", ""),
    ("(?<\\u{61}>.)", ""), ("(?<a\\uD835\\uDC9C>.)", ""), ("(?<𝒜>.)", ""), ("^$\\b\\B", ""), ("a/b", ""),
    # u
    ("\\u{1F600}", "u"), ("\\uD83D\\uDE00", "u"), ("[\\uD83D\\uDE00-\\uD83D\\uDE02]", "u"), ("[😀-😂]", "u"), ("\\/", "u"),
    ("\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|", "u"), ("[\\-]", "u"), ("(a)\\1", "u"), ("\\1(a)", "u"), ("\\0", "u"),
    ("\\k<a>(?<a>.)", "u"), ("\\cA\\cz", "u"), ("\\p{L}\\P{Lu}", "u"), ("\\p{General_Category=Letter}", "u"),
    ("\\p{gc=Lu}", "u"), ("\\p{Script=Greek}", "u"), ("\\p{sc=Grek}", "u"), ("\\p{Script_Extensions=Latin}", "u"),
    ("\\p{scx=Zyyy}", "u"), ("\\p{ASCII}\\p{Any}\\p{Assigned}\\p{ID_Start}\\p{Emoji}", "u"), ("[\\p{L}\\d]", "u"),
    ("\\p{Lowercase_Letter}", "u"), ("\\p{space}", "u"), ("(?<=a)b", "u"), ("a{2,3}", "u"), ("[\\b]", "u"),
    # v
    ("[a&&b]", "v"), ("[a--b--c]", "v"), ("[[a-z]--[aeiou]]", "v"), ("[\\p{L}&&\\p{ASCII}]", "v"),
    ("[\\q{abc|d|}]", "v"), ("[^\\q{a|b}]", "v"), ("\\p{RGI_Emoji}", "v"), ("[\\p{RGI_Emoji}--\\q{x}]", "v"),
    ("[^[\\p{RGI_Emoji}&&a]]", "v"), ("[[[[a]]]]", "v"), ("[\\&\\-\\!\\#\\%\\,\\:\\;\\<\\=\\>\\@\\`\\~]", "v"), ("[a-z0-9_]", "v"),
    ("[&]", "v"), ("[a&b]", "v"), ("[\\d\\w]", "v"), ("[]", "v"), ("[^]", "v"),
    ("[\\q{}]", "v"), ("a(?<n>[\\p{Basic_Emoji}])\\k<n>", "v"),
]  # fmt: skip

INVALID = [
    # both grammars
    ("(", "", "Unterminated group"), (")", "", "Unmatched ')'"), ("a)", "", "Unmatched ')'"), ("(?", "", "Invalid group"),
    ("(?i:a)", "", "Invalid group"), ("*", "", "Nothing to repeat"), ("a**", "", "Nothing to repeat"),
    ("a|*", "", "Nothing to repeat"), ("(*)", "", "Nothing to repeat"), ("^*", "", "Nothing to repeat"),
    ("\\b+", "", "Nothing to repeat"), ("{1}", "", "Nothing to repeat"), ("a{2,1}", "", "out of order"),
    ("a{99999999999999999999,1}", "", "out of order"), ("(?<=a)*", "", "Nothing to repeat"), ("(?<!a)?", "", "Nothing to repeat"),
    ("[z-a]", "", "out of order"), ("[😀-😂]", "", "out of order"), ("\\", "", "end of pattern"), ("[", "", "Unterminated"),
    ("[a", "", "Unterminated"), ("[\\", "", "end of pattern"), ("(?<a>x)(?<a>y)", "", "Duplicate"),
    ("(?<a>x)|(?<a>y)", "", "Duplicate"), ("(?<a>.)\\k<b>", "", "b"), ("(?<a>.)\\k", "", "named reference"),
    ("(?<a>.)\\k<a", "", "group name"), ("(?<a>.)[\\k]", "", "named reference"), ("(?<>.)", "", "group name"),
    ("(?<1>.)", "", "group name"), ("(?<a-b>.)", "", "group name"), ("(?<\\u0030>.)", "", "group name"),
    ("(?<a\\x41>.)", "", "group name"), ("(?<a", "", "group name"), ("(?<\\u{110000}>.)", "", "Unicode escape"),
    # u only
    ("{", "u", "Incomplete quantifier"), ("a{", "u", "Incomplete quantifier"), ("a{,5}", "u", "Incomplete quantifier"),
    ("}", "u", "Lone quantifier"), ("]", "u", "Lone ']'"), ("(?=a)*", "u", "Nothing to repeat"), ("\\1", "u", "capturing group"),
    ("(a)\\2", "u", "capturing group"), ("\\00", "u", "decimal escape"), ("\\07", "u", "decimal escape"),
    ("[\\1]", "u", "class escape"), ("[\\8]", "u", "class escape"), ("\\8", "u", "capturing group"), ("\\x", "u", "Invalid escape"),
    ("\\xg", "u", "Invalid escape"), ("\\u", "u", "Unicode escape"), ("\\u12", "u", "Unicode escape"),
    ("\\u{110000}", "u", "Unicode escape"), ("\\u{}", "u", "Unicode escape"), ("\\c", "u", "escape"), ("\\c1", "u", "escape"),
    ("[\\c_]", "u", "escape"), ("\\a", "u", "Invalid escape"), ("\\-", "u", "Invalid escape"), ("\\k", "u", "named reference"),
    ("\\k<a>", "u", "a"), ("[\\d-a]", "u", "character class"), ("[a-\\d]", "u", "character class"),
    ("[\\p{L}-z]", "u", "character class"), ("\\p", "u", "property"), ("\\p{", "u", "property"), ("\\p{}", "u", "property"),
    ("\\p{Lx}", "u", "property"), ("\\p{l}", "u", "property"), ("\\p{L=Lu}", "u", "property"),
    ("\\p{General_Category}", "u", "property"), ("\\p{Script}", "u", "property"), ("\\p{Script=}", "u", "property"),
    ("\\p{Script=Latn=x}", "u", "property"), ("\\p{Script=Foo}", "u", "property"), ("\\p{gc=Latin}", "u", "property"),
    ("\\p{sc=Lu}", "u", "property"), ("\\p{Block=Basic_Latin}", "u", "property"), ("\\p{ASCII=Y}", "u", "property"),
    ("\\p{ Lu}", "u", "property"), ("\\p{RGI_Emoji}", "u", "property"), ("\\p{WSpace}", "u", "property"),
    ("[\\p{Lx}]", "u", "property"), ("(?<a>.)(?<a>.)", "u", "Duplicate"),
    # v only
    ("[a&&&b]", "v", "character class"), ("[ab&&c]", "v", "set operation"), ("[a&&b--c]", "v", "set operation"),
    ("[a--b&&c]", "v", "set operation"), ("[a-z&&b]", "v", "set operation"), ("[a&&b-c]", "v", "set operation"),
    ("[a&&bc]", "v", "set operation"), ("[&&a]", "v", "set operation"), ("[a&&]", "v", "set operation"),
    ("[--a]", "v", "set operation"), ("[a--]", "v", "set operation"), ("[a-]", "v", "character class"), ("[-a]", "v", "character class"),
    ("[(]", "v", "character class"), ("[)]", "v", "character class"), ("[{]", "v", "character class"), ("[}]", "v", "character class"),
    ("[/]", "v", "character class"), ("[|]", "v", "character class"), ("[a!!b]", "v", "set operation"), ("[##]", "v", "set operation"),
    ("[a..b]", "v", "set operation"), ("[\\d-a]", "v", "character class"), ("[z-a]", "v", "out of order"),
    ("[\\a]", "v", "Invalid escape"), ("[a", "v", "Unterminated"), ("[[a]", "v", "Unterminated"),
    ("\\P{RGI_Emoji}", "v", "property of strings"), ("[^\\p{RGI_Emoji}]", "v", "may contain strings"),
    ("[^\\q{ab}]", "v", "may contain strings"), ("[^\\q{}]", "v", "may contain strings"), ("[^[\\q{ab}]]", "v", "may contain strings"),
    ("[[^\\q{ab}]]", "v", "may contain strings"), ("[^\\p{RGI_Emoji}&&\\q{ab}]", "v", "may contain strings"),
    ("[^\\q{ab}--a]", "v", "may contain strings"), ("[\\q{a]", "v", "character class"), ("[\\q{a", "v", "Unterminated"), ("[^\\p{RGI_Emoji}--\\p{RGI_Emoji}]", "v", "may contain strings"), ("[\\q{(}]", "v", "character class"),
    ("[\\qa]", "v", "Invalid escape"), ("\\q{a}", "v", "\\q"), ("{", "v", "Incomplete quantifier"), ("[\\P{RGI_Emoji}]", "v", "property of strings"),
]  # fmt: skip


@pytest.mark.parametrize("body, flags", VALID)
def test_valid_patterns(body: str, flags: str) -> None:
    assert validate_regexp(body, flags) is None


@pytest.mark.parametrize("body, flags, message", INVALID)
def test_invalid_patterns(body: str, flags: str, message: str) -> None:
    error = validate_regexp(body, flags)
    assert error is not None, f"/{body}/{flags} was accepted"
    assert message in error


@pytest.mark.parametrize(
    "body",
    ["(a)", "[a-z]", "\\p{L}", "a{1,2}", "(?<n>x)\\k<n>", "[\\d]"],
)
def test_u_and_v_agree_on_common_patterns(body: str) -> None:
    assert validate_regexp(body, "u") is None
    assert validate_regexp(body, "v") is None


@pytest.mark.parametrize("flags", ["", "u", "v"])
def test_hostile_patterns_are_linear(flags: str) -> None:
    started = time.perf_counter()
    assert validate_regexp("(" * 200_000 + ")" * 200_000, flags) is None
    assert validate_regexp("(" * 200_000, flags) is not None
    assert validate_regexp("a" * 2_000_000, flags) is None
    assert validate_regexp("[" + "a" * 1_000_000 + "]", flags) is None
    assert validate_regexp("a|" * 300_000, flags) is None
    if flags == "v":
        assert validate_regexp("[" * 100_000 + "]" * 100_000, flags) is None
    assert time.perf_counter() - started < 20
