"""The Error hierarchy: constructors with message and cause, prototypes, toString, AggregateError."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

NATIVE_ERRORS = ["EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError"]

CASES: list[Case] = [
    ("new Error('m').message", "m"),
    ("Error('m').message", "m"),
    ("Error('m') instanceof Error", True),
    ("new Error().hasOwnProperty('message')", False),
    ("new Error(undefined).hasOwnProperty('message')", False),
    ("new Error(12).message", "12"),
    ("attrs(new Error('m'), 'message')", "w-c"),
    ("new Error('m', {cause: 0}).cause", 0),
    ("attrs(new Error('m', {cause: 1}), 'cause')", "w-c"),
    ("new Error('m', {}).hasOwnProperty('cause')", False),
    ("new Error('m', 'cause').hasOwnProperty('cause')", False),
    ("new Error('m', {cause: undefined}).hasOwnProperty('cause')", True),
    ("new Error({toString: function () { throw new RangeError('x'); }})", Throws("RangeError")),
    ("new Error(Symbol())", Throws("TypeError")),
    ("Error.length + Error.name", "1Error"),
    ("Error.prototype.name + '|' + Error.prototype.message + '|'", "Error||"),
    ("Object.prototype.toString.call(new Error())", "[object Error]"),
    ("Object.prototype.toString.call(Error.prototype)", "[object Object]"),
    ("Object.getPrototypeOf(Error) === Function.prototype", True),
    ("typeof new Error('m').stack", "string"),
    ("class MyError extends Error {}; var e = new MyError('q'); (e instanceof MyError) + e.message + e.name", "trueqError"),
    ("class MyError extends TypeError {}; Object.prototype.toString.call(new MyError())", "[object Error]"),
    ("try { null.x; } catch (e) { e instanceof TypeError && e.constructor === TypeError }", True),
    ("try { undefinedName; } catch (e) { e instanceof ReferenceError && e instanceof Error }", True),
    # toString
    ("new Error('m').toString()", "Error: m"),
    ("new Error().toString()", "Error"),
    ("String(new TypeError('t'))", "TypeError: t"),
    ("Error.prototype.toString.call({name: 'N', message: 'M'})", "N: M"),
    ("Error.prototype.toString.call({name: '', message: 'M'})", "M"),
    ("Error.prototype.toString.call({message: 'M'})", "Error: M"),
    ("Error.prototype.toString.call({name: 'N'})", "N"),
    ("Error.prototype.toString.call({name: undefined, message: undefined})", "Error"),
    ("Error.prototype.toString.call(1)", Throws("TypeError")),
    ("attrs(Error.prototype, 'toString') + attrs(Error.prototype, 'name')", "w-cw-c"),
    # AggregateError
    ("var e = new AggregateError([1, 2], 'agg'); e.errors.length + e.message", "2agg"),
    ("AggregateError([]).errors.length", 0),
    ("attrs(new AggregateError([]), 'errors')", "w-c"),
    ("new AggregateError([], 'm', {cause: 'c'}).cause", "c"),
    ("new AggregateError(1)", Throws("TypeError")),
    ("new AggregateError()", Throws("TypeError")),
    ("AggregateError.length + AggregateError.prototype.name", "2AggregateError"),
    ("Object.getPrototypeOf(AggregateError) === Error", True),
    ("String(new AggregateError([], 'x'))", "AggregateError: x"),
]
for name in NATIVE_ERRORS:
    CASES += [
        (f"new {name}('m').message + {name}('n').message", "mn"),
        (f"new {name}('m') instanceof {name} && new {name}() instanceof Error", True),
        (f"{name}.prototype.name + {name}.name + {name}.length", f"{name}{name}1"),
        (f"Object.getPrototypeOf({name}) === Error", True),
        (f"Object.getPrototypeOf({name}.prototype) === Error.prototype", True),
        (f"{name}.prototype.hasOwnProperty('toString')", False),
        (f"{name}.prototype.message", ""),
        (f"new {name}('m', {{cause: 'c'}}).cause", "c"),
        (f"String(new {name}('z'))", f"{name}: z"),
        (f"attrs({name}, 'prototype') + attrs({name}.prototype, 'constructor')", "---w-c"),
    ]


@pytest.mark.parametrize("source, expected", CASES)
def test_error(host, source: str, expected) -> None:
    run_case(host, source, expected)
