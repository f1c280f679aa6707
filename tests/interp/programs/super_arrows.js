// Arrows see their enclosing function's super, new.target and this.
class A { constructor(x) { this.x = x; } greet() { return "A" + this.x; } }
class B extends A {
  constructor() { var make = () => super(7); make(); this.made = new.target === B; }
  greet() { var inner = () => () => super.greet() + "!"; return inner()(); }
}
var b = new B(); print(b.x, b.made, b.greet());
function Outer() { var arrow = () => new.target; return arrow(); }
print(new Outer() === undefined, typeof Outer());
var obj = { __proto__: { base() { return "base"; } }, m() { return [1].map ? (() => super.base())() : ""; } };
print(obj.m());
