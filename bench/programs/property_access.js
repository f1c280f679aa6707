// Reads and writes of named properties on objects that share one shape.
function Vec(x, y, z) { this.x = x; this.y = y; this.z = z; }
function run() {
  var vs = [];
  for (var i = 0; i < 100; i++) vs[i] = new Vec(i, i + 1, i + 2);
  var total = 0;
  for (var round = 0; round < 20000; round++) {
    for (var j = 0; j < 100; j++) {
      var v = vs[j];
      v.x = v.y + v.z - v.x;
      total = (total + v.x) | 0;
    }
  }
  return total;
}
var result = run();
if (result !== 102000000) throw "property_access: wrong result " + result;
