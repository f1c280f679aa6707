"""The self-hosted library: builtins written in JavaScript (selfhosted/*.js).

- ``intrinsics``: the table of C primitives the library calls with ``%Name(...)``, declared
  once (name, arity, doc); ``generate`` writes native/generated/rh_intrinsics_gen.h from it.
- ``manifest``: which top-level function installs where, read off the function names
  (``Array$prototype$map`` installs ``Array.prototype.map``; see selfhosted/README.md).
- ``library``: reads selfhosted/*.js, compiles them once per process through the Host's Store
  in self-hosting mode (and once per machine through its disk cache), and hands the image and
  the manifest to the agent.
"""
from engine.selfhost.intrinsics import INTRINSICS, Intrinsic
from engine.selfhost.manifest import Entry, EntryKind, manifest_entry

__all__ = ["INTRINSICS", "Intrinsic", "Entry", "EntryKind", "manifest_entry"]
