function f(x) {
  a: b: for (;;) {
    switch (x) {
      case 1: continue a;
      case 2: break b;
      default: x = 0;
      case 3: { let y = x; break; }
    }
  }
  block: { if (x) break block; x = 1; }
  return x;
}
