"""Early errors (each grammar section's "Static Semantics: Early Errors"), table-driven.

Each REJECT entry must raise JSSyntaxError; each ACCEPT entry is a near miss that must
parse, so a check that rejects too much fails too. ``m:`` marks module code.
"""
from __future__ import annotations

import pytest

from engine.syntax import JSSyntaxError, parse

REJECT = [
    # redeclarations
    "let a; let a;", "let a; var a;", "var a; let a;", "const a = 1; function a(){}",
    "{ let a; var a; }", "{ var a; let a; }", "{ let a; { var a; } }", "class A {} class A {}",
    "function f(a) { let a; }", "(a) => { let a; }", "function f(a) { const a = 1; }",
    "switch (x) { case 1: let a; case 2: let a; }", "switch (x) { case 1: let a; default: var a; }",
    "try {} catch (e) { let e; }", "try {} catch ([e]) { var e; }", "try {} catch (e) { for (let e of []) var e; }",
    "try {} catch ([a, a]) {}", "for (let a;;) { var a; }", "for (let [a, a] of b);",
    "m:function f(){} function f(){}", "m:function f(){} var f;", "m:import a from 'x'; let a;",
    "'use strict'; { function f(){} function f(){} }", "{ function* f(){} function f(){} }",
    "{ async function f(){} function f(){} }", "let let = 1;", "const let = 1;", "for (let let of x);",
    "label: { label: ; }", "a: a: ;",
    # assignment and update targets
    "1 = 2", "a + b = c", "f() = 1", "f() += 1", "f()++", "--f()", "for (f() in a);", "for (f() of a);", "f() &&= 1", "[f()] = 1", "({a: f()} = 1)", "import('a') = 1", "f()`` = 1", "++a++", "a++ = 1", "(a, b) = 1", "({a}) = 1", "([a]) = 1",
    "[...a, b] = c", "[...a = 1] = c", "[...a,] = c", "({...{a}} = b)", "({a: 1} = b)", "({get a(){}} = b)",
    "a?.b = 1", "a?.b++", "for (a?.b of c);", "async () => {} = 1", "x => x = 1 = 2",
    "({a = 1})", "({a = 1}).b", "[{a = 1}.b] = c", "({a = 1}) => 1; ({b = 1})", "f({a = 1})",
    "`${a}` = 1", "new.target = 1", "++(a, b)", "for (let x of a, b);",
    # strict mode
    "'use strict'; 010", "'use strict'; '\\01'", "function f(){ '\\01'; 'use strict'; }", "'use strict'; 08",
    "'use strict'; with (a) b", "'use strict'; delete x", "'use strict'; delete (x)",
    "'use strict'; eval = 1", "'use strict'; arguments++", "'use strict'; var eval;", "'use strict'; function arguments(){}",
    "function eval(){ 'use strict' }", "function f(eval){ 'use strict' }", "'use strict'; ({eval} = x)",
    "'use strict'; [arguments] = x", "'use strict'; try {} catch (eval) {}",
    "'use strict'; var implements;", "'use strict'; var interface;", "'use strict'; var let;", "'use strict'; var package;",
    "'use strict'; var private;", "'use strict'; var protected;", "'use strict'; var public;", "'use strict'; var static;",
    "'use strict'; var yield;", "function static(){ 'use strict' }", "function f(a, a){ 'use strict' }",
    "'use strict'; function f(a, a){}", "(a, a) => 1", "({ m(a, a){} })", "function f(a, [a]){}", "function f(a, a = 1){}",
    "function f(a = 1){ 'use strict' }", "function f({a}){ 'use strict' }", "(...a) => { 'use strict' }",
    "'use strict'; if (a) function f(){}", "'use strict'; l: function f(){}", "m:l: function f(){}",
    # yield and await
    "function* g(){ var yield; }", "function* g(yield){}", "function* g(a = yield){}", "function* g(){ (a = yield) => 1 }",
    "function* g(){ function* h(a = yield 1){} }", "(function* yield(){})", "function* g(){ yield\n* a }",
    "async function f(){ var await; }", "async function f(await){}", "async function f(a = await 1){}",
    "(async function await(){})", "async (await) => 1", "async (a = await 1) => 1", "async await => 1",
    "async function f(){ (a = await 1) => 1 }", "m:var await;", "m:await: ;", "class C { static { await; } }",
    "class C { static { var await; } }", "class C { static { arguments; } }", "class C { x = arguments; }",
    "class C { static { return; } }", "function* g(){ yield = 1 }", "'use strict'; yield: ;",
    "async function f(){ for await (x in y); }", "function f(){ for await (x of y); }", "async function f(){ for await (;;); }",
    "a => { await 1 }", "function f() { await 1 }", "x = { *yield(){ yield: ; } }",
    # control flow
    "break;", "continue;", "{ break; }", "l: { continue l; }", "while (1) { break m; }", "function f(){ l: while(1) { function g(){ break l; } } }", "l: while (1) { (() => { continue l; }) }",
    "return;", "{ return 1; }", "switch (a) { default: default: }", "if (a) l: function f(){}",
    "while (1) function f(){}", "while (1) l: function f(){}", "if (a) let [a] = 1;", "while (1) const a = 1;",
    "if (a) class C {}", "do function f(){} while (0)", "for (;;) async function f(){}",
    "if (a) function* g(){}", "if (a) async function f(){}", "throw\n1;", "try {}", "with (a) function f(){}",
    # classes, super, new.target, private names
    "class C { #x; #x; }", "class C { #x; get #x(){} }", "class C { get #x(){} get #x(){} }",
    "class C { static get #x(){} set #x(v){} }", "class C { m(){ this.#y } }", "this.#x", "class C { #constructor(){} }",
    "class C { #x; m(){ delete this.#x } }", "class C { #x; m(){ delete this?.#x } }", "class C { constructor(){} constructor(){} }",
    "class C { get constructor(){} }", "class C { *constructor(){} }", "class C { async constructor(){} }",
    "class C { constructor = 1 }", "class C { static prototype(){} }", "class C { static prototype = 1 }",
    "class C { constructor(){ super(); } }", "class C extends D { m(){ super(); } }", "function f(){ super.x }",
    "super.x", "({ m(){ super(); } })", "class C extends D { x = super(); }", "new.target",
    "() => new.target", "class C { x = 1 y = 2 }", "class let {}", "class C extends D { constructor(){ new super(); } }",
    "({ get a(x){} })", "({ set a(){} })", "({ set a(x, y){} })", "({ set a(...x){} })", "class C { get a(x){} }",
    "class C { #x; static m(){ #x in #x in this } }", "#x in {}", "class C { #x; m(){ #x } }",
    "function* g(){ function yield(){} }", "async function f(){ function await(){} }", "class C { static prototype; }",
    "new a.b?.()", "async\n(a) => 1",
    # operators and literals
    "-a ** 2", "typeof a ** 2", "await a ** 2 ; async function f(){ await a ** 2 }", "a ?? b || c", "a || b ?? c",
    "a ?? b && c", "a && b ?? c", "a?.b`c`", "new a?.b", "`\\u{110000}`", "`\\01`", "/a/gg", "/(/",
    "0_1", "1__0", "1_", "08n", "1.5n", "a\n=> 1", "async (a)\n=> 1", "({a:1, __proto__: 1, __proto__: 2})",
    "x = {__proto__: 1, '__proto__': 2}", "for (async of x);", "for (let of x);", "for (let.a of x);",
    "for (var [a] = 1 in b);", "for (let a = 1 in b);", "'use strict'; for (var a = 1 in b);", "for (var a = 1 of b);",
    "for (var a, b of c);", "for (a = 0 of b);", "(...a, b) => 1", "(...a = 1) => 1", "(a, ...b,) => 1",
    "function f(...a,){}", "function f(...a = 1){}", "(a,)", "()", "(...a)", "[...a,] = b", "let [...a,] = b",
    "({...a,} = b)", "let {...a,} = b", "var {...{a}} = b", "var [(a)] = b", "((a)) => 1", "([(a)]) => 1",
    "({a: (b)}) => 1", "i\\u0066 (a) ;", "var v\\u0061r;", "m:\\u{61}wait: 1;", "n\\u0065w.target",
    # modules
    "m:export { a };", "m:let a; export { a, a };", "m:export default 1; export default 2;", "m:export var a; export { b as a }; var b;",
    "m:export { 'a' };", "m:export { if };", "m:export { '\\uD800' as a } from 'x';", "m:import { '\\uDC00' as a } from 'x';",
    "m:import { if } from 'x';", "m:import { a as if } from 'x';", "m:import.meta = 1", "import.meta",
    "m:{ import a from 'x'; }", "m:{ export var a; }", "export var a;", "import a from 'x';",
    "m:export * as a from 'x'; export { b as a }; var b;", "m:import { a, a } from 'x';", "m:import a, * as a from 'x';",
    "m:function f(){ await 1 }", "m:010", "m:with (a) b", "m:new import('x')", "import('x', )",
    "m:export default function f(){} function f(){}", "m:export async function(){}",
]

