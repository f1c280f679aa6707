// Object.preventExtensions, seal and freeze of the global object keep every global reachable:
// the lazily made ones (constructors, Math, print, ...) exist before it stops being extensible.
(function () {
    var before = Object.getOwnPropertyNames(globalThis).length;
    Object.preventExtensions(globalThis);
    print(Object.isExtensible(globalThis), Object.isSealed(globalThis));
    print(typeof TypeError, typeof Math.max, typeof JSON, typeof print, typeof Symbol.iterator);
    print(Object.getOwnPropertyNames(globalThis).length >= before);
    newGlobal = 1; // sloppy: silently not created
    print(typeof newGlobal);
    (function () {
        "use strict";
        try {
            anotherGlobal = 1;
        } catch (e) {
            print(e instanceof ReferenceError);
        }
    })();
    Object.seal(globalThis);
    var d = Object.getOwnPropertyDescriptor(globalThis, "RangeError");
    print(d.writable, d.enumerable, d.configurable, Object.isSealed(globalThis), Object.isFrozen(globalThis));
    Object.freeze(globalThis);
    d = Object.getOwnPropertyDescriptor(globalThis, "Array");
    print(d.writable, d.configurable, Object.isFrozen(globalThis));
    print(new Error("still works").message, [1, 2, 3].map(function (x) { return x * 2; }).join());
    print(Reflect.preventExtensions(globalThis), Number.isNaN(NaN), typeof undefined, Infinity);
})();
