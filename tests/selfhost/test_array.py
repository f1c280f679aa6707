"""Array builtins written in JavaScript (selfhosted/array.js): (source, expected) per method."""
from __future__ import annotations

import pytest

from tests.selfhost.conftest import run

CASES = [
    # map / forEach / filter
    ("[1, 2, 3].map(x => x * 2)", [2, 4, 6]),
    ("var s = 0; [1, 2, 3].forEach(function (v) { s += v * this.m; }, {m: 10}); s", 60),
    ("var calls = 0; [1, , 3].forEach(x => { calls++; }) === undefined && calls", 2),
    ("[1, 2, 3, 4].filter(x => x % 2 === 0)", [2, 4]),
    ("[1, 2, 3].filter((v, i) => i > 0)", [2, 3]),
    # some / every
    ("[[1, 2].some(x => x > 1), [1, 2].some(x => x > 2), [].some(x => true)]", [True, False, False]),
    ("[[1, 2].every(x => x > 0), [1, 2].every(x => x > 1), [].every(x => false)]", [True, False, True]),
    # reduce / reduceRight
    ("[1, 2, 3].reduce((a, b) => a + b)", 6),
    ("[1, 2, 3].reduce((a, b) => a + b, 10)", 16),
    ("['a', 'b', 'c'].reduceRight((a, b) => a + b)", "cba"),
    ("[, 5].reduce((a, b) => a + b)", 5),
    ("try { [].reduce((a, b) => a) } catch (e) { e instanceof TypeError }", True),
    ("try { [,,].reduceRight((a, b) => a) } catch (e) { e instanceof TypeError }", True),
    ("[].reduce((a, b) => a, 'init')", "init"),
    # find family
    ("[5, 12, 8, 130].find(x => x > 10)", 12),
    ("[5, 12, 8, 130].findIndex(x => x > 10)", 1),
    ("[5, 12, 8, 130].findLast(x => x > 10)", 130),
    ("[5, 12, 8, 130].findLastIndex(x => x > 10)", 3),
    ("[[1].find(x => x > 5) === undefined, [1].findIndex(x => x > 5), [1].findLastIndex(x => 0)]", [True, -1, -1]),
    ("var seen = []; [1, , 3].find((v, i) => { seen[seen.length] = i; }); seen", [0, 1, 2]),
    # indexOf / lastIndexOf / includes
    ("[[1, 2, 3, 2].indexOf(2), [1, 2, 3, 2].indexOf(2, 2), [1, 2].indexOf(3), [1, 2, 3].indexOf(3, -1)]", [1, 3, -1, 2]),
    ("[[1, 2, 3, 2].lastIndexOf(2), [1, 2, 3, 2].lastIndexOf(2, 2), [1, 2, 3, 2].lastIndexOf(2, -3)]", [3, 1, 1]),
    ("[[NaN].indexOf(NaN), [NaN].includes(NaN), [1, , 3].includes(undefined), [1, , 3].indexOf(undefined)]", [-1, True, True, -1]),
    ("[[-0].includes(0), [1, 2, 3].includes(1, 1), [1, 2, 3].includes(3, -1)]", [True, False, True]),
    # at
    ("[[1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3) === undefined, [1, 2, 3].at(1.7)]", [1, 3, True, 2]),
    # join / toString / toLocaleString
    ("[1, null, undefined, 'x'].join()", "1,,,x"),
    ("[1, 2, 3].join(' - ')", "1 - 2 - 3"),
    ("[[1, 2], 3].toString()", "1,2,3"),
    ("Array.prototype.toString.call({join: 5})", "[object Object]"),
    # No callable join: %Object.prototype.toString% with its builtin tags.
    ("[true, 1, 's'].map(v => Array.prototype.toString.call(v))",
     ["[object Boolean]", "[object Number]", "[object String]"]),
    ("var e = new Error(); e.join = 0; Array.prototype.toString.call(e)", "[object Error]"),
    ("(function () { return Array.prototype.toString.call(arguments); })()", "[object Arguments]"),
    ("var f = function () {}; f.join = null; Array.prototype.toString.call(f)", "[object Function]"),
    ("Array.prototype.toString.call({join: 1, [Symbol.toStringTag]: 'T'})", "[object T]"),
    ("[1, 'a'].toLocaleString()", "1,a"),
    ("String([1, [2, [3]]])", "1,2,3"),
    # reverse / fill / copyWithin
    ("[1, 2, 3, 4].reverse()", [1, 2, 3, 4][::-1]),
    ("var a = [1, , 3, , ]; a.reverse(); [a.length, 0 in a, 1 in a, a[2], 3 in a]", [4, False, True, None, True]),
    ("[1, 2, 3, 4].fill(0, 1, 3)", [1, 0, 0, 4]),
    ("[1, 2, 3].fill(9, -1)", [1, 2, 9]),
    ("[1, 2, 3, 4, 5].copyWithin(0, 3)", [4, 5, 3, 4, 5]),
    ("[1, 2, 3, 4, 5].copyWithin(1, 0, 3)", [1, 1, 2, 3, 5]),
    ("[1, 2, 3, 4, 5].copyWithin(-2, -3, -1)", [1, 2, 3, 3, 4]),
    # slice / splice / shift / unshift / concat
    ("[1, 2, 3, 4].slice(1, 3)", [2, 3]),
    ("[1, 2, 3, 4].slice(-2)", [3, 4]),
    ("Array.prototype.slice.call({length: 2, 0: 'a', 1: 'b'})", ["a", "b"]),
    ("var a = [1, 2, 3, 4, 5]; var r = a.splice(1, 2); [a, r]", [[1, 4, 5], [2, 3]]),
    ("var a = [1, 2, 3]; var r = a.splice(1, 0, 'x', 'y'); [a, r]", [[1, "x", "y", 2, 3], []]),
    ("var a = [1, 2, 3]; a.splice(1); a", [1]),
    ("var a = [1, 2, 3]; a.splice(-1, 1, 'a', 'b'); a", [1, 2, "a", "b"]),
    ("var a = [1, 2, 3]; [a.shift(), a]", [1, [2, 3]]),
    ("var a = []; [a.shift() === undefined, a.length]", [True, 0]),
    ("var a = [3]; [a.unshift(1, 2), a]", [3, [1, 2, 3]]),
    ("[1].concat([2, 3], 4, [[5]])", [1, 2, 3, 4, [5]]),
    ("var o = {length: 2, 0: 'a', 1: 'b'}; o[Symbol.isConcatSpreadable] = true; [0].concat(o)", [0, "a", "b"]),
    ("var a = [1, 2]; a[Symbol.isConcatSpreadable] = false; [0].concat(a).length", 2),
    # flat / flatMap
    ("[1, [2, [3, [4]]]].flat()", [1, 2, [3, [4]]]),
    ("[1, [2, [3, [4]]]].flat(Infinity)", [1, 2, 3, 4]),
    ("[1, , [2, , 3]].flat()", [1, 2, 3]),
    ("[1, 2].flatMap(x => [x, x * 10])", [1, 10, 2, 20]),
    ("[1, 2].flatMap(x => [[x]])", [[1], [2]]),
    # sort: default order, comparator, stability, holes and undefined last
    ("[3, 1, 10, 2].sort()", [1, 10, 2, 3]),
    ("[3, 1, 10, 2].sort((a, b) => a - b)", [1, 2, 3, 10]),
    ("var a = [5, undefined, , 1]; a.sort(); [a[0], a[1], a[2] === undefined, 2 in a, 3 in a, a.length]",
     [1, 5, True, True, False, 4]),
    ("var r = []; for (var i = 0; i < 40; i++) r[i] = {k: i % 3, i: i};"
     "r.sort((a, b) => a.k - b.k); var ok = true;"
     "for (var j = 1; j < 40; j++) if (r[j - 1].k === r[j].k && r[j - 1].i > r[j].i) ok = false; ok", True),
    ("try { [1, 2].sort(5) } catch (e) { e instanceof TypeError }", True),
    ("['b', 'a', 'c'].sort((a, b) => a < b ? 1 : -1)", ["c", "b", "a"]),
    # change by copy
    ("var a = [3, 1, 2]; var b = a.toSorted(); [a, b]", [[3, 1, 2], [1, 2, 3]]),
    ("[1, , 3].toSorted()", [1, 3, None]),
    ("var a = [1, 2, 3]; [a.toReversed(), a]", [[3, 2, 1], [1, 2, 3]]),
    ("var a = [1, 2, 3, 4]; [a.toSpliced(1, 2, 'x'), a]", [[1, "x", 4], [1, 2, 3, 4]]),
    ("[1, 2, 3].toSpliced()", [1, 2, 3]),
    ("var a = [1, 2, 3]; [a.with(1, 'x'), a.with(-1, 'y'), a]", [[1, "x", 3], [1, 2, "y"], [1, 2, 3]]),
    ("try { [1].with(1, 0) } catch (e) { e instanceof RangeError }", True),
    # statics
    ("Array.of(7, 8)", [7, 8]),
    ("Array.from({length: 3, 0: 'a', 2: 'c'})", ["a", None, "c"]),
    ("Array.from([1, 2, 3], x => x * x)", [1, 4, 9]),
    ("Array.from('abc')", ["a", "b", "c"]),
    ("var it = {}; it[Symbol.iterator] = function () { var i = 0; return {next() { i++; return {done: i > 2, value: i}; }}; };"
     "Array.from(it)", [1, 2]),
    ("var closed = false; var it = {}; it[Symbol.iterator] = function () { return {next() { return {done: false, value: 1}; },"
     "return() { closed = true; return {}; }}; }; try { Array.from(it, () => { throw 1; }) } catch (e) {} closed", True),
    ("function C(n) { this.made = n; } var r = Array.of.call(C, 1, 2); [r.made, r.length, r instanceof C]", [2, 2, True]),
    # species
    ("class MyArray extends Array {} var m = new MyArray(); m.push(1, 2); m.map(x => x) instanceof MyArray", True),
    ("var a = [1, 2]; a.constructor = {}; a.constructor[Symbol.species] = function (n) { return {made: n}; };"
     "a.map(x => x).made", 2),
]

