"""The exceptions the host raises: one hierarchy with the builtin bases a user expects."""
from __future__ import annotations

from typing import Any


class RealmHostError(Exception):
    """Base of every error this package raises."""


class JSError(RealmHostError):
    """An uncaught JavaScript exception (or a syntax error in the source).

    ``name`` is the error's name ("TypeError", "SyntaxError", ...; "" for a thrown value that is
    not an object), ``message`` its message, ``stack`` the stack text when the value has one, and
    ``value`` the thrown value converted to Python (a JSObject for objects)."""

    def __init__(self, name: str, message: str, stack: str = "", value: Any = None) -> None:
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value
        super().__init__(f"{name}: {message}" if name else message)


class NotSupportedYet(RealmHostError, NotImplementedError):
    """The source uses a construct this version cannot compile yet (generators, async, modules)."""


class OutOfMemory(RealmHostError, MemoryError):
    """The agent's heap limit was reached or an allocation failed; the evaluation ended."""


class Terminated(RealmHostError):
    """The evaluation was stopped by the host (terminate request or interrupt callback)."""


class RealmClosed(RealmHostError):
    """The realm (or the object's realm) was closed."""
