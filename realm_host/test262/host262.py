"""The ``$262`` host object of INTERPRETING.md, one per realm of a test.

Provided: ``global``, ``createRealm``, ``evalScript``, ``gc`` and ``detachArrayBuffer`` (only
when the realm has an ArrayBuffer, and then as a TypeError until the core can detach one: a test
that detaches cannot pass by accident). Left out: ``agent`` (no shared memory between agents
yet) and ``IsHTMLDDA`` (the tests that need it are tagged with that feature and skipped).
"""
from __future__ import annotations

from typing import Any

from realm_host import Host, JSError, JSObject, NotSupportedYet, Terminated
from realm_host.host_functions import define_function
from realm_host.realm import Realm
from realm_host.values import undefined


class Host262:
    """The realms of one test: the first from ``new_realm()``, more from ``$262.createRealm()``.
    ``close()`` frees them all."""

    def __init__(self, host: Host) -> None:
        self._host = host
        self._realms: list[Realm] = []
        # Set when evalScript met code the compiler cannot handle yet: the evaluation was ended
        # (uncatchable), and the runner reports the test as NotSupportedYet, not as a JS failure.
        self.not_supported: NotSupportedYet | None = None

    def new_realm(self) -> Realm:
        realm = self._host.new_realm()
        self._realms.append(realm)
        self._install(realm)  # print is the realm's own global (print.c)
        return realm

    def close(self) -> None:
        for realm in reversed(self._realms):
            realm.close()
        self._realms.clear()

    def _install(self, realm: Realm) -> JSObject:
        """Defines the global $262 of realm (writable, configurable, like any global var)."""
        dollar = realm.eval("var $262 = {}; $262", "<$262>")
        dollar.set("global", realm.global_object)
        define_function(realm, "createRealm", self._create_realm, 0, target=dollar)
        define_function(realm, "evalScript", lambda source=undefined: self._eval_script(realm, source), 1,
                        target=dollar)
        define_function(realm, "gc", self._gc, 0, target=dollar)
        if realm.eval("typeof ArrayBuffer", "<$262>") == "function":
            define_function(realm, "detachArrayBuffer", _detach_array_buffer, 1, target=dollar)
        return dollar

    # https://github.com/tc39/test262/blob/main/INTERPRETING.md#host-defined-functions
    def _create_realm(self) -> JSObject:
        """A new realm of the same agent; returns its $262 (objects may cross between them)."""
        realm = self.new_realm()
        return realm.global_object.get("$262")

    def _eval_script(self, realm: Realm, source: Any) -> Any:
        """ParseScript then ScriptEvaluation in realm; a parse error throws realm's SyntaxError."""
        if not isinstance(source, str):
            raise JSError("TypeError", "evalScript expects a string")
        try:
            return realm.eval(source, "<evalScript>")
        except NotSupportedYet as exc:
            self.not_supported = exc
            raise Terminated(str(exc)) from None

    def _gc(self) -> Any:
        self._host.collect()
        return undefined


def _detach_array_buffer(buffer: Any = undefined) -> Any:
    raise JSError("TypeError", "detachArrayBuffer: the core cannot detach an ArrayBuffer yet")
