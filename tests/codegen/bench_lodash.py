"""Compile speed on lodash.js and Store disk-cache load time versus compiling.

    python -m tests.codegen.bench_lodash [PATH]   (default: the npm cache's lodash 4.17.21)
"""
from __future__ import annotations

import sys
import tempfile
import time

from engine.compiler import compile_function
from engine.image import load_image, write_image
from engine.image.native_check import native_checker
from engine.image.stats import image_stats
from engine.store import CompileOptions, Store
from tests.npm_cache import npm_package


def best_of(runs: int, action) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else str(npm_package("lodash", "4.17.21") / "lodash.js")
    source = open(path, encoding="utf-8").read()
    size = len(source.encode("utf-8"))
    options = CompileOptions()
    compile_seconds = best_of(3, lambda: compile_function(source, options))
    image = load_image(write_image(compile_function(source, options), options.image_flags()))
    stats = image_stats(image)
    print(f"{path}: {size} bytes, compile {compile_seconds * 1000:.0f} ms = {size / 1024 / compile_seconds:.0f} KB/s")
    print(f"image {stats.image_bytes} bytes ({stats.image_bytes / size:.2f} per source byte), "
          f"{stats.functions} functions, {stats.instructions} instructions, "
          f"{stats.bytes_per_instruction:.3f} bytes/instruction, wide {100 * stats.wide_share:.3f}%")
    with tempfile.TemporaryDirectory() as cache:
        Store(cache).get(source, options, compile_function)  # compiles and writes the disk cache

        try:
            c_checker = native_checker()
        except Exception:  # noqa: BLE001 - a C core being rebuilt must not stop the benchmark
            c_checker = None
        for label, checker in (("Python loader", None), ("C image check", c_checker)):
            if label != "Python loader" and checker is None:
                print("C image check: the native core is not built")
                continue

            def from_disk() -> None:
                store = Store(cache, checker=checker)  # a fresh store: the image comes from disk
                store.get(source, options, compile_function)

            disk_seconds = best_of(5, from_disk)
            print(f"Store ({label}): load from disk cache {disk_seconds * 1000:.2f} ms vs compile "
                  f"{compile_seconds * 1000:.0f} ms ({compile_seconds / disk_seconds:.0f}x faster)")


if __name__ == "__main__":
    main()
