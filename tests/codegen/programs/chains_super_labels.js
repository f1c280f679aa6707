// End-to-end semantics of generated code; the .out file is what Node prints.
function p(x) { print(String(x)); }
var r = ""; for (var v of [1, 2, 3]) { switch (v) { case 2: continue; default: r += v; } } p(r);
try { throw {}; } catch ({ a = "dflt" }) { p(a); }
class Q { #x = 1; static has(o) { return o?.#x; } } p(Q.has(new Q())); p(Q.has(null));
var dd = { x: 1 }; p(delete dd?.x); p(dd.x); var nn = null; p(delete nn?.x);
var arr = [10, 20]; var k = 1; p(arr?.[k]); p(nn?.[k]);
var ns = { b: { C: function (v) { this.v = v; } } }; p(new ns.b.C(3).v); function mk() { return ns.b.C; } p(new (mk())(4).v);
class S1 { m() { return "S1"; } } class S2 extends S1 { m() { var k = "m"; return "S2>" + super[k](); } } p(new S2().m());
var sym = Symbol("s"); var so = { [sym]() { return "sym method"; } }; p(so[sym]());
class Nul extends null { constructor() { return Object.create(Nul.prototype); } } p(new Nul() instanceof Nul);
var objSuper = { __proto__: { greet() { return "hi"; } }, greet() { return super.greet() + "!"; }, get g() { return super.greet(); } }; p(objSuper.greet() + objSuper.g);
var chainCalls = { a: { b() { return this === chainCalls.a; } } }; p(chainCalls.a?.b()); p(chainCalls.x?.b());
var cnt = 0; var side = { get x() { cnt++; return null; } }; side.x?.y.z; p(cnt);
function optionalCallThis() { return this; } var holder = { f: optionalCallThis }; p(holder.f?.() === holder); p((holder?.f)() === holder);
var i = 0; var a2 = [1, 2, 3]; a2[i++] += 10; p(a2[0] + " " + i);
var s = 0; for (var x = 0; x < 5; x++) { if (x == 1) continue; if (x == 4) break; s += x; } p(s);
var lbl = ""; a: for (var i2 = 0; i2 < 3; i2++) { b: for (var j = 0; j < 3; j++) { if (j == 1) continue a; if (i2 == 2) break b; lbl += i2 + "" + j; } } p(lbl);
