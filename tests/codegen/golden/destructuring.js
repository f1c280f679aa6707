// Destructuring in declarations, assignments and catch parameters.
function f(source) {
  const { a, b: { c = 1 }, [a + "x"]: d, ...others } = source;
  let [first, , third = 3, ...tail] = source;
  [first, tail.x] = [tail, first];
  try { g(); } catch ({ message }) { return message; }
  return a + c + d + others + third;
}
