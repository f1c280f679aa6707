// End-to-end semantics of generated code; the .out file is what Node prints.
function p(x) { print(String(x)); }
function tdzParam(a = b, b) { return a; } try { tdzParam(); } catch (e) { p("param tdz " + (e instanceof ReferenceError)); }
function okParam(a, b = a) { return b; } p(okParam(4));
function bodyVar(a, b = () => a) { var a; return a + b(); } p(bodyVar(2));
function bodyVar2(a, b = () => a) { var a = 9; return a + "" + b(); } p(bodyVar2(2));
function argLen() { return arguments.length; } p(argLen(1, 2, 3));
var catchers = []; for (var i = 0; i < 2; i++) { try { throw i; } catch (e) { catchers.push(() => e); } } p(catchers[0]() + "" + catchers[1]());
var seen = ""; var obj = { a: 1, b: 2, c: 3 }; for (var k in obj) { seen += k; delete obj.c; } p(seen);
var r = ""; for (var x in null) r += x; for (var x in undefined) r += x; p("none" + r);
class SA { static get v() { return this._v; } static set v(x) { this._v = x; } } SA.v = 3; p(SA.v);
function cont() { var s = ""; for (var i = 0; i < 3; i++) { try { if (i == 1) continue; s += i; } finally { s += "f"; } } return s; } p(cont());
var lc = ""; o: for (var i = 0; i < 2; i++) { for (var j = 0; j < 2; j++) { try { continue o; } finally { lc += i + "" + j; } } } p(lc);
function nested() { var s = ""; try { try { throw 1; } finally { s += "a"; } } catch (e) { s += "b" + e; } finally { s += "c"; } return s; } p(nested());
function retFinallyOverride() { try { throw 1; } finally { return "overridden"; } } p(retFinallyOverride());
function loopReturnValue() { for (var x of [1, 2, 3]) { try { if (x == 2) return x; } finally { } } } p(loopReturnValue());
var count = 0; function counter() { return ++count; } var arrObj = [0, 0]; arrObj[counter()] += 5; p(arrObj[0] + "," + arrObj[1] + " " + count);
var ternaryCalls = 0; (ternaryCalls ? counter : function () { ternaryCalls = 7; })(); p(ternaryCalls);
p([1, 2, 3].length ? "yes" : "no");
var s2 = "a"; s2 += 1 + 2; p(s2);
p(`${1}${2}` + `x${"y"}z` + ``);
p(((a, b) => a * b)(6, 7));
var recurse = function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }; p(recurse(15));
var getterThis = { n: "outer", m() { return [1].map ? (() => this.n)() : ""; } }; p(getterThis.m());
label1: label2: for (;;) { break label1; } p("labels");
var z = 0; while (true) { if (++z > 3) break; } p(z);
do p("do once"); while (false);
p(-0 === 0 ? (1 / -0) : 0);
p(0.1 + 0.2); p(1e21); p(-1e-7); p(0xff + 0o7 + 0b11);
p("\u0041\x42" + '\'' + "\"");
