"""The bytecode store: one immutable image per (source, compile options), shared by
every realm of the process and cached on disk for the next process.

Key: sha256 of the format version, the opcode-table hash, a hash of the compiler's
own sources (engine/syntax, scope, codegen, compiler.py), the compile options
and the source text. Within a process the same key always yields the same
``Image`` object, compiled at most once (a lock per key; different keys compile
in parallel). On disk an image lives at ``<cache dir>/<key[:2]>/<key>.rhimg``:

* written atomically: a temporary file in the same directory, then
  ``os.replace``; concurrent writers (threads or processes) each replace the
  file with a complete image, readers only ever open complete files;
* read with ``mmap`` (read-only), so processes share the pages; the ``Image``
  keeps the mapping alive and exposes it to the C core;
* never trusted: a file that is truncated, or has a bad magic, version,
  opcode-table hash, checksum, key or content (engine/image/reader.py) is
  ignored, recompiled and replaced. A cache directory that cannot be written
  only costs the cache, never the compile. No fsync: a file torn by a crash
  fails validation and is rebuilt.

The cache directory is, in order: the ``cache_dir`` argument, the
``REALM_HOST_CACHE_DIR`` environment variable, ``$XDG_CACHE_HOME/realm-host/images``,
``~/.cache/realm-host/images``. ``use_disk=False`` (or ``REALM_HOST_DISK_CACHE=0``)
keeps the store in memory only.

``checker`` validates cached files; the Host passes the C core's
(engine/image/native_check.py), which leaves the function tree undecoded until
someone asks for it. Without one, Python validates and decodes everything.
"""
from __future__ import annotations

import enum
import functools
import hashlib
import logging
import mmap
import os
import pathlib
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass

from engine.bytecode._tables import OPCODE_TABLE_HASH
from engine.bytecode.function import UnlinkedFunction
from engine.bytecode.version import FORMAT_VERSION
from engine.image import Image, ImageChecker, ImageError, ImageFlags, load_image, write_image

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

IMAGE_SUFFIX = ".rhimg"


class SourceKind(enum.Enum):
    SCRIPT = "script"
    MODULE = "module"


@dataclass(frozen=True)
class CompileOptions:
    kind: SourceKind = SourceKind.SCRIPT
    strict: bool = False
    self_hosting: bool = False  # free identifiers resolve to intrinsics (selfhosted/ library)

    def key_text(self) -> str:
        return f"kind={self.kind.value};strict={int(self.strict)};self_hosting={int(self.self_hosting)}"

    def image_flags(self) -> ImageFlags:
        flags = ImageFlags.NONE
        if self.kind is SourceKind.MODULE:
            flags |= ImageFlags.MODULE
        if self.strict or self.kind is SourceKind.MODULE:
            flags |= ImageFlags.STRICT
        if self.self_hosting:
            flags |= ImageFlags.SELF_HOSTED
        return flags


class Origin(enum.Enum):
    """Where the store found an image; the CLI prints the value."""

    MEMORY = "memory"
    DISK = "disk"
    COMPILED = "compiled"


@dataclass(frozen=True)
class Lookup:
    image: Image
    origin: Origin
    key: str


CompileFn = Callable[[str, CompileOptions], UnlinkedFunction]


# The parts of the engine whose code decides what an image holds. Their source text is part of
# every key, so a changed compiler never reuses an image an older compiler wrote to disk.
_COMPILER_SOURCES = ("syntax", "scope", "codegen", "compiler.py")


@functools.cache
def compiler_hash() -> str:
    """A digest of the compiler's own Python sources (computed once per process)."""
    engine_dir = pathlib.Path(__file__).resolve().parent
    sha = hashlib.sha256()
    for name in _COMPILER_SOURCES:
        path = engine_dir / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            sha.update(file.relative_to(engine_dir).as_posix().encode())
            sha.update(b"\0")
            sha.update(file.read_bytes())
    return sha.hexdigest()[:16]


def image_key(source: str, options: CompileOptions) -> bytes:
    sha = hashlib.sha256()
    sha.update(f"realm-host image;format={FORMAT_VERSION};opcodes={OPCODE_TABLE_HASH:016x};".encode())
    sha.update(f"compiler={compiler_hash()};".encode())
    sha.update(options.key_text().encode())
    sha.update(b"\0")
    sha.update(source.encode("utf-8", "surrogatepass"))
    return sha.digest()


