// End-to-end semantics of generated code; the .out file is what Node prints.
function p(x) { print(String(x)); }
// nested finally routing
function nf() {
  var r = "";
  for (var i = 0; i < 3; i++) {
    try {
      try {
        if (i == 0) continue;
        if (i == 2) return r + "ret";
        r += "t" + i;
      } finally { r += "f1"; }
    } finally { r += "f2"; }
  }
  return r;
}
p(nf());
function ff() { var r = ""; a: try { try { break a; } finally { r += "x"; } } finally { r += "y"; } return r; }
p(ff());
function fthrow() { try { try { throw new Error("e"); } finally { p("inner"); } } catch (e) { return "caught " + e.message; } }
p(fthrow());
function fover() { for (;;) { try { return 1; } finally { break; } } return 2; }
p(fover());
function rethrow() { try { try { throw 1; } catch (e) { throw e + 1; } finally { p("fin"); } } catch (e) { return e; } }
p(rethrow());
// closures in loops with contexts and continue
var fs = [];
for (let i = 0; i < 4; i++) { if (i % 2) continue; let j = i * 10; fs.push(() => i + j); }
p(fs[0]() + " " + fs[1]());
var gs = []; for (const x of [1, 2]) { gs.push(() => x); } p(gs[0]() + gs[1]());
var hs = []; for (let i = 0, n = 2; i < n; i++) hs.push(function () { return i; }); p(hs[0]() + "" + hs[1]());
do { var dw = 1; } while (false); p(dw);
var k = 0; lab: do { k++; if (k < 3) continue lab; break; } while (true); p(k);
// parameters
function pd(a, b = () => a, c = b()) { var a = 5; return [a, b(), c].toString(); } 
function pd2(a, b = () => a) { a = 3; return b(); } p(pd2(1));
function pd3({ x, y = x * 2 }, [z] = [x + y]) { return x + y + z; } p(pd3({ x: 1 }));
function rest(a, ...r) { return r.length + (arguments.length * 10); } p(rest(1, 2, 3));
p((function (a, b) {}).length + (function (a, b = 1) {}).length + ((...r) => 0).length);
// arrow this / arguments
function outerT() { return (() => this.v)(); } p(outerT.call({ v: "tv" }));
function outerA() { return (() => arguments[0])(); } p(outerA("arg0"));
// getters/static/computed in classes
var key = "dyn";
class G { static get sg() { return "sg"; } [key + "M"]() { return "dm"; } static [key]() { return "sd"; } [key + "F"] = 4; static [key + "S"] = 5; }
p(G.sg + new G().dynM() + G.dyn() + new G().dynF + G.dynS);
// named evaluation
var { nf1 = function () {} } = {}; p(nf1.name);
var nfa; nfa = () => 1; p(nfa.name);
var cls = { k: class {} }; p(cls.k.name);
// update expressions on members
var uo = { n: "5" }; p(uo.n++); p(uo.n); var ua = [1]; p(++ua[0]);

// compound assignment to const in sloppy
// conditional & logical nesting
var t = 0; if (!(t > 1) && (t === 0 || t === 1)) p("cond ok");
p(null ?? (0 || "fallback"));
// object literal __proto__ and spread
var pr = { __proto__: { inherited: 1 } }; p(pr.inherited + " " + Object.getPrototypeOf(pr).inherited);
// labels with blocks and loops
outer: { inner: for (;;) { break outer; } }
p("done");
