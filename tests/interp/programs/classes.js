// Classes: constructors, methods, accessors, static members, fields, inheritance, super.
class Animal {
  static count = 0;
  legs = 4;
  constructor(name) { this.name = name; Animal.count++; }
  speak() { return this.name + " makes a sound"; }
  get description() { return this.name + " with " + this.legs + " legs"; }
  static create(name) { return new this(name); }
}
class Bird extends Animal {
  legs = 2;
  constructor(name, canFly) { super(name); this.canFly = canFly; }
  speak() { return super.speak() + " (tweet)"; }
}
var a = new Animal("cat"), b = new Bird("robin", true), c = Bird.create("penguin");
print(a.speak()); print(b.speak()); print(b.description, c.canFly);
print(Animal.count, b instanceof Bird, b instanceof Animal, a instanceof Bird);
print(typeof Animal, typeof Animal.prototype.speak);
try { Animal("x"); } catch (e) { print("call without new throws"); }
class Empty {} print(typeof new Empty());
class Derived extends Empty { constructor() { super(); this.ok = true; } } print(new Derived().ok);
class Counter { #n = 0; inc() { return ++this.#n; } } var k = new Counter(); k.inc(); print(k.inc());
