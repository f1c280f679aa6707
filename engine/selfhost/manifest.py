"""Where each public function of the library installs, read off its name (selfhosted/README.md).

    Array$prototype$map             method "map" of %Array.prototype%
    Array$from                      method "from" of %Array%
    get$Map$prototype$size          getter "size" of %Map.prototype%
    set$Object$prototype$__proto__  setter "__proto__" of %Object.prototype%
    Array$prototype$Symbol$iterator method [Symbol.iterator] of %Array.prototype%
    Map$constructor                 %Map% itself: a constructor named "Map"
    global$encodeURI                %EncodeURI% itself: a function named "encodeURI"

A name without ``$`` is a private helper: it installs nowhere and only the library calls it.
The holder is the C intrinsic named by the dotted path without dots (%Array.prototype% is
``ArrayPrototype`` in rh_intrinsics.h).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass


class EntryKind(enum.IntEnum):
    METHOD = 0
    GETTER = 1
    SETTER = 2
    FUNCTION = 3  # the holder intrinsic is this function: Map$constructor, global$encodeURI


@dataclass(frozen=True)
class Entry:
    function: str      # the JS name (Array$prototype$map)
    holder: str        # the C intrinsic's name (ArrayPrototype)
    kind: EntryKind
    key: str           # property name, or the well-known symbol's name (iterator)
    symbol: bool       # key names a well-known symbol
    constructor: bool = False  # FUNCTION entries: [[Construct]] too

    @property
    def display_name(self) -> str:
        """The function's "name" property (https://tc39.es/ecma262/#sec-setfunctionname)."""
        base = f"[Symbol.{self.key}]" if self.symbol else self.key
        prefix = {EntryKind.GETTER: "get ", EntryKind.SETTER: "set "}.get(self.kind, "")
        return prefix + base


def manifest_entry(function_name: str) -> Entry | None:
    """The installation a top-level function's name asks for, or None for a private helper."""
    if "$" not in function_name:
        return None
    parts = function_name.split("$")
    if len(parts) == 2 and parts[1] == "constructor":
        return Entry(function_name, parts[0], EntryKind.FUNCTION, parts[0], False, True)
    if len(parts) == 2 and parts[0] == "global":
        return Entry(function_name, parts[1][0].upper() + parts[1][1:], EntryKind.FUNCTION, parts[1], False)
    kind = EntryKind.METHOD
    if parts[0] in ("get", "set"):
        kind = EntryKind.GETTER if parts[0] == "get" else EntryKind.SETTER
        parts = parts[1:]
    symbol = len(parts) >= 3 and parts[-2] == "Symbol"
    holder_parts = parts[:-2] if symbol else parts[:-1]
    if not holder_parts or not parts[-1] or any(not part for part in holder_parts):
        raise ValueError(f"self-hosted function {function_name!r}: cannot tell where it installs")
    holder = holder_parts[0] + "".join(part[0].upper() + part[1:] for part in holder_parts[1:])
    return Entry(function_name, holder, kind, parts[-1], symbol)
