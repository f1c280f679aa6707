// String.prototype methods written in JavaScript
// (https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object).
// Conventions: selfhosted/README.md. A string's "length" and indices are its own, immutable
// properties, so reading them is not a lookup user code can intercept.

// https://tc39.es/ecma262/#sec-requireobjectcoercible then ToString: steps 1-2 of most methods.
function ThisStringValue(value, method) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  if (value === void 0 || value === null) %ThrowTypeError("String.prototype." + method + " called on null or undefined");
  // 2. Let S be ? ToString(O).
  return %ToString(value);
}

// https://tc39.es/ecma262/#sec-string.prototype.touppercase (root locale: Unicode default case mapping)
function String$prototype$toUpperCase() {
  return %StringTransform(ThisStringValue(this, "toUpperCase"), 0);
}

// https://tc39.es/ecma262/#sec-string.prototype.tolowercase
function String$prototype$toLowerCase() {
  return %StringTransform(ThisStringValue(this, "toLowerCase"), 1);
}

// https://tc39.es/ecma262/#sec-string.prototype.tolocaleuppercase (no ECMA-402: the root locale)
function String$prototype$toLocaleUpperCase() {
  return %StringTransform(ThisStringValue(this, "toLocaleUpperCase"), 0);
}

// https://tc39.es/ecma262/#sec-string.prototype.tolocalelowercase (no ECMA-402: the root locale)
function String$prototype$toLocaleLowerCase() {
  return %StringTransform(ThisStringValue(this, "toLocaleLowerCase"), 1);
}

// https://tc39.es/ecma262/#sec-string.prototype.normalize
function String$prototype$normalize(form = void 0) {
  // 1-2. S.
  const S = ThisStringValue(this, "normalize");
  // 3-4. f is "NFC" when form is undefined, else ? ToString(form).
  const f = form === void 0 ? "NFC" : %ToString(form);
  // 5. If f is not one of "NFC", "NFD", "NFKC", or "NFKD", throw a RangeError exception.
  const op = f === "NFC" ? 2 : f === "NFD" ? 3 : f === "NFKC" ? 4 : f === "NFKD" ? 5 : -1;
  if (op < 0) %ThrowRangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD");
  // 6-7. Return the normalization of S.
  return %StringTransform(S, op);
}

// https://tc39.es/ecma262/#sec-string.prototype.split (string separators; a RegExp brings its own @@split)
function String$prototype$split(separator, limit) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  const O = this;
  if (O === void 0 || O === null) %ThrowTypeError("String.prototype.split called on null or undefined");
  // 2. If separator is neither undefined nor null, then
  if (separator !== void 0 && separator !== null) {
    // a-b. Let splitter be ? GetMethod(separator, @@split); if not undefined, call it.
    const splitter = GetMethod(separator, %WellKnownSymbol("split"));
    if (splitter !== void 0) return %Call(splitter, separator, O, limit);
  }
  // 3. Let S be ? ToString(O).
  const S = %ToString(O);
  // 4. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
  const lim = limit === void 0 ? 4294967295 : %ToNumber(limit) >>> 0;
  // 5. Let R be ? ToString(separator).
  const R = %ToString(separator);
  const A = %ArrayCreate(0);
  // 6. If lim = 0, return CreateArrayFromList(« »).
  if (lim === 0) return A;
  // 7. If separator is undefined, return CreateArrayFromList(« S »).
  if (separator === void 0) {
    %CreateDataPropertyOrThrow(A, 0, S);
    return A;
  }
  // 8-9. An empty separator splits into code units (at most lim of them).
  const separatorLength = R.length;
  if (separatorLength === 0) {
    const count = S.length < lim ? S.length : lim;
    for (let i = 0; i < count; i++) %CreateDataPropertyOrThrow(A, i, %Substring(S, i, i + 1));
    return A;
  }
  // 10. If S is the empty String, return CreateArrayFromList(« S »).
  if (S.length === 0) {
    %CreateDataPropertyOrThrow(A, 0, S);
    return A;
  }
  // 11-14. Substrings between the occurrences of R, at most lim of them.
  let n = 0;
  let i = 0;
  let j = %StringIndexOf(S, R, 0);
  while (j !== -1) {
    %CreateDataPropertyOrThrow(A, n++, %Substring(S, i, j));
    if (n === lim) return A;
    i = j + separatorLength;
    j = %StringIndexOf(S, R, i);
  }
  // 15-16. The tail.
  %CreateDataPropertyOrThrow(A, n, %Substring(S, i, S.length));
  return A;
}

// https://tc39.es/ecma262/#sec-string.prototype.includes (a RegExp argument is a TypeError once RegExp exists)
function String$prototype$includes(searchString, position = void 0) {
  const S = ThisStringValue(this, "includes");
  const searchStr = %ToString(searchString);
  const pos = %ToIntegerOrInfinity(position);
  const start = pos < 0 ? 0 : (pos > S.length ? S.length : pos);
  return %StringIndexOf(S, searchStr, start) !== -1;
}

