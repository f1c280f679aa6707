// The JSON object (https://tc39.es/ecma262/#sec-json-object). Conventions: selfhosted/README.md.

// --- JSON.parse --------------------------------------------------------------------------------

// https://tc39.es/ecma262/#sec-json.parse
function JSON$parse(text, reviver) {
  // 1. Let jsonString be ? ToString(text).
  const jsonString = %ToString(text);
  // 2-4. Parse jsonString as a JSON text (ECMA-404); a SyntaxError if it is not one.
  const state = [jsonString, 0];
  SkipJSONWhitespace(state);
  const unfiltered = ParseJSONValue(state);
  SkipJSONWhitespace(state);
  if (state[1] !== jsonString.length) JSONSyntaxError(state, "unexpected text after the JSON value");
  // 5. If IsCallable(reviver) is true, then
  if (%IsCallable(reviver)) {
    // a-c. Let root be OrdinaryObjectCreate(%Object.prototype%); root[""] = unfiltered.
    const root = {};
    %CreateDataPropertyOrThrow(root, "", unfiltered);
    // d. Return ? InternalizeJSONProperty(root, "", reviver).
    return InternalizeJSONProperty(root, "", reviver);
  }
  // 6. Return unfiltered.
  return unfiltered;
}

// https://tc39.es/ecma262/#sec-internalizejsonproperty
function InternalizeJSONProperty(holder, name, reviver) {
  // 1. Let val be ? Get(holder, name).
  const val = holder[name];
  // 2. If val is an Object, then
  if (%IsObject(val)) {
    if (%IsArray(val)) {
      // b. For each index I below LengthOfArrayLike(val): revive, delete when undefined.
      const len = %ToLength(val.length);
      for (let I = 0; I < len; I++) ReviveJSONElement(val, %ToString(I), reviver);
    } else {
      // c. For each P of ? EnumerableOwnProperties(val, key): revive, delete when undefined.
      const keys = %EnumerableOwnKeys(val);
      for (let i = 0; i < keys.length; i++) ReviveJSONElement(val, keys[i], reviver);
    }
  }
  // 3. Return ? Call(reviver, holder, « name, val »).
  return %Call(reviver, holder, name, val);
}

// Steps 2.b.iii-iv / 2.c.i-ii of InternalizeJSONProperty for one property.
function ReviveJSONElement(val, P, reviver) {
  const newElement = InternalizeJSONProperty(val, P, reviver);
  // If newElement is undefined, perform ? val.[[Delete]](P); else perform ? CreateDataProperty(val,
  // P, newElement). Both results are ignored: a non-configurable property stays, without a throw.
  // The fields are those of %DefineOwnProperty (reflect.js): value, writable, enumerable and
  // configurable present (0x33), all three true (0x1C0).
  if (newElement === void 0) %Delete(val, P);
  else %DefineOwnProperty(val, P, 0x33 | 0x1C0, newElement, void 0, void 0);
}

function JSONSyntaxError(state, message) {
  %ThrowSyntaxError("JSON.parse: " + message + " at position " + %ToString(state[1]));
}

// JSON whitespace: tab, line feed, carriage return, space (ECMA-404).
function SkipJSONWhitespace(state) {
  const s = state[0];
  let i = state[1];
  while (i < s.length) {
    const c = %CharCodeAt(s, i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0A && c !== 0x0D) break;
    i++;
  }
  state[1] = i;
}

// A JSON value at state's position; the position moves past it.
function ParseJSONValue(state) {
  const s = state[0];
  const i = state[1];
  if (i >= s.length) JSONSyntaxError(state, "unexpected end of input");
  const c = %CharCodeAt(s, i);
  if (c === 0x7B) return ParseJSONObject(state);
  if (c === 0x5B) return ParseJSONArray(state);
  if (c === 0x22) return ParseJSONString(state);
  if (c === 0x2D || (c >= 0x30 && c <= 0x39)) return ParseJSONNumber(state);
  if (MatchJSONWord(state, "true")) return true;
  if (MatchJSONWord(state, "false")) return false;
  if (MatchJSONWord(state, "null")) return null;
  return JSONSyntaxError(state, "unexpected character");
}

function MatchJSONWord(state, word) {
  const s = state[0];
  const i = state[1];
  if (i + word.length > s.length || %Substring(s, i, i + word.length) !== word) return false;
  state[1] = i + word.length;
  return true;
}

