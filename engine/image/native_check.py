"""The bridge to the C core's in-place image check (native/src/image_check.c).

The engine does not need the C core; the Host does, and hands this checker to
the Store so a cached image is validated in milliseconds rather than decoded
and verified instruction by instruction in Python. The two give the same
verdict on every image (tests/image/test_native_check.py).
"""
from __future__ import annotations

from engine.image.layout import ImageError
from engine.image.reader import Buffer, ImageChecker


def native_checker() -> ImageChecker | None:
    """The C core's check, or None when the core is not built."""
    try:
        from realm_host._native import ffi, lib
    except ImportError:
        return None

    def check(buffer: Buffer) -> None:
        status = lib.rh_image_check(ffi.from_buffer(buffer), len(buffer))
        if status != 0:
            raise ImageError(ffi.string(lib.rh_image_status_message(status)).decode("ascii"))

    return check
