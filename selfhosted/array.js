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

// https://tc39.es/ecma262/#sec-array.prototype.foreach
function Array$prototype$forEach(callbackfn, thisArg = void 0) {
  // 1. Let O be ? ToObject(this value).
  const O = %ToObject(this);
  // 2. Let len be ? LengthOfArrayLike(O).
  const len = LengthOfArrayLike(O);
  // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.forEach: callback is not a function");
  // 4-5. Let k be 0; repeat, while k < len,
  for (let k = 0; k < len; k++) {
    // b-c. If ? HasProperty(O, Pk) is true, call callbackfn with « kValue, 𝔽(k), O ».
    if (%HasProperty(O, k)) %Call(callbackfn, thisArg, O[k], k, O);
  }
  // 6. Return undefined.
  return void 0;
}

// https://tc39.es/ecma262/#sec-array.prototype.filter
function Array$prototype$filter(callbackfn, thisArg = void 0) {
  // 1-2. Let O be ? ToObject(this value); let len be ? LengthOfArrayLike(O).
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.filter: callback is not a function");
  // 4. Let A be ? ArraySpeciesCreate(O, 0).
  const A = %ArraySpeciesCreate(O, 0);
  // 5-7. Let k be 0, to be 0; repeat, while k < len,
  let to = 0;
  for (let k = 0; k < len; k++) {
    if (%HasProperty(O, k)) {
      // c.i-ii. Let kValue be ? Get(O, Pk); let selected be ToBoolean(? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »)).
      const kValue = O[k];
      // iii. If selected is true, CreateDataPropertyOrThrow(A, ! ToString(𝔽(to)), kValue); to += 1.
      if (%Call(callbackfn, thisArg, kValue, k, O)) %CreateDataPropertyOrThrow(A, to++, kValue);
    }
  }
  // 8. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.some
function Array$prototype$some(callbackfn, thisArg = void 0) {
  // 1-3. O, len, and the callback check.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.some: callback is not a function");
  // 4-5. Repeat, while k < len: if ToBoolean(? Call(...)) is true, return true.
  for (let k = 0; k < len; k++) {
    if (%HasProperty(O, k) && %Call(callbackfn, thisArg, O[k], k, O)) return true;
  }
  // 6. Return false.
  return false;
}

// https://tc39.es/ecma262/#sec-array.prototype.every
function Array$prototype$every(callbackfn, thisArg = void 0) {
  // 1-3. O, len, and the callback check.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.every: callback is not a function");
  // 4-5. Repeat, while k < len: if ToBoolean(? Call(...)) is false, return false.
  for (let k = 0; k < len; k++) {
    if (%HasProperty(O, k) && !%Call(callbackfn, thisArg, O[k], k, O)) return false;
  }
  // 6. Return true.
  return true;
}

// https://tc39.es/ecma262/#sec-array.prototype.reduce
function Array$prototype$reduce(callbackfn, initialValue = void 0) {
  // 1-3. O, len, and the callback check.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.reduce: callback is not a function");
  // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
  const present = arguments.length >= 2;
  if (len === 0 && !present) %ThrowTypeError("Array.prototype.reduce of an empty array with no initial value");
  // 5-7. Let k be 0 and accumulator be initialValue if present, else the first present element.
  let k = 0;
  let accumulator = initialValue;
  if (!present) {
    let kPresent = false;
    for (; !kPresent && k < len; k++) {
      kPresent = %HasProperty(O, k);
      if (kPresent) accumulator = O[k];
    }
    // 7.c. If kPresent is false, throw a TypeError exception.
    if (!kPresent) %ThrowTypeError("Array.prototype.reduce of an empty array with no initial value");
  }
  // 8. Repeat, while k < len: accumulator = ? Call(callbackfn, undefined, « accumulator, kValue, 𝔽(k), O »).
  for (; k < len; k++) {
    if (%HasProperty(O, k)) accumulator = %Call(callbackfn, void 0, accumulator, O[k], k, O);
  }
  // 9. Return accumulator.
  return accumulator;
}

// https://tc39.es/ecma262/#sec-array.prototype.reduceright
function Array$prototype$reduceRight(callbackfn, initialValue = void 0) {
  // 1-3. O, len, and the callback check.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Array.prototype.reduceRight: callback is not a function");
  // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
  const present = arguments.length >= 2;
  if (len === 0 && !present) %ThrowTypeError("Array.prototype.reduceRight of an empty array with no initial value");
  // 5-7. Let k be len - 1 and accumulator be initialValue, else the last present element.
  let k = len - 1;
  let accumulator = initialValue;
  if (!present) {
    let kPresent = false;
    for (; !kPresent && k >= 0; k--) {
      kPresent = %HasProperty(O, k);
      if (kPresent) accumulator = O[k];
    }
    if (!kPresent) %ThrowTypeError("Array.prototype.reduceRight of an empty array with no initial value");
  }
  // 8. Repeat, while k ≥ 0.
  for (; k >= 0; k--) {
    if (%HasProperty(O, k)) accumulator = %Call(callbackfn, void 0, accumulator, O[k], k, O);
  }
  // 9. Return accumulator.
  return accumulator;
}

// https://tc39.es/ecma262/#sec-findviapredicate: the index and value of the first match
// walking ascending or descending; returns the index (-1 if none) and stores the value in out[0].
function FindViaPredicate(O, len, ascending, predicate, thisArg, out) {
  // 1. If IsCallable(predicate) is false, throw a TypeError exception.
  if (!%IsCallable(predicate)) %ThrowTypeError("find: predicate is not a function");
  // 2-4. For each integer k of the indices in the given direction (holes read as undefined):
  for (let i = 0; i < len; i++) {
    const k = ascending ? i : len - 1 - i;
    const kValue = O[k];
    // d-e. If ToBoolean(? Call(predicate, thisArg, « kValue, 𝔽(k), O »)) is true, return the record.
    if (%Call(predicate, thisArg, kValue, k, O)) {
      out[0] = kValue;
      return k;
    }
  }
  // 5. Return the record { [[Index]]: -1𝔽, [[Value]]: undefined }.
  out[0] = void 0;
  return -1;
}

// https://tc39.es/ecma262/#sec-array.prototype.find
function Array$prototype$find(predicate, thisArg = void 0) {
  const O = %ToObject(this);
  const out = [void 0];
  FindViaPredicate(O, LengthOfArrayLike(O), true, predicate, thisArg, out);
  return out[0];
}

// https://tc39.es/ecma262/#sec-array.prototype.findindex
function Array$prototype$findIndex(predicate, thisArg = void 0) {
  const O = %ToObject(this);
  return FindViaPredicate(O, LengthOfArrayLike(O), true, predicate, thisArg, [void 0]);
}

// https://tc39.es/ecma262/#sec-array.prototype.findlast
function Array$prototype$findLast(predicate, thisArg = void 0) {
  const O = %ToObject(this);
  const out = [void 0];
  FindViaPredicate(O, LengthOfArrayLike(O), false, predicate, thisArg, out);
  return out[0];
}

// https://tc39.es/ecma262/#sec-array.prototype.findlastindex
function Array$prototype$findLastIndex(predicate, thisArg = void 0) {
  const O = %ToObject(this);
  return FindViaPredicate(O, LengthOfArrayLike(O), false, predicate, thisArg, [void 0]);
}

// A relative index argument clamped to [0, len] (the shared steps of slice, fill, splice, ...).
function RelativeIndex(value, len) {
  const relative = %ToIntegerOrInfinity(value);
  if (relative === -1 / 0) return 0;
  if (relative < 0) return len + relative < 0 ? 0 : len + relative;
  return relative < len ? relative : len;
}

// https://tc39.es/ecma262/#sec-array.prototype.indexof
function Array$prototype$indexOf(searchElement, fromIndex = void 0) {
  // 1-3. O, len; if len = 0, return -1.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (len === 0) return -1;
  // 4-9. Let n be ? ToIntegerOrInfinity(fromIndex); clamp it to the start index k.
  const n = %ToIntegerOrInfinity(fromIndex);
  if (n === 1 / 0) return -1;
  let k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
  // 10. Repeat, while k < len: a present element strictly equal to searchElement.
  for (; k < len; k++) {
    if (%HasProperty(O, k) && O[k] === searchElement) return k;
  }
  // 11. Return -1𝔽.
  return -1;
}

// https://tc39.es/ecma262/#sec-array.prototype.lastindexof
function Array$prototype$lastIndexOf(searchElement, fromIndex = void 0) {
  // 1-3. O, len; if len = 0, return -1.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (len === 0) return -1;
  // 4. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
  const n = arguments.length >= 2 ? %ToIntegerOrInfinity(fromIndex) : len - 1;
  if (n === -1 / 0) return -1;
  // 5-6. Let k be min(n, len - 1) if n ≥ 0, else len + n.
  let k = n >= 0 ? (n < len - 1 ? n : len - 1) : len + n;
  // 7. Repeat, while k ≥ 0.
  for (; k >= 0; k--) {
    if (%HasProperty(O, k) && O[k] === searchElement) return k;
  }
  // 8. Return -1𝔽.
  return -1;
}

// https://tc39.es/ecma262/#sec-array.prototype.includes
function Array$prototype$includes(searchElement, fromIndex = void 0) {
  // 1-3. O, len; if len = 0, return false.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  if (len === 0) return false;
  // 4-9. The start index (holes read as undefined: no HasProperty here).
  const n = %ToIntegerOrInfinity(fromIndex);
  if (n === 1 / 0) return false;
  let k = n >= 0 ? n : (len + n < 0 ? 0 : len + n);
  // 10. Repeat, while k < len: SameValueZero(searchElement, elementK).
  for (; k < len; k++) {
    if (%SameValueZero(searchElement, O[k])) return true;
  }
  // 11. Return false.
  return false;
}

// https://tc39.es/ecma262/#sec-array.prototype.at
function Array$prototype$at(index) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-5. Let relativeIndex be ? ToIntegerOrInfinity(index); k is relative to the end when negative.
  const relativeIndex = %ToIntegerOrInfinity(index);
  const k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
  // 6. If k < 0 or k ≥ len, return undefined.
  if (k < 0 || k >= len) return void 0;
  // 7. Return ? Get(O, ! ToString(𝔽(k))).
  return O[k];
}

