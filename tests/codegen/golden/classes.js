class Point extends Base {
  #x = 0;
  static origin = new Point(0, 0);
  y;
  constructor(x, y) { super(x); this.#x = x; this.y = y; }
  get x() { return this.#x; }
  static #count = 0;
  static create() { return new this(++Point.#count, 0); }
  toString() { return `${super.toString()}(${this.#x}, ${this.y})`; }
  has(o) { return #x in o; }
  static { Point.#count = 1; }
}
class Empty {}
