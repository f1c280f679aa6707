// Conditions jump directly: no materialised booleans in tests.
function f(a, b) {
  if (a < b && !(b >= 10)) return 1;
  while (a || b) a--;
  do { b++; } while (b !== 5);
  return a != b;
}