// https://tc39.es/ecma262/#sec-array.prototype.join
function Array$prototype$join(separator) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-4. If separator is undefined, let sep be ","; else let sep be ? ToString(separator).
  const sep = separator === void 0 ? "," : %ToString(separator);
  // 5-7. Concatenate the elements, undefined and null as the empty String.
  let R = "";
  for (let k = 0; k < len; k++) {
    if (k > 0) R = R + sep;
    const element = O[k];
    if (element !== void 0 && element !== null) R = R + %ToString(element);
  }
  // 8. Return R.
  return R;
}

// https://tc39.es/ecma262/#sec-array.prototype.tostring
function Array$prototype$toString() {
  // 1. Let array be ? ToObject(this value).
  const array = %ToObject(this);
  // 2. Let func be ? Get(array, "join").
  const func = array.join;
  // 3. If IsCallable(func) is false, set func to the intrinsic function %Object.prototype.toString%.
  if (!%IsCallable(func)) return %ObjectToString(array);
  // 4. Return ? Call(func, array).
  return %Call(func, array);
}

// https://tc39.es/ecma262/#sec-array.prototype.tolocalestring (no ECMA-402: no locales, options)
function Array$prototype$toLocaleString() {
  // 1-2. array, len; 3. the separator is the implementation's list separator: ",".
  const array = %ToObject(this);
  const len = LengthOfArrayLike(array);
  let R = "";
  // 4-5. For each element that is not undefined or null: ? ToString(? Invoke(nextElement, "toLocaleString")).
  for (let k = 0; k < len; k++) {
    if (k > 0) R = R + ",";
    const nextElement = array[k];
    if (nextElement !== void 0 && nextElement !== null) {
      const method = %ToObject(nextElement).toLocaleString;
      if (!%IsCallable(method)) %ThrowTypeError("toLocaleString is not a function");
      R = R + %ToString(%Call(method, nextElement));
    }
  }
  // 6. Return R.
  return R;
}

