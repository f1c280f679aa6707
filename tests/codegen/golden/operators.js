function f(a, b, o) {
  a ||= b;
  o.x ??= b;
  o[a] &&= 1;
  delete o.x;
  delete o[a];
  delete a;
  void 0;
  a = b ** 2;
  return [a++, --b, +a, -b, ~a, !b, a instanceof b, "x" in o, (a, b)];
}
