"""The global object's functions (parseInt, parseFloat, isNaN, isFinite) and the constructors'
global bindings."""
from __future__ import annotations

import pytest

from tests.builtins.support import Case, Throws, run_case

NAN = float("nan")
INF = float("inf")

GLOBALS = ["Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "Error", "EvalError", "RangeError",
           "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError", "Math", "parseInt",
           "parseFloat", "isNaN", "isFinite", "escape", "unescape"]

CASES: list[Case] = [
    # parseInt
    ("parseInt('42')", 42),
    ("parseInt('  -42px')", -42),
    ("parseInt('+7')", 7),
    ("parseInt('0x1F')", 31),
    ("parseInt('-0x10')", -16),
    ("parseInt('0x')", NAN),
    ("parseInt('1F', 16)", 31),
    ("parseInt('0x1F', 16)", 31),
    ("parseInt('0x1F', 10)", 0),
    ("parseInt('11', 2)", 3),
    ("parseInt('z', 36)", 35),
    ("parseInt('10', 37)", NAN),
    ("parseInt('10', 1)", NAN),
    ("parseInt('10', 0)", 10),
    ("parseInt('10', 4294967312)", 16),
    ("parseInt('')", NAN),
    ("parseInt('abc')", NAN),
    ("Object.is(parseInt('-0'), -0)", True),
    ("parseInt('1e3')", 1),
    ("parseInt('3.9')", 3),
    ("parseInt(null)", NAN),
    ("parseInt('\\u00a0\\ufeff 12')", 12),
    ("parseInt('900719925474099267')", float(900719925474099267)),
    ("parseInt('123456789012345678901234567890')", 1.2345678901234568e29),
    ("parseInt('0x1000000000000081', 16)", float(0x1000000000000081)),
    ("parseInt('11111111111111111111111111111111111111111111111111111', 2)", 9007199254740991),
    ("parseInt('100000000000000000000000000000000000000000000000000011', 2)", float(2**53 + 3)),
    ("parseInt('100000000000000000000000000000000000000000000000000001', 2)", 2**53),
    ("parseInt('ff', 16) + parseInt('FF', 16)", 510),
    ("parseInt(Symbol())", Throws("TypeError")),
    ("var order = ''; parseInt({toString: function () { order += 's'; return '1'; }}, {valueOf: function () { order += 'r'; return 10; }}); order", "sr"),
    ("parseInt.length + parseInt.name", "2parseInt"),
    # parseFloat
    ("parseFloat('3.14abc')", 3.14),
    ("parseFloat('  -.5')", -0.5),
    ("parseFloat('1e3x')", 1000),
    ("parseFloat('1e')", 1),
    ("parseFloat('1e+')", 1),
    ("parseFloat('.e1')", NAN),
    ("parseFloat('.')", NAN),
    ("parseFloat('5.')", 5),
    ("parseFloat('Infinityx')", INF),
    ("parseFloat('-Infinity')", -INF),
    ("parseFloat('infinity')", NAN),
    ("parseFloat('0x10')", 0),
    ("Object.is(parseFloat('-0'), -0)", True),
    ("parseFloat('')", NAN),
    ("parseFloat('1_000')", 1),
    ("parseFloat('\\n 2.5')", 2.5),
    ("parseFloat(Symbol())", Throws("TypeError")),
    ("parseFloat.length + parseFloat.name", "1parseFloat"),
    # isNaN / isFinite (they coerce)
    ("isNaN(NaN) && isNaN('x') && isNaN(undefined) && !isNaN('1') && !isNaN(null)", True),
    ("isFinite(1) && isFinite('1') && !isFinite(Infinity) && !isFinite('x') && isFinite(null)", True),
    ("isNaN(Symbol())", Throws("TypeError")),
    ("isNaN.length + isFinite.length", 2),
    # the global object
    ("globalThis === this && typeof globalThis", "object"),
    ("attrs(globalThis, 'NaN') + attrs(globalThis, 'Infinity') + attrs(globalThis, 'undefined')", "---------"),
    ("NaN = 1; typeof NaN === 'number' && NaN !== NaN", True),
    ("var Object2 = Object; Object = 1; typeof Object2", "function"),
    ("Math; delete globalThis.Math; typeof Math", "undefined"),
    ("Object.getOwnPropertyNames(globalThis).length > 20", True),
]
CASES += [(f"attrs(globalThis, '{name}')", "w-c") for name in GLOBALS]
CASES += [(f"typeof {name}", "object" if name == "Math" else "function") for name in GLOBALS]


@pytest.mark.parametrize("source, expected", CASES)
def test_global(host, source: str, expected) -> None:
    run_case(host, source, expected)