// An object: members are defined (CreateDataProperty), so "__proto__" is an own property.
function ParseJSONObject(state) {
  const s = state[0];
  const result = {};
  state[1]++;
  SkipJSONWhitespace(state);
  if (state[1] < s.length && %CharCodeAt(s, state[1]) === 0x7D) {
    state[1]++;
    return result;
  }
  for (;;) {
    SkipJSONWhitespace(state);
    if (state[1] >= s.length || %CharCodeAt(s, state[1]) !== 0x22) JSONSyntaxError(state, "expected a property name");
    const key = ParseJSONString(state);
    SkipJSONWhitespace(state);
    if (state[1] >= s.length || %CharCodeAt(s, state[1]) !== 0x3A) JSONSyntaxError(state, "expected ':'");
    state[1]++;
    SkipJSONWhitespace(state);
    %CreateDataPropertyOrThrow(result, key, ParseJSONValue(state));
    SkipJSONWhitespace(state);
    const c = state[1] < s.length ? %CharCodeAt(s, state[1]) : -1;
    state[1]++;
    if (c === 0x7D) return result;
    if (c !== 0x2C) {
      state[1]--;
      JSONSyntaxError(state, "expected ',' or '}'");
    }
  }
}

function ParseJSONArray(state) {
  const s = state[0];
  const result = %ArrayCreate(0);
  let n = 0;
  state[1]++;
  SkipJSONWhitespace(state);
  if (state[1] < s.length && %CharCodeAt(s, state[1]) === 0x5D) {
    state[1]++;
    return result;
  }
  for (;;) {
    SkipJSONWhitespace(state);
    %CreateDataPropertyOrThrow(result, n++, ParseJSONValue(state));
    SkipJSONWhitespace(state);
    const c = state[1] < s.length ? %CharCodeAt(s, state[1]) : -1;
    state[1]++;
    if (c === 0x5D) return result;
    if (c !== 0x2C) {
      state[1]--;
      JSONSyntaxError(state, "expected ',' or ']'");
    }
  }
}

// The value of a JSON string literal at state's position (escapes decoded).
function ParseJSONString(state) {
  const s = state[0];
  let i = state[1] + 1;
  let result = "";
  let chunk = i;
  for (;;) {
    if (i >= s.length) {
      state[1] = i;
      JSONSyntaxError(state, "unterminated string");
    }
    const c = %CharCodeAt(s, i);
    if (c === 0x22) break;
    if (c < 0x20) {
      state[1] = i;
      JSONSyntaxError(state, "control character in string");
    }
    if (c !== 0x5C) {
      i++;
      continue;
    }
    result = result + %Substring(s, chunk, i);
    state[1] = i;
    result = result + ParseJSONEscape(state);
    i = state[1];
    chunk = i;
  }
  state[1] = i + 1;
  return result + %Substring(s, chunk, i);
}

// The code unit(s) of the escape at state's position (which holds the backslash).
function ParseJSONEscape(state) {
  const s = state[0];
  const i = state[1];
  if (i + 1 >= s.length) JSONSyntaxError(state, "unterminated escape");
  const e = %CharCodeAt(s, i + 1);
  state[1] = i + 2;
  if (e === 0x22) return "\"";
  if (e === 0x5C) return "\\";
  if (e === 0x2F) return "/";
  if (e === 0x62) return "\b";
  if (e === 0x66) return "\f";
  if (e === 0x6E) return "\n";
  if (e === 0x72) return "\r";
  if (e === 0x74) return "\t";
  if (e === 0x75) {
    let unit = 0;
    for (let k = 0; k < 4; k++) {
      const digit = i + 2 + k < s.length ? HexDigitValue(%CharCodeAt(s, i + 2 + k)) : -1;
      if (digit < 0) JSONSyntaxError(state, "bad \\u escape");
      unit = unit * 16 + digit;
    }
    state[1] = i + 6;
    return %FromCharCode(unit);
  }
  state[1] = i;
  return JSONSyntaxError(state, "bad escape");
}

function HexDigitValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

function IsDecimalDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// A JSON number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
function ParseJSONNumber(state) {
  const s = state[0];
  const start = state[1];
  let i = start;
  if (%CharCodeAt(s, i) === 0x2D) i++;
  if (i >= s.length || !IsDecimalDigit(%CharCodeAt(s, i))) JSONSyntaxError(state, "bad number");
  if (%CharCodeAt(s, i) === 0x30) i++;
  else while (i < s.length && IsDecimalDigit(%CharCodeAt(s, i))) i++;
  if (i < s.length && %CharCodeAt(s, i) === 0x2E) {
    i++;
    if (i >= s.length || !IsDecimalDigit(%CharCodeAt(s, i))) JSONSyntaxError(state, "bad number");
    while (i < s.length && IsDecimalDigit(%CharCodeAt(s, i))) i++;
  }
  if (i < s.length && (%CharCodeAt(s, i) === 0x65 || %CharCodeAt(s, i) === 0x45)) {
    i++;
    if (i < s.length && (%CharCodeAt(s, i) === 0x2B || %CharCodeAt(s, i) === 0x2D)) i++;
    if (i >= s.length || !IsDecimalDigit(%CharCodeAt(s, i))) JSONSyntaxError(state, "bad number");
    while (i < s.length && IsDecimalDigit(%CharCodeAt(s, i))) i++;
  }
  state[1] = i;
  return %ToNumber(%Substring(s, start, i));
}

