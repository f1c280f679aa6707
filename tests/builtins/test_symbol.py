"""Symbol: the constructor, well-known symbols, the registry, the prototype."""
from __future__ import annotations

import pytest

from realm_host import undefined
from tests.builtins.support import Case, Throws, run_case

WELL_KNOWN = ["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll", "replace",
              "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"]

CASES: list[Case] = [
    ("typeof Symbol()", "symbol"),
    ("Symbol() === Symbol()", False),
    ("Symbol('d').toString()", "Symbol(d)"),
    ("Symbol(undefined).description", undefined),
    ("Symbol().description", undefined),
    ("Symbol('').description", ""),
    ("Symbol(1).description", "1"),
    ("Symbol({toString: function () { return 't'; }}).description", "t"),
    ("new Symbol()", Throws("TypeError")),
    ("Symbol(Symbol())", Throws("TypeError")),
    ("Symbol.length + Symbol.name", "0Symbol"),
    ("Object.getPrototypeOf(Symbol()) === Symbol.prototype", True),
    ("Symbol.prototype.constructor === Symbol", True),
    ("var s = Symbol(); Object(s).valueOf() === s", True),
    ("var s = Symbol(); Object(s) == s", True),
    ("typeof Object(Symbol())", "object"),
    ("Symbol.prototype.toString.call(1)", Throws("TypeError")),
    ("Symbol.prototype.valueOf.call({})", Throws("TypeError")),
    ("var d = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description'); typeof d.get + typeof d.set", "functionundefined"),
    ("Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get.name", "get description"),
    ("Symbol.prototype.description", Throws("TypeError")),
    ("Symbol.prototype[Symbol.toStringTag]", "Symbol"),
    ("attrs(Symbol.prototype, Symbol.toStringTag) + attrs(Symbol.prototype, Symbol.toPrimitive)", "--c--c"),
    ("var s = Symbol(); Symbol.prototype[Symbol.toPrimitive].call(s, 'number') === s", True),
    ("Symbol.prototype[Symbol.toPrimitive].name", "[Symbol.toPrimitive]"),
    ("Symbol() + 1", Throws("TypeError")),
    ("`${Symbol()}`", Throws("TypeError")),
    # registry
    ("Symbol.for('a') === Symbol.for('a')", True),
    ("Symbol.for('a') === Symbol('a')", False),
    ("Symbol.for('a').description", "a"),
    ("Symbol.for(1) === Symbol.for('1')", True),
    ("Symbol.for() === Symbol.for('undefined')", True),
    ("Symbol.keyFor(Symbol.for('k'))", "k"),
    ("Symbol.keyFor(Symbol.for('0'))", "0"),
    ("Symbol.keyFor(Symbol('k'))", undefined),
    ("Symbol.keyFor(Symbol.iterator)", undefined),
    ("Symbol.keyFor('k')", Throws("TypeError")),
    ("Symbol.for.length + Symbol.keyFor.length", 2),
    # well-known symbols
    ("Symbol.iterator === Symbol.iterator && typeof Symbol.iterator", "symbol"),
    ("Symbol.iterator.description", "Symbol.iterator"),
    ("attrs(Symbol, 'iterator')", "---"),
    ("[][Symbol.iterator] === [].values", True),
]
CASES += [(f"Symbol.{name}.toString()", f"Symbol(Symbol.{name})") for name in WELL_KNOWN]


@pytest.mark.parametrize("source, expected", CASES)
def test_symbol(host, source: str, expected) -> None:
    run_case(host, source, expected)


def test_registry_is_shared_by_the_agents_realms(host) -> None:
    with host.new_realm() as first, host.new_realm() as second:
        second.global_object.set("box", first.eval("({registered: Symbol.for('reg'), plain: Symbol('reg'), it: Symbol.iterator})"))
        assert second.eval("Symbol.for('reg') === box.registered") is True
        assert second.eval("Symbol.keyFor(box.plain) === undefined") is True
        assert second.eval("Symbol.iterator === box.it") is True
