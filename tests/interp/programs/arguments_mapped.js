// Mapped arguments objects (sloppy functions with simple parameters): arguments[i] and parameter i
// alias each other until the index is deleted, redefined as an accessor or made read-only.
function f(a, b) { arguments[0] = 10; b = 20; return [a, arguments[1], arguments.length].join(); }
print(f(1, 2), f(1));
function g(a) { a = 5; return arguments[0]; }
print(g(1), g());
function h(a) { delete arguments[0]; arguments[0] = 7; return a; }
print(h(1));
function k(a) { Object.defineProperty(arguments, "0", { writable: false }); a = 3; return [arguments[0], a].join(); }
print(k(1));
function m(a) { Object.defineProperty(arguments, "0", { value: 9 }); var r = a; a = 4; return [r, arguments[0]].join(); }
print(m(1));
function n(a) { Object.defineProperty(arguments, "0", { get: function () { return "g"; } }); a = 2; return arguments[0]; }
print(n(1));
function p(a, a) { a = 3; return [arguments[0], arguments[1]].join(); }
print(p(1, 2));
function q(a) { "use strict"; a = 2; return arguments[0]; }
print(q(1));
function r(a) { var inner = function () { return arguments; }; var args = arguments; return function () { a = "late"; return args[0]; }; }
print(r(1)());
function s(a) { return Object.getOwnPropertyDescriptor(arguments, "0").value + (a = 8, Object.getOwnPropertyDescriptor(arguments, "0").value); }
print(s(1));
function t(a, b, c) { var o = Object.freeze(arguments); a = 100; return [o[0], Object.isFrozen(o), JSON.stringify(Object.getOwnPropertyDescriptor(o, "0"))].join(); }
print(t(1, 2, 3));
function u(a) { arguments.length = 5; Array.prototype.push.call(arguments, "x"); a = 1; return [arguments[0], arguments[5], Array.prototype.slice.call(arguments, 0, 1)].join(); }
print(u(0));
function v(a, b) { var args = arguments; return Reflect.set(args, "0", 5, {}) + "," + a; }
print(v(1));
function w(a) { for (var i = 0; i < 3; i++) arguments[0] += i; return a; }
print(w(1));
function x(a) { return Math.max.apply(null, (a = 9, arguments)); }
print(x(1, 2));
function y(a) { return [...arguments].join() + "|" + Object.keys(arguments) + "|" + (a = 3, Array.from(arguments)); }
print(y(1, 2));
function z(a) { eval("a = 4"); return arguments[0]; }
print(z(1));
function outlives(a) { return arguments; }
var kept = [];
for (var i = 0; i < 300; i++) kept.push(outlives(i, { big: new Array(50).fill(i) }));
print(kept[123][0], kept[299][1].big[3], kept.length);
function sparseIndexes(a, b) { arguments[10] = "ten"; b = "bee"; return [arguments.length, arguments[1], arguments[10], Object.keys(arguments)].join(); }
print(sparseIndexes(1, 2));
function moreArgumentsThanParameters(a) { a = "A"; arguments[1] = "B"; return [arguments[0], arguments[1], a].join(); }
print(moreArgumentsThanParameters(1, 2, 3));
function callee() { return arguments.callee === callee; }
print(callee());
