"""The intrinsics table: every C primitive self-hosted code may call, declared once.

Self-hosted code calls entry ``Name`` as ``%Name(args...)``; the compiler turns it into
``CallIntrinsic id`` where id is the entry's position here. Ids past the end of this table
are the library's own top-level functions (engine.selfhost.library numbers them). The C
implementations live in native/src/selfhost_ops*.c, dispatched through the X-macro that
engine.selfhost.generate writes from this table.

arity: the number of arguments the C function reads (-1: any number, e.g. Call).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intrinsic:
    name: str
    arity: int
    doc: str


INTRINSICS: tuple[Intrinsic, ...] = (
    # --- type conversion (https://tc39.es/ecma262/#sec-type-conversion) ---
    Intrinsic("ToObject", 1, "ToObject(v): TypeError for undefined and null"),
    Intrinsic("ToLength", 1, "ToLength(v): an integer in [0, 2^53 - 1]"),
    Intrinsic("ToIntegerOrInfinity", 1, "ToIntegerOrInfinity(v)"),
    Intrinsic("ToString", 1, "ToString(v): a string value"),
    Intrinsic("ToNumber", 1, "ToNumber(v)"),
    Intrinsic("ToPropertyKey", 1, "ToPropertyKey(v)"),
    Intrinsic("ToBoolean", 1, "ToBoolean(v)"),
    # --- testing and comparison (https://tc39.es/ecma262/#sec-testing-and-comparison-operations) ---
    Intrinsic("IsCallable", 1, "IsCallable(v)"),
    Intrinsic("IsConstructor", 1, "IsConstructor(v)"),
    Intrinsic("IsArray", 1, "IsArray(v) (no Proxy yet)"),
    Intrinsic("IsObject", 1, "whether v is an Object (typeof object or function, not null)"),
    Intrinsic("SameValue", 2, "SameValue(a, b)"),
    Intrinsic("SameValueZero", 2, "SameValueZero(a, b)"),
    # --- operations on objects (https://tc39.es/ecma262/#sec-operations-on-objects) ---
    Intrinsic("Call", -1, "Call(F, thisArg, ...args): TypeError when F is not callable"),
    Intrinsic("Construct", -1, "Construct(F, ...args) with newTarget F"),
    Intrinsic("HasProperty", 2, "HasProperty(O, P)"),
    Intrinsic("HasOwnProperty", 2, "HasOwnProperty(O, P)"),
    Intrinsic("CreateDataPropertyOrThrow", 3, "CreateDataPropertyOrThrow(O, P, V)"),
    Intrinsic("DeletePropertyOrThrow", 2, "DeletePropertyOrThrow(O, P)"),
    Intrinsic("ArrayCreate", 1, "ArrayCreate(length) in the current realm; RangeError past 2^32 - 1"),
    Intrinsic("ArraySpeciesCreate", 2, "ArraySpeciesCreate(originalArray, length)"),
    Intrinsic("WellKnownSymbol", 1, "the well-known symbol named by a string (\"iterator\" is Symbol.iterator)"),
    Intrinsic("EnumerableOwnKeys", 1, "EnumerableOwnProperties(O, key): a new array of O's enumerable own string keys"),
    Intrinsic("ObjectToString", 1, "%Object.prototype.toString% called with this value v"),
    Intrinsic("PrimitiveOf", 1, "the [[NumberData]], [[StringData]], [[BooleanData]] or [[SymbolData]] of a wrapper, else undefined"),
    # --- strings (code units) ---
    Intrinsic("CharCodeAt", 2, "the code unit of string s at index i (no checks: 0 <= i < s.length)"),
    Intrinsic("FromCharCode", 1, "a one-code-unit string"),
    Intrinsic("Substring", 3, "s[start .. end) of string s (0 <= start <= end <= s.length)"),
    Intrinsic("StringIndexOf", 3, "StringIndexOf(s, search, from) on strings: the first index >= from, or -1"),
    Intrinsic("StringTransform", 2, "s case-mapped or normalised: op 0 upper, 1 lower, 2 NFC, 3 NFD, 4 NFKC, 5 NFKD; "
              "op 6: \"x,p\" -> \"n,e\", the exact p-digit rounding of the double x (ASCII case mapping in C, "
              "the rest through the host's Python callback)"),
    # --- WeakMap and WeakSet (native/src/weak_collections.c) ---
    Intrinsic("WeakCreate", 2, "a new WeakMap (isSet false) or WeakSet from GetPrototypeFromConstructor(newTarget)"),
    Intrinsic("IsWeak", 2, "whether v is a WeakMap (isSet false) or a WeakSet (isSet true)"),
    Intrinsic("WeakGet", 2, "the value of key's entry in w, or undefined"),
    Intrinsic("WeakHas", 2, "whether key has an entry in w"),
    Intrinsic("WeakSet", 3, "sets key's entry in w to value (TypeError unless CanBeHeldWeakly(key)); returns w"),
    Intrinsic("WeakDelete", 2, "removes key's entry from w; whether there was one"),
    # --- the internal methods of ordinary objects (Reflect) ---
    Intrinsic("GetPrototypeOf", 1, "O.[[GetPrototypeOf]]()"),
    Intrinsic("SetPrototypeOf", 2, "O.[[SetPrototypeOf]](V): whether it succeeded"),
    Intrinsic("IsExtensible", 1, "O.[[IsExtensible]]()"),
    Intrinsic("PreventExtensions", 1, "O.[[PreventExtensions]](): whether it succeeded"),
    Intrinsic("GetOwnProperty", 2, "FromPropertyDescriptor(O.[[GetOwnProperty]](P)): an object, or undefined"),
    Intrinsic("DefineOwnProperty", 6, "O.[[DefineOwnProperty]](P, Desc) with Desc as (fields, value, get, set): fields "
              "has the RH_DESC_* bits of the present fields and 0x40 writable, 0x80 enumerable, 0x100 configurable"),
    Intrinsic("Delete", 2, "O.[[Delete]](P): whether it succeeded"),
    Intrinsic("OwnPropertyKeys", 1, "a new array of O.[[OwnPropertyKeys]]() (index keys as strings)"),
    Intrinsic("GetWithReceiver", 3, "O.[[Get]](P, Receiver)"),
    Intrinsic("SetWithReceiver", 4, "O.[[Set]](P, V, Receiver): whether it succeeded"),
    Intrinsic("CallWithArray", 3, "Call(F, thisArg, the elements of the internal array args)"),
    Intrinsic("ConstructWithArray", 3, "Construct(F, the elements of the internal array args, newTarget)"),
    Intrinsic("CloneKind", 1, "what structuredClone sees in v: \"primitive\", \"object\" (ordinary), \"array\", "
              "\"wrapper\", \"error\", \"map\", \"set\", \"function\", \"symbol\" or \"other\""),
    # --- iterators (native/src/selfhost_iterators.c) ---
    Intrinsic("CreateArrayIterator", 2, "CreateArrayIterator(O, kind): kind 0 keys, 1 values, 2 entries"),
    Intrinsic("CreateStringIterator", 1, "a %StringIteratorPrototype% iterator over the string s"),
    Intrinsic("StringIteratorNext", 1, "%StringIteratorPrototype%.next: the next code point as a string"),
    # --- Map and Set ([[MapData]], [[SetData]]: native/src/builtins_map_set.c) ---
    Intrinsic("MapCreate", 2, "a new empty Map (isSet false) or Set from GetPrototypeFromConstructor(newTarget)"),
    Intrinsic("IsMap", 2, "whether v has [[MapData]] (isSet false) or [[SetData]] (isSet true)"),
    Intrinsic("MapHas", 2, "whether the Map or Set m has key (SameValueZero)"),
    Intrinsic("MapGet", 2, "the value of key in Map m, or undefined"),
    Intrinsic("MapSet", 3, "sets key (-0 as +0) to value in m, appending a new entry; returns m"),
    Intrinsic("MapDelete", 2, "removes key from m; whether it was there"),
    Intrinsic("MapClear", 1, "empties m (live iterators continue after the cleared entries)"),
    Intrinsic("MapSize", 1, "the number of live entries of m"),
    Intrinsic("MapIteratorCreate", 2, "a Map or Set iterator over m; kind 0 keys, 1 values, 2 entries"),
    Intrinsic("MapIteratorNext", 2, "%MapIteratorPrototype%.next (isSet false) or %SetIteratorPrototype%.next"),
    # --- errors ---
    Intrinsic("ErrorCreate", 1, "a new error of the current realm whose prototype is %<name>.prototype% for a standard "
              "error name, else %Error.prototype% (no message)"),
    Intrinsic("ThrowTypeError", 1, "throws a new TypeError of the current realm with message"),
    Intrinsic("ThrowRangeError", 1, "throws a new RangeError of the current realm with message"),
    Intrinsic("ThrowSyntaxError", 1, "throws a new SyntaxError of the current realm with message"),
    Intrinsic("ThrowURIError", 1, "throws a new URIError of the current realm with message"),
)

NAMES: dict[str, int] = {intrinsic.name: index for index, intrinsic in enumerate(INTRINSICS)}
