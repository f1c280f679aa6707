// Number.prototype methods written in JavaScript
// (https://tc39.es/ecma262/#sec-properties-of-the-number-prototype-object).
// The exact digit step runs on the double's exact decimal value in Python's decimal module
// (%StringTransform op 6), the cold path the three-homes rule gives number formatting.

// https://tc39.es/ecma262/#sec-thisnumbervalue
function ThisNumberValue(value, method) {
  // 1. If value is a Number, return value.
  if (typeof value === "number") return value;
  // 2. If value is an Object with a [[NumberData]] internal slot, return it.
  const inner = %PrimitiveOf(value);
  if (typeof inner === "number") return inner;
  // 3. Throw a TypeError exception.
  return %ThrowTypeError("Number.prototype." + method + " requires that 'this' be a Number");
}

// The p significant digits of x > 0 and its exponent e: [n as a String of p digits, e].
function ExactDigits(x, p) {
  const reply = %StringTransform(%ToString(x) + "," + %ToString(p), 6);
  const comma = %StringIndexOf(reply, ",", 0);
  return [%Substring(reply, 0, comma), %ToNumber(%Substring(reply, comma + 1, reply.length))];
}

function ExponentSuffix(e) {
  return e >= 0 ? "e+" + %ToString(e) : "e-" + %ToString(-e);
}

// https://tc39.es/ecma262/#sec-number.prototype.toexponential
function Number$prototype$toExponential(fractionDigits) {
  // 1. Let x be ? ThisNumberValue(this value).
  let x = ThisNumberValue(this, "toExponential");
  // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
  const f = %ToIntegerOrInfinity(fractionDigits);
  // 4. If x is not finite, return Number::toString(x, 10).
  if (x !== x || x === 1 / 0 || x === -1 / 0) return %ToString(x);
  // 5. If f < 0 or f > 100, throw a RangeError exception.
  if (f < 0 || f > 100) %ThrowRangeError("toExponential() argument must be between 0 and 100");
  // 6-8. s is "-" for negative x, and x becomes -x.
  let s = "";
  if (x < 0) {
    s = "-";
    x = -x;
  }
  let m;
  let e;
  let digits = f;
  if (x === 0) {
    // 9. If x = 0: m is f + 1 zeros, e = 0.
    m = "0";
    for (let i = 0; i < f; i++) m = m + "0";
    e = 0;
  } else {
    // 10.a-b. fractionDigits undefined: as many digits as necessary to tell x apart (the shortest
    // round-trip digits, those of Number::toString); else f + 1 digits rounded exactly, ties up.
    if (fractionDigits === void 0) {
      const shortest = ShortestDigits(x);
      m = shortest[0];
      e = shortest[1];
      digits = m.length - 1;
    } else {
      const exact = ExactDigits(x, f + 1);
      m = exact[0];
      e = exact[1];
    }
  }
  // 11. If f ≠ 0, insert "." after the first digit.
  if (digits !== 0) m = %Substring(m, 0, 1) + "." + %Substring(m, 1, m.length);
  // 12-14. The exponent, with its sign.
  return s + m + ExponentSuffix(e);
}

// The shortest round-trip digits of x > 0 and their exponent, read off Number::toString(x).
function ShortestDigits(x) {
  const text = %ToString(x);
  let mantissa = text;
  let e = 0;
  const exponentAt = %StringIndexOf(text, "e", 0);
  if (exponentAt !== -1) {
    mantissa = %Substring(text, 0, exponentAt);
    e = %ToNumber(%Substring(text, exponentAt + 1, text.length));
  }
  const point = %StringIndexOf(mantissa, ".", 0);
  let digits = point === -1 ? mantissa : %Substring(mantissa, 0, point) + %Substring(mantissa, point + 1, mantissa.length);
  let integerLength = point === -1 ? mantissa.length : point;
  // Leading zeros (0.00123) move the exponent; trailing zeros (1200) are not digits.
  let lead = 0;
  while (lead < digits.length - 1 && %CharCodeAt(digits, lead) === 0x30) lead++;
  digits = %Substring(digits, lead, digits.length);
  let end = digits.length;
  while (end > 1 && %CharCodeAt(digits, end - 1) === 0x30) end--;
  return [%Substring(digits, 0, end), e + integerLength - 1 - lead];
}

// https://tc39.es/ecma262/#sec-number.prototype.toprecision
function Number$prototype$toPrecision(precision) {
  // 1. Let x be ? ThisNumberValue(this value).
  let x = ThisNumberValue(this, "toPrecision");
  // 2. If precision is undefined, return ! ToString(x).
  if (precision === void 0) return %ToString(x);
  // 3. Let p be ? ToIntegerOrInfinity(precision).
  const p = %ToIntegerOrInfinity(precision);
  // 4. If x is not finite, return Number::toString(x, 10).
  if (x !== x || x === 1 / 0 || x === -1 / 0) return %ToString(x);
  // 5. If p < 1 or p > 100, throw a RangeError exception.
  if (p < 1 || p > 100) %ThrowRangeError("toPrecision() argument must be between 1 and 100");
  // 6-8. The sign.
  let s = "";
  if (x < 0) {
    s = "-";
    x = -x;
  }
  let m;
  let e;
  if (x === 0) {
    // 9. m is p zeros, e = 0.
    m = "0";
    for (let i = 1; i < p; i++) m = m + "0";
    e = 0;
  } else {
    // 10.a-b. n with p digits, exactly rounded (ties up).
    const exact = ExactDigits(x, p);
    m = exact[0];
    e = exact[1];
    // 10.c. If e < -6 or e ≥ p: exponential notation.
    if (e < -6 || e >= p) {
      if (p !== 1) m = %Substring(m, 0, 1) + "." + %Substring(m, 1, m.length);
      return s + m + ExponentSuffix(e);
    }
  }
  // 11. If e = p - 1, return s + m.
  if (e === p - 1) return s + m;
  // 12. If e ≥ 0: a "." after e + 1 digits.
  if (e >= 0) return s + %Substring(m, 0, e + 1) + "." + %Substring(m, e + 1, m.length);
  // 13. Else: "0." and -(e + 1) zeros before m.
  let zeros = "";
  for (let i = 0; i < -(e + 1); i++) zeros = zeros + "0";
  return s + "0." + zeros + m;
}
