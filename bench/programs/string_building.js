// Building a long string with += and reading it back.
function run() {
  var s = "";
  for (var i = 0; i < 200000; i++) s += "item" + (i % 10) + ",";
  var commas = 0;
  for (var j = 0; j < s.length; j += 7) if (s[j] === ",") commas++;
  return s.length * 10 + commas;
}
var result = run();
if (result !== 12028571) throw "string_building: wrong result " + result;