// https://tc39.es/ecma262/#sec-array.prototype.reverse
function Array$prototype$reverse() {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-5. Swap the lower and upper elements, moving holes as holes.
  const middle = (len - len % 2) / 2;
  for (let lower = 0; lower !== middle; lower++) {
    const upper = len - lower - 1;
    const lowerExists = %HasProperty(O, lower);
    const lowerValue = lowerExists ? O[lower] : void 0;
    const upperExists = %HasProperty(O, upper);
    const upperValue = upperExists ? O[upper] : void 0;
    if (lowerExists && upperExists) {
      O[lower] = upperValue;
      O[upper] = lowerValue;
    } else if (upperExists) {
      O[lower] = upperValue;
      %DeletePropertyOrThrow(O, upper);
    } else if (lowerExists) {
      %DeletePropertyOrThrow(O, lower);
      O[upper] = lowerValue;
    }
  }
  // 6. Return O.
  return O;
}

// https://tc39.es/ecma262/#sec-array.prototype.fill
function Array$prototype$fill(value, start = void 0, end = void 0) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-10. k and final from start and end.
  const k = RelativeIndex(start, len);
  const final = end === void 0 ? len : RelativeIndex(end, len);
  // 11. Repeat, while k < final: ? Set(O, Pk, value, true).
  for (let i = k; i < final; i++) O[i] = value;
  // 12. Return O.
  return O;
}

