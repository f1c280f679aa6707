// TDZ checks only where a use can precede initialisation.
function f() {
  let a = 1;
  a++;
  g();
  function g() { return b; }
  let b = a;
  const c = b;
  return c;
}
