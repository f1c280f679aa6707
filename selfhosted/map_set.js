// Map and Set (https://tc39.es/ecma262/#sec-keyed-collections). Their [[MapData]] and
// [[SetData]] live in C (native/src/builtins_map_set.c), reached through %Map...% intrinsics.
// Conventions: selfhosted/README.md.

// https://tc39.es/ecma262/#sec-map-iterable
function Map$constructor(iterable = void 0) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new.target === void 0) %ThrowTypeError("Constructor Map requires 'new'");
  // 2-3. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
  const map = %MapCreate(new.target, false);
  // 4. If iterable is either undefined or null, return map.
  if (iterable === void 0 || iterable === null) return map;
  // 5. Let adder be ? Get(map, "set"); TypeError if not callable.
  const adder = map.set;
  if (!%IsCallable(adder)) %ThrowTypeError("Map: 'set' is not a function");
  // 6. Return ? AddEntriesFromIterable(map, iterable, adder).
  AddEntriesFromIterable(map, iterable, adder);
  return map;
}

// https://tc39.es/ecma262/#sec-add-entries-from-iterable
function AddEntriesFromIterable(target, iterable, adder) {
  // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
  const iterator = GetIterator(iterable);
  const next = iterator.next;
  // 2. Repeat,
  for (;;) {
    // a-b. Let next be ? IteratorStepValue(iteratorRecord); if done, return target.
    const result = %Call(next, iterator);
    if (!%IsObject(result)) %ThrowTypeError("iterator result is not an object");
    if (result.done) return target;
    const nextItem = result.value;
    try {
      // c. If nextItem is not an Object: TypeError (closing the iterator).
      if (!%IsObject(nextItem)) %ThrowTypeError("iterator value " + %ToString(typeof nextItem) + " is not an entry object");
      // d-g. k = Get(nextItem, "0"), v = Get(nextItem, "1"); Call(adder, target, « k, v »).
      const k = nextItem[0];
      const v = nextItem[1];
      %Call(adder, target, k, v);
    } catch (error) {
      IteratorCloseQuietly(iterator);
      throw error;
    }
  }
}

// https://tc39.es/ecma262/#sec-getiterator (sync): ? GetMethod(obj, @@iterator), then call it.
function GetIterator(obj) {
  const method = GetMethod(obj, %WellKnownSymbol("iterator"));
  if (method === void 0) %ThrowTypeError(%ToString(typeof obj) + " is not iterable");
  const iterator = %Call(method, obj);
  if (!%IsObject(iterator)) %ThrowTypeError("the iterator is not an object");
  return iterator;
}

function ThisMap(value, method) {
  if (!%IsMap(value, false)) %ThrowTypeError("Map.prototype." + method + " called on an object that is not a Map");
  return value;
}

// https://tc39.es/ecma262/#sec-map.prototype.get
function Map$prototype$get(key) {
  return %MapGet(ThisMap(this, "get"), key);
}

// https://tc39.es/ecma262/#sec-map.prototype.set
function Map$prototype$set(key, value) {
  // 5. If key is -0𝔽, set key to +0𝔽 (the C side does it).
  return %MapSet(ThisMap(this, "set"), key, value);
}

// https://tc39.es/ecma262/#sec-map.prototype.has
function Map$prototype$has(key) {
  return %MapHas(ThisMap(this, "has"), key);
}

// https://tc39.es/ecma262/#sec-map.prototype.delete
function Map$prototype$delete(key) {
  return %MapDelete(ThisMap(this, "delete"), key);
}

// https://tc39.es/ecma262/#sec-map.prototype.clear
function Map$prototype$clear() {
  %MapClear(ThisMap(this, "clear"));
  return void 0;
}

// https://tc39.es/ecma262/#sec-get-map.prototype.size
function get$Map$prototype$size() {
  return %MapSize(ThisMap(this, "size"));
}

// https://tc39.es/ecma262/#sec-map.prototype.foreach
function Map$prototype$forEach(callbackfn, thisArg = void 0) {
  // 1-3. M; TypeError when callbackfn is not callable.
  const M = ThisMap(this, "forEach");
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Map.prototype.forEach: callback is not a function");
  // 4-6. For each live entry, in order (entries added during the walk are visited too). The
  // iterator pins M for the whole walk: no compaction moves the entries under it.
  const iterator = %MapIteratorCreate(M, 2);
  for (;;) {
    const result = %MapIteratorNext(iterator, false);
    if (result.done) return void 0;
    const entry = result.value;
    %Call(callbackfn, thisArg, entry[1], entry[0], M);
  }
}

// https://tc39.es/ecma262/#sec-map.prototype.keys
function Map$prototype$keys() {
  return %MapIteratorCreate(ThisMap(this, "keys"), 0);
}

// https://tc39.es/ecma262/#sec-map.prototype.values
function Map$prototype$values() {
  return %MapIteratorCreate(ThisMap(this, "values"), 1);
}

