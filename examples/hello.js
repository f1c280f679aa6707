// A first program: a class, a closure, a template literal and destructuring.
class Greeter {
  #greeting;
  constructor(greeting = "Hello") {
    this.#greeting = greeting;
  }
  greet(...names) {
    const [first, ...others] = names;
    const tail = others.length ? ` and ${others.length} more` : "";
    return `${this.#greeting}, ${first}${tail}!`;
  }
}

const counter = (() => {
  let n = 0;
  return () => ++n;
})();

const message = new Greeter().greet("world", counter(), counter());
print(message);