@pytest.mark.parametrize("source, expected", CASES)
def test_array(realm, source: str, expected: object) -> None:
    assert run(realm, source) == expected


@pytest.mark.parametrize("name, length", [
    ("map", 1), ("forEach", 1), ("filter", 1), ("some", 1), ("every", 1), ("reduce", 1), ("reduceRight", 1),
    ("find", 1), ("findIndex", 1), ("findLast", 1), ("findLastIndex", 1), ("indexOf", 1), ("lastIndexOf", 1),
    ("includes", 1), ("at", 1), ("join", 1), ("toString", 0), ("toLocaleString", 0), ("reverse", 0),
    ("fill", 1), ("copyWithin", 2), ("slice", 2), ("splice", 2), ("shift", 0), ("unshift", 1), ("concat", 1),
    ("flat", 0), ("flatMap", 1), ("sort", 1), ("toSorted", 1), ("toReversed", 0), ("toSpliced", 2), ("with", 2),
])
def test_prototype_method_name_and_length(realm, name: str, length: int) -> None:
    assert run(realm, f"[Array.prototype.{name}.name, Array.prototype.{name}.length]") == [name, length]


@pytest.mark.parametrize("name, length", [("from", 1), ("of", 0)])
def test_static_name_and_length(realm, name: str, length: int) -> None:
    assert run(realm, f"[Array.{name}.name, Array.{name}.length]") == [name, length]


def test_species_getter(realm) -> None:
    assert run(realm, """var d = Object.getOwnPropertyDescriptor(Array, Symbol.species);
        [d.get.name, d.get.length, d.set === undefined, d.enumerable, d.configurable, Array[Symbol.species] === Array]""") \
        == ["get [Symbol.species]", 0, True, False, True, True]


def test_unscopables(realm) -> None:
    assert run(realm, """var u = Array.prototype[Symbol.unscopables];
        var d = Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables);
        [Object.getPrototypeOf(u) === null, u.flat, u.toSorted, u.map === undefined, d.writable, d.enumerable,
         d.configurable, Object.keys(u).length]""") == [True, True, True, True, False, False, True, 16]
    assert run(realm, "var keys = 'outer'; with ([]) { keys }") == "outer"
