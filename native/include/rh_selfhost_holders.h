/* Intrinsics that exist only to hold self-hosted functions (selfhost_holders.c): namespace
 * objects whose every method is written in JavaScript. rh_intrinsics.h adds them to its
 * tables; their methods arrive through the library's manifest like any other. */
#ifndef RH_SELFHOST_HOLDERS_H
#define RH_SELFHOST_HOLDERS_H

/* X(Name, maker) */
#define RH_FOR_EACH_SELFHOST_HOLDER(X)                         \
    X(JSON, selfhost_make_json)                                \
    X(Reflect, selfhost_make_reflect)                          \
    X(Map, selfhost_make_function)                             \
    X(MapPrototype, selfhost_make_collection_prototype)        \
    X(Set, selfhost_make_function)                             \
    X(SetPrototype, selfhost_make_collection_prototype)        \
    X(MapIteratorPrototype, selfhost_make_iterator_prototype)  \
    X(SetIteratorPrototype, selfhost_make_iterator_prototype)  \
    X(StringIteratorPrototype, selfhost_make_iterator_prototype) \
    X(WeakMap, selfhost_make_function)                         \
    X(WeakMapPrototype, selfhost_make_collection_prototype)    \
    X(WeakSet, selfhost_make_function)                         \
    X(WeakSetPrototype, selfhost_make_collection_prototype)    \
    X(EncodeURI, selfhost_make_function)                       \
    X(EncodeURIComponent, selfhost_make_function)              \
    X(DecodeURI, selfhost_make_function)                       \
    X(DecodeURIComponent, selfhost_make_function)              \
    X(StructuredClone, selfhost_make_function)

/* X(global name, Intrinsic) */
#define RH_FOR_EACH_SELFHOST_GLOBAL(X) \
    X(JSON, JSON)                      \
    X(Reflect, Reflect)                \
    X(Map, Map)                        \
    X(Set, Set)                        \
    X(WeakMap, WeakMap)                \
    X(WeakSet, WeakSet)                \
    X(encodeURI, EncodeURI)            \
    X(encodeURIComponent, EncodeURIComponent) \
    X(decodeURI, DecodeURI)            \
    X(decodeURIComponent, DecodeURIComponent) \
    X(structuredClone, StructuredClone)

#endif