// https://tc39.es/ecma262/#sec-map.prototype.entries
function Map$prototype$entries() {
  return %MapIteratorCreate(ThisMap(this, "entries"), 2);
}
// https://tc39.es/ecma262/#sec-map.prototype-@@iterator: the same function object as entries.
// alias Map$prototype$Symbol$iterator = Map$prototype$entries

// https://tc39.es/ecma262/#sec-get-map-@@species
function get$Map$Symbol$species() {
  return this;
}

// https://tc39.es/ecma262/#sec-%mapiteratorprototype%.next
function MapIteratorPrototype$next() {
  return %MapIteratorNext(this, false);
}

// --- Set -----------------------------------------------------------------------------------------

// https://tc39.es/ecma262/#sec-set-iterable
function Set$constructor(iterable = void 0) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new.target === void 0) %ThrowTypeError("Constructor Set requires 'new'");
  // 2-3. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »).
  const set = %MapCreate(new.target, true);
  // 4. If iterable is either undefined or null, return set.
  if (iterable === void 0 || iterable === null) return set;
  // 5-6. Let adder be ? Get(set, "add"); TypeError if not callable.
  const adder = set.add;
  if (!%IsCallable(adder)) %ThrowTypeError("Set: 'add' is not a function");
  // 7-8. Call adder with each value of the iterable, closing it on an abrupt completion.
  AddValuesFromIterable(set, iterable, adder);
  return set;
}

// Steps 7-8 of the Set and WeakSet constructors: call adder on target with each value of the
// iterable, closing the iterator when adder throws.
function AddValuesFromIterable(target, iterable, adder) {
  const iterator = GetIterator(iterable);
  const next = iterator.next;
  for (;;) {
    const result = %Call(next, iterator);
    if (!%IsObject(result)) %ThrowTypeError("iterator result is not an object");
    if (result.done) return;
    const nextValue = result.value;
    try {
      %Call(adder, target, nextValue);
    } catch (error) {
      IteratorCloseQuietly(iterator);
      throw error;
    }
  }
}

function ThisSet(value, method) {
  if (!%IsMap(value, true)) %ThrowTypeError("Set.prototype." + method + " called on an object that is not a Set");
  return value;
}

// https://tc39.es/ecma262/#sec-set.prototype.add
function Set$prototype$add(value) {
  // 1-2. S; 3-4. If value is -0𝔽, set value to +0𝔽 (the key and the stored value).
  const S = ThisSet(this, "add");
  const v = value === 0 ? 0 : value;
  // 5-6. Append it unless present.
  if (!%MapHas(S, v)) %MapSet(S, v, v);
  return S;
}

// https://tc39.es/ecma262/#sec-set.prototype.has
function Set$prototype$has(value) {
  return %MapHas(ThisSet(this, "has"), value);
}

// https://tc39.es/ecma262/#sec-set.prototype.delete
function Set$prototype$delete(value) {
  return %MapDelete(ThisSet(this, "delete"), value);
}

// https://tc39.es/ecma262/#sec-set.prototype.clear
function Set$prototype$clear() {
  %MapClear(ThisSet(this, "clear"));
  return void 0;
}

// https://tc39.es/ecma262/#sec-get-set.prototype.size
function get$Set$prototype$size() {
  return %MapSize(ThisSet(this, "size"));
}

// https://tc39.es/ecma262/#sec-set.prototype.foreach
function Set$prototype$forEach(callbackfn, thisArg = void 0) {
  const S = ThisSet(this, "forEach");
  if (!%IsCallable(callbackfn)) %ThrowTypeError("Set.prototype.forEach: callback is not a function");
  // Each live value in order, through an iterator that pins S (as Map.prototype.forEach).
  const iterator = %MapIteratorCreate(S, 1);
  for (;;) {
    const result = %MapIteratorNext(iterator, true);
    if (result.done) return void 0;
    %Call(callbackfn, thisArg, result.value, result.value, S);
  }
}

// https://tc39.es/ecma262/#sec-set.prototype.values; keys and @@iterator are the same function
// (#sec-set.prototype.keys, #sec-set.prototype-@@iterator).
function Set$prototype$values() {
  return %MapIteratorCreate(ThisSet(this, "values"), 1);
}
// alias Set$prototype$keys = Set$prototype$values
// alias Set$prototype$Symbol$iterator = Set$prototype$values

// https://tc39.es/ecma262/#sec-set.prototype.entries
function Set$prototype$entries() {
  return %MapIteratorCreate(ThisSet(this, "entries"), 2);
}

// https://tc39.es/ecma262/#sec-get-set-@@species
function get$Set$Symbol$species() {
  return this;
}

// https://tc39.es/ecma262/#sec-%setiteratorprototype%.next
function SetIteratorPrototype$next() {
  return %MapIteratorNext(this, true);
}

// https://tc39.es/ecma262/#sec-%iteratorprototype%-@@iterator, installed with %IteratorPrototype%
// itself (every iterator prototype inherits it).
function IteratorPrototype$Symbol$iterator() {
  // 1. Return the this value.
  return this;
}
