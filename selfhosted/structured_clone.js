// structuredClone for plain data (https://html.spec.whatwg.org/multipage/structured-data.html#dom-structuredclone):
// primitives, plain objects, arrays, Boolean/Number/String objects, Error objects, Map and Set,
// with shared and cyclic references preserved. Conventions: selfhosted/README.md.
// NON-SPEC: a value that cannot be cloned (a function, a symbol, an exotic object) throws a
// TypeError; HTML throws a "DataCloneError" DOMException, which this host does not have yet.
// Date, RegExp, ArrayBuffer and the typed arrays arrive with their own issues.

function global$structuredClone(value, options = void 0) {
  // StructuredSerialize then StructuredDeserialize in one pass: memory maps originals to copies.
  return StructuredCloneInto(value, %MapCreate(void 0, false));
}

function DataCloneError(what) {
  %ThrowTypeError("structuredClone: " + what + " could not be cloned");
}

// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal
function StructuredCloneInto(value, memory) {
  const kind = %CloneKind(value);
  // 2-3. Primitives are themselves; symbols cannot be cloned.
  if (kind === "primitive") return value;
  if (kind === "symbol") DataCloneError("a symbol");
  // 1. A value already seen is the same copy (shared and cyclic references).
  if (%MapHas(memory, value)) return %MapGet(memory, value);
  let copy;
  if (kind === "wrapper") {
    // Boolean, Number and String objects: a new wrapper of the same primitive.
    copy = %ToObject(%PrimitiveOf(value));
    %MapSet(memory, value, copy);
    return copy;
  }
  if (kind === "error") return CloneError(value, memory);
  if (kind === "map" || kind === "set") return CloneCollection(value, kind === "set", memory);
  if (kind !== "object" && kind !== "array") DataCloneError(kind === "function" ? "a function" : "the object");
  // Arrays keep their length; both copy their own enumerable string-keyed properties, in order.
  copy = kind === "array" ? %ArrayCreate(%ToLength(value.length)) : {};
  %MapSet(memory, value, copy);
  const keys = %EnumerableOwnKeys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // A property deleted while cloning (by a getter) is skipped, as HTML's "if ! HasOwnProperty".
    if (!%HasOwnProperty(value, key)) continue;
    %CreateDataPropertyOrThrow(copy, key, StructuredCloneInto(value[key], memory));
  }
  return copy;
}

function CloneCollection(value, isSet, memory) {
  const copy = %MapCreate(void 0, isSet);
  %MapSet(memory, value, copy);
  // The entries as they are now; values (and Map keys) are cloned in turn.
  const iterator = %MapIteratorCreate(value, 2);
  for (;;) {
    const result = %MapIteratorNext(iterator, isSet);
    if (result.done) return copy;
    const entry = result.value;
    const key = StructuredCloneInto(entry[0], memory);
    %MapSet(copy, key, isSet ? key : StructuredCloneInto(entry[1], memory));
  }
}

// Errors: name (one of the standard ones, else "Error"), message, cause and stack.
function CloneError(value, memory) {
  // The prototype of the copy is the current realm's for one of the standard names, else %Error.prototype%.
  const copy = %ErrorCreate(value.name);
  %MapSet(memory, value, copy);
  DefineErrorField(copy, "message", value, memory);
  DefineErrorField(copy, "cause", value, memory);
  DefineErrorField(copy, "stack", value, memory);
  return copy;
}

// The own data property key of error, if any, cloned onto copy (writable, configurable, hidden).
function DefineErrorField(copy, key, error, memory) {
  const desc = %GetOwnProperty(error, key);
  if (desc === void 0 || !%HasOwnProperty(desc, "value")) {
    %Delete(copy, key);
    return;
  }
  const v = key === "cause" ? StructuredCloneInto(desc.value, memory) : %ToString(desc.value);
  %DefineOwnProperty(copy, key, 0x01 | 0x02 | 0x10 | 0x20 | 0x40 | 0x100, v, void 0, void 0);
}
