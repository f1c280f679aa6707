// Method calls through a class prototype.
class Counter {
  constructor() { this.count = 0; }
  add(n) { this.count = (this.count + n) | 0; return this; }
  value() { return this.count; }
}
function run() {
  var c = new Counter();
  for (var i = 0; i < 1000000; i++) c.add(i & 7).add(1);
  return c.value();
}
var result = run();
if (result !== 4500000) throw "method_calls: wrong result " + result;