def default_cache_dir() -> pathlib.Path:
    configured = os.environ.get("REALM_HOST_CACHE_DIR")
    if configured:
        return pathlib.Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = pathlib.Path(xdg) if xdg else pathlib.Path.home() / ".cache"
    return base / "realm-host" / "images"


class Store:
    def __init__(self, cache_dir: str | os.PathLike[str] | None = None, use_disk: bool | None = None,
                 checker: ImageChecker | None = None) -> None:
        self.checker = checker
        if use_disk is None:
            use_disk = os.environ.get("REALM_HOST_DISK_CACHE", "1") != "0"
        self.cache_dir: pathlib.Path | None = (
            (pathlib.Path(cache_dir) if cache_dir is not None else default_cache_dir()) if use_disk else None
        )
        self._images: dict[bytes, Image] = {}
        self._lock = threading.Lock()
        self._key_locks: dict[bytes, threading.Lock] = {}

    # --- public ---------------------------------------------------------------------
    def get(self, source: str, options: CompileOptions, compile_fn: CompileFn) -> Image:
        return self.lookup(source, options, compile_fn).image

    def lookup(self, source: str, options: CompileOptions, compile_fn: CompileFn) -> Lookup:
        """The image for (source, options) and where it came from: memory, disk or compiled."""
        key = image_key(source, options)
        with self._lock:
            image = self._images.get(key)
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        if image is not None:
            return Lookup(image, Origin.MEMORY, key.hex())
        with key_lock:
            with self._lock:
                image = self._images.get(key)
            if image is not None:  # another thread compiled it while we waited
                return Lookup(image, Origin.MEMORY, key.hex())
            image, origin = self._load_or_compile(key, source, options, compile_fn)
            with self._lock:
                self._images[key] = image
                self._key_locks.pop(key, None)  # later callers find the image before needing it
            return Lookup(image, origin, key.hex())

    def path_for(self, source: str, options: CompileOptions) -> pathlib.Path | None:
        """Where the disk cache keeps this source's image (None without a disk cache)."""
        return self._path(image_key(source, options))

    def memory_bytes(self) -> int:
        """Bytes of every image this store holds (the Host's shared bytecode)."""
        with self._lock:
            return sum(image.size for image in self._images.values())

    # --- internals --------------------------------------------------------------------
    def _path(self, key: bytes) -> pathlib.Path | None:
        if self.cache_dir is None:
            return None
        name = key.hex()
        return self.cache_dir / name[:2] / (name + IMAGE_SUFFIX)

    def _load_or_compile(self, key: bytes, source: str, options: CompileOptions,
                         compile_fn: CompileFn) -> tuple[Image, Origin]:
        path = self._path(key)
        if path is not None:
            image = self._read_cached(path, key)
            if image is not None:
                return image, Origin.DISK
        data = write_image(compile_fn(source, options), options.image_flags(), key)
        image = load_image(data, self.checker)  # what the compiler produced is checked like any image
        if path is not None:
            self._write_cached(path, data)
        return image, Origin.COMPILED

    def _read_cached(self, path: pathlib.Path, key: bytes) -> Image | None:
        try:
            with open(path, "rb") as file:
                mapping = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:  # ValueError: an empty file cannot be mapped
            logger.warning("ignoring unreadable cached image %s: %s", path, error)
            return None
        try:
            image = load_image(mapping, self.checker)
            if image.header.source_key != key:
                raise ImageError("the image was built for another source or options")
            return image
        except ImageError as error:
            logger.warning("ignoring damaged cached image %s: %s; recompiling", path, error)
            try:
                mapping.close()
            except BufferError:  # a view from the failed load is still alive: let GC unmap it
                pass
            return None

    def _write_cached(self, path: pathlib.Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.stem[:16] + ".", suffix=".tmp")
            try:
                with os.fdopen(descriptor, "wb") as file:
                    file.write(data)
                os.replace(temporary, path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError as error:
            logger.warning("cannot write cached image %s: %s", path, error)