// --- JSON.stringify ----------------------------------------------------------------------------

// https://tc39.es/ecma262/#sec-json.stringify
function JSON$stringify(value, replacer, space) {
  // 1-4. state = { stack, indent, PropertyList, ReplacerFunction } (an internal array here:
  // [stack, stack depth, indent, gap, PropertyList, ReplacerFunction]).
  let ReplacerFunction = void 0;
  let PropertyList = void 0;
  // 5. If replacer is an Object, then
  if (%IsObject(replacer)) {
    if (%IsCallable(replacer)) {
      // a. If IsCallable(replacer) is true, set ReplacerFunction to replacer.
      ReplacerFunction = replacer;
    } else if (%IsArray(replacer)) {
      // b. Else if IsArray(replacer): PropertyList from its string, number and wrapper elements.
      PropertyList = %ArrayCreate(0);
      let count = 0;
      const len = %ToLength(replacer.length);
      for (let k = 0; k < len; k++) {
        const v = replacer[k];
        let item = void 0;
        if (typeof v === "string") item = v;
        else if (typeof v === "number") item = %ToString(v);
        else if (%IsObject(v)) {
          const inner = %PrimitiveOf(v);
          if (typeof inner === "string" || typeof inner === "number") item = %ToString(v);
        }
        // vi. If item is not undefined and PropertyList does not contain item, append it.
        if (item !== void 0 && !ListContains(PropertyList, count, item)) %CreateDataPropertyOrThrow(PropertyList, count++, item);
      }
    }
  }
  // 6. If space is an Object: Number and String wrappers become their primitives.
  if (%IsObject(space)) {
    const inner = %PrimitiveOf(space);
    if (typeof inner === "number") space = %ToNumber(space);
    else if (typeof inner === "string") space = %ToString(space);
  }
  // 7-9. gap: up to 10 spaces, or the first 10 code units of a string.
  let gap = "";
  if (typeof space === "number") {
    let spaceMV = %ToIntegerOrInfinity(space);
    if (spaceMV > 10) spaceMV = 10;
    for (let i = 0; i < spaceMV; i++) gap = gap + " ";
  } else if (typeof space === "string") {
    gap = space.length <= 10 ? space : %Substring(space, 0, 10);
  }
  // 10-11. wrapper = OrdinaryObjectCreate(%Object.prototype%); wrapper[""] = value.
  const wrapper = {};
  %CreateDataPropertyOrThrow(wrapper, "", value);
  // 12. state; 13. Return ? SerializeJSONProperty(state, the empty String, wrapper).
  const state = [%ArrayCreate(0), 0, "", gap, PropertyList, ReplacerFunction];
  return SerializeJSONProperty(state, "", wrapper);
}

function ListContains(list, count, item) {
  for (let i = 0; i < count; i++) if (list[i] === item) return true;
  return false;
}

// https://tc39.es/ecma262/#sec-serializejsonproperty: a String, or undefined.
function SerializeJSONProperty(state, key, holder) {
  // 1. Let value be ? Get(holder, key).
  let value = holder[key];
  // 2. If value is an Object or a BigInt: call its toJSON.
  if (%IsObject(value)) {
    const toJSON = value.toJSON;
    if (%IsCallable(toJSON)) value = %Call(toJSON, value, key);
  }
  // 3. If state.[[ReplacerFunction]] is not undefined, call it with holder as this.
  if (state[5] !== void 0) value = %Call(state[5], holder, key, value);
  // 4. If value is an Object: unwrap Number, String and Boolean objects.
  if (%IsObject(value)) {
    const inner = %PrimitiveOf(value);
    if (typeof inner === "number") value = %ToNumber(value);
    else if (typeof inner === "string") value = %ToString(value);
    else if (typeof inner === "boolean") value = inner;
  }
  // 5-7. null, true, false.
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  // 8. If value is a String, return QuoteJSONString(value).
  if (typeof value === "string") return QuoteJSONString(value);
  // 9. If value is a Number: finite numbers as ToString, others as "null".
  if (typeof value === "number") return value === value && value !== 1 / 0 && value !== -1 / 0 ? %ToString(value) : "null";
  // 10. (BigInt: not yet.) 11. An Object that is not callable: an array or an object.
  if (%IsObject(value) && !%IsCallable(value)) {
    return %IsArray(value) ? SerializeJSONArray(state, value) : SerializeJSONObject(state, value);
  }
  // 12. Return undefined.
  return void 0;
}

