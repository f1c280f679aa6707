// End-to-end semantics of generated code; the .out file is what Node prints.
function p(x) { print(String(x)); }
var evals = 0; function key() { evals++; return "k" + evals; }
class F { [key()] = 1; static [key()] = 2; }
new F(); new F(); p(evals); p(F.k2);
class P { #m() { return 1; } static same(a, b) { return a.#m === b.#m; } }
p(P.same(new P(), new P()));
class SP { static #sm() { return "sm"; } static call() { return SP.#sm(); } } p(SP.call());
class Base { constructor() { this.b = 1; } get g() { return "base g"; } set s(v) { this.sv = v; } }
class Der extends Base {
  f = () => this.b;
  constructor() { super(); p("after super " + this.b); }
  get g() { return "der>" + super.g; }
  setIt() { super.s = 9; return this.sv; }
  arrowSuper() { return (() => super.g)(); }
}
var d = new Der(); p(d.g); p(d.f());
try { class X extends X {} } catch (e) { p(e instanceof ReferenceError); }
class Twice extends Base { constructor() { super(); try { super(); } catch (e) { p("twice " + (e instanceof ReferenceError)); } } } new Twice();
class NoSuper extends Base { constructor() { } } try { new NoSuper(); } catch (e) { p("nosuper " + (e instanceof ReferenceError)); }
class RetObj extends Base { constructor() { return { o: 1 }; } } p(new RetObj().o);
class Acc { static #count = 0; static inc() { return ++Acc.#count; } } Acc.inc(); p(Acc.inc());
var o = { a: 1, get b() { return this.a + 1; }, ["c" + "d"]: 3, 4: "four", 1.5: "x" }; p(o.b + o.cd + o[4] + o["1.5"]);
var arr = [1, , 3]; p(arr.length + " " + (1 in arr));
class WithStatic { static x = 1; static y = WithStatic.x + 1; static { this.z = this.y + 1; } } p(WithStatic.z);
class Meth { m() { return "m"; } } p(typeof Meth.prototype.m + " " + Object.getOwnPropertyDescriptor(Meth.prototype, "m").enumerable);
var fe = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }; p(fe(5));
var fe2 = function self() { self = 1; return typeof self; }; p(fe2());
p((function () { "use strict"; try { var g = function h() { h = 1; }; g(); } catch (e) { return e instanceof TypeError; } })());
function hoist() { return inner(); function inner() { return "hoisted"; } } p(hoist());
{ function blockFn() { return "block"; } } p(blockFn());
if (true) function annexB() { return "annexB"; } p(annexB());
