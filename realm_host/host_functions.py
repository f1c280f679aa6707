"""JavaScript functions backed by Python callables: ``define_function(realm, name, fn)``.

The callable receives the arguments converted like ``Realm.eval`` results (numbers, strings,
``undefined``, ``None``, ``JSObject``, ...); its return value is converted back the same way.
``this`` is passed as the keyword argument ``this`` when the callable accepts it
(``pass_this=True``). An exception raised by the callable becomes a JavaScript exception:
a ``JSError`` rethrows its JavaScript value (or, when it has none, a new error of its name),
any other exception becomes a TypeError carrying the Python message. Nothing a callable does
can crash the process.

Each call crosses from C into Python: host functions are for cold paths (test262's $262,
embedder hooks), not for inner loops.
"""
from __future__ import annotations

import itertools
import threading
import weakref
from dataclasses import dataclass
from typing import Any, Callable

from realm_host._native import ffi, lib
from realm_host.errors import JSError, OutOfMemory, RealmHostError, Terminated
from realm_host.realm import Realm
from realm_host.values import JSObject, to_js, to_python

# rh_status values the callback may return.
_OK, _ERR_OOM, _THROWN, _TERMINATED = 0, 1, 5, 6
_MAX_ID = 2**31 - 1

HostCallable = Callable[..., Any]


@dataclass(frozen=True)
class _Entry:
    realm: weakref.ref[Realm]
    fn: HostCallable
    pass_this: bool


_entries: dict[int, _Entry] = {}
# Reentrant: a realm finalizer (weakref.finalize -> _forget) may run inside a locked block when
# the collector runs there.
_entries_lock = threading.RLock()
_ids = itertools.count(1)


def new_function(realm: Realm, name: str, fn: HostCallable, length: int = 0, *, pass_this: bool = False) -> JSObject:
    """A new JavaScript function of realm that calls fn (not installed anywhere)."""
    if not name.isascii():
        raise ValueError("host function names are ASCII")
    function_id = _register(realm, fn, pass_this)
    out = ffi.new("rh_value *")
    status = lib.rh_host_function_new(realm._live(), name.encode("ascii"), length, function_id, out)
    if status != _OK:
        _forget(function_id)
        raise OutOfMemory("cannot make a host function")
    return JSObject(realm, out[0])


def define_function(realm: Realm, name: str, fn: HostCallable, length: int = 0, *, target: JSObject | None = None,
                    pass_this: bool = False) -> JSObject:
    """Makes a host function and assigns it to target[name] (default: the realm's global object)."""
    function = new_function(realm, name, fn, length, pass_this=pass_this)
    (target if target is not None else realm.global_object).set(name, function)
    return function


def _register(realm: Realm, fn: HostCallable, pass_this: bool) -> int:
    with _entries_lock:
        function_id = next(_ids)
        if function_id > _MAX_ID:
            raise OverflowError("too many host functions in this process")
        _entries[function_id] = _Entry(weakref.ref(realm), fn, pass_this)
    # The entry goes with the Python Realm: a function that outlives it throws a TypeError.
    weakref.finalize(realm, _forget, function_id)
    return function_id


def _forget(function_id: int) -> None:
    with _entries_lock:
        entry = _entries.pop(function_id, None)
    # Dropped outside the lock: the entry's callable may hold the last reference to a Realm
    # whose finalizer calls _forget again (at interpreter exit this deadlocked).
    del entry


@ffi.def_extern(error=_TERMINATED)
def rh_py_host_call(agent: Any, function_id: int, this_value: int, args: Any, argc: int, result: Any) -> int:
    """Called by host_function.c for every call of a host function; never raises."""
    entry = _entries.get(function_id)
    realm = entry.realm() if entry is not None else None
    if entry is None or realm is None or realm._realm is None:
        return lib.rh_host_function_throw_type_error(agent, b"the host function's realm is gone")
    try:
        call_args = [to_python(realm, args[i]) for i in range(argc)]
        kwargs = {"this": to_python(realm, this_value)} if entry.pass_this else {}
        value = entry.fn(*call_args, **kwargs)
        result[0] = to_js(realm, value)
        return _OK
    except JSError as exc:
        return _throw_js_error(agent, realm, exc)
    except OutOfMemory:
        return _ERR_OOM
    except Terminated:
        return _TERMINATED
    except BaseException as exc:  # noqa: BLE001 - every Python failure becomes a JavaScript one
        return _throw_message(agent, f"{type(exc).__name__}: {exc}")


def _throw_js_error(agent: Any, realm: Realm, exc: JSError) -> int:
    """Rethrows the JavaScript value of exc; an error made in Python gets a new error object."""
    if exc.value is not None:
        return _throw_value(agent, realm, exc.value, exc)
    try:
        constructor = realm.global_object.get(exc.name or "Error")
        error = constructor.call(exc.message) if isinstance(constructor, JSObject) and constructor.callable else None
    except RealmHostError:
        error = None
    if error is None:
        return _throw_message(agent, str(exc))
    return _throw_value(agent, realm, error, exc)


def _throw_value(agent: Any, realm: Realm, value: Any, exc: JSError) -> int:
    try:
        js_value = to_js(realm, value)
    except (TypeError, MemoryError, RealmHostError):
        return _throw_message(agent, str(exc))
    return lib.rh_host_function_throw(agent, js_value)


def _throw_message(agent: Any, message: str) -> int:
    return lib.rh_host_function_throw_type_error(agent, message.encode("utf-8", "replace"))


__all__ = ["define_function", "new_function"]
