// End-to-end semantics of generated code; the .out file is what Node prints.
function p(x) { print(String(x)); }
class A {
  #x = 1; static s = 10; y = this.#x + 1; static #c = 0;
  constructor(v) { this.v = v; A.#c++; }
  get x() { return this.#x; } set x(v) { this.#x = v; }
  #priv() { return "priv" + this.#x; }
  callPriv() { return this.#priv(); }
  static count() { return A.#c; }
  has(o) { return #x in o; }
  m() { return "A.m"; }
  static { p("static block " + this.s); }
}
class B extends A {
  z = 3;
  constructor() { super(5); p("B ctor " + this.v + this.z); }
  m() { return "B>" + super.m(); }
  static sm() { return super.count(); }
}
var b = new B();
p(b.m()); p(b.x); b.x = 4; p(b.x); p(b.y); p(b.callPriv()); p(B.sm()); p(b.has(b)); p(b.has({}));
p(A.s + " " + B.s);
var a2 = new A(1); p(A.count()); p(a2.callPriv === b.callPriv);
class C extends A { }
var c = new C(7); p(c.v + " " + c.y);
var K = class Named { who() { return Named.name; } }; p(new K().who());
var anon = class {}; p(anon.name);
var f1 = function () {}; p(f1.name); var ar = () => 1; p(ar.name);
var objn = { meth() {}, ["comp" + 1]: function () {} }; p(objn.meth.name + " " + objn.comp1.name);
function NT() { return new.target === NT; } p(new NT() instanceof NT); p(NT());
class D { constructor() { p(new.target === D); } } new D();
// switch
function sw(x) { var r = ""; switch (x) { case 1: r += "1"; case 2: r += "2"; break; default: r += "d"; case 3: r += "3"; } return r; }
p(sw(1) + " " + sw(2) + " " + sw(3) + " " + sw(9));
// labels
lbl: { p("in"); if (true) break lbl; p("never"); }
// destructuring assignment
var da, db, dobj = {}; [da, db] = [1, 2]; [da, db] = [db, da]; p(da + "" + db);
({ a: dobj.q, b: dobj["r"] = 5 } = { a: 1 }); p(dobj.q + "" + dobj.r);
// iterator close
var closed = 0;
var iterable = { [Symbol.iterator]() { var i = 0; return { next() { return { value: i++, done: i > 5 }; }, return() { closed++; return {}; } }; } };
for (var v of iterable) { if (v == 2) break; } p("closed " + closed);
function rf() { for (var v of iterable) { return v; } } rf(); p("closed " + closed);
try { for (var v of iterable) { throw 1; } } catch (e) {} p("closed " + closed);
out: for (var w of [1, 2]) { for (var v of iterable) { continue out; } } p("closed " + closed);
var [d1] = iterable; p("closed " + closed + " " + d1);
var [e1, e2, e3, e4, e5, e6] = iterable; p("closed " + closed + " " + e6);
for (var v of iterable) {} p("closed " + closed);
// templates
var name = "w"; p(`hello ${name}${1 + 1}!`);


// spread
function sum3(a, b, c) { return a + b + c; } p(sum3(...[1, 2], 3)); p(new Array(...[1, 2, 3]).length);
p([...[1, 2], ...[3]].length); var spo = { ...{ a: 1, b: 2 }, c: 3 }; p(spo.a + spo.b + spo.c);
// delete / typeof / in / instanceof / comma
var dd = { x: 1 }; p(delete dd.x); p("x" in dd); p(typeof dd); p((1, 2)); p([] instanceof Array);
// getters in object literal
var go = { _v: 1, get v() { return this._v; }, set v(x) { this._v = x * 2; } }; go.v = 5; p(go.v);
var sup = { __proto__: { hi() { return "proto hi"; } }, hi() { return "own>" + super.hi(); } }; p(sup.hi());
// exceptions from TDZ
try { tdz; let tdz = 1; } catch (e) { p(e instanceof ReferenceError); }
try { const cc = 1; cc = 2; } catch (e) { p(e instanceof TypeError); }
// eval & with
