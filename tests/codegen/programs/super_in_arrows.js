// End-to-end semantics of generated code; the .out file is what Node prints.
class Base { constructor() { this.b = 1; } get g() { return "base g"; } }
class Der extends Base {
  constructor() { const init = () => super(); init(); print("after super " + this.b); }
  get g() { return "der>" + super.g; }
  arrowSuper() { return (() => super.g)(); }
}
var d = new Der(); print(d.g); print(d.arrowSuper());
class F2 extends Base { x = 5; constructor() { (() => super())(); print(this.x); } } new F2();
class F3 extends Base { constructor() { var f = () => this; super(); print(f() === this); } } new F3();
