"""A thin Python wrapper over the C core's test API (native/include/rh_testapi.h) for the tests.

Every value that comes back from C is put in a handle at once (a ``Ref``), because the collector
only keeps alive what a root reaches: a bare ``rh_value`` held in Python would dangle after the
next collection. Keep a ``Ref`` in a variable while a call that may allocate uses its bits:
``lib.f(realm.string("x").bits, ...)`` frees the temporary's handle before ``f`` runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional, Union

from realm_host._native import ffi, lib

RH_OK, RH_ERR_OOM, RH_ERR_RANGE, RH_ERR_TYPE, RH_NEEDS_CALL = range(5)

WRITABLE, ENUMERABLE, CONFIGURABLE = 0x01, 0x02, 0x04
DESC_VALUE, DESC_WRITABLE, DESC_GET, DESC_SET, DESC_ENUMERABLE, DESC_CONFIGURABLE = (
    0x01, 0x02, 0x04, 0x08, 0x10, 0x20)

KIND_DOUBLE, KIND_INT32, KIND_BOOL, KIND_UNDEFINED, KIND_NULL, KIND_HOLE, KIND_OBJECT, KIND_STRING, KIND_SYMBOL = range(9)

MEMORY_FIELDS = ("objects", "strings", "shapes", "environments", "elements", "metadata", "builtins", "other", "total")
STATS_FIELDS = ("collections", "cells_allocated", "bytes_allocated", "string_units_copied", "ropes_flattened",
                "ephemeron_rounds",
                "heap_bytes", "live_bytes_after_gc")


class Undefined:
    def __repr__(self) -> str:
        return "undefined"


undefined = Undefined()


class StatusError(Exception):
    """A C call returned a status other than RH_OK."""

    def __init__(self, status: int) -> None:
        super().__init__(f"status {status}")
        self.status = status


def check(status: int) -> None:
    if status != RH_OK:
        raise StatusError(status)


class Ref:
    """A value rooted by a handle of its agent."""

    __slots__ = ("agent", "handle")

    def __init__(self, agent: "Agent", bits: int) -> None:
        self.agent = agent
        self.handle = lib.rh_handle_new(agent.ptr, bits)
        if self.handle < 0:
            raise StatusError(RH_ERR_OOM)

    @property
    def bits(self) -> int:
        return lib.rh_handle_get(self.agent.ptr, self.handle)

    def free(self) -> None:
        if self.handle >= 0 and self.agent.ptr is not None:
            lib.rh_handle_free(self.agent.ptr, self.handle)
        self.handle = -1

    def __del__(self) -> None:
        self.free()


Value = Union[Ref, int, float, bool, None, Undefined, str]


@dataclass
class Descriptor:
    value: Any = None
    get: Any = None
    set: Any = None
    writable: Optional[bool] = None
    enumerable: Optional[bool] = None
    configurable: Optional[bool] = None


def _memory(report: Any) -> dict[str, int]:
    return {name: getattr(report, name) for name in MEMORY_FIELDS}


class Agent:
    def __init__(self, heap_limit: int = 0, gc_stress: bool = False) -> None:
        limits = ffi.new("rh_agent_limits *", {"heap_limit_bytes": heap_limit})
        self.ptr = lib.rh_agent_new(limits)
        assert self.ptr != ffi.NULL
        if gc_stress:  # a debug build (RH_DEBUG) already collects at every allocation
            lib.rh_test_set_gc_stress(self.ptr, 1)

    def close(self) -> None:
        if self.ptr is not None:
            lib.rh_agent_free(self.ptr)
            self.ptr = None

    def new_realm(self) -> "Realm":
        return Realm(self)

    def gc(self) -> None:
        lib.rh_agent_gc(self.ptr)

    def verify(self) -> int:
        return lib.rh_test_heap_verify(self.ptr)

    def stats(self) -> dict[str, int]:
        out = ffi.new("rh_heap_stats *")
        lib.rh_agent_stats(self.ptr, out)
        return {name: getattr(out, name) for name in STATS_FIELDS}

    def memory(self) -> dict[str, int]:
        out = ffi.new("rh_memory_report *")
        lib.rh_agent_memory(self.ptr, out)
        return _memory(out)

    @property
    def out_of_memory(self) -> bool:
        return bool(lib.rh_agent_out_of_memory(self.ptr))

    def hold(self, bits: int) -> Ref:
        return Ref(self, bits)

    # --- values -------------------------------------------------------------------------

    def bits(self, value: Value, realm: Optional["Realm"] = None) -> int:
        """The rh_value for a Python value; strings need a realm and come back rooted by the caller."""
        if isinstance(value, Ref):
            return value.bits
        if value is None:
            return lib.rh_test_null()
        if value is undefined:
            return lib.rh_test_undefined()
        if isinstance(value, bool):
            return lib.rh_test_bool(value)
        if isinstance(value, (int, float)):
            return lib.rh_test_number(float(value))
        raise TypeError(f"cannot pass {value!r} without a Ref")

    def to_py(self, value: Union[Ref, int]) -> Any:
        bits = value.bits if isinstance(value, Ref) else value
        kind = lib.rh_test_value_kind(bits)
        if kind in (KIND_DOUBLE, KIND_INT32):
            number = lib.rh_test_value_to_double(bits)
            return int(number) if kind == KIND_INT32 else number
        if kind == KIND_BOOL:
            return bits == lib.rh_test_bool(1)
        if kind == KIND_UNDEFINED:
            return undefined
        if kind == KIND_NULL:
            return None
        if kind == KIND_STRING:
            return self.text(bits)
        return self.hold(bits)

    def text(self, bits: int) -> str:
        ref = self.hold(bits)  # flattening allocates: keep the string rooted meanwhile
        try:
            size = ffi.new("size_t *")
            check(lib.rh_test_string_to_utf8(self.ptr, ref.bits, ffi.NULL, 0, size))
            buf = ffi.new("char[]", size[0] + 1)
            check(lib.rh_test_string_to_utf8(self.ptr, ref.bits, buf, size[0], size))
            return ffi.unpack(buf, size[0]).decode("utf-8", "surrogatepass")
        finally:
            ref.free()

    # --- objects ------------------------------------------------------------------------

    def define(self, obj: Ref, key: Ref, desc: Descriptor) -> bool:
        c = ffi.new("rh_property_descriptor *")
        c.value = c.getter = c.setter = lib.rh_test_undefined()
        fields = attrs = 0
        if desc.value is not None:
            fields |= DESC_VALUE
            c.value = self.bits(desc.value)
        if desc.get is not None:
            fields |= DESC_GET
            c.getter = self.bits(desc.get)
        if desc.set is not None:
            fields |= DESC_SET
            c.setter = self.bits(desc.set)
        for flag, attr, present in ((DESC_WRITABLE, WRITABLE, desc.writable),
                                    (DESC_ENUMERABLE, ENUMERABLE, desc.enumerable),
                                    (DESC_CONFIGURABLE, CONFIGURABLE, desc.configurable)):
            if present is not None:
                fields |= flag
                attrs |= attr if present else 0
        c.fields, c.attrs = fields, attrs
        ok = ffi.new("int *")
        check(lib.rh_test_define(self.ptr, obj.bits, key.bits, c, ok))
        return bool(ok[0])

    def get_own(self, obj: Ref, key: Ref) -> Optional[Descriptor]:
        c = ffi.new("rh_property_descriptor *")
        if not lib.rh_test_get_own(self.ptr, obj.bits, key.bits, c):
            return None
        if c.fields & DESC_GET:
            return Descriptor(get=self.to_py(c.getter), set=self.to_py(c.setter),
                              enumerable=bool(c.attrs & ENUMERABLE), configurable=bool(c.attrs & CONFIGURABLE))
        return Descriptor(value=self.to_py(c.value), writable=bool(c.attrs & WRITABLE),
                          enumerable=bool(c.attrs & ENUMERABLE), configurable=bool(c.attrs & CONFIGURABLE))

    def get(self, obj: Ref, key: Ref) -> Any:
        out = ffi.new("rh_value *")
        status = lib.rh_test_get(self.ptr, obj.bits, key.bits, out)
        if status == RH_NEEDS_CALL:
            return ("call getter", self.hold(out[0]))
        check(status)
        return self.to_py(out[0])

    def put(self, obj: Ref, key: Ref, value: Value) -> Any:
        """[[Set]] with the object as receiver: True/False, or ("call setter", fn)."""
        ok, setter = ffi.new("int *"), ffi.new("rh_value *")
        status = lib.rh_test_set(self.ptr, obj.bits, key.bits, self.bits(value), ok, setter)
        if status == RH_NEEDS_CALL:
            return ("call setter", self.hold(setter[0]))
        check(status)
        return bool(ok[0])

    def delete(self, obj: Ref, key: Ref) -> bool:
        ok = ffi.new("int *")
        check(lib.rh_test_delete(self.ptr, obj.bits, key.bits, ok))
        return bool(ok[0])

    def has(self, obj: Ref, key: Ref) -> bool:
        return bool(lib.rh_test_has(self.ptr, obj.bits, key.bits))

    def keys(self, obj: Ref) -> list[Any]:
        count = ffi.new("size_t *")
        check(lib.rh_test_own_keys(self.ptr, obj.bits, ffi.NULL, 0, count))
        out = ffi.new("rh_value[]", count[0] + 1)
        check(lib.rh_test_own_keys(self.ptr, obj.bits, out, count[0], count))
        keys = []
        for i in range(count[0]):
            kind = lib.rh_test_value_kind(out[i])
            keys.append(self.to_py(out[i]) if kind != KIND_SYMBOL else ("symbol", out[i]))
        return keys


class Realm:
    def __init__(self, agent: Agent) -> None:
        self.agent = agent
        self.ptr = lib.rh_realm_new(agent.ptr)
        if self.ptr == ffi.NULL:
            raise StatusError(RH_ERR_OOM)

    @property
    def index(self) -> int:
        return lib.rh_test_realm_index(self.ptr)

    def close(self) -> None:
        if self.ptr is not None:
            lib.rh_realm_free(self.ptr)
            self.ptr = None

    def memory(self) -> dict[str, int]:
        out = ffi.new("rh_memory_report *")
        lib.rh_realm_memory(self.ptr, out)
        return _memory(out)

    def global_object(self) -> Ref:
        return self.agent.hold(lib.rh_realm_global(self.ptr))

    def _result(self, status: int, out: Any) -> Ref:
        check(status)
        return self.agent.hold(out[0])

    def string(self, text: str) -> Ref:
        data = text.encode("utf-8", "surrogatepass")
        out = ffi.new("rh_value *")
        return self._result(lib.rh_test_string_new(self.ptr, data, len(data), out), out)

    def concat(self, a: Ref, b: Ref) -> Ref:
        out = ffi.new("rh_value *")
        return self._result(lib.rh_test_string_concat(self.ptr, a.bits, b.bits, out), out)

    def key(self, name: Union[str, int, float]) -> Ref:
        out = ffi.new("rh_value *")
        if isinstance(name, (int, float)):
            return self._result(lib.rh_test_key_from_number(self.ptr, float(name), out), out)
        s = self.string(name)
        try:
            return self._result(lib.rh_test_key(self.agent.ptr, s.bits, out), out)
        finally:
            s.free()

    def symbol(self, description: Optional[str] = None) -> Ref:
        desc = self.string(description) if description is not None else None
        out = ffi.new("rh_value *")
        try:
            bits = desc.bits if desc else lib.rh_test_undefined()
            return self._result(lib.rh_test_symbol_new(self.ptr, bits, out), out)
        finally:
            if desc:
                desc.free()

    def object(self, proto: Optional[Ref] = None) -> Ref:
        out = ffi.new("rh_value *")
        bits = proto.bits if proto is not None else lib.rh_test_null()
        return self._result(lib.rh_test_object_new(self.ptr, bits, out), out)

    def array(self, proto: Optional[Ref] = None) -> Ref:
        out = ffi.new("rh_value *")
        bits = proto.bits if proto is not None else lib.rh_test_null()
        return self._result(lib.rh_test_array_new(self.ptr, bits, out), out)


def number_to_string(value: float, radix: int = 10) -> str:
    buf = ffi.new("char[2200]")
    length = lib.rh_test_number_to_string(value, radix, buf)
    return ffi.unpack(buf, length).decode("ascii")


def string_to_number(text: str) -> float:
    units = text.encode("utf-16-le", "surrogatepass")
    count = len(units) // 2
    buf = ffi.new("uint16_t[]", max(count, 1))
    ffi.memmove(buf, units, len(units))
    return lib.rh_test_string_to_number(buf, count)

