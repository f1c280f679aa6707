// Object.groupBy and Map.groupBy (https://tc39.es/ecma262/#sec-groupby).
// Conventions: selfhosted/README.md. The groups are kept as a list of keys in first-seen order
// plus a library-private Map from key to its elements: the Map's SameValueZero is the spec's
// SameValue once -0 is +0, and property keys (strings and symbols) compare the same under both.

// https://tc39.es/ecma262/#sec-groupby: the keys in order and the Map key -> elements array.
function GroupBy(items, callbackfn, propertyKeys) {
  // 1. Perform ? RequireObjectCoercible(items).
  if (items === void 0 || items === null) %ThrowTypeError("groupBy called on null or undefined");
  // 2. If IsCallable(callbackfn) is false, throw a TypeError exception.
  if (!%IsCallable(callbackfn)) %ThrowTypeError("groupBy: callback is not a function");
  // 3. Let groups be a new empty List.
  const keys = %ArrayCreate(0);
  const groups = %MapCreate(void 0, false);
  // 4. Let iteratorRecord be ? GetIterator(items, sync).
  const iterator = GetIterator(items);
  const next = iterator.next;
  // 5. Let k be 0. 6. Repeat,
  for (let k = 0; ; k++) {
    // a. If k >= 2^53 - 1, throw a TypeError, closing the iterator.
    if (k >= 9007199254740991) {
      IteratorCloseQuietly(iterator);
      %ThrowTypeError("groupBy: too many elements");
    }
    // b-c. Let next be ? IteratorStepValue(iteratorRecord); if DONE, return groups.
    const result = %Call(next, iterator);
    if (!%IsObject(result)) %ThrowTypeError("iterator result is not an object");
    if (result.done) return [keys, groups];
    // d. Let value be next.
    const value = result.value;
    let key;
    try {
      // e-f. Let key be Completion(Call(callbackfn, undefined, « value, 𝔽(k) »)), closing on a throw.
      key = %Call(callbackfn, void 0, value, k);
      // g. For property keys: key = Completion(ToPropertyKey(key)), closing on a throw.
      if (propertyKeys) key = %ToPropertyKey(key);
    } catch (error) {
      IteratorCloseQuietly(iterator);
      throw error;
    }
    // h. For zero keys, -0 becomes +0 (%MapSet does it too; the list of keys must agree).
    if (!propertyKeys && key === 0) key = 0;
    // i. Perform AddValueToKeyedGroup(groups, key, value).
    AddValueToKeyedGroup(keys, groups, key, value);
  }
}

// https://tc39.es/ecma262/#sec-add-value-to-keyed-group
function AddValueToKeyedGroup(keys, groups, key, value) {
  let elements = %MapGet(groups, key);
  // 2. No group for key yet: append a new one (its elements in a fresh array).
  if (elements === void 0) {
    elements = %ArrayCreate(0);
    %CreateDataPropertyOrThrow(keys, keys.length, key);
    %MapSet(groups, key, elements);
  }
  // 1.a.i. Append value to the group's [[Elements]].
  %CreateDataPropertyOrThrow(elements, elements.length, value);
}

// https://tc39.es/ecma262/#sec-object.groupby
function Object$groupBy(items, callbackfn) {
  // 1. Let groups be ? GroupBy(items, callbackfn, property).
  const grouped = GroupBy(items, callbackfn, true);
  const keys = grouped[0];
  // 2. Let obj be OrdinaryObjectCreate(null).
  const obj = { __proto__: null };
  // 3. For each Record g of groups: ! CreateDataPropertyOrThrow(obj, g.[[Key]], CreateArrayFromList(g.[[Elements]])).
  for (let i = 0; i < keys.length; i++) %CreateDataPropertyOrThrow(obj, keys[i], %MapGet(grouped[1], keys[i]));
  // 4. Return obj.
  return obj;
}

// https://tc39.es/ecma262/#sec-map.groupby
function Map$groupBy(items, callbackfn) {
  // 1. Let groups be ? GroupBy(items, callbackfn, zero).
  const grouped = GroupBy(items, callbackfn, false);
  const keys = grouped[0];
  // 2. Let map be ! Construct(%Map%).
  const map = %MapCreate(void 0, false);
  // 3. For each Record g of groups: append { g.[[Key]], CreateArrayFromList(g.[[Elements]]) } to map.[[MapData]].
  for (let i = 0; i < keys.length; i++) %MapSet(map, keys[i], %MapGet(grouped[1], keys[i]));
  // 4. Return map.
  return map;
}