// https://tc39.es/ecma262/#sec-array.prototype.copywithin
function Array$prototype$copyWithin(target, start, end = void 0) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-12. to, from, final, count.
  let to = RelativeIndex(target, len);
  let from = RelativeIndex(start, len);
  const final = end === void 0 ? len : RelativeIndex(end, len);
  let count = final - from < len - to ? final - from : len - to;
  // 13-14. Copy backwards when the ranges overlap with from < to.
  let direction = 1;
  if (from < to && to < from + count) {
    direction = -1;
    from = from + count - 1;
    to = to + count - 1;
  }
  // 15. Repeat, while count > 0.
  for (; count > 0; count--) {
    if (%HasProperty(O, from)) O[to] = O[from];
    else %DeletePropertyOrThrow(O, to);
    from += direction;
    to += direction;
  }
  // 16. Return O.
  return O;
}

// https://tc39.es/ecma262/#sec-array.prototype.slice
function Array$prototype$slice(start, end) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-10. k, final, count.
  let k = RelativeIndex(start, len);
  const final = end === void 0 ? len : RelativeIndex(end, len);
  const count = final - k > 0 ? final - k : 0;
  // 11. Let A be ? ArraySpeciesCreate(O, count).
  const A = %ArraySpeciesCreate(O, count);
  // 12-14. Copy the present elements.
  let n = 0;
  for (; k < final; k++, n++) {
    if (%HasProperty(O, k)) %CreateDataPropertyOrThrow(A, n, O[k]);
  }
  // 15. Perform ? Set(A, "length", 𝔽(n), true).
  A.length = n;
  // 16. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.splice
function Array$prototype$splice(start, deleteCount) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-4. actualStart.
  const actualStart = RelativeIndex(start, len);
  // 5-10. itemCount and actualDeleteCount.
  const argumentCount = arguments.length;
  const itemCount = argumentCount > 2 ? argumentCount - 2 : 0;
  let actualDeleteCount;
  if (argumentCount === 0) actualDeleteCount = 0;
  else if (argumentCount === 1) actualDeleteCount = len - actualStart;
  else {
    const dc = %ToIntegerOrInfinity(deleteCount);
    actualDeleteCount = dc < 0 ? 0 : (dc > len - actualStart ? len - actualStart : dc);
  }
  // 11. If len + itemCount - actualDeleteCount > 2^53 - 1, throw a TypeError exception.
  if (len + itemCount - actualDeleteCount > 9007199254740991) %ThrowTypeError("Array.prototype.splice: length too large");
  // 12. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
  const A = %ArraySpeciesCreate(O, actualDeleteCount);
  // 13-14. Copy the deleted elements into A.
  for (let k = 0; k < actualDeleteCount; k++) {
    const from = actualStart + k;
    if (%HasProperty(O, from)) %CreateDataPropertyOrThrow(A, k, O[from]);
  }
  // 15. Perform ? Set(A, "length", 𝔽(actualDeleteCount), true).
  A.length = actualDeleteCount;
  // 16-18. Move the tail to make room for (or close up after) the items.
  if (itemCount < actualDeleteCount) {
    for (let k = actualStart; k < len - actualDeleteCount; k++) {
      const from = k + actualDeleteCount;
      const to = k + itemCount;
      if (%HasProperty(O, from)) O[to] = O[from];
      else %DeletePropertyOrThrow(O, to);
    }
    for (let k = len; k > len - actualDeleteCount + itemCount; k--) %DeletePropertyOrThrow(O, k - 1);
  } else if (itemCount > actualDeleteCount) {
    for (let k = len - actualDeleteCount; k > actualStart; k--) {
      const from = k + actualDeleteCount - 1;
      const to = k + itemCount - 1;
      if (%HasProperty(O, from)) O[to] = O[from];
      else %DeletePropertyOrThrow(O, to);
    }
  }
  // 19-20. Set the items.
  for (let i = 0; i < itemCount; i++) O[actualStart + i] = arguments[i + 2];
  // 21. Perform ? Set(O, "length", 𝔽(len - actualDeleteCount + itemCount), true).
  O.length = len - actualDeleteCount + itemCount;
  // 22. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.shift
