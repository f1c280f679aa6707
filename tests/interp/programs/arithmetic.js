// Numbers: int32 fast paths, overflow to doubles, NaN, -0, shortest round-trip printing.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** 0.5);
print(0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, -0 === 0, 1 / -0);
print(2147483647 + 1, -2147483648 - 1, 65536 * 65536, 46341 * 46341);
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 31, -16 >> 2, -16 >>> 28, 1 << 32);
print(NaN === NaN, 0 / 0, Infinity - Infinity, (0 / 0) !== (0 / 0));
print("3" * "4", "10" - 1, "a" - 1, true + 1, null + 1, undefined + 1);
print(1 + "2", "x" + null, "y" + undefined, 1 + 2 + "3", "1" + 2 + 3);
var x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x **= 2; print(x);
var i = 0; print(i++, i, ++i, i--, --i, i);
var big = 2147483647; big++; print(big); var small = -2147483648; small--; print(small);
print(+"42", +"", +" 12 ", +"0x10", +"1e3", -"5", +true);
print(1 < 2, 2 < 1, "a" < "b", "b" < "a", "10" < "9", 10 < "9", null >= 0, undefined < 1);
print(1 == "1", 0 == "", null == undefined, null == 0, "" == false, NaN == NaN);
