// Object constructor functions the native builtins leave to JavaScript
// (https://tc39.es/ecma262/#sec-properties-of-the-object-constructor). Conventions: selfhosted/README.md.

// https://tc39.es/ecma262/#sec-object.fromentries
function Object$fromEntries(iterable) {
  // 1. Perform ? RequireObjectCoercible(iterable).
  if (iterable === void 0 || iterable === null) %ThrowTypeError("Object.fromEntries requires an iterable");
  // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  const obj = {};
  // 4-6. AddEntriesFromIterable(obj, iterable, adder): adder is CreateDataPropertyOnObject.
  const iterator = GetIterator(iterable);
  const next = iterator.next;
  for (;;) {
    const result = %Call(next, iterator);
    if (!%IsObject(result)) %ThrowTypeError("iterator result is not an object");
    if (result.done) return obj;
    const nextItem = result.value;
    try {
      if (!%IsObject(nextItem)) %ThrowTypeError("iterator value is not an entry object");
      const k = nextItem[0];
      const v = nextItem[1];
      // CreateDataPropertyOnObject: propertyKey = ? ToPropertyKey(key); ! CreateDataPropertyOrThrow.
      %CreateDataPropertyOrThrow(obj, %ToPropertyKey(k), v);
    } catch (error) {
      IteratorCloseQuietly(iterator);
      throw error;
    }
  }
}

// https://tc39.es/ecma262/#sec-object.hasown
function Object$hasOwn(O, P) {
  // 1. Let obj be ? ToObject(O). 2. Let key be ? ToPropertyKey(P). 3. Return ? HasOwnProperty(obj, key).
  const obj = %ToObject(O);
  return %HasOwnProperty(obj, %ToPropertyKey(P));
}