function Array$prototype$shift() {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3. If len = 0, set length to +0𝔽 and return undefined.
  if (len === 0) {
    O.length = 0;
    return void 0;
  }
  // 4-6. first; move every element down by one.
  const first = O[0];
  for (let k = 1; k < len; k++) {
    if (%HasProperty(O, k)) O[k - 1] = O[k];
    else %DeletePropertyOrThrow(O, k - 1);
  }
  // 7-8. Delete the last; set length to len - 1.
  %DeletePropertyOrThrow(O, len - 1);
  O.length = len - 1;
  // 9. Return first.
  return first;
}

// https://tc39.es/ecma262/#sec-array.prototype.unshift
function Array$prototype$unshift(item1) {
  // 1-3. O, len, argCount (the items are the arguments; item1 gives the spec's length, 1).
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  const argCount = arguments.length;
  // 4. If argCount > 0, then
  if (argCount > 0) {
    // a. If len + argCount > 2^53 - 1, throw a TypeError exception.
    if (len + argCount > 9007199254740991) %ThrowTypeError("Array.prototype.unshift: length too large");
    // b-c. Move the elements up by argCount, from the end.
    for (let k = len; k > 0; k--) {
      if (%HasProperty(O, k - 1)) O[k + argCount - 1] = O[k - 1];
      else %DeletePropertyOrThrow(O, k + argCount - 1);
    }
    // d-f. Set the items at the front.
    for (let j = 0; j < argCount; j++) O[j] = arguments[j];
  }
  // 5. Perform ? Set(O, "length", 𝔽(len + argCount), true).
  O.length = len + argCount;
  // 6. Return 𝔽(len + argCount).
  return len + argCount;
}

// https://tc39.es/ecma262/#sec-isconcatspreadable
function IsConcatSpreadable(O) {
  // 1. If O is not an Object, return false.
  if (!%IsObject(O)) return false;
  // 2-3. Let spreadable be ? Get(O, @@isConcatSpreadable); if not undefined, return ToBoolean(spreadable).
  const spreadable = O[%WellKnownSymbol("isConcatSpreadable")];
  if (spreadable !== void 0) return %ToBoolean(spreadable);
  // 4. Return ? IsArray(O).
  return %IsArray(O);
}

