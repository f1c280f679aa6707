// var and function declarations of sloppy direct eval code inside a function go to that
// function's variable environment (EvalDeclarationInstantiation), deletable, never to the global.
function declaresVar() { eval("var x = 1"); return x; }
print(declaresVar(), typeof x);

function declaresFunction() {
    eval("var y = 2; function h() { return 'h' + y; }");
    return [y, h(), delete y, typeof y, delete h, typeof h].join();
}
print(declaresFunction(), typeof y, typeof h);

function seenByClosures(a) {
    var inner = function () { return z; };
    eval("var a = 5, z = 3");
    return [a, inner(), (function () { z = 4; return z; })(), z].join();
}
print(seenByClosures(1), typeof z);

function fromBlock() { { let q = 1; eval("var w = q + 1"); } return w; }
print(fromBlock(), typeof w);

function nested() { eval("eval('var deep = 7')"); return deep; }
print(nested(), typeof deep);

function strict() { "use strict"; eval("var s = 1"); return typeof s; }
print(strict());

function compound() {
    eval("var t = 1");
    t = 2;
    eval("t += 1");
    return [t, delete t, typeof t].join();
}
print(compound());

function perIteration() { for (var i = 0; i < 3; i++) eval("var acc" + i + " = " + i); return acc0 + acc1 + acc2; }
print(perIteration());

function fromWith() { with ({}) { eval("var withVar = 1"); } return withVar; }
print(fromWith(), typeof withVar);

function inParameters(a = eval("var p = 1"), b = () => p) { return [p, b()].join(); }
print(inParameters(), typeof p);

function redeclaresOwn() { var v = 1; eval("function v() {}"); return typeof v; }
print(redeclaresOwn());

function conflictsWithLexical() {
    try { eval("let a = 1; eval('var a')"); } catch (e) { return e.name; }
    return "no error";
}
print(conflictsWithLexical());

function innerFunctionOwnsItsEval() { eval("var d = 1"); return (function () { eval("var d = 2"); return d; })() + d; }
print(innerFunctionOwnsItsEval());

eval("eval('var fromNestedTopLevel = 1')");
print(typeof fromNestedTopLevel, delete fromNestedTopLevel, typeof fromNestedTopLevel);
