// The Reflect object (https://tc39.es/ecma262/#sec-reflect-object), over the internal-method
// intrinsics of native/src/selfhost_reflect.c. Conventions: selfhosted/README.md.

function RequireObject(target, method) {
  if (!%IsObject(target)) %ThrowTypeError("Reflect." + method + " called on non-object");
  return target;
}

// https://tc39.es/ecma262/#sec-createlistfromarraylike (any element type): an internal array.
function CreateListFromArrayLike(obj) {
  // 1-2. If obj is not an Object, throw a TypeError exception.
  if (!%IsObject(obj)) %ThrowTypeError("CreateListFromArrayLike called on non-object");
  // 3-5. len = ? LengthOfArrayLike(obj); the elements in order.
  const len = %ToLength(obj.length);
  const list = %ArrayCreate(0);
  for (let index = 0; index < len; index++) %CreateDataPropertyOrThrow(list, index, obj[index]);
  // 6. Return list.
  return list;
}

// https://tc39.es/ecma262/#sec-topropertydescriptor, as the (fields, value, get, set) of %DefineOwnProperty.
function DefineFromAttributes(target, P, Obj) {
  // 1. If Obj is not an Object, throw a TypeError exception.
  if (!%IsObject(Obj)) %ThrowTypeError("Property description must be an object");
  let fields = 0;
  let value = void 0;
  let getter = void 0;
  let setter = void 0;
  // 3-4. enumerable; 5-6. configurable; 7-8. value; 9-10. writable (each read only if present).
  if (%HasProperty(Obj, "enumerable")) fields |= 0x10 | (Obj.enumerable ? 0x80 : 0);
  if (%HasProperty(Obj, "configurable")) fields |= 0x20 | (Obj.configurable ? 0x100 : 0);
  if (%HasProperty(Obj, "value")) {
    fields |= 0x01;
    value = Obj.value;
  }
  if (%HasProperty(Obj, "writable")) fields |= 0x02 | (Obj.writable ? 0x40 : 0);
  // 11-14. get and set must be callable or undefined.
  if (%HasProperty(Obj, "get")) {
    getter = Obj.get;
    if (getter !== void 0 && !%IsCallable(getter)) %ThrowTypeError("Getter must be a function");
    fields |= 0x04;
  }
  if (%HasProperty(Obj, "set")) {
    setter = Obj.set;
    if (setter !== void 0 && !%IsCallable(setter)) %ThrowTypeError("Setter must be a function");
    fields |= 0x08;
  }
  // 15. Accessor and data fields together are a TypeError.
  if ((fields & 0x0C) !== 0 && (fields & 0x03) !== 0) {
    %ThrowTypeError("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
  }
  return %DefineOwnProperty(target, P, fields, value, getter, setter);
}

// https://tc39.es/ecma262/#sec-reflect.apply
function Reflect$apply(target, thisArgument, argumentsList) {
  // 1. If IsCallable(target) is false, throw a TypeError exception.
  if (!%IsCallable(target)) %ThrowTypeError("Reflect.apply: target is not a function");
  // 2-4. args = ? CreateListFromArrayLike(argumentsList); return ? Call(target, thisArgument, args).
  return %CallWithArray(target, thisArgument, CreateListFromArrayLike(argumentsList));
}

// https://tc39.es/ecma262/#sec-reflect.construct
function Reflect$construct(target, argumentsList, newTarget = void 0) {
  // 1. If IsConstructor(target) is false, throw a TypeError exception.
  if (!%IsConstructor(target)) %ThrowTypeError("Reflect.construct: target is not a constructor");
  // 2-3. newTarget defaults to target, and must be a constructor.
  if (arguments.length < 3) newTarget = target;
  else if (!%IsConstructor(newTarget)) %ThrowTypeError("Reflect.construct: newTarget is not a constructor");
  // 4-5. Return ? Construct(target, args, newTarget).
  return %ConstructWithArray(target, CreateListFromArrayLike(argumentsList), newTarget);
}

// https://tc39.es/ecma262/#sec-reflect.defineproperty
function Reflect$defineProperty(target, propertyKey, attributes) {
  RequireObject(target, "defineProperty");
  return DefineFromAttributes(target, %ToPropertyKey(propertyKey), attributes);
}

// https://tc39.es/ecma262/#sec-reflect.deleteproperty
function Reflect$deleteProperty(target, propertyKey) {
  return %Delete(RequireObject(target, "deleteProperty"), %ToPropertyKey(propertyKey));
}

// https://tc39.es/ecma262/#sec-reflect.get
function Reflect$get(target, propertyKey, receiver = void 0) {
  RequireObject(target, "get");
  const key = %ToPropertyKey(propertyKey);
  // 3. If receiver is not present, set receiver to target.
  return %GetWithReceiver(target, key, arguments.length < 3 ? target : receiver);
}

// https://tc39.es/ecma262/#sec-reflect.getownpropertydescriptor
function Reflect$getOwnPropertyDescriptor(target, propertyKey) {
  return %GetOwnProperty(RequireObject(target, "getOwnPropertyDescriptor"), %ToPropertyKey(propertyKey));
}

// https://tc39.es/ecma262/#sec-reflect.getprototypeof
function Reflect$getPrototypeOf(target) {
  return %GetPrototypeOf(RequireObject(target, "getPrototypeOf"));
}

// https://tc39.es/ecma262/#sec-reflect.has
function Reflect$has(target, propertyKey) {
  return %HasProperty(RequireObject(target, "has"), %ToPropertyKey(propertyKey));
}

// https://tc39.es/ecma262/#sec-reflect.isextensible
function Reflect$isExtensible(target) {
  return %IsExtensible(RequireObject(target, "isExtensible"));
}

// https://tc39.es/ecma262/#sec-reflect.ownkeys
function Reflect$ownKeys(target) {
  return %OwnPropertyKeys(RequireObject(target, "ownKeys"));
}

// https://tc39.es/ecma262/#sec-reflect.preventextensions
function Reflect$preventExtensions(target) {
  return %PreventExtensions(RequireObject(target, "preventExtensions"));
}

// https://tc39.es/ecma262/#sec-reflect.set
function Reflect$set(target, propertyKey, V, receiver = void 0) {
  RequireObject(target, "set");
  const key = %ToPropertyKey(propertyKey);
  // 3. If receiver is not present, set receiver to target.
  return %SetWithReceiver(target, key, V, arguments.length < 4 ? target : receiver);
}

// https://tc39.es/ecma262/#sec-reflect.setprototypeof
function Reflect$setPrototypeOf(target, proto) {
  RequireObject(target, "setPrototypeOf");
  // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
  if (!%IsObject(proto) && proto !== null) %ThrowTypeError("Object prototype may only be an Object or null");
  return %SetPrototypeOf(target, proto);
}
