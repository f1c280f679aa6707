"""JSON (selfhosted/json.js): (source, expected) for parse and stringify."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    # stringify
    ("JSON.stringify({a: [1, 2]})", '{"a":[1,2]}'),
    ("JSON.stringify([undefined, function () {}, Symbol()])", "[null,null,null]"),
    ("JSON.stringify({u: undefined, f() {}, n: null})", '{"n":null}'),
    ("JSON.stringify(undefined) === undefined", True),
    ("JSON.stringify('a\"b\\\\c\\n\\u0001')", '"a\\"b\\\\c\\n\\u0001"'),
    ("JSON.stringify('\\ud800 \\ud83d\\ude00')", '"\\ud800 \\ud83d\\ude00"'.replace("\\ud83d\\ude00", "\U0001F600")),
    ("JSON.stringify([NaN, Infinity, -0, 1e21, 0.1])", "[null,null,0,1e+21,0.1]"),
    ("JSON.stringify([new Number(3), new String('s'), new Boolean(false)])", '[3,"s",false]'),
    ("JSON.stringify({a: 1, b: [1, {c: 2}]}, null, 2)", '{\n  "a": 1,\n  "b": [\n    1,\n    {\n      "c": 2\n    }\n  ]\n}'),
    ("JSON.stringify([1], null, '--')", "[\n--1\n]"),
    ("JSON.stringify({a: 1}, null, 20)", '{\n          "a": 1\n}'),
    ("JSON.stringify({a: {}, b: []}, null, 1)", '{\n "a": {},\n "b": []\n}'),
    ("JSON.stringify({a: 1, b: 2, c: 3}, ['c', 'a', 'c'])", '{"c":3,"a":1}'),
    ("JSON.stringify({1: 'x', 2: 'y'}, [1])", '{"1":"x"}'),
    ("JSON.stringify({a: 1, b: 'x'}, (k, v) => typeof v === 'number' ? v * 10 : v)", '{"a":10,"b":"x"}'),
    ("JSON.stringify({d: {toJSON(key) { return 'key:' + key; }}})", '{"d":"key:d"}'),
    ("JSON.stringify({b: 1, a: 2, 1: 3})", '{"1":3,"b":1,"a":2}'),
    ("var o = {}; o.self = o; try { JSON.stringify(o) } catch (e) { e instanceof TypeError }", True),
    ("var a = []; a[0] = [a]; try { JSON.stringify(a) } catch (e) { e instanceof TypeError }", True),
    ("var shared = {x: 1}; JSON.stringify([shared, shared])", '[{"x":1},{"x":1}]'),
    ("JSON.stringify(Object.create({inherited: 1}, {own: {value: 2, enumerable: true}}))", '{"own":2}'),
    # parse
    ("JSON.parse('{\"a\": [1, 2.5, -3e2, true, false, null, \"s\"]}').a", [1, 2.5, -300, True, False, None, "s"]),
    ("JSON.parse(' \\t\\n\"x\\\\u0041\\\\n\\\\/\" ')", "xA\n/"),
    ("JSON.parse('{\"__proto__\": 1}').hasOwnProperty('__proto__')", True),
    ("JSON.parse('{\"a\": 1, \"a\": 2}').a", 2),
    ("JSON.parse('[]').length + JSON.parse('{}').constructor.name.length", 6),
    ("JSON.parse('{\"a\": [1, 2], \"b\": 3}', (k, v) => typeof v === 'number' ? v + 1 : v).a", [2, 3]),
    ("JSON.parse('{\"a\": 1, \"b\": 2}', (k, v) => k === 'a' ? undefined : v).hasOwnProperty('a')", False),
    ("var keys = []; JSON.parse('{\"a\": {\"b\": 1}}', function (k, v) { keys[keys.length] = k; return v; }); keys",
     ["b", "a", ""]),
    ("JSON.parse('1', function (k, v) { return [this[''], k]; })", [1, ""]),
    # The reviver's [[Delete]] and CreateDataProperty results are ignored: a non-configurable
    # property stays as it is, with no TypeError.
    ("JSON.parse('[1, 2]', function (k, v) { if (k === '0') Object.defineProperty(this, '1', {configurable: false});"
     " return k === '1' ? undefined : v; })", [1, 2]),
    ("JSON.parse('{\"a\": 1, \"b\": 2}', function (k, v) { if (k === 'a') Object.defineProperty(this, 'b',"
     " {configurable: false, writable: false}); return k === 'b' ? 9 : v; }).b", 2),
]

BAD = ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "+1", "'x'", "\"\\x\"", "[1] x", "tru", "\"\\u12\"", "{\"a\":1,}",
       "\"a\nb\""]


@pytest.mark.parametrize("source, expected", CASES)
def test_json(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected


@pytest.mark.parametrize("text", BAD)
def test_parse_rejects(realm, text: str) -> None:
    realm.global_object.set("text", text)
    assert run(realm, "try { JSON.parse(text); 'parsed' } catch (e) { e instanceof SyntaxError }") is True


def test_json_object_shape(realm) -> None:
    assert run(realm, "[JSON.parse.length, JSON.stringify.length, JSON.parse.name, String(JSON)]") == \
        [2, 3, "parse", "[object JSON]"]
    assert run(realm, "Object.getOwnPropertyNames(globalThis).indexOf('JSON') >= 0") is True


def test_stringify_ignores_tampering(realm) -> None:
    run(realm, "Array.prototype.join = null; Object.keys = null; Object.defineProperty(Array.prototype, '0',"
               " {set() { throw 1; }}); String.prototype.charCodeAt = null; Function.prototype.call = null;")
    assert run(realm, "JSON.stringify({a: [1, 'x'], b: {c: null}}, null, 1)") == \
        '{\n "a": [\n  1,\n  "x"\n ],\n "b": {\n  "c": null\n }\n}'
    assert run(realm, "JSON.parse('[1, {\"a\": 2}]')[1].a") == 2
