// End-to-end semantics of generated code; the .out file is what Node prints.
// completion, closures, loops
var log = [];
function p(x) { print(String(x)); }
let fs = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
p(fs[0]() + "," + fs[1]() + "," + fs[2]());
var gs = [];
for (const k in {a: 1, b: 2}) gs.push(() => k);
p(gs[0]() + gs[1]());
function tf(n) {
  let r = "";
  for (let i = 0; i < n; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      r += i;
    } finally {
      r += "f";
    }
  }
  return r;
}
p(tf(5));
function ret() { try { return "a"; } finally { p("finally-ran"); } }
p(ret());
function over() { try { return "a"; } finally { return "b"; } }
p(over());
function thr() { try { throw new Error("x"); } catch (e) { return e.message; } finally { p("f2"); } }
p(thr());
outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; p(i + "" + j); } }
var o = { a: { b: { c: 5 } } };
p(o?.a.b.c); p(o.x?.y.z); p(o.x?.());
var cnt = 0; var obj = { get v() { cnt++; return 1; } };
p(obj.v ?? 2); p(cnt);
var z = null; z ??= 3; p(z); z ||= 4; p(z); z &&= 5; p(z);
var q = { x: 0 }; q.x ||= 7; p(q.x); q.x &&= 8; p(q.x);
let u = 5; p(u++ + " " + u + " " + ++u);
p(typeof undeclaredThing);
p(2 ** 10); p(-(2 ** 2));
p([1, , 3].length); p(1 in [1, , 3]);
var [a1, , a3 = 9, ...rest] = [1, 2, undefined, 4, 5]; p(a1 + "," + a3 + "," + rest.length);
var { m, n: { nn = 6 } = {}, ...others } = { m: 1, x: 2, y: 3 }; p(m + "," + nn + "," + (function(){ var s=""; for (var k in others) s+=k; return s; })());
function defs(a, b = a + 1, ...r) { return a + b + r.length; } p(defs(1)); p(defs(1, 5, 7, 8));

function sargs(a) { "use strict"; a = 9; return arguments[0]; } p(sargs(1));
