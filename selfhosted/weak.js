// WeakMap and WeakSet (https://tc39.es/ecma262/#sec-weakmap-objects, #sec-weakset-objects).
// [[WeakMapData]] is an ephemeron table owned by the collection (native/src/weak_collections.c):
// it keeps no key alive, and a value only while its key and the collection live. Keys are those
// CanBeHeldWeakly accepts (ES2023): objects and symbols not made by Symbol.for.

// https://tc39.es/ecma262/#sec-weakmap-iterable
function WeakMap$constructor(iterable = void 0) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new.target === void 0) %ThrowTypeError("Constructor WeakMap requires 'new'");
  // 2-3. map = ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%", « [[WeakMapData]] »).
  const map = %WeakCreate(new.target, false);
  // 4. If iterable is either undefined or null, return map.
  if (iterable === void 0 || iterable === null) return map;
  // 5-6. adder = ? Get(map, "set"); AddEntriesFromIterable(map, iterable, adder).
  const adder = map.set;
  if (!%IsCallable(adder)) %ThrowTypeError("WeakMap: 'set' is not a function");
  AddEntriesFromIterable(map, iterable, adder);
  return map;
}

function ThisWeakMap(value, method) {
  if (!%IsWeak(value, false)) %ThrowTypeError("WeakMap.prototype." + method + " called on an object that is not a WeakMap");
  return value;
}

// https://tc39.es/ecma262/#sec-weakmap.prototype.get
function WeakMap$prototype$get(key) {
  return %WeakGet(ThisWeakMap(this, "get"), key);
}

// https://tc39.es/ecma262/#sec-weakmap.prototype.has
function WeakMap$prototype$has(key) {
  return %WeakHas(ThisWeakMap(this, "has"), key);
}

// https://tc39.es/ecma262/#sec-weakmap.prototype.set
function WeakMap$prototype$set(key, value) {
  // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception (%WeakSet checks).
  // 4-6. Replace the value of key's entry, or append one.
  return %WeakSet(ThisWeakMap(this, "set"), key, value);
}

// https://tc39.es/ecma262/#sec-weakmap.prototype.delete
function WeakMap$prototype$delete(key) {
  return %WeakDelete(ThisWeakMap(this, "delete"), key);
}

// https://tc39.es/ecma262/#sec-weakset-iterable
function WeakSet$constructor(iterable = void 0) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new.target === void 0) %ThrowTypeError("Constructor WeakSet requires 'new'");
  // 2-3. set = ? OrdinaryCreateFromConstructor(NewTarget, "%WeakSet.prototype%", « [[WeakSetData]] »).
  const set = %WeakCreate(new.target, true);
  // 4. If iterable is either undefined or null, return set.
  if (iterable === void 0 || iterable === null) return set;
  // 5-8. adder = ? Get(set, "add"); call it with each value, closing the iterator on a throw.
  const adder = set.add;
  if (!%IsCallable(adder)) %ThrowTypeError("WeakSet: 'add' is not a function");
  AddValuesFromIterable(set, iterable, adder);
  return set;
}

function ThisWeakSet(value, method) {
  if (!%IsWeak(value, true)) %ThrowTypeError("WeakSet.prototype." + method + " called on an object that is not a WeakSet");
  return value;
}

// https://tc39.es/ecma262/#sec-weakset.prototype.add
function WeakSet$prototype$add(value) {
  // 3. If CanBeHeldWeakly(value) is false, throw a TypeError exception (%WeakSet checks).
  const S = ThisWeakSet(this, "add");
  %WeakSet(S, value, true);
  return S;
}

// https://tc39.es/ecma262/#sec-weakset.prototype.has
function WeakSet$prototype$has(value) {
  return %WeakHas(ThisWeakSet(this, "has"), value);
}

// https://tc39.es/ecma262/#sec-weakset.prototype.delete
function WeakSet$prototype$delete(value) {
  return %WeakDelete(ThisWeakSet(this, "delete"), value);
}
