"""Run tests/native against a debug build of the C core, optionally with sanitizers.

The debug build (RH_DEBUG) collects at every allocation and verifies the whole heap after each
collection. It is built into a temporary directory, so the installed core other work uses is left
alone:

    python -m tests.native.run_debug_core                 # debug build
    python -m tests.native.run_debug_core --sanitize      # + AddressSanitizer and UBSan
    python -m tests.native.run_debug_core -- -k strings   # extra pytest arguments after --

With --sanitize the sanitizer runtimes must be preloaded into Python, so the script re-executes
itself under LD_PRELOAD.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SANITIZERS = "address,undefined"
# Tests whose point is volume or wall-clock time: minutes under GC at every allocation.
SLOW_UNDER_STRESS = "not repeated_append and not deep_right and not creation_cost and not operating_system"


def build(tmpdir: str, sanitize: bool) -> str:
    """Compiles the core with REALM_HOST_DEBUG=1 (and sanitizers); returns the .so path."""
    sys.path.insert(0, os.path.join(ROOT, "native"))
    os.environ["REALM_HOST_DEBUG"] = "1"
    import build_core  # the lead's build script: same cdefs and flags as the real build
    from cffi import FFI

    compile_args = build_core._compile_args()
    link_args: list[str] = []
    if sanitize:
        compile_args += [f"-fsanitize={SANITIZERS}", "-fno-omit-frame-pointer"]
        link_args += [f"-fsanitize={SANITIZERS}"]
    ffi = FFI()
    ffi.cdef(build_core._read_cdefs())
    native = os.path.join(ROOT, "native")
    ffi.set_source(
        "realm_host._core",
        '#include "rh_api.h"\n',
        sources=sorted(glob.glob(os.path.join(native, "src", "*.c"))),
        include_dirs=[os.path.join(native, "include"), os.path.join(native, "generated")],
        extra_compile_args=compile_args,
        extra_link_args=link_args,
    )
    return ffi.compile(tmpdir=tmpdir)


def run_tests(library: str, pytest_args: list[str]) -> int:
    spec = importlib.util.spec_from_file_location("realm_host._core", library)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    sys.modules["realm_host._core"] = module  # realm_host._native now imports the debug core
    import pytest

    from tests.native.runtime import Agent

    probe = Agent()
    probe.new_realm().close()
    assert probe.stats()["collections"] >= 2, "not a debug core: no collection at every allocation"
    probe.close()

    # --capture=sys leaves file descriptor 2 alone, so a sanitizer's report reaches the terminal.
    return pytest.main([os.path.join(ROOT, "tests", "native"), "-q", "-p", "no:cacheprovider", "--capture=sys",
                        "-k", SLOW_UNDER_STRESS, *pytest_args])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sanitize", action="store_true", help="add AddressSanitizer and UBSan")
    parser.add_argument("--library", help=argparse.SUPPRESS)  # set when re-executed under LD_PRELOAD
    parser.add_argument("pytest_args", nargs="*")
    args = parser.parse_args()
    if args.library:
        return run_tests(args.library, args.pytest_args)
    with tempfile.TemporaryDirectory(prefix="rh-debug-core-") as tmpdir:
        library = build(tmpdir, args.sanitize)
        env = dict(os.environ)
        if args.sanitize:
            runtimes = [subprocess.check_output(["gcc", f"-print-file-name={lib}"], text=True).strip()
                        for lib in ("libasan.so", "libubsan.so")]
            env["LD_PRELOAD"] = ":".join(runtimes)
            env["ASAN_OPTIONS"] = "detect_leaks=0"  # CPython itself keeps memory until exit
            env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1"
        command = [sys.executable, "-m", "tests.native.run_debug_core", "--library", library, "--", *args.pytest_args]
        return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
