// with statements, tagged templates and super property assignment.
var o = { a: 1, b: 2 };
with (o) { a = 10; var fromWith = a + b; print(a, b, fromWith, typeof print, typeof missing); }
print(o.a);
function shadow() { var a = "local"; with ({}) { return a; } }
print(shadow());
var target = { method() { return this === target; } };
with (target) { print(method()); }
with ({ x: 1 }) { print(delete x, typeof x); }
function tag(strings, ...values) { var out = strings.raw[0]; for (var i = 0; i < values.length; i++) out += "[" + values[i] + "]" + strings.raw[i + 1]; return out; }
print(tag`a${1}b${2}c\n`);
function sameSite() { return (s => s)`x`; }
print(sameSite() === sameSite(), Object.isFrozen(sameSite()), sameSite().raw[0]);
class Base { set v(x) { this.seen = "base setter " + x; } }
class Child extends Base { store() { super.v = 5; super.plain = 1; return this.seen + " " + this.plain; } }
print(new Child().store());
