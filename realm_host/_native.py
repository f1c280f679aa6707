"""Access to the compiled C core (``realm_host._core``, built by cffi at install time)."""
from __future__ import annotations

try:
    from realm_host._core import ffi, lib
except ImportError as exc:  # pragma: no cover - only without a build
    raise ImportError(
        "the C core of realm_host is not built; install the package with `pip install -e .`"
    ) from exc

__all__ = ["ffi", "lib", "core_version"]


def core_version() -> str:
    """The version string compiled into the C core."""
    return ffi.string(lib.rh_core_version()).decode("ascii")