// https://tc39.es/ecma262/#sec-string.prototype.startswith
function String$prototype$startsWith(searchString, position = void 0) {
  // 1-2. S; 3-6. searchStr (a RegExp argument is a TypeError once RegExp exists).
  const S = ThisStringValue(this, "startsWith");
  const searchStr = %ToString(searchString);
  // 7-9. start = clamp(pos, 0, len).
  const pos = %ToIntegerOrInfinity(position);
  const start = pos < 0 ? 0 : (pos > S.length ? S.length : pos);
  // 10-14. Compare the substring at start.
  const searchLength = searchStr.length;
  if (searchLength === 0) return true;
  const end = start + searchLength;
  if (end > S.length) return false;
  return %Substring(S, start, end) === searchStr;
}

// https://tc39.es/ecma262/#sec-string.prototype.endswith
function String$prototype$endsWith(searchString, endPosition = void 0) {
  const S = ThisStringValue(this, "endsWith");
  const searchStr = %ToString(searchString);
  const len = S.length;
  // 7-9. end = clamp(pos, 0, len), pos = len when endPosition is undefined.
  const pos = endPosition === void 0 ? len : %ToIntegerOrInfinity(endPosition);
  const end = pos < 0 ? 0 : (pos > len ? len : pos);
  // 10-14. Compare the substring ending at end.
  const searchLength = searchStr.length;
  if (searchLength === 0) return true;
  const start = end - searchLength;
  if (start < 0) return false;
  return %Substring(S, start, end) === searchStr;
}

// https://tc39.es/ecma262/#sec-string.prototype.at
function String$prototype$at(index) {
  const S = ThisStringValue(this, "at");
  const len = S.length;
  const relativeIndex = %ToIntegerOrInfinity(index);
  const k = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
  if (k < 0 || k >= len) return void 0;
  return %Substring(S, k, k + 1);
}

// https://tc39.es/ecma262/#sec-string.prototype.repeat
function String$prototype$repeat(count) {
  // 1-2. S; 3. n = ? ToIntegerOrInfinity(count).
  const S = ThisStringValue(this, "repeat");
  let n = %ToIntegerOrInfinity(count);
  // 4-5. RangeError for n < 0 or n = +∞.
  if (n < 0 || n === 1 / 0) %ThrowRangeError("Invalid count value: " + %ToString(count));
  // 6-7. The empty String when n = 0; else n copies of S (by doubling).
  let result = "";
  let piece = S;
  while (n > 0) {
    if (n % 2 === 1) result = result + piece;
    n = (n - n % 2) / 2;
    if (n > 0) piece = piece + piece;
  }
  return result;
}

// https://tc39.es/ecma262/#sec-stringpad
function StringPad(S, maxLength, fillString, atStart) {
  // 1-2. intMaxLength = ℝ(? ToLength(maxLength)); stringLength.
  const intMaxLength = %ToLength(maxLength);
  const stringLength = S.length;
  // 3. If intMaxLength ≤ stringLength, return S.
  if (intMaxLength <= stringLength) return S;
  // 4-5. filler is " " or ? ToString(fillString); the empty filler returns S.
  const filler = fillString === void 0 ? " " : %ToString(fillString);
  if (filler.length === 0) return S;
  // 6-8. truncatedStringFiller: filler repeated, cut to fillLen.
  const fillLen = intMaxLength - stringLength;
  let truncated = "";
  while (truncated.length + filler.length <= fillLen) truncated = truncated + filler;
  truncated = truncated + %Substring(filler, 0, fillLen - truncated.length);
  // 9-10. Before or after S.
  return atStart ? truncated + S : S + truncated;
}

// https://tc39.es/ecma262/#sec-string.prototype.padstart
function String$prototype$padStart(maxLength, fillString = void 0) {
  return StringPad(ThisStringValue(this, "padStart"), maxLength, fillString, true);
}

// https://tc39.es/ecma262/#sec-string.prototype.padend
function String$prototype$padEnd(maxLength, fillString = void 0) {
  return StringPad(ThisStringValue(this, "padEnd"), maxLength, fillString, false);
}

// WhiteSpace and LineTerminator code units (https://tc39.es/ecma262/#sec-white-space,
// #sec-line-terminators): what the trim methods remove.
function IsTrimmable(c) {
  return c === 0x09 || c === 0x0A || c === 0x0B || c === 0x0C || c === 0x0D || c === 0x20 || c === 0xA0 ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200A) || c === 0x2028 || c === 0x2029 || c === 0x202F ||
    c === 0x205F || c === 0x3000 || c === 0xFEFF;
}

