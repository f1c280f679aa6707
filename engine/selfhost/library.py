"""The self-hosted library: selfhosted/*.js compiled once per process, in self-hosting mode.

    library = load_library(store)   # one Library per (store, source), compiled at most once
    library.image                   # the immutable image every agent attaches
    library.entries                 # the manifest: (function index, Entry) per public function

The files are read in name order and joined into one source (one image, one store key). A
top-level function starts at column 0 with ``function Name(``: that is how the manifest is
read before compiling, and the compiled constants are checked against it. The intrinsics
table's hash is part of the source, so a changed table recompiles the library.
"""
from __future__ import annotations

import hashlib
import pathlib
import re
import threading
from dataclasses import dataclass

from engine.bytecode.function import UnlinkedFunction
from engine.compiler import compile_function
from engine.image import Image
from engine.selfhost.intrinsics import INTRINSICS
from engine.selfhost.manifest import Entry, manifest_entry
from engine.store import CompileOptions, SourceKind, Store

LIBRARY_DIR = pathlib.Path(__file__).resolve().parents[2] / "selfhosted"
FILENAME = "<selfhosted>"
OPTIONS = CompileOptions(SourceKind.SCRIPT, strict=True, self_hosting=True)

_TOP_LEVEL_FUNCTION = re.compile(r"^function\s+([A-Za-z_$][\w$]*)\s*\(", re.MULTILINE)
# `// alias Map$prototype$Symbol$iterator = Map$prototype$entries`: one more key for the same
# function object (the spec's "is the same function object as" properties).
_ALIAS = re.compile(r"^// alias ([A-Za-z_$][\w$]*) = ([A-Za-z_$][\w$]*)\s*$", re.MULTILINE)


class LibraryError(Exception):
    """The library does not compile, or a function's name does not say where it installs."""


@dataclass(frozen=True)
class Library:
    image: Image
    source: str
    functions: tuple[str, ...]                 # top-level functions, in order
    entries: tuple[tuple[int, Entry], ...]     # (index in functions, where it installs)

    def intrinsic_ids(self) -> dict[str, int]:
        """The compiler's intrinsics table: %Name for C intrinsics, then the library's functions."""
        return intrinsic_ids(self.functions)


def intrinsic_ids(functions: tuple[str, ...]) -> dict[str, int]:
    ids = {"%" + intrinsic.name: index for index, intrinsic in enumerate(INTRINSICS)}
    ids.update({name: len(INTRINSICS) + index for index, name in enumerate(functions)})
    return ids


def library_source(directory: pathlib.Path = LIBRARY_DIR) -> str:
    """Every selfhosted/*.js in name order, with the intrinsics table's hash on the first line."""
    table = hashlib.sha256(repr(INTRINSICS).encode()).hexdigest()[:16]
    parts = [f"// realm-host self-hosted library; intrinsics table {table}\n"]
    for path in sorted(directory.glob("*.js")):
        parts.append(f"// --- {path.name} ---\n")
        parts.append(path.read_text(encoding="utf-8"))
        parts.append("\n")
    return "".join(parts)


def top_level_functions(source: str) -> tuple[str, ...]:
    names = tuple(_TOP_LEVEL_FUNCTION.findall(source))
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise LibraryError(f"self-hosted functions declared twice: {sorted(duplicates)}")
    return names


def _compile(source: str, functions: tuple[str, ...]) -> UnlinkedFunction:
    root = compile_function(source, OPTIONS, FILENAME, intrinsics=intrinsic_ids(functions))
    compiled = tuple(c.name for c in root.constants if isinstance(c, UnlinkedFunction))
    if compiled != functions:
        raise LibraryError("top-level functions must start at column 0 as `function Name(`: "
                           f"found {len(functions)} by name, compiled {len(compiled)}")
    return root


def _manifest(functions: tuple[str, ...], source: str) -> tuple[tuple[int, Entry], ...]:
    """Every installation, in declaration order; an alias follows the entries it shares a function
    with (the core installs the function once per holder and reuses it for the alias)."""
    entries = []
    for index, name in enumerate(functions):
        try:
            entry = manifest_entry(name)
        except ValueError as exc:
            raise LibraryError(str(exc)) from None
        if entry is not None:
            entries.append((index, entry))
    for alias, target in _ALIAS.findall(source):
        entry = manifest_entry(alias)
        if target not in functions or entry is None or entry.holder != manifest_entry(target).holder:  # type: ignore[union-attr]
            raise LibraryError(f"alias {alias} = {target}: the target must be a function installed on the same holder")
        entries.append((functions.index(target), entry))
    return tuple(entries)


_libraries: dict[tuple[int, str], Library] = {}
_lock = threading.Lock()


def load_library(store: Store, directory: pathlib.Path = LIBRARY_DIR) -> Library:
    """The library compiled through ``store`` (memory, then disk cache, then the compiler)."""
    source = library_source(directory)
    key = (id(store), source)
    with _lock:
        library = _libraries.get(key)
        if library is not None:
            return library
        functions = top_level_functions(source)
        image = store.get(source, OPTIONS, lambda text, _options: _compile(text, functions))
        library = Library(image, source, functions, _manifest(functions, source))
        _libraries[key] = library
        return library
