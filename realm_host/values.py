"""Values between Python and JavaScript.

JavaScript to Python: undefined -> ``undefined`` (a singleton), null -> None, booleans, numbers
(int when integral, within +-2**53 and not -0, else float), strings -> str (lone surrogates kept
with 'surrogatepass'), objects -> ``JSObject`` (a handle that keeps the object alive until it is
released or collected on the Python side). Python to JavaScript is the reverse, plus JSObject.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from realm_host._native import ffi, lib
from realm_host.errors import RealmClosed

if TYPE_CHECKING:
    from realm_host.realm import Realm

# rh_api_value_kind
KIND_DOUBLE, KIND_INT32, KIND_BOOL, KIND_UNDEFINED, KIND_NULL, KIND_HOLE = range(6)
KIND_OBJECT, KIND_STRING, KIND_SYMBOL, KIND_FUNCTION = 6, 7, 8, 9

_MAX_SAFE = 2**53


class _Undefined:
    """JavaScript's undefined (falsy, one instance)."""

    _instance: _Undefined | None = None

    def __new__(cls) -> _Undefined:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False


undefined = _Undefined()


class JSSymbol:
    """A JavaScript symbol seen from Python (opaque: its description only)."""

    def __init__(self, description: str | None) -> None:
        self.description = description

    def __repr__(self) -> str:
        return f"Symbol({self.description or ''})"


def string_of(agent: Any, value: int) -> str:
    """The Python str of a JavaScript string value."""
    out = ffi.new("char **")
    size = ffi.new("size_t *")
    if lib.rh_api_string_utf8(agent, value, out, size) != 0:
        raise MemoryError("out of memory reading a string")
    try:
        return ffi.unpack(out[0], size[0]).decode("utf-8", "surrogatepass")
    finally:
        lib.rh_api_free(out[0])


def to_python(realm: Realm, value: int) -> Any:
    kind = lib.rh_api_value_kind(value)
    if kind == KIND_INT32:
        return int(lib.rh_api_to_double(value))
    if kind == KIND_DOUBLE:
        d = lib.rh_api_to_double(value)
        if math.isfinite(d) and d == int(d) and abs(d) <= _MAX_SAFE and not (d == 0 and math.copysign(1, d) < 0):
            return int(d)
        return d
    if kind == KIND_BOOL:
        return value == lib.rh_api_constant(3)
    if kind in (KIND_UNDEFINED, KIND_HOLE):
        return undefined
    if kind == KIND_NULL:
        return None
    if kind == KIND_STRING:
        return string_of(realm._agent, value)
    if kind == KIND_SYMBOL:
        return JSSymbol(None)
    return JSObject(realm, value)


def to_js(realm: Realm, value: Any) -> int:
    """A JavaScript value for a Python one. Strings are fresh heap values: the caller roots them
    (Realm._hold) before the next call into the core."""
    if value is undefined:
        return lib.rh_api_constant(0)
    if value is None:
        return lib.rh_api_constant(1)
    if value is True:
        return lib.rh_api_constant(3)
    if value is False:
        return lib.rh_api_constant(2)
    if isinstance(value, (int, float)):
        return lib.rh_api_from_double(float(value))
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        result = lib.rh_api_string(realm._realm, data, len(data))
        if result == lib.rh_api_constant(0):
            raise MemoryError("out of memory making a string")
        return result
    if isinstance(value, JSObject):
        return value._value()
    raise TypeError(f"cannot pass a {type(value).__name__} to JavaScript")


class JSObject:
    """A JavaScript object held from Python: a handle (a GC root) released with the object."""

    __slots__ = ("_realm", "_handle", "callable", "__weakref__")

    def __init__(self, realm: Realm, value: int) -> None:
        self._realm = realm
        self._handle = lib.rh_handle_new(realm._agent, value)
        if self._handle < 0:
            raise MemoryError("out of memory making a handle")
        self.callable = lib.rh_api_value_kind(value) == KIND_FUNCTION

    def _value(self) -> int:
        if self._realm._realm is None or self._realm._agent is None:
            raise RealmClosed("the object's realm is closed")
        return lib.rh_handle_get(self._realm._agent, self._handle)

    def get(self, key: Any) -> Any:
        """self[key] (getters run)."""
        return self._realm._get(self._value(), key)

    def set(self, key: Any, value: Any) -> None:
        """self[key] = value (setters run; a failed assignment raises TypeError in JavaScript)."""
        self._realm._set(self._value(), key, value)

    def call(self, *args: Any, this: Any = undefined) -> Any:
        """self(...args) with the given this."""
        return self._realm._call(self._value(), this, args)

    def keys(self) -> list[str]:
        """The own enumerable string keys, in property order (Object.keys)."""
        return self._realm._keys(self._value())

    def __call__(self, *args: Any) -> Any:
        return self.call(*args)

    def __getitem__(self, key: Any) -> Any:
        return self.get(key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self.set(key, value)

    def __repr__(self) -> str:
        return f"<JSObject {'function' if self.callable else 'object'}>"

    def release(self) -> None:
        """Drops the handle now (the object may then be collected)."""
        agent = self._realm._agent
        if self._handle >= 0 and agent is not None:
            lib.rh_handle_free(agent, self._handle)
        self._handle = -1

    def __del__(self) -> None:
        try:
            self.release()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass
