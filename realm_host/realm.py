"""A realm: a global object, its intrinsics, its linked code, and the exact bytes it owns."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realm_host._native import ffi, lib
from realm_host.errors import JSError, OutOfMemory, RealmClosed, Terminated
from realm_host.values import KIND_OBJECT, KIND_FUNCTION, JSObject, string_of, to_js, to_python, undefined

if TYPE_CHECKING:
    from realm_host.host import Host

# rh_status
OK, ERR_OOM, THROWN, TERMINATED = 0, 1, 5, 6

MEMORY_CATEGORIES = ("objects", "strings", "shapes", "environments", "elements", "metadata", "builtins", "other")


class Realm:
    """Made by ``Host.new_realm()``; ``close()`` (or a with block) frees it."""

    def __init__(self, host: Host) -> None:
        self._host = host
        self._realm = lib.rh_realm_new(host._agent)
        if self._realm == ffi.NULL:
            raise OutOfMemory("cannot create a realm")

    @property
    def _agent(self) -> Any:
        """The host's agent (None once the host is closed)."""
        return self._host._agent

    # --- running code ------------------------------------------------------------------------
    def eval(self, source: str, filename: str = "<eval>") -> Any:
        """Runs source as a classic script; returns its completion value converted to Python."""
        image = self._host._load(source, filename)
        out = ffi.new("rh_value *")
        status = lib.rh_api_run_script(self._live(), image, out)
        return self._result(status, out[0])

    # --- object access (JSObject calls these) ---------------------------------------------------
    def _get(self, target: int, key: Any) -> Any:
        handles = self._hold(key)
        try:
            out = ffi.new("rh_value *")
            status = lib.rh_api_get(self._live(), target, self._held(handles[0]), out)
            return self._result(status, out[0])
        finally:
            self._release(handles)

    def _set(self, target: int, key: Any, value: Any) -> None:
        handles = self._hold(key, value)
        try:
            status = lib.rh_api_set(self._live(), target, self._held(handles[0]), self._held(handles[1]))
            self._result(status, lib.rh_api_constant(0))
        finally:
            self._release(handles)

    def _call(self, callee: int, this: Any, args: tuple[Any, ...]) -> Any:
        handles = self._hold(this, *args)
        try:
            values = ffi.new("rh_value[]", max(1, len(args)))
            for i in range(len(args)):
                values[i] = self._held(handles[i + 1])
            out = ffi.new("rh_value *")
            status = lib.rh_api_call(self._live(), callee, self._held(handles[0]), values, len(args), out)
            return self._result(status, out[0])
        finally:
            self._release(handles)

    def _keys(self, target: int) -> list[str]:
        out = ffi.new("rh_value *")
        status = lib.rh_api_keys(self._live(), target, out)
        array = self._result(status, out[0])
        return [array.get(i) for i in range(array.get("length"))]

    @property
    def global_object(self) -> JSObject:
        return JSObject(self, lib.rh_realm_global(self._live()))

    # --- memory and lifetime -------------------------------------------------------------------
    def memory(self) -> dict[str, int]:
        """Exact bytes this realm owns, by category, and their "total"."""
        report = ffi.new("rh_memory_report *")
        lib.rh_realm_memory(self._live(), report)
        result = {name: getattr(report, name) for name in MEMORY_CATEGORIES}
        result["total"] = report.total
        return result

    def close(self) -> None:
        if self._realm is not None and self._host._agent is not None:
            lib.rh_realm_free(self._realm)
        self._realm = None

    def __enter__(self) -> Realm:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- helpers ----------------------------------------------------------------------------
    def _live(self) -> Any:
        if self._realm is None or self._host._agent is None:
            raise RealmClosed("the realm is closed")
        return self._realm

    def _hold(self, *values: Any) -> list[int]:
        """Handles for Python values made JavaScript values (roots across the next calls)."""
        handles = []
        try:
            for value in values:
                handle = lib.rh_handle_new(self._agent, to_js(self, value))
                if handle < 0:
                    raise OutOfMemory("out of memory making a handle")
                handles.append(handle)
        except BaseException:
            self._release(handles)
            raise
        return handles

    def _held(self, handle: int) -> int:
        return lib.rh_handle_get(self._agent, handle)

    def _release(self, handles: list[int]) -> None:
        for handle in handles:
            lib.rh_handle_free(self._agent, handle)

    def _result(self, status: int, value: int) -> Any:
        if status == OK:
            return to_python(self, value)
        if status == THROWN:
            raise self._js_error(lib.rh_agent_take_exception(self._agent))
        if status == TERMINATED:
            raise Terminated("the evaluation was terminated")
        lib.rh_agent_clear_oom(self._agent)
        raise OutOfMemory("the evaluation ran out of memory")

    def _js_error(self, exception: int) -> JSError:
        value = to_python(self, exception)
        if not isinstance(value, JSObject):
            text = self._to_string(value)
            return JSError("", text, "", value)
        name = self._field_text(value, "name")
        message = self._field_text(value, "message")
        stack = self._field_text(value, "stack")
        return JSError(name, message, stack, value)

    def _field_text(self, error: JSObject, field: str) -> str:
        try:
            v = error.get(field)
        except JSError:
            return ""
        return v if isinstance(v, str) else ("" if v is undefined else self._to_string(v))

    def _to_string(self, value: Any) -> str:
        handles = self._hold(value)
        try:
            out = ffi.new("rh_value *")
            if lib.rh_api_to_string(self._live(), self._held(handles[0]), out) != OK:
                lib.rh_agent_take_exception(self._agent)
                return repr(value)
            return string_of(self._agent, out[0])
        finally:
            self._release(handles)

    def __del__(self) -> None:
        try:
            if self._host._agent is not None:
                self.close()
        except Exception:  # pragma: no cover - interpreter shutdown
            pass
