// Making closures and calling them; captured variables in contexts.
function makeAdder(k) { return function (x) { return x + k; }; }
function run() {
  var total = 0;
  for (var i = 0; i < 300000; i++) {
    var add = makeAdder(i & 15);
    total = (total + add(1)) | 0;
    var counter = 0;
    var inc = () => ++counter;
    inc(); inc();
    total = (total + counter) | 0;
  }
  return total;
}
var result = run();
if (result !== 3150000) throw "closures: wrong result " + result;
