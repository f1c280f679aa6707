"""encodeURI and friends (selfhosted/uri.js): (source, expected), checked against node."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    ("encodeURIComponent('a b&c/\\u00e9\\ud83d\\ude00')", "a%20b%26c%2F%C3%A9%F0%9F%98%80"),
    ("encodeURI('http://x/a b?q=1&r=[2]#f')", "http://x/a%20b?q=1&r=%5B2%5D#f"),
    ("encodeURIComponent(\"-_.!~*'()\")", "-_.!~*'()"),
    ("encodeURIComponent('\\u0800\\u07ff')", "%E0%A0%80%DF%BF"),
    ("try { encodeURI('\\ud800') } catch (e) { e instanceof URIError }", True),
    ("try { encodeURI('\\udc00x') } catch (e) { e instanceof URIError }", True),
    ("decodeURIComponent('%F0%9F%98%80%20%26')", "\U0001F600 &"),
    ("decodeURI('%23%20%3B%2f')", "%23 %3B%2f"),
    ("decodeURIComponent('%23%3B%2f')", "#;/"),
    ("decodeURI('%C3%A9')", "\u00e9"),
    ("try { decodeURI('%E0%A4%A') } catch (e) { e instanceof URIError }", True),
    ("try { decodeURI('%') } catch (e) { e instanceof URIError }", True),
    ("try { decodeURI('%C0%80') } catch (e) { e instanceof URIError }", True),
    ("try { decodeURI('%ED%A0%80') } catch (e) { e instanceof URIError }", True),
    ("try { decodeURI('%FF') } catch (e) { e instanceof URIError }", True),
    ("[encodeURI.name, encodeURI.length, decodeURIComponent.name, decodeURIComponent.length]",
     ["encodeURI", 1, "decodeURIComponent", 1]),
    ("var d = Object.getOwnPropertyDescriptor(globalThis, 'encodeURI'); [d.writable, d.enumerable, d.configurable]",
     [True, False, True]),
    ("try { new encodeURI('x') } catch (e) { e instanceof TypeError }", True),
]


@pytest.mark.parametrize("source, expected", CASES)
def test_uri(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected
