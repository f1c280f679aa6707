// Objects and arrays: literals, property order, accessors, delete, in, for-in, holes, length.
function join(a, sep) { var s = ""; for (var i = 0; i < a.length; i++) s += (i ? sep : "") + a[i]; return s; }
var o = { b: 1, a: 2, 2: "two", 1: "one" }; o.c = 3;
var keys = []; for (var k in o) keys[keys.length] = k; print(join(keys, ","));
var acc = { _v: 1, get v() { return this._v * 10; }, set v(x) { this._v = x; } };
acc.v = 5; print(acc.v, "v" in acc, "w" in acc);
delete o.b; print("b" in o, o.b);
var computed = "dyn"; var lit = { [computed + "amic"]: 1, ["x" + 1]: 2 }; print(lit.dynamic, lit.x1);
var arr = [1, 2, 3]; arr[5] = 6; print(arr.length, arr[4], 4 in arr, 5 in arr);
arr.length = 2; print(arr.length, arr[2]);
var holes = [1, , 3]; print(holes.length, 1 in holes);
var sparse = []; sparse[1000000] = 1; print(sparse.length, sparse[1000000], sparse[5]);
var nested = { a: { b: { c: [10, 20, { d: "deep" }] } } }; print(nested.a.b.c[2].d, nested["a"]["b"].c[1]);
var spread = [0, ...[1, 2], ...[3]]; print(join(spread, "-"), spread.length);
var copy = { ...{ p: 1, q: 2 }, r: 3 }; print(copy.p, copy.q, copy.r);
var s = "hello"; print(s.length, s[1], s["0"]);
var shorthand = 7; var sh = { shorthand }; print(sh.shorthand);
