// Captured bindings live in contexts; a named function expression sees itself.
function counter(start) {
  let count = start;
  const step = function tick() { count += 1; return tick; };
  for (let i = 0; i < 3; i++) setTimeout(() => i + count);
  return step;
}
