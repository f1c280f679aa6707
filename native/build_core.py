"""cffi build script for the C core (API mode), run by setup.py's ``cffi_modules``.

Every ``native/src/*.c`` file is compiled into the extension ``realm_host._core``.
cffi reads the declarations it exposes to Python from ``native/cdef/*.h`` (plain C
declarations, no preprocessor), concatenated in name order; the C side sees the same
functions through ``native/include/rh_api.h``.

Build-time switches (environment variables):
  REALM_HOST_SWITCH_DISPATCH=1  interpreter uses a plain switch instead of computed goto
  REALM_HOST_DEBUG=1            debug build: -O0 -g, assertions, heap verification hooks
  REALM_HOST_SANITIZE=address,undefined   compile and link with those -fsanitize= checkers
"""
from __future__ import annotations

import glob
import os

from cffi import FFI

NATIVE_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT_DIR = os.path.dirname(NATIVE_DIR)


def _relative(path: str) -> str:
    # setuptools wants source paths relative to the project root.
    return os.path.relpath(path, ROOT_DIR)


def _read_cdefs() -> str:
    parts = []
    for path in sorted(glob.glob(os.path.join(NATIVE_DIR, "cdef", "*.h"))):
        with open(path, encoding="utf-8") as f:
            parts.append(f.read())
    return "\n".join(parts)


def _compile_args() -> list[str]:
    args = ["-std=gnu11", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror=implicit-function-declaration",
            "-fvisibility=hidden"]
    if os.environ.get("REALM_HOST_DEBUG") == "1":
        args += ["-O0", "-g", "-DRH_DEBUG=1"]
    else:
        args += ["-O2", "-DNDEBUG"]
    if os.environ.get("REALM_HOST_SWITCH_DISPATCH") == "1":
        args.append("-DRH_SWITCH_DISPATCH=1")
    return args + _sanitize_flags()


def _sanitize_flags() -> list[str]:
    sanitizers = os.environ.get("REALM_HOST_SANITIZE", "").strip()
    return [f"-fsanitize={sanitizers}", "-fno-omit-frame-pointer"] if sanitizers else []


ffibuilder = FFI()
ffibuilder.cdef(_read_cdefs())
ffibuilder.set_source(
    "realm_host._core",
    '#include "rh_api.h"\n',
    sources=[_relative(p) for p in sorted(glob.glob(os.path.join(NATIVE_DIR, "src", "*.c")))],
    include_dirs=[_relative(os.path.join(NATIVE_DIR, d)) for d in ("include", "generated")],
    extra_compile_args=_compile_args(),
    extra_link_args=_sanitize_flags(),
)

if __name__ == "__main__":
    ffibuilder.compile(verbose=True)
