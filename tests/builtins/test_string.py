"""String: the constructor, String objects, fromCharCode / fromCodePoint and the prototype methods."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

NAN = float("nan")

CASES: list[Case] = [
    # the constructor
    ("String()", ""),
    ("String(1.5) + String(null) + String(undefined) + String(true)", "1.5nullundefinedtrue"),
    ("String(Symbol('s'))", "Symbol(s)"),
    ("String(Symbol())", "Symbol()"),
    ("new String(Symbol())", Throws("TypeError")),
    ("'' + Symbol()", Throws("TypeError")),
    ("String({toString: function () { return 'o'; }})", "o"),
    ("typeof new String('a')", "object"),
    ("var s = new String('ab'); s.length + s[0] + s[1] + s[2]", "2abundefined"),
    ("attrs(new String('ab'), 0) + attrs(new String('ab'), 'length')", "-e----"),
    ("var s = new String('ab'); s[0] = 'x'; s[0]", "a"),
    ("var s = new String('ab'); s.x = 1; Object.getOwnPropertyNames(s).length", 4),
    ("var k = Object.getOwnPropertyNames(new String('ab')); k[0] + k[1] + k[2]", "01length"),
    ("(function () { 'use strict'; new String('ab')[0] = 'x'; })()", Throws("TypeError")),
    ("delete new String('ab')[0]", False),
    ("String.prototype.length + String.prototype.toString()", "0"),
    ("Object.prototype.toString.call(String.prototype)", "[object String]"),
    ("String.length + String.name", "1String"),
    ("class S extends String {}; var s = new S('q'); s.length + s[0] + (s instanceof S)", "1qtrue"),
    ("new String('a') == 'a' && new String('a') !== 'a'", True),
    # fromCharCode / fromCodePoint
    ("String.fromCharCode(104, 105)", "hi"),
    ("String.fromCharCode()", ""),
    ("String.fromCharCode(65601).charCodeAt(0)", 65),
    ("String.fromCharCode(-1).charCodeAt(0)", 65535),
    ("String.fromCharCode('66')", "B"),
    ("String.fromCodePoint(128512).length", 2),
    ("String.fromCodePoint(128512).codePointAt(0)", 128512),
    ("String.fromCodePoint(97, 98)", "ab"),
    ("String.fromCodePoint(1.5)", Throws("RangeError")),
    ("String.fromCodePoint(-1)", Throws("RangeError")),
    ("String.fromCodePoint(0x110000)", Throws("RangeError")),
    ("String.fromCodePoint(NaN)", Throws("RangeError")),
    ("String.fromCharCode.length + String.fromCodePoint.length", 2),
    # charAt / charCodeAt / codePointAt
    ("'abc'.charAt(1) + 'abc'.charAt() + 'abc'.charAt(3) + 'abc'.charAt(-1)", "ba"),
    ("'abc'.charAt(1.9)", "b"),
    ("'abc'.charCodeAt(0)", 97),
    ("'abc'.charCodeAt(5)", NAN),
    ("'abc'.codePointAt(5)", undefined),
    ("'\\ud83d\\ude00'.codePointAt(0)", 128512),
    ("'\\ud83d\\ude00'.codePointAt(1)", 56832),
    ("'\\ud83d'.codePointAt(0)", 55357),
    ("String.prototype.charAt.call(12, 1)", "2"),
    ("String.prototype.charAt.call(null)", Throws("TypeError")),
    ("String.prototype.charCodeAt.call(undefined)", Throws("TypeError")),
    # indexOf / lastIndexOf
    ("'abcabc'.indexOf('c')", 2),
    ("'abcabc'.indexOf('c', 3)", 5),
    ("'abc'.indexOf('')", 0),
    ("'abc'.indexOf('', 10)", 3),
    ("'abc'.indexOf('d')", -1),
    ("'abc'.indexOf('a', -5)", 0),
    ("'undefined'.indexOf()", 0),
    ("'abcabc'.lastIndexOf('c')", 5),
    ("'abcabc'.lastIndexOf('c', 4)", 2),
    ("'abcabc'.lastIndexOf('c', NaN)", 5),
    ("'abc'.lastIndexOf('')", 3),
    ("'abc'.lastIndexOf('a', -1)", 0),
    ("'abc'.lastIndexOf('abcd')", -1),
    ("'aaa'.lastIndexOf('aa')", 1),
    ("String.prototype.indexOf.call(null, 'a')", Throws("TypeError")),
    ("'a'.indexOf(Symbol())", Throws("TypeError")),
    # slice / substring
    ("'abcdef'.slice(1, 3) + '|' + 'abcdef'.slice(-2) + '|' + 'abcdef'.slice(2, -2)", "bc|ef|cd"),
    ("'abc'.slice(2, 1)", ""),
    ("'abc'.slice(-Infinity, Infinity)", "abc"),
    ("'abc'.slice()", "abc"),
    ("'abcdef'.substring(3, 1) + '|' + 'abcdef'.substring(-1, 2) + '|' + 'abcdef'.substring(4)", "bc|ab|ef"),
    ("'abc'.substring(NaN, 2)", "ab"),
    ("'abc'.substring(1, undefined)", "bc"),
    ("String.prototype.slice.length + String.prototype.substring.length", 4),
    # concat / toString / valueOf
    ("'a'.concat('b', 1, null)", "ab1null"),
    ("'a'.concat()", "a"),
    ("String.prototype.concat.call(1, 2)", "12"),
    ("String.prototype.concat.length", 1),
    ("new String('v').toString() + new String('w').valueOf()", "vw"),
    ("String.prototype.toString.call(1)", Throws("TypeError")),
    ("String.prototype.valueOf.call({})", Throws("TypeError")),
    ("'x'.length + 'xyz'.length", 4),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_string(host, source: str, expected) -> None:
    run_case(host, source, expected)
