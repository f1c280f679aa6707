// Functions: closures, recursion, default/rest parameters, arguments, this modes, hoisting.
function join(a, sep) { var s = ""; for (var i = 0; i < a.length; i++) s += (i ? sep : "") + a[i]; return s; }
print(hoisted(2));
function hoisted(x) { return x * 10; }
function counter() { var c = 0; return function () { return ++c; }; }
var c1 = counter(), c2 = counter(); c1(); c1(); print(c1(), c2());
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print(fib(15));
function defaults(a, b = a + 1, ...rest) { return join([a, b, rest.length], ","); }
print(defaults(1), defaults(1, 5), defaults(1, 2, 3, 4));
function args() { return arguments.length + ":" + arguments[0]; }
print(args(7, 8, 9), args());
var arrow = (x, y) => x * y; print(arrow(3, 4), ((...a) => a.length)(1, 2, 3));
var obj = { v: 42, get() { return this.v; }, later() { return () => this.v; } };
print(obj.get(), obj.later()());
function sloppyThis() { return typeof this; } print(sloppyThis());
function strictThis() { "use strict"; return typeof this; } print(strictThis());
var adders = []; for (let i = 0; i < 3; i++) adders[adders.length] = () => i; print(adders[0](), adders[1](), adders[2]());
var named = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }; print(named(10));
print(fib.name, named.name, arrow.name, fib.length, defaults.length);
(function () { var shadow = 1; { let shadow = 2; print(shadow); } print(shadow); })();
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
var p = new Point(3, 4); print(p.sum(), p instanceof Point, p.constructor === Point);
