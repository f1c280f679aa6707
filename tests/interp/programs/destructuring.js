// Destructuring, spread, iteration with for-of.
function join(a, sep) { var s = ""; for (var i = 0; i < a.length; i++) s += (i ? sep : "") + a[i]; return s; }
var [a, b = 2, ...rest] = [1, undefined, 3, 4]; print(a, b, join(rest, "|"));
var { x, y: why = 5, ...others } = { x: 1, z: 3, w: 4 }; print(x, why, others.z, others.w);
function params({ p, q = 10 }, [r, s]) { return p + q + r + s; } print(params({ p: 1 }, [2, 3]));
var [[n1, n2], { deep: { v } }] = [[1, 2], { deep: { v: "v" } }]; print(n1, n2, v);
var swapA = 1, swapB = 2; [swapA, swapB] = [swapB, swapA]; print(swapA, swapB);
var total = 0; for (const value of [1, 2, 3, 4]) total += value; print(total);
var gen = { items: [5, 6, 7] }; var [g0, , g2] = gen.items; print(g0, g2);
