// Array.prototype methods written in JavaScript (https://tc39.es/ecma262/#sec-properties-of-the-array-prototype-object).
// Conventions: selfhosted/README.md.

// https://tc39.es/ecma262/#sec-lengthofarraylike
function LengthOfArrayLike(obj) {
  // 1. Return ℝ(? ToLength(? Get(obj, "length"))).
  return %ToLength(obj.length);
}

// https://tc39.es/ecma262/#sec-array.prototype.map
function Array$prototype$map(callbackfn, thisArg = void 0) {
  // 1. Let O be ? ToObject(this value).
  const O = %ToObject(this);
  // 2. Let len be ? LengthOfArrayLike(O).
  const len = LengthOfArrayLike(O);
  // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.map: callback is not a function");
  // 4. Let A be ? ArraySpeciesCreate(O, len).
  const A = %ArraySpeciesCreate(O, len);
  // 5-6. Let k be 0; repeat, while k < len,
  for (let k = 0; k < len; k++) {
    // a-c. If ? HasProperty(O, Pk) is true, then
    if (%HasProperty(O, k)) {
      // i. Let kValue be ? Get(O, Pk).
      const kValue = O[k];
      // ii. Let mappedValue be ? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »).
      const mappedValue = %Call(callbackfn, thisArg, kValue, k, O);
      // iii. Perform ? CreateDataPropertyOrThrow(A, Pk, mappedValue).
      %CreateDataPropertyOrThrow(A, k, mappedValue);
    }
  }
  // 7. Return A.
  return A;
}
