"""Images round-trip exactly; every damaged or hostile image is refused with ImageError."""
from __future__ import annotations

import struct

import pytest

from engine.bytecode.disasm import disassemble_tree
from engine.bytecode.function import UnlinkedFunction
from engine.image import ImageError, ImageFlags, load_image, read_header, write_image
from engine.image.layout import CONSTANT_RECORD, HEADER, MAGIC, STRING_RECORD, ConstantTag
from engine.image.reader import image_checksum
from tests.bytecode.trees import script


def _fields(function: UnlinkedFunction) -> tuple:
    return (function.name, function.code, function.parameter_count, function.length, function.register_count,
            function.metadata_counts, function.handlers, function.positions, function.scopes, function.flags,
            function.source_start, function.source_end,
            tuple(c if not isinstance(c, UnlinkedFunction) else ("function", c.name) for c in function.constants))


def test_round_trip_preserves_every_field() -> None:
    root = script(extra_constants=20)
    image = load_image(write_image(root, ImageFlags.STRICT))
    assert [_fields(f) for f in image.root.walk()] == [_fields(f) for f in root.walk()]
    assert len(image.functions) == len(list(root.walk()))
    assert image.header.flags == ImageFlags.STRICT
    assert disassemble_tree(image.root) == disassemble_tree(root)


def test_writing_is_deterministic_and_stable_through_a_reload() -> None:
    data = write_image(script())
    assert write_image(script()) == data
    assert write_image(load_image(data).root) == data


def test_strings_are_latin1_or_utf16_and_keep_lone_surrogates_and_minus_zero() -> None:
    root = script()
    image = load_image(write_image(root))
    scope_names = image.root.scopes[0].slot_names
    assert scope_names == ("captured", "\u00e9t\u00e9", "\U0001d49c", "lone\ud800")
    constants = image.root.constants
    minus_zero = constants[5]
    assert isinstance(minus_zero, float) and struct.pack("<d", minus_zero) == struct.pack("<d", -0.0)
    data = write_image(root)
    header = read_header(data)
    wide = [STRING_RECORD.unpack_from(data, header.string_table + 8 * i)[1] >> 31 for i in range(header.string_count)]
    assert 0 < sum(wide) < header.string_count  # both representations occur


def test_shared_nested_function_is_stored_once() -> None:
    from engine.bytecode._tables import Op
    from engine.bytecode.builder import FunctionBuilder
    from tests.bytecode.trees import adder

    shared = adder()
    parents = []
    for name in ("p", "q"):
        b = FunctionBuilder(name)
        b.emit(Op.CreateClosure, b.constant(shared))
        b.emit(Op.Return)
        parents.append(b.finish())
    b = FunctionBuilder("root")
    for parent in parents:
        b.emit(Op.CreateClosure, b.constant(parent))
    b.emit(Op.Return)
    image = load_image(write_image(b.finish()))
    assert image.header.function_count == 4
    p, q = image.root.constants
    assert p.constants[0] is q.constants[0]


def test_layout_is_aligned_for_c() -> None:
    data = write_image(script())
    header = read_header(data)
    assert header.function_table % 8 == 0 and header.constant_table % 8 == 0
    assert header.total_length == len(data)


# --- refusing bad images ------------------------------------------------------------


def _refix_checksum(data: bytearray) -> bytes:
    struct.pack_into("<I", data, 28, image_checksum(data))
    return bytes(data)


def test_every_single_byte_flip_is_refused() -> None:
    data = write_image(script())
    for offset in range(len(data)):
        damaged = bytearray(data)
        damaged[offset] ^= 0x40
        with pytest.raises(ImageError):
            load_image(bytes(damaged))


def test_every_truncation_is_refused() -> None:
    data = write_image(script())
    for length in range(len(data)):
        with pytest.raises(ImageError):
            load_image(data[:length])
    with pytest.raises(ImageError):
        load_image(data + b"\0")


@pytest.mark.parametrize(("offset", "value", "message"), [
    (8, 999, "format version"),
    (16, 0x1234, "opcode table"),
])
def test_wrong_version_or_opcode_table_is_named(offset: int, value: int, message: str) -> None:
    data = bytearray(write_image(script()))
    struct.pack_into("<Q" if offset == 16 else "<I", data, offset, value)
    with pytest.raises(ImageError, match=message):
        load_image(_refix_checksum(data))


def test_bad_magic_is_named() -> None:
    data = bytearray(write_image(script()))
    data[:8] = b"NOTANIMG"
    with pytest.raises(ImageError, match="magic"):
        load_image(bytes(data))
    assert MAGIC == b"RHIMAGE\0"


def test_hostile_images_with_valid_checksums_are_refused() -> None:
    """Garbage behind a correct checksum (a crafted file) never escapes as anything but ImageError."""
    data = write_image(script())
    header = read_header(data)
    for offset in range(HEADER.size, len(data)):
        for xor in (0x01, 0x80, 0xFF):
            damaged = bytearray(data)
            damaged[offset] ^= xor
            try:
                load_image(_refix_checksum(damaged))
            except ImageError:
                pass  # refused; anything else (IndexError, struct.error, ...) fails the test
    # A function constant that names its own parent (a cycle) is refused by name.
    damaged = bytearray(data)
    function_constant = next(
        i for i in range(header.constant_count)
        if CONSTANT_RECORD.unpack_from(data, header.constant_table + 16 * i)[0] == ConstantTag.FUNCTION
    )
    struct.pack_into("<I", damaged, header.constant_table + 16 * function_constant + 4, 0)
    with pytest.raises(ImageError, match="enclose itself"):
        load_image(_refix_checksum(damaged))


def test_stats_count_instructions_by_width() -> None:
    from engine.image.stats import ImageStats, image_stats

    image = load_image(write_image(script()))
    stats = image_stats(image)
    # script(): 22 instructions, one wide32 (LdaSmi 100000); add: 3; loop: 15 with none wide.
    assert (stats.functions, stats.instructions, stats.wide16, stats.wide32) == (3, 40, 0, 1)
    assert stats.narrow == 39
    assert stats.code_bytes == sum(len(f.code) for f in image.functions)
    assert stats.image_bytes == len(image.buffer)
    total = stats + stats
    assert total.instructions == 80 and total.wide_share == stats.wide_share == 1 / 40
    assert ImageStats().bytes_per_instruction == 0.0
