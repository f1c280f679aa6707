// End-to-end semantics of generated code; the .out file is what Node prints.
var wo = { wx: 5, m() { return this === wo; } }; with (wo) { print(wx); wx = 6; print(m()); } print(wo.wx);
function fw(o) { var local = 1; with (o) { local = value; } return local; } print(fw({ value: 7 })); print(fw({ local: 0, value: 8 }));
var ev = 1; function fe() { var ev = 2; return eval("ev + 1"); } print(fe());
function fe2() { eval("var injected = 7"); return injected; } print(fe2());
print(eval("1; if (true) {}")); print(eval("2; {}"));
function fe3() { let a = 1; { let b = 2; return eval("a + b"); } } print(fe3());
var geval = eval; var gv = "global"; function fe4() { var gv = "local"; return geval("gv"); } print(fe4());
print(typeof eval("(function () { return 1; })"));
function tag(s, ...vals) { return s.raw[0] + "|" + s[1] + "|" + vals.length; } print(tag`a\n${1}b`);
function same(s) { return s; } function twice() { return same`x`; } print(twice() === twice());
print(same`y` === same`y`);
var o = { m(s) { return this === o; } }; print(o.m`z`);