// https://tc39.es/ecma262/#sec-quotejsonstring
function QuoteJSONString(value) {
  // 1. Let product be the String value consisting solely of the code unit 0x0022 (QUOTATION MARK).
  let product = "\"";
  let chunk = 0;
  // 2. For each code point C of StringToCodePoints(value):
  for (let i = 0; i < value.length; i++) {
    const c = %CharCodeAt(value, i);
    let escaped = void 0;
    if (c === 0x08) escaped = "\\b";
    else if (c === 0x09) escaped = "\\t";
    else if (c === 0x0A) escaped = "\\n";
    else if (c === 0x0C) escaped = "\\f";
    else if (c === 0x0D) escaped = "\\r";
    else if (c === 0x22) escaped = "\\\"";
    else if (c === 0x5C) escaped = "\\\\";
    else if (c < 0x20) escaped = UnicodeEscape(c);
    else if (c >= 0xD800 && c <= 0xDFFF) {
      // b. A lone surrogate is escaped; a well-formed pair is kept.
      const pairs = c <= 0xDBFF && i + 1 < value.length && %CharCodeAt(value, i + 1) >= 0xDC00 &&
        %CharCodeAt(value, i + 1) <= 0xDFFF;
      if (pairs) {
        i++;
        continue;
      }
      escaped = UnicodeEscape(c);
    }
    if (escaped !== void 0) {
      product = product + %Substring(value, chunk, i) + escaped;
      chunk = i + 1;
    }
  }
  // 3-4. Append the closing quotation mark; return product.
  return product + %Substring(value, chunk, value.length) + "\"";
}

// https://tc39.es/ecma262/#sec-unicodeescape: "\u" and four lowercase hexadecimal digits.
function UnicodeEscape(c) {
  const digits = "0123456789abcdef";
  return "\\u" + digits[(c >> 12) & 15] + digits[(c >> 8) & 15] + digits[(c >> 4) & 15] + digits[c & 15];
}

// Cycle check and indentation shared by objects and arrays: steps 1-4 of both algorithms.
function EnterJSONStructure(state, value) {
  const stack = state[0];
  // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
  if (ListContains(stack, state[1], value)) %ThrowTypeError("JSON.stringify: cyclic structure");
  // 2. Append value to state.[[Stack]].
  if (state[1] < stack.length) stack[state[1]] = value;
  else %CreateDataPropertyOrThrow(stack, state[1], value);
  state[1]++;
  // 3-4. stepback = indent; indent = indent + gap.
  const stepback = state[2];
  state[2] = stepback + state[3];
  return stepback;
}

// Steps after the partial list is built: join it with or without indentation, then restore.
function LeaveJSONStructure(state, partial, count, open, close, stepback) {
  let final;
  if (count === 0) {
    final = open + close;
  } else if (state[3] === "") {
    let properties = partial[0];
    for (let i = 1; i < count; i++) properties = properties + "," + partial[i];
    final = open + properties + close;
  } else {
    const separator = ",\n" + state[2];
    let properties = partial[0];
    for (let i = 1; i < count; i++) properties = properties + separator + partial[i];
    final = open + "\n" + state[2] + properties + "\n" + stepback + close;
  }
  // Remove the last element of state.[[Stack]]; set state.[[Indent]] to stepback.
  state[1]--;
  state[2] = stepback;
  return final;
}

// https://tc39.es/ecma262/#sec-serializejsonobject
function SerializeJSONObject(state, value) {
  const stepback = EnterJSONStructure(state, value);
  // 5-6. K = state.[[PropertyList]], or ? EnumerableOwnProperties(value, key).
  const K = state[4] !== void 0 ? state[4] : %EnumerableOwnKeys(value);
  const partial = %ArrayCreate(0);
  let count = 0;
  // 7-8. For each P of K: "key": value (", " after the colon when gap is not empty).
  for (let i = 0; i < K.length; i++) {
    const P = K[i];
    const strP = SerializeJSONProperty(state, P, value);
    if (strP !== void 0) {
      const member = QuoteJSONString(P) + (state[3] === "" ? ":" : ": ") + strP;
      %CreateDataPropertyOrThrow(partial, count++, member);
    }
  }
  // 9-12.
  return LeaveJSONStructure(state, partial, count, "{", "}", stepback);
}

// https://tc39.es/ecma262/#sec-serializejsonarray
function SerializeJSONArray(state, value) {
  const stepback = EnterJSONStructure(state, value);
  // 5-6. partial; len = ? LengthOfArrayLike(value).
  const partial = %ArrayCreate(0);
  const len = %ToLength(value.length);
  // 7-8. Each element serialized, "null" for undefined.
  for (let index = 0; index < len; index++) {
    const strP = SerializeJSONProperty(state, %ToString(index), value);
    %CreateDataPropertyOrThrow(partial, index, strP === void 0 ? "null" : strP);
  }
  // 9-12.
  return LeaveJSONStructure(state, partial, len, "[", "]", stepback);
}