// https://tc39.es/ecma262/#sec-array.prototype.concat
function Array$prototype$concat(item1) {
  // 1-2. O; A = ? ArraySpeciesCreate(O, 0).
  const O = %ToObject(this);
  const A = %ArraySpeciesCreate(O, 0);
  // 3-4. n = 0; prepend O to items (the arguments; item1 gives the spec's length, 1).
  let n = 0;
  // 5. For each element E of items:
  for (let i = -1; i < arguments.length; i++) {
    const E = i < 0 ? O : arguments[i];
    if (IsConcatSpreadable(E)) {
      // b.ii-iii. Spread E's present elements.
      const len = LengthOfArrayLike(E);
      if (n + len > 9007199254740991) %ThrowTypeError("Array.prototype.concat: length too large");
      for (let k = 0; k < len; k++, n++) {
        if (%HasProperty(E, k)) %CreateDataPropertyOrThrow(A, n, E[k]);
      }
    } else {
      // c. Else, append E itself.
      if (n >= 9007199254740991) %ThrowTypeError("Array.prototype.concat: length too large");
      %CreateDataPropertyOrThrow(A, n++, E);
    }
  }
  // 6. Perform ? Set(A, "length", 𝔽(n), true).
  A.length = n;
  // 7. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-flattenintoarray
function FlattenIntoArray(target, source, sourceLen, start, depth, mapperFunction, thisArg) {
  // 1-3. targetIndex = start; sourceIndex = +0.
  let targetIndex = start;
  // 4. Repeat, while sourceIndex < sourceLen.
  for (let sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
    if (!%HasProperty(source, sourceIndex)) continue;
    let element = source[sourceIndex];
    // c.iii. If mapperFunction is present, call it.
    if (mapperFunction !== void 0) element = %Call(mapperFunction, thisArg, element, sourceIndex, source);
    // c.iv-v. Flatten arrays while depth > 0.
    if (depth > 0 && %IsArray(element)) {
      targetIndex = FlattenIntoArray(target, element, LengthOfArrayLike(element), targetIndex, depth - 1, void 0, void 0);
    } else {
      if (targetIndex >= 9007199254740991) %ThrowTypeError("flat: length too large");
      %CreateDataPropertyOrThrow(target, targetIndex++, element);
    }
  }
  // 5. Return targetIndex.
  return targetIndex;
}

// https://tc39.es/ecma262/#sec-array.prototype.flat
function Array$prototype$flat(depth = void 0) {
  // 1-2. O, sourceLen.
  const O = %ToObject(this);
  const sourceLen = LengthOfArrayLike(O);
  // 3-4. depthNum is 1, or ? ToIntegerOrInfinity(depth) floored at 0.
  let depthNum = 1;
  if (depth !== void 0) {
    depthNum = %ToIntegerOrInfinity(depth);
    if (depthNum < 0) depthNum = 0;
  }
  // 5-6. A = ? ArraySpeciesCreate(O, 0); flatten.
  const A = %ArraySpeciesCreate(O, 0);
  FlattenIntoArray(A, O, sourceLen, 0, depthNum, void 0, void 0);
  // 7. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.flatmap
function Array$prototype$flatMap(mapperFunction, thisArg = void 0) {
  // 1-3. O, sourceLen, and the callback check.
  const O = %ToObject(this);
  const sourceLen = LengthOfArrayLike(O);
  if (!%IsCallable(mapperFunction)) %ThrowTypeError("Array.prototype.flatMap: mapper is not a function");
  // 4-5. A = ? ArraySpeciesCreate(O, 0); flatten one level of the mapped values.
  const A = %ArraySpeciesCreate(O, 0);
  FlattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg);
  // 6. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-comparearrayelements
function CompareArrayElements(x, y, comparefn) {
  // 1-3. undefined sorts last.
  if (x === void 0 && y === void 0) return 0;
  if (x === void 0) return 1;
  if (y === void 0) return -1;
  // 4. If comparefn is not undefined, return ? ToNumber(? Call(comparefn, undefined, « x, y »)), NaN as +0.
  if (comparefn !== void 0) {
    const v = %ToNumber(%Call(comparefn, void 0, x, y));
    return v !== v ? 0 : v;
  }
  // 5-10. Compare the String values.
  const xString = %ToString(x);
  const yString = %ToString(y);
  if (xString < yString) return -1;
  if (xString > yString) return 1;
  return 0;
}

// A stable merge sort of items[0 .. count) by CompareArrayElements (the spec's SortCompare is
// implementation-defined in order but must be consistent; merge sort is stable).
function MergeSort(items, count, comparefn) {
  const buffer = %ArrayCreate(0);
  for (let i = 0; i < count; i++) %CreateDataPropertyOrThrow(buffer, i, void 0);
  for (let width = 1; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = lo + width < count ? lo + width : count;
      const hi = lo + 2 * width < count ? lo + 2 * width : count;
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (CompareArrayElements(items[j], items[i], comparefn) < 0) buffer[k++] = items[j++];
        else buffer[k++] = items[i++];
      }
      while (i < mid) buffer[k++] = items[i++];
      while (j < hi) buffer[k++] = items[j++];
      for (let m = lo; m < hi; m++) items[m] = buffer[m];
    }
  }
}

// https://tc39.es/ecma262/#sec-sortindexedproperties: the (present, when skipHoles) values of
// obj[0 .. len), sorted; returns an internal array.
function SortIndexedProperties(obj, len, comparefn, skipHoles) {
  // 1-3. items = a new List; k = 0; collect.
  const items = %ArrayCreate(0);
  let count = 0;
  for (let k = 0; k < len; k++) {
    if (skipHoles) {
      if (%HasProperty(obj, k)) %CreateDataPropertyOrThrow(items, count++, obj[k]);
    } else {
      %CreateDataPropertyOrThrow(items, count++, obj[k]);
    }
  }
  // 4. Sort items using SortCompare (stable).
  MergeSort(items, count, comparefn);
  // 5. Return items.
  return items;
}

