var key = "k";
var o = { a: 1, "b c": 2, 3: 3, [key]: 4, key, m() { return super.m; }, get g() { return 1; }, set g(v) {}, ...other, __proto__: null };
var a = [1, , 3, ...o.list];
var t = `a${key}b${1 + 2}`;
var tagged = tag`x${key}y`;
var r = /ab+c/gi;
var big = 123n;
