"""The store: one image per key per process, a disk cache that is atomic, shared and never trusted."""
from __future__ import annotations

import mmap
import multiprocessing
import pathlib
import struct
import threading
import time

import pytest

from engine.bytecode.function import UnlinkedFunction
from engine.image import load_image
from engine.image.reader import image_checksum
from engine.image.native_check import native_checker
from engine.store import CompileOptions, Origin, SourceKind, Store, default_cache_dir, image_key
from tests.bytecode.trees import script

OPTIONS = CompileOptions()
NATIVE = native_checker()
assert NATIVE is not None, "the C core is built at install"


@pytest.fixture(params=["python-check", "native-check"])
def make_store(request: pytest.FixtureRequest):
    """Every store test runs with Python's validation and with the C core's."""
    checker = NATIVE if request.param == "native-check" else None

    def make(cache_dir=None, use_disk=None) -> Store:
        return Store(cache_dir, use_disk, checker)
    return make
SOURCE = "function add(a, b) { return a + b; }"


class CountingCompiler:
    def __init__(self, delay: float = 0.0) -> None:
        self.calls = 0
        self.delay = delay
        self._lock = threading.Lock()

    def __call__(self, source: str, options: CompileOptions) -> UnlinkedFunction:
        with self._lock:
            self.calls += 1
        time.sleep(self.delay)
        return script(extra_constants=len(source) % 7)


def test_memory_then_disk_then_memory(tmp_path: pathlib.Path, make_store) -> None:
    compiler = CountingCompiler()
    first = make_store(tmp_path).lookup(SOURCE, OPTIONS, compiler)
    store = make_store(tmp_path)
    second = store.lookup(SOURCE, OPTIONS, compiler)
    third = store.lookup(SOURCE, OPTIONS, compiler)
    assert [first.origin, second.origin, third.origin] == [Origin.COMPILED, Origin.DISK, Origin.MEMORY]
    assert compiler.calls == 1
    assert third.image is second.image
    assert isinstance(second.image.buffer, mmap.mmap)  # read in place, pages shared between processes
    assert second.image.root.name == first.image.root.name == ""  # decodes (lazily with the C check)
    assert bytes(second.image.buffer) == bytes(first.image.buffer)
    assert store.memory_bytes() == second.image.size


def test_key_covers_source_and_every_option(tmp_path: pathlib.Path, make_store) -> None:
    variants = [CompileOptions(), CompileOptions(strict=True), CompileOptions(kind=SourceKind.MODULE),
                CompileOptions(self_hosting=True)]
    keys = {image_key(SOURCE, o) for o in variants} | {image_key(SOURCE + " ", OPTIONS)}
    assert len(keys) == len(variants) + 1
    store = make_store(tmp_path)
    compiler = CountingCompiler()
    images = {id(store.get(SOURCE, o, compiler)) for o in variants}
    assert len(images) == len(variants) and compiler.calls == len(variants)


def test_key_covers_the_compiler_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """A changed compiler must not reuse images an older one wrote to disk."""
    import engine.store as store_module

    before = image_key(SOURCE, OPTIONS)
    monkeypatch.setattr(store_module, "compiler_hash", lambda: "a different compiler")
    assert image_key(SOURCE, OPTIONS) != before


def _damage_and_reload(tmp_path: pathlib.Path, damage, make_store) -> None:
    make_store(tmp_path).get(SOURCE, OPTIONS, CountingCompiler())
    path = make_store(tmp_path).path_for(SOURCE, OPTIONS)
    assert path is not None and path.exists()
    damage(path)
    compiler = CountingCompiler()
    lookup = make_store(tmp_path).lookup(SOURCE, OPTIONS, compiler)
    assert lookup.origin is Origin.COMPILED and compiler.calls == 1
    load_image(path.read_bytes())  # replaced by a good image
    assert make_store(tmp_path).lookup(SOURCE, OPTIONS, compiler).origin is Origin.DISK


def _flip(offset: int):
    def damage(path: pathlib.Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset % len(data)] ^= 0x10
        path.write_bytes(bytes(data))
    return damage


@pytest.mark.parametrize("offset", [0, 9, 17, 30, 70, 200, -1])
def test_flipped_byte_is_recompiled_and_replaced(tmp_path: pathlib.Path, offset: int, make_store) -> None:
    _damage_and_reload(tmp_path, _flip(offset), make_store)


