"""Annex B String.prototype HTML methods (selfhosted/string_html.js): (source, expected)."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("'x'.anchor('n')", '<a name="n">x</a>'),
    ("'x'.anchor('a\"b\"')", '<a name="a&quot;b&quot;">x</a>'),
    ("'x'.anchor()", '<a name="undefined">x</a>'),
    ("['x'.big(), 'x'.blink(), 'x'.bold(), 'x'.fixed(), 'x'.italics()]",
     ["<big>x</big>", "<blink>x</blink>", "<b>x</b>", "<tt>x</tt>", "<i>x</i>"]),
    ("['x'.small(), 'x'.strike(), 'x'.sub(), 'x'.sup()]",
     ["<small>x</small>", "<strike>x</strike>", "<sub>x</sub>", "<sup>x</sup>"]),
    ("['x'.fontcolor('red'), 'x'.fontsize(7), 'x'.link('\"u\"')]",
     ['<font color="red">x</font>', '<font size="7">x</font>', '<a href="&quot;u&quot;">x</a>']),
    ("String.prototype.bold.call(12)", "<b>12</b>"),
    ("try { String.prototype.sup.call(undefined) } catch (e) { e instanceof TypeError }", True),
    # The receiver is converted before the attribute value (CreateHTML steps 2 then 4.a).
    ("var log = []; String.prototype.link.call({toString() { log.push('this'); return 't'; }},"
     " {toString() { log.push('url'); return 'u'; }}); log", ["this", "url"]),
    ("[String.prototype.anchor.length, String.prototype.big.length, String.prototype.fontsize.name]",
     [1, 0, "fontsize"]),
    ("var d = Object.getOwnPropertyDescriptor(String.prototype, 'blink');"
     " [d.writable, d.enumerable, d.configurable]", [True, False, True]),
    ("try { new String.prototype.bold() } catch (e) { e instanceof TypeError }", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_string_html_method(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
