"""Property keys as the spec spells them, and literal shapes."""
from __future__ import annotations

import pytest

from engine.bytecode.function import BigIntLiteral, RegExpLiteral, TemplateStrings
from engine.codegen.literals import number_to_string
from tests.codegen.support import compile_checked, opcodes


@pytest.mark.parametrize("value, text", [
    (0.0, "0"), (-0.0, "0"), (1.0, "1"), (-1.0, "-1"), (1.5, "1.5"), (0.1, "0.1"), (100.0, "100"),
    (1e21, "1e+21"), (1e20, "100000000000000000000"), (123e-20, "1.23e-18"), (0.000001, "0.000001"),
    (1e-7, "1e-7"), (2 ** 53, "9007199254740992"), (float("inf"), "Infinity"), (float("nan"), "NaN"),
    (5e-324, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"), (123456789.125, "123456789.125"),
])
def test_number_to_string(value: float, text: str) -> None:
    assert number_to_string(value) == text


def test_numeric_keys_are_canonical_strings() -> None:
    root = compile_checked("var o = { 1.50: a, 0x10: b, 1e21: c, .5: d };")
    assert {"1.5", "16", "1e+21", "0.5"} <= {c for c in root.constants if isinstance(c, str)}


def test_literal_constants() -> None:
    root = compile_checked("var r = /a+/g; var b = 10n; var t = tag`x${1}\\u{41}`;")
    constants = root.constants
    assert RegExpLiteral("a+", "g") in constants
    assert BigIntLiteral(10) in constants
    assert TemplateStrings(("x", "A"), ("x", "\\u{41}")) in constants


def test_tagged_template_sites_have_their_own_cache() -> None:
    root = compile_checked("function f() { return [t`a`, t`a`]; }")
    f = next(g for g in root.walk() if g.name == "f")
    assert opcodes(f).count("GetTemplateObject") == 2
    assert f.metadata_counts[5] == 2  # TemplateCache: one entry per site


def test_array_holes_and_spread() -> None:
    ops = opcodes(compile_checked("[1, , ...x];"))
    assert ops.count("ArrayPush") == 2 and "LdaTheHole" in ops and "ArraySpread" in ops


def test_invalid_escape_in_tagged_template_is_undefined_cooked() -> None:
    root = compile_checked("tag`\\unicode`;")
    template = next(c for c in root.constants if isinstance(c, TemplateStrings))
    assert template.cooked == (None,) and template.raw == ("\\unicode",)
