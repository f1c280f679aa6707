// Integer and floating-point arithmetic in a tight loop.
function run() {
  var sum = 0, x = 0.5;
  for (var i = 0; i < 3000000; i++) {
    sum = (sum + i * i % 7) | 0;
    x = x * 0.999 + 0.001;
  }
  return sum + Math_floor(x * 1000);
}
function Math_floor(v) { return v - v % 1; }
var result = run();
if (result !== 6000998) throw "numeric_loop: wrong result " + result;
