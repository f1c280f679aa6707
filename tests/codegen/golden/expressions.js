// Accumulator style: a register operand and the accumulator.
function f(x, o) {
  var y = x + 1;
  y = 2 * y - x;
  o.a.b = y;
  o[x] += 3;
  return typeof undeclared === "undefined" ? o?.a.b : x ?? -0;
}
