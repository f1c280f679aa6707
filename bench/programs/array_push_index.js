// Appending to arrays and indexing them.
function run() {
  var total = 0;
  for (var round = 0; round < 30; round++) {
    var a = [];
    for (var i = 0; i < 50000; i++) a[a.length] = i ^ round;
    for (var j = 0; j < a.length; j++) total = (total + a[j]) | 0;
  }
  return total;
}
var result = run();
if (result !== -1155452080) throw "array_push_index: wrong result " + result;