ACCEPT = [
    "try {} catch (e) { for (var e of []); }",
    "var a; var a;", "function f(){} var f;", "var f; function f(){}", "function f(){} function f(){}",
    "{ function f(){} function f(){} }", "try {} catch (e) { var e; }", "try {} catch (e) { { let e; } }",
    "function f(a) { var a; }", "function f(a) { function a(){} }", "function f(a, a){}", "let a; { let a; }",
    "switch (x) { case 1: { let a; } case 2: let a; }", "for (let a;;) { let a; }", "l: { break l; }",
    "a: b: while (1) { continue a; }", "a: { b: while(1) { break a; } }",
    "if (a) function f(){}", "if (a) function f(){} else function g(){}", "l: function f(){}", "l: l2: function f(){}",
    "let\nx = 1", "var let; let = 1;", "let: ;", "let.a = 1;", "for (let in x);", "for (let.a in x);", "for (let;;);",
    "if (a) let\nfoo", "yield: ;", "var yield;", "function* g(){ () => { var yield; } }", "function* yield(){}",
    "async function await(){}", "var await;", "await: ;", "function* h(){ yield * a }",
    "function* g(){ yield; yield a; yield* b; x = yield; f(yield, yield a); }", "async function f(){ await a; for await (x of y); }",
    "async () => { await 1 }", "async (a) => a", "async a => a", "async\n(a); function async(){}", "async(a, b)",
    "var async; async = 1; async(1)", "async function* g(){ yield await 1; for await (const x of y); }",
    "({ async *m(){}, get a(){}, set a(v){}, async(){}, get(){}, set(){}, static(){}, await: 1 })",
    "class C { static async *m(){} static get a(){} get(){} set(){} static(){} async(){} 'constructor'(){} }",
    "class C { #x; get #y(){} set #y(v){} static #z(){} m(){ this.#x; this.#y; C.#z; #x in this; } }",
    "class C { #x; m(){ class D { n(){ this.#x } } } }", "class C extends D { constructor(){ super(); () => super(); } }",
    "class C { m(){ super.x; } static { super.x; this; } x = super.y; y = () => this; }",
    "({ m(){ super.x } })", "function f(){ new.target } ", "function f(){ () => new.target }", "class C { x = new.target; }",
    "class C extends (a, b) {}", "class C { 'prototype' = 1 }", "class C { static ['prototype'] = 1 }",
    "class C { static constructor(){} }", "class C { ['constructor'] = 1 }", "class C { x\ny }", "class C { static\nm(){} }",
    "class C { get\nm(){} }", "class C { async\nm(){} }",
    "(-a) ** 2", "(+a) ** b", "a ** -b", "a++ ** 2", "(a ?? b) || c", "a ?? (b || c)", "a?.b", "a?.[b]", "a?.(b)",
    "a?.b.c(d)?.[e]", "a ? .5 : 1", "a?.5:1", "new a.b()?.c", "`a${b}c${d}e`", "tag`\\01`", "tag`\\u{110000}`",
    "/a/g.test(b)", "a / b / c", "x = /=/", "0b101n + 0xFFn", "1_000_000", "0.0_1e1_0", "'\\8'", "010", "08.5",
    "({__proto__: 1, __proto__})", "({__proto__: 1, ['__proto__']: 2})", "({__proto__: a, __proto__: b} = c)",
    "[{__proto__: a, __proto__: b}] = c", "({a = 1} = b)", "[{a = 1}] = b", "({a: {b = 1}} = c)", "({a = 1}) => 1",
    "async ({a = 1}) => 1", "for ({a = 1} of b);", "for ([a, b] of c);", "for (async of => 1;;);", "for (async.x of y);",
    "async function f(){ for await (async of x); }",
    "for (var a = 1 in b);", "for (var a in b);", "for (var [a] of b);", "for (const a of b);", "for (let [a] of b);",
    "(a, b) => 1", "(a, ...b) => 1", "(a,) => 1", "([a], {b}) => 1", "({a: b.c} = d)", "[a.b, c[d]] = e",
    "[(a)] = b", "[(a.b)] = c", "({a: (b)} = c)", "(a) = 1", "(a.b) = 1", "[...a] = b", "({...a} = b)", "({...a.b} = c)",
    "x = function eval(){}", "function f(a = 1, {b}, [c], ...d){}", "function f(a,){}", "f(a,)", "f(...a, b)",
    "label: for (;;) { continue label; }", "x: while (1) { break x; }", "do ; while (0) x", "do ; while (0)\n;",
    "if (a) ; else ;", "switch (a) { case 1: default: case 2: }", "with (a) b", "debugger", "'use strict'; 'a'",
    "function f(){ 'a'; 'use strict'; }", "'\\01'; ", "function f(){ '\\01' } function g(){ 'use strict' }",
    "a\n++b", "a\n/b/g", "return_ = 1", "x = a\n(b)", "a = b ? c : d ? e : f", "a = b, c = d",
    "import('x')", "new (import('x'))", "m:import.meta", "m:export * from 'x'", "m:export * as ns from 'x'",
    "m:export * as 'a b' from 'x'", "m:export { a as 'b c' }; var a;", "m:export { 'a b' as c } from 'x'",
    "m:import x, * as ns from 'x'", "m:import x, { a, b as c, 'd e' as f, default as g } from 'x'", "m:import 'x'",
    "m:export default function(){}", "m:export default class {}", "m:export default async function(){}",
    "m:export default (1, 2)", "m:export default function f(){} f();", "m:export { f as default }; function f(){}",
    "m:export var a = 1, {b} = c, [d] = e;", "m:export let x; export const y = 1; export class Z {} export function w(){}",
    "m:export { x }; let x;", "m:export { x }; function x(){}", "m:export { x }; import x from 'y';",
    "m:export { if } from 'x'", "m:export { default } from 'x'", "m:await 1", "m:for await (x of y);",
    "m:() => { import('x') }", "<!-- html comment\nx", "x\n--> html comment", "#!/usr/bin/env node\nx",
    "\\u0061wait: 1", "var \\u{61}sync;", "a\\u0062c", "({ \\u0069f: 1 }).\\u0069f",
]


def _run(entry: str) -> None:
    module = entry.startswith("m:")
    parse(entry[2:] if module else entry, module=module)


@pytest.mark.parametrize("source", REJECT)
def test_rejected(source: str) -> None:
    with pytest.raises(JSSyntaxError):
        _run(source)


@pytest.mark.parametrize("source", ACCEPT)
def test_accepted(source: str) -> None:
    _run(source)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("let x; let x;", "Identifier 'x' has already been declared"),
        ("f(a))", "Unexpected token ')'"),
        ("a + 1 = 2", "Invalid left-hand side in assignment"),
        ("'use strict'; eval = 1", "Unexpected eval or arguments in strict mode"),
        ("break", "Illegal 'break' statement"),
    ],
)
def test_messages(source: str, message: str) -> None:
    with pytest.raises(JSSyntaxError) as info:
        parse(source)
    assert info.value.message == message