@pytest.mark.parametrize("keep", [0, 10, 95, 500, -1])
def test_truncated_file_is_recompiled_and_replaced(tmp_path: pathlib.Path, keep: int, make_store) -> None:
    _damage_and_reload(tmp_path, lambda path: path.write_bytes(path.read_bytes()[:keep]), make_store)


def test_wrong_format_version_with_a_valid_checksum_is_recompiled(tmp_path: pathlib.Path, make_store) -> None:
    def old_version(path: pathlib.Path) -> None:
        data = bytearray(path.read_bytes())
        struct.pack_into("<I", data, 8, 0)
        struct.pack_into("<I", data, 28, image_checksum(data))
        path.write_bytes(bytes(data))
    _damage_and_reload(tmp_path, old_version, make_store)


def test_valid_image_of_another_source_is_not_trusted(tmp_path: pathlib.Path, make_store) -> None:
    def swap(path: pathlib.Path) -> None:
        other = make_store(tmp_path).path_for("other source", OPTIONS)
        make_store(tmp_path).get("other source", OPTIONS, CountingCompiler())
        path.write_bytes(other.read_bytes())
    _damage_and_reload(tmp_path, swap, make_store)


def test_memory_only_store_writes_nothing(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, make_store) -> None:
    monkeypatch.setenv("REALM_HOST_CACHE_DIR", str(tmp_path))
    store = make_store(use_disk=False)
    assert store.lookup(SOURCE, OPTIONS, CountingCompiler()).origin is Origin.COMPILED
    assert store.path_for(SOURCE, OPTIONS) is None
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setenv("REALM_HOST_DISK_CACHE", "0")
    assert make_store().cache_dir is None


def test_cache_directory_resolution(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, make_store) -> None:
    monkeypatch.delenv("REALM_HOST_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "realm-host" / "images"
    monkeypatch.setenv("REALM_HOST_CACHE_DIR", str(tmp_path / "env"))
    assert make_store().cache_dir == tmp_path / "env"
    assert make_store(tmp_path / "arg").cache_dir == tmp_path / "arg"


def test_unwritable_cache_costs_only_the_cache(tmp_path: pathlib.Path, make_store) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    store = make_store(blocker)
    assert store.lookup(SOURCE, OPTIONS, CountingCompiler()).origin is Origin.COMPILED
    assert store.lookup(SOURCE, OPTIONS, CountingCompiler()).origin is Origin.MEMORY


def test_threads_asking_at_once_compile_once_and_share_one_image(tmp_path: pathlib.Path, make_store) -> None:
    store = make_store(tmp_path)
    compiler = CountingCompiler(delay=0.05)
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(store.get(SOURCE, OPTIONS, compiler)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert compiler.calls == 1
    assert len({id(image) for image in results}) == 1


def _compile_in_child(cache_dir: str, barrier, native: bool) -> str:
    barrier.wait()
    lookup = Store(cache_dir, checker=native_checker() if native else None).lookup(SOURCE, OPTIONS, CountingCompiler(delay=0.02))
    return lookup.origin.value


def test_processes_compiling_the_same_script_never_corrupt_the_cache(tmp_path: pathlib.Path, make_store) -> None:
    context = multiprocessing.get_context("fork")
    workers = 4
    with context.Manager() as manager:
        barrier = manager.Barrier(workers)
        with context.Pool(workers) as pool:
            native = make_store(use_disk=False).checker is not None
            origins = pool.starmap(_compile_in_child, [(str(tmp_path), barrier, native)] * workers)
    assert set(origins) <= {"compiled", "disk"}
    path = make_store(tmp_path).path_for(SOURCE, OPTIONS)
    load_image(path.read_bytes())
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary files left
    assert make_store(tmp_path).lookup(SOURCE, OPTIONS, CountingCompiler()).origin is Origin.DISK


def test_a_compile_error_propagates_and_is_not_cached(tmp_path: pathlib.Path, make_store) -> None:
    store = make_store(tmp_path)

    def failing(source: str, options: CompileOptions) -> UnlinkedFunction:
        raise SyntaxError("unexpected token")

    with pytest.raises(SyntaxError):
        store.get(SOURCE, OPTIONS, failing)
    assert not store.path_for(SOURCE, OPTIONS).exists()
    assert store.lookup(SOURCE, OPTIONS, CountingCompiler()).origin is Origin.COMPILED