// https://tc39.es/ecma262/#sec-trimstring
function TrimString(S, start, end) {
  let i = 0;
  let j = S.length;
  if (start) while (i < j && IsTrimmable(%CharCodeAt(S, i))) i++;
  if (end) while (j > i && IsTrimmable(%CharCodeAt(S, j - 1))) j--;
  return %Substring(S, i, j);
}

// https://tc39.es/ecma262/#sec-string.prototype.trim
function String$prototype$trim() {
  return TrimString(ThisStringValue(this, "trim"), true, true);
}

// https://tc39.es/ecma262/#sec-string.prototype.trimstart
function String$prototype$trimStart() {
  return TrimString(ThisStringValue(this, "trimStart"), true, false);
}

// https://tc39.es/ecma262/#sec-string.prototype.trimend
function String$prototype$trimEnd() {
  return TrimString(ThisStringValue(this, "trimEnd"), false, true);
}

// Annex B: trimLeft and trimRight are the same function objects as trimStart and trimEnd
// (https://tc39.es/ecma262/#String.prototype.trimleft).
// alias String$prototype$trimLeft = String$prototype$trimStart
// alias String$prototype$trimRight = String$prototype$trimEnd

// https://tc39.es/ecma262/#sec-string.prototype.localecompare in its root-locale form.
// NON-SPEC (implementation-defined collation): code-point order after canonical (NFC)
// normalisation, so canonically equivalent strings compare equal, as the spec requires.
function String$prototype$localeCompare(that) {
  const S = %StringTransform(ThisStringValue(this, "localeCompare"), 2);
  const thatValue = %StringTransform(%ToString(that), 2);
  if (S === thatValue) return 0;
  return S < thatValue ? -1 : 1;
}

// https://tc39.es/ecma262/#sec-string.prototype.iswellformed
function String$prototype$isWellFormed() {
  const S = ThisStringValue(this, "isWellFormed");
  for (let i = 0; i < S.length; i++) {
    const c = %CharCodeAt(S, i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < S.length && %CharCodeAt(S, i + 1) >= 0xDC00 && %CharCodeAt(S, i + 1) <= 0xDFFF) i++;
    else if (c >= 0xD800 && c <= 0xDFFF) return false;
  }
  return true;
}

// https://tc39.es/ecma262/#sec-string.prototype.towellformed
function String$prototype$toWellFormed() {
  const S = ThisStringValue(this, "toWellFormed");
  let result = "";
  let chunk = 0;
  for (let i = 0; i < S.length; i++) {
    const c = %CharCodeAt(S, i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < S.length && %CharCodeAt(S, i + 1) >= 0xDC00 && %CharCodeAt(S, i + 1) <= 0xDFFF) i++;
    else if (c >= 0xD800 && c <= 0xDFFF) {
      result = result + %Substring(S, chunk, i) + "\uFFFD";
      chunk = i + 1;
    }
  }
  return result + %Substring(S, chunk, S.length);
}

// https://tc39.es/ecma262/#sec-getsubstitution
function GetSubstitution(matched, str, position, replacementTemplate) {
  // 1-4. result from the template, "$" sequences replaced ($<name> needs named captures: none here).
  const stringLength = str.length;
  let result = "";
  let chunk = 0;
  const template = replacementTemplate;
  for (let i = 0; i < template.length - 1; i++) {
    if (%CharCodeAt(template, i) !== 0x24) continue;
    const c = %CharCodeAt(template, i + 1);
    let ref;
    if (c === 0x24) ref = "$";
    else if (c === 0x26) ref = matched;
    else if (c === 0x60) ref = %Substring(str, 0, position);
    else if (c === 0x27) {
      const tailPos = position + matched.length;
      ref = tailPos >= stringLength ? "" : %Substring(str, tailPos, stringLength);
    } else continue; // "$1", "$<": no captures without a RegExp, so they stay as written
    result = result + %Substring(template, chunk, i) + ref;
    i++;
    chunk = i + 1;
  }
  return result + %Substring(template, chunk, template.length);
}

// https://tc39.es/ecma262/#sec-string.prototype.replace
function String$prototype$replace(searchValue, replaceValue) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  const O = this;
  if (O === void 0 || O === null) %ThrowTypeError("String.prototype.replace called on null or undefined");
  // 2. If searchValue is neither undefined nor null: its @@replace, if any, does the work.
  if (searchValue !== void 0 && searchValue !== null) {
    const replacer = GetMethod(searchValue, %WellKnownSymbol("replace"));
    if (replacer !== void 0) return %Call(replacer, searchValue, O, replaceValue);
  }
  // 3-6. string, searchString, functionalReplace (else replaceValue as a String).
  const string = %ToString(O);
  const searchString = %ToString(searchValue);
  const functionalReplace = %IsCallable(replaceValue);
  if (!functionalReplace) replaceValue = %ToString(replaceValue);
  // 7-10. The first occurrence; no match returns string.
  const position = %StringIndexOf(string, searchString, 0);
  if (position === -1) return string;
  // 11-13. The replacement, then the pieces around it.
  const replacement = functionalReplace
    ? %ToString(%Call(replaceValue, void 0, searchString, position, string))
    : GetSubstitution(searchString, string, position, replaceValue);
  return %Substring(string, 0, position) + replacement + %Substring(string, position + searchString.length, string.length);
}

