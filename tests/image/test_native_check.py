"""The C core's in-place image check gives the same verdict as the Python loader."""
from __future__ import annotations

import struct

import pytest

from engine.image import ImageError, load_image, write_image
from engine.image.reader import image_checksum
from realm_host._native import ffi, lib  # the core is built at install: a broken build fails here
from tests.bytecode.trees import script

OK = 0


def _c_check(data: bytes) -> int:
    return lib.rh_image_check(data, len(data))


def _python_accepts(data: bytes) -> bool:
    try:
        load_image(data)
        return True
    except ImageError:
        return False


def _refix(data: bytearray) -> bytes:
    struct.pack_into("<I", data, 28, image_checksum(data))
    return bytes(data)


@pytest.fixture(scope="module")
def image_bytes() -> bytes:
    return write_image(script(extra_constants=5))


def test_valid_image_passes_and_checksums_agree(image_bytes: bytes) -> None:
    assert _c_check(image_bytes) == OK
    assert lib.rh_image_checksum(image_bytes, len(image_bytes)) == image_checksum(image_bytes)


def test_flips_and_truncations_fail_in_c(image_bytes: bytes) -> None:
    for offset in range(len(image_bytes)):
        damaged = bytearray(image_bytes)
        damaged[offset] ^= 0x08
        assert _c_check(bytes(damaged)) != OK, offset
    for length in range(0, len(image_bytes), 7):
        assert _c_check(image_bytes[:length]) != OK


@pytest.mark.parametrize("xor", [0x01, 0x02, 0x10, 0x80, 0xFF])
def test_c_and_python_agree_on_hostile_images_with_valid_checksums(image_bytes: bytes, xor: int) -> None:
    disagreements = []
    accepted = 0
    for offset in range(32, len(image_bytes)):
        damaged = bytearray(image_bytes)
        damaged[offset] ^= xor
        data = _refix(damaged)
        python_ok = _python_accepts(data)
        accepted += python_ok
        if python_ok != (_c_check(data) == OK):
            disagreements.append((offset, python_ok, ffi.string(lib.rh_image_status_message(_c_check(data)))))
    assert disagreements == []
    assert 0 < accepted < len(image_bytes) - 32  # both verdicts occur: the test can tell them apart


def test_status_messages() -> None:
    assert ffi.string(lib.rh_image_status_message(OK)) == b"ok"
    assert b"checksum" in ffi.string(lib.rh_image_status_message(6))
    assert ffi.string(lib.rh_image_status_message(999)) == b"unknown image status"
