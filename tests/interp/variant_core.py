"""Build the C core with extra compile flags into a temporary directory and run the interpreter
test programs against it in a subprocess (the installed core stays untouched).

    python -m tests.interp.variant_core --switch      # switch dispatch instead of computed goto
    python -m tests.interp.variant_core --debug       # GC at every allocation + heap verification

test_dispatch_variants.py uses the same functions.
"""
from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build(tmpdir: str, extra_args: list[str]) -> str:
    """Compiles the core with the build script's flags plus extra_args; returns the .so path."""
    sys.path.insert(0, os.path.join(ROOT, "native"))
    import build_core  # same cdefs and flags as the real build
    from cffi import FFI

    ffi = FFI()
    ffi.cdef(build_core._read_cdefs())
    native = os.path.join(ROOT, "native")
    ffi.set_source(
        "realm_host._core",
        '#include "rh_api.h"\n',
        sources=sorted(glob.glob(os.path.join(native, "src", "*.c"))),
        include_dirs=[os.path.join(native, "include"), os.path.join(native, "generated")],
        extra_compile_args=build_core._compile_args() + extra_args,
    )
    return ffi.compile(tmpdir=tmpdir)


# Runs in the child: load the variant core, then every program, printing a verdict per program.
_CHILD = textwrap.dedent("""
    import importlib.util, pathlib, sys
    spec = importlib.util.spec_from_file_location("realm_host._core", sys.argv[1])
    core = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(core)
    sys.modules["realm_host._core"] = core
    sys.path.insert(0, sys.argv[2])
    from realm_host._native import lib
    from tests.interp.support import program_paths, run_program
    assert lib.rh_core_uses_computed_goto() == int(sys.argv[3]), "not the variant that was asked for"
    failed = 0
    for path in program_paths():
        ok = run_program(path) == path.with_suffix(".out").read_text(encoding="utf-8")
        failed += not ok
        print(("ok " if ok else "FAIL ") + path.stem, flush=True)
    sys.exit(1 if failed else 0)
""")


def run_programs(library: str, computed_goto: bool) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _CHILD, library, ROOT, "1" if computed_goto else "0"],
                          capture_output=True, text=True, timeout=1800, cwd=ROOT)


def main() -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switch", action="store_true", help="-DRH_SWITCH_DISPATCH=1")
    parser.add_argument("--debug", action="store_true", help="-O0 -g -DRH_DEBUG=1 (GC stress, heap checks)")
    args = parser.parse_args()
    extra = (["-DRH_SWITCH_DISPATCH=1"] if args.switch else []) + (["-O0", "-g", "-DRH_DEBUG=1"] if args.debug else [])
    with tempfile.TemporaryDirectory() as tmp:
        result = run_programs(build(tmp, extra), computed_goto=not args.switch)
    print(result.stdout + result.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
