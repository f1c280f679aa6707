// End-to-end semantics of generated code; the .out file is what Node prints.
function p(x) { print(String(x)); }
// destructuring & iterator close
var closes = 0;
function it(n) { var i = 0; return { [Symbol.iterator]() { return this; }, next() { return { value: i++, done: i > n }; }, return() { closes++; return {}; } }; }
var [a, b] = it(5); p(a + "" + b + " " + closes);
var [c, ...d] = it(3); p(c + " " + d.length + " " + closes);
try { var [{ x }] = it(5); } catch (e) { p("te " + (e instanceof TypeError) + " " + closes); }
var [] = it(5); p("empty " + closes);
var [, , ] = it(1); p("holes " + closes);
var { length } = "abc"; p(length);
try { var { q } = null; } catch (e) { p("null " + (e instanceof TypeError)); }
var { ["a" + "b"]: ab = 2, ...restObj } = { ab: undefined, c: 1, d: 2 }; p(ab + " " + (restObj.c + restObj.d) + " " + ("ab" in restObj));
var nested = { n: [1, { m: 2 }] }; var { n: [one, { m: two }] } = nested; p(one + two);
function fd([x, y] = [1, 2], { z } = { z: 3 }) { return x + y + z; } p(fd());
for (var [k, v] of [[1, 2], [3, 4]]) p(k + v);
for (var { key: kk } of [{ key: "K" }]) p(kk);
var objT = {}; for (objT.prop of [7]); p(objT.prop);
try { throw { code: 5 }; } catch ({ code }) { p(code); }
// spread & calls with receivers
var rec = { v: 1, f(...a) { return this.v + a.length; } }; p(rec.f(...[1, 2])); p(rec["f"](1)); p((0, rec.f)() !== 2);
// in/instanceof/typeof
p(typeof null + typeof function () {} + typeof Symbol());
try { typeof tdzv; let tdzv; } catch (e) { p("typeof tdz " + (e instanceof ReferenceError)); }
// switch with lexical and functions
function sl(x) { switch (x) { case 1: let y = "one"; return y; case 2: function g() { return "g"; } return g(); } } p(sl(1) + sl(2));
// sequence, void, comma in for
for (var i = 0, j = 10; i < j; i += 4, j -= 4); p(i + " " + j);
p(void 0 === undefined);
// exponent assoc & unary
p(2 ** 3 ** 2); p((-2) ** 2);
// update on properties with getters
var cnt = { _c: 0, get c() { return this._c; }, set c(v) { this._c = v; } }; cnt.c++; cnt.c += 5; p(cnt.c);
// chained assignment
var ca, cb; ca = cb = 3; p(ca + cb);
var chain = {}; chain.a = chain.b = 1; p(chain.a + chain.b);
// string concatenation order
var order = ""; function o1() { order += 1; return 1; } function o2() { order += 2; return 2; } p(o1() + o2() + order);
var lhsObj = { x: 1 }; var kk2 = "x"; lhsObj[kk2] += (lhsObj = { x: 100 }).x; p(lhsObj.x);
var xx = 1; xx += (xx = 5); p(xx);
var yy = 1; yy = yy + (yy = 5); p(yy);