// https://tc39.es/ecma262/#sec-array.prototype.sort
function Array$prototype$sort(comparefn) {
  // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError exception.
  if (comparefn !== void 0 && !%IsCallable(comparefn)) %ThrowTypeError("Array.prototype.sort: comparator is not a function");
  // 2-3. obj, len.
  const obj = %ToObject(this);
  const len = LengthOfArrayLike(obj);
  // 4-5. sortedList = ? SortIndexedProperties(obj, len, SortCompare, skip-holes).
  const sortedList = SortIndexedProperties(obj, len, comparefn, true);
  // 6-8. Write the sorted values back, then delete the rest (the holes move to the end).
  const itemCount = sortedList.length;
  let j = 0;
  for (; j < itemCount; j++) obj[j] = sortedList[j];
  for (; j < len; j++) %DeletePropertyOrThrow(obj, j);
  // 9. Return obj.
  return obj;
}

// https://tc39.es/ecma262/#sec-array.prototype.tosorted
function Array$prototype$toSorted(comparefn) {
  // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw a TypeError exception.
  if (comparefn !== void 0 && !%IsCallable(comparefn)) %ThrowTypeError("Array.prototype.toSorted: comparator is not a function");
  // 2-3. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 4. Let A be ? ArrayCreate(len).
  const A = %ArrayCreate(len);
  // 5-6. sortedList = ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
  const sortedList = SortIndexedProperties(O, len, comparefn, false);
  // 7-8. Copy into A.
  for (let j = 0; j < len; j++) %CreateDataPropertyOrThrow(A, j, sortedList[j]);
  // 9. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.toreversed
function Array$prototype$toReversed() {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3. Let A be ? ArrayCreate(len).
  const A = %ArrayCreate(len);
  // 4-5. A[k] = O[len - k - 1].
  for (let k = 0; k < len; k++) %CreateDataPropertyOrThrow(A, k, O[len - k - 1]);
  // 6. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.tospliced
function Array$prototype$toSpliced(start, skipCount) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-4. actualStart.
  const actualStart = RelativeIndex(start, len);
  // 5-10. insertCount, actualSkipCount.
  const argumentCount = arguments.length;
  const insertCount = argumentCount > 2 ? argumentCount - 2 : 0;
  let actualSkipCount;
  if (argumentCount === 0) actualSkipCount = 0;
  else if (argumentCount === 1) actualSkipCount = len - actualStart;
  else {
    const sc = %ToIntegerOrInfinity(skipCount);
    actualSkipCount = sc < 0 ? 0 : (sc > len - actualStart ? len - actualStart : sc);
  }
  // 11-12. newLen; TypeError past 2^53 - 1.
  const newLen = len + insertCount - actualSkipCount;
  if (newLen > 9007199254740991) %ThrowTypeError("Array.prototype.toSpliced: length too large");
  // 13. Let A be ? ArrayCreate(newLen).
  const A = %ArrayCreate(newLen);
  // 14-17. The head, the items, the tail.
  let i = 0;
  for (; i < actualStart; i++) %CreateDataPropertyOrThrow(A, i, O[i]);
  for (let j = 0; j < insertCount; j++) %CreateDataPropertyOrThrow(A, i++, arguments[j + 2]);
  for (let r = actualStart + actualSkipCount; i < newLen; i++, r++) %CreateDataPropertyOrThrow(A, i, O[r]);
  // 18. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.prototype.with
function Array$prototype$with(index, value) {
  // 1-2. O, len.
  const O = %ToObject(this);
  const len = LengthOfArrayLike(O);
  // 3-5. actualIndex; RangeError when out of range.
  const relativeIndex = %ToIntegerOrInfinity(index);
  const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
  if (actualIndex >= len || actualIndex < 0) %ThrowRangeError("Array.prototype.with: index out of range");
  // 6. Let A be ? ArrayCreate(len).
  const A = %ArrayCreate(len);
  // 7-8. Copy, replacing actualIndex.
  for (let k = 0; k < len; k++) %CreateDataPropertyOrThrow(A, k, k === actualIndex ? value : O[k]);
  // 9. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.of
function Array$of(...items) {
  // 1-2. len = the number of arguments; C = this value.
  const len = items.length;
  const C = this;
  // 3-4. A = ? Construct(C, « len ») if IsConstructor(C), else ? ArrayCreate(len).
  const A = %IsConstructor(C) ? %Construct(C, len) : %ArrayCreate(len);
  // 5-6. CreateDataPropertyOrThrow each item.
  for (let k = 0; k < len; k++) %CreateDataPropertyOrThrow(A, k, items[k]);
  // 7. Perform ? Set(A, "length", lenNumber, true).
  A.length = len;
  // 8. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-array.from
function Array$from(items, mapfn = void 0, thisArg = void 0) {
  // 1. Let C be the this value.
  const C = this;
  // 2-3. mapping: TypeError when mapfn is neither undefined nor callable.
  const mapping = mapfn !== void 0;
  if (mapping && !%IsCallable(mapfn)) %ThrowTypeError("Array.from: mapper is not a function");
  // 4. Let usingIterator be ? GetMethod(items, @@iterator).
  const usingIterator = GetMethod(items, %WellKnownSymbol("iterator"));
  // 5. If usingIterator is not undefined, then
  if (usingIterator !== void 0) {
    // a-b. A = ? Construct(C) if IsConstructor(C), else ! ArrayCreate(0).
    const A = %IsConstructor(C) ? %Construct(C) : %ArrayCreate(0);
    // c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
    const iterator = %Call(usingIterator, items);
    if (!%IsObject(iterator)) %ThrowTypeError("Array.from: the iterator is not an object");
    const next = iterator.next;
    // d-e. Repeat: step, map, define, closing the iterator on an abrupt completion.
    for (let k = 0; ; k++) {
      if (k >= 9007199254740991) {
        IteratorCloseQuietly(iterator);
        %ThrowTypeError("Array.from: too many elements");
      }
      const result = %Call(next, iterator);
      if (!%IsObject(result)) %ThrowTypeError("Array.from: the iterator result is not an object");
      if (result.done) {
        A.length = k;
        return A;
      }
      let mappedValue = result.value;
      try {
        if (mapping) mappedValue = %Call(mapfn, thisArg, mappedValue, k);
        %CreateDataPropertyOrThrow(A, k, mappedValue);
      } catch (error) {
        IteratorCloseQuietly(iterator);
        throw error;
      }
    }
  }
  // 6-7. items is array-like: arrayLike = ! ToObject(items); len = ? LengthOfArrayLike(arrayLike).
  const arrayLike = %ToObject(items);
  const len = LengthOfArrayLike(arrayLike);
  // 8-9. A = ? Construct(C, « len ») if IsConstructor(C), else ? ArrayCreate(len).
  const A = %IsConstructor(C) ? %Construct(C, len) : %ArrayCreate(len);
  // 10-11. Copy (mapped) values.
  for (let k = 0; k < len; k++) {
    const kValue = arrayLike[k];
    %CreateDataPropertyOrThrow(A, k, mapping ? %Call(mapfn, thisArg, kValue, k) : kValue);
  }
  // 12. Perform ? Set(A, "length", 𝔽(len), true).
  A.length = len;
  // 13. Return A.
  return A;
}

// https://tc39.es/ecma262/#sec-getmethod
function GetMethod(V, P) {
  // 1. Let func be ? GetV(V, P).
  const func = V === void 0 || V === null ? void 0 : %ToObject(V)[P];
  // 2. If func is either undefined or null, return undefined.
  if (func === void 0 || func === null) return void 0;
  // 3. If IsCallable(func) is false, throw a TypeError exception.
  if (!%IsCallable(func)) %ThrowTypeError("not a function");
  // 4. Return func.
  return func;
}

// https://tc39.es/ecma262/#sec-iteratorclose for a throw completion: the original error wins,
// so errors from "return" are ignored.
function IteratorCloseQuietly(iterator) {
  try {
    const method = iterator.return;
    if (method !== void 0 && method !== null) %Call(method, iterator);
  } catch (ignored) {
    // the completion being propagated is the caller's throw
  }
}

// https://tc39.es/ecma262/#sec-get-array-@@species
function get$Array$Symbol$species() {
  // 1. Return the this value.
  return this;
}

// https://tc39.es/ecma262/#sec-array.prototype.keys
function Array$prototype$keys() {
  // 1. Let O be ? ToObject(this value). 2. Return CreateArrayIterator(O, key).
  return %CreateArrayIterator(%ToObject(this), 0);
}

// https://tc39.es/ecma262/#sec-array.prototype.entries
function Array$prototype$entries() {
  // 1. Let O be ? ToObject(this value). 2. Return CreateArrayIterator(O, key+value).
  return %CreateArrayIterator(%ToObject(this), 2);
}
