// eval: indirect (global code) and direct (the caller's scope), strictness, nesting.
var g = 1;
print(eval("g + 1"), eval(42), typeof eval);
function direct(a) { var local = a * 2; return eval("local + a"); }
print(direct(5));
function closureOverEval() { let k = "captured"; return eval("() => k"); }
print(closureOverEval()());
var indirect = eval;
function scopes() { var g = "local g"; return [eval("g"), indirect("g"), (0, eval)("g")]; }
var r = scopes(); print(r[0], r[1], r[2]);
eval("var fromEval = 'declared'"); print(fromEval);
function assigns() { var x = 1; eval("x = 2"); return x; }
print(assigns());
try { eval("let = ;"); } catch (e) { print(e.name); }
function nested() { var depth = "outer"; return eval("eval('depth + \" nested\"')"); }
print(nested());
print(eval("this") === globalThis, (function () { "use strict"; return eval("this"); })());