// https://tc39.es/ecma262/#sec-string.prototype.replaceall
function String$prototype$replaceAll(searchValue, replaceValue) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  const O = this;
  if (O === void 0 || O === null) %ThrowTypeError("String.prototype.replaceAll called on null or undefined");
  // 2. If searchValue is neither undefined nor null: its @@replace, if any (a global RegExp check
  // arrives with RegExp).
  if (searchValue !== void 0 && searchValue !== null) {
    const replacer = GetMethod(searchValue, %WellKnownSymbol("replace"));
    if (replacer !== void 0) return %Call(replacer, searchValue, O, replaceValue);
  }
  // 3-6. string, searchString, functionalReplace.
  const string = %ToString(O);
  const searchString = %ToString(searchValue);
  const functionalReplace = %IsCallable(replaceValue);
  if (!functionalReplace) replaceValue = %ToString(replaceValue);
  // 7-11. Every match position, advancing by max(1, searchLength).
  const searchLength = searchString.length;
  const advanceBy = searchLength > 1 ? searchLength : 1;
  const matchPositions = %ArrayCreate(0);
  let count = 0;
  let position = %StringIndexOf(string, searchString, 0);
  while (position !== -1) {
    %CreateDataPropertyOrThrow(matchPositions, count++, position);
    position = position + advanceBy > string.length ? -1 : %StringIndexOf(string, searchString, position + advanceBy);
  }
  // 12-16. Rebuild the string.
  let endOfLastMatch = 0;
  let result = "";
  for (let i = 0; i < count; i++) {
    const p = matchPositions[i];
    const preserved = %Substring(string, endOfLastMatch, p);
    const replacement = functionalReplace
      ? %ToString(%Call(replaceValue, void 0, searchString, p, string))
      : GetSubstitution(searchString, string, p, replaceValue);
    result = result + preserved + replacement;
    endOfLastMatch = p + searchLength;
  }
  // 17. The tail.
  return endOfLastMatch < string.length ? result + %Substring(string, endOfLastMatch, string.length) : result;
}

// https://tc39.es/ecma262/#sec-string.prototype.substr (Annex B)
function String$prototype$substr(start, length) {
  const S = ThisStringValue(this, "substr");
  const size = S.length;
  // 4-7. intStart relative to the end when negative, clamped.
  let intStart = %ToIntegerOrInfinity(start);
  if (intStart === -1 / 0) intStart = 0;
  else if (intStart < 0) intStart = size + intStart < 0 ? 0 : size + intStart;
  else if (intStart > size) intStart = size;
  // 8-10. intLength; empty when it is not positive.
  const intLength = length === void 0 ? size : %ToIntegerOrInfinity(length);
  const intEnd = intStart + intLength < size ? intStart + intLength : size;
  return intEnd <= intStart ? "" : %Substring(S, intStart, intEnd);
}

// https://tc39.es/ecma262/#sec-string.raw
function String$raw(template) {
  // 1-4. substitutionCount; cooked = ? ToObject(template); literals = ? ToObject(? Get(cooked, "raw")).
  const substitutionCount = arguments.length > 1 ? arguments.length - 1 : 0;
  const cooked = %ToObject(template);
  const literals = %ToObject(cooked.raw);
  // 5-6. literalCount; the empty String when it is 0.
  const literalCount = %ToLength(literals.length);
  if (literalCount <= 0) return "";
  // 7-8. Interleave literals and substitutions.
  let R = "";
  for (let nextIndex = 0; ; nextIndex++) {
    R = R + %ToString(literals[nextIndex]);
    if (nextIndex + 1 === literalCount) return R;
    if (nextIndex < substitutionCount) R = R + %ToString(arguments[nextIndex + 1]);
  }
}

// https://tc39.es/ecma262/#sec-string.prototype-@@iterator
function String$prototype$Symbol$iterator() {
  // 1-2. O, s = ? ToString(O); 3-5. CreateStringIterator: its code points, in order.
  return %CreateStringIterator(ThisStringValue(this, "[Symbol.iterator]"));
}

// https://tc39.es/ecma262/#sec-%stringiteratorprototype%.next
function StringIteratorPrototype$next() {
  const value = %StringIteratorNext(this);
  return value === void 0 ? {value: void 0, done: true} : {value: value, done: false};
}
