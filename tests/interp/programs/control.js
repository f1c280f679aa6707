// Control flow: if/else, loops, labels, switch, conditional and logical operators.
function join(a, sep) { var s = ""; for (var i = 0; i < a.length; i++) s += (i ? sep : "") + a[i]; return s; }
for (var i = 0; i < 3; i++) { if (i === 1) continue; print("for", i); }
var n = 0; while (n < 3) n++; print("while", n);
do { n--; } while (n > 0); print("do", n);
outer: for (var a = 0; a < 3; a++) { for (var b = 0; b < 3; b++) { if (b === 2) continue outer; if (a === 2) break outer; print(a, b); } }
function kind(v) { switch (v) { case 1: return "one"; case "1": return "string one"; case 2: case 3: return "two or three"; default: return "other"; } }
print(kind(1), kind("1"), kind(3), kind(9));
var fall = ""; switch (2) { case 1: fall += "1"; case 2: fall += "2"; case 3: fall += "3"; break; case 4: fall += "4"; } print(fall);
print(true ? "yes" : "no", 0 || "default", 1 && "and", null ?? "nullish", 0 ?? "zero stays");
var o = null; print(o?.x, o?.x.y.z, (o ?? {x: 1}).x);
var count = 0; var flag = false && count++; print(count, flag);
let s = 0; for (let k = 10; k > 0; k -= 3) s += k; print(s);
block: { print("in block"); break block; print("never"); }
var t = 0; for (;;) { if (++t > 4) break; } print(t);
