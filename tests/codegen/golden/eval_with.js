// Direct eval and with: the slow path looks names up at run time.
function f(o, code) {
  var local = 1;
  with (o) { local = value; call(); }
  eval(code);
  return local;
}
