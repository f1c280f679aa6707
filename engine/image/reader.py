"""Reads an image back and validates all of it (format: layout.py).

``load_image`` trusts nothing: the header (magic, format version, opcode-table
hash, length, checksum), the bounds and alignment of every table and offset,
every index, the shape of the function tree (no cycles), and every
instruction stream (engine/bytecode/verify.py). Anything wrong raises ImageError
with a message saying what. The store relies on this to reject a damaged cache
file and recompile.
"""
from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from engine.bytecode._tables import OPCODE_TABLE_HASH
from engine.bytecode.encoding import BytecodeError
from engine.bytecode.function import (
    BigIntLiteral,
    BindingList,
    Constant,
    ExceptionHandler,
    FunctionFlags,
    RegExpLiteral,
    ScopeLayout,
    TemplateStrings,
    UnlinkedFunction,
)
from engine.bytecode.metadata import METADATA_KINDS
from engine.bytecode.verify import verify_function
from engine.bytecode.version import FORMAT_VERSION
from engine.image.layout import (
    CHECKSUM_OFFSET,
    CONSTANT_RECORD,
    FUNCTION_RECORD_FIXED,
    HANDLER_RECORD,
    HEADER,
    MAGIC,
    NONE,
    STRING_RECORD,
    UTF16_FLAG,
    ConstantTag,
    ImageError,
    ImageFlags,
    function_record_size,
)

Buffer = bytes | bytearray | memoryview
_KNOWN_IMAGE_FLAGS = sum(ImageFlags)
_KNOWN_FUNCTION_FLAGS = sum(FunctionFlags)


@dataclass(frozen=True)
class ImageHeader:
    format_version: int
    flags: ImageFlags
    opcode_table_hash: int
    total_length: int
    checksum: int
    root_function: int
    string_count: int
    string_table: int
    function_count: int
    function_table: int
    constant_count: int
    constant_table: int
    metadata_kinds: int
    source_key: bytes


def image_checksum(buffer: Buffer) -> int:
    """CRC-32 of the image with the checksum field read as zero."""
    view = memoryview(buffer)
    crc = zlib.crc32(view[:CHECKSUM_OFFSET])
    crc = zlib.crc32(b"\0\0\0\0", crc)
    return zlib.crc32(view[CHECKSUM_OFFSET + 4:], crc)


def read_header(buffer: Buffer) -> ImageHeader:
    """The header, after checking magic, version, opcode table, length and checksum."""
    if len(buffer) < HEADER.size:
        raise ImageError(f"truncated image: {len(buffer)} bytes, the header alone is {HEADER.size}")
    magic, *fields = HEADER.unpack_from(buffer, 0)
    if magic != MAGIC:
        raise ImageError(f"bad magic {magic!r}: not a Realm Host image")
    header = ImageHeader(fields[0], ImageFlags(fields[1]), *fields[2:])
    if fields[1] & ~_KNOWN_IMAGE_FLAGS:
        raise ImageError(f"unknown image flags {fields[1]:#x}")
    if header.format_version != FORMAT_VERSION:
        raise ImageError(f"image format version {header.format_version}, this engine reads {FORMAT_VERSION}")
    if header.opcode_table_hash != OPCODE_TABLE_HASH:
        raise ImageError(f"image built for opcode table {header.opcode_table_hash:016x}, "
                         f"this engine has {OPCODE_TABLE_HASH:016x}")
    if header.total_length != len(buffer):
        raise ImageError(f"image length {len(buffer)} differs from the {header.total_length} its header records")
    if image_checksum(buffer) != header.checksum:
        raise ImageError("image checksum mismatch: the file is damaged")
    if header.metadata_kinds != len(METADATA_KINDS):
        raise ImageError(f"image has {header.metadata_kinds} metadata kinds, this engine {len(METADATA_KINDS)}")
    return header


class _Reader:
    def __init__(self, buffer: Buffer, header: ImageHeader) -> None:
        self.buffer = memoryview(buffer)
        self.header = header
        self.record_size = function_record_size(header.metadata_kinds)
        self._check_table("string table", header.string_table, header.string_count, STRING_RECORD.size, 4)
        self._check_table("function table", header.function_table, header.function_count, self.record_size, 4)
        self._check_table("constant table", header.constant_table, header.constant_count, CONSTANT_RECORD.size, 8)
        if header.root_function >= header.function_count:
            raise ImageError(f"root function {header.root_function} past the function table")
        self.strings = [self._read_string(i) for i in range(header.string_count)]

    # --- bounds ------------------------------------------------------------------
    def _span(self, what: str, offset: int, length: int, alignment: int = 1) -> None:
        if offset % alignment or offset + length > self.header.total_length:
            raise ImageError(f"{what} at {offset} (+{length} bytes) is outside the image or misaligned")

    def _check_table(self, what: str, offset: int, count: int, record: int, alignment: int) -> None:
        if offset < HEADER.size:
            raise ImageError(f"{what} at {offset} overlaps the header")
        self._span(what, offset, count * record, alignment)

    def _u32s(self, what: str, offset: int, count: int) -> tuple[int, ...]:
        self._span(what, offset, 4 * count, 4)
        return struct.unpack_from(f"<{count}I", self.buffer, offset)

    def _string(self, index: int, what: str) -> str:
        if index >= len(self.strings):
            raise ImageError(f"{what}: string index {index} past the string table")
        return self.strings[index]

    def _optional_string(self, index: int, what: str) -> str | None:
        return None if index == NONE else self._string(index, what)

    def _read_string(self, index: int) -> str:
        offset, length_field = STRING_RECORD.unpack_from(self.buffer, self.header.string_table + 8 * index)
        wide = bool(length_field & UTF16_FLAG)
        units = length_field & ~UTF16_FLAG
        self._span(f"string {index}", offset, units * (2 if wide else 1), 2 if wide else 1)
        data = self.buffer[offset:offset + units * (2 if wide else 1)]
        return bytes(data).decode("utf-16-le", "surrogatepass") if wide else bytes(data).decode("latin-1")

    # --- constants ------------------------------------------------------------------
    def _constant(self, index: int, functions: list[UnlinkedFunction | None]) -> Constant:
        tag, a, b = CONSTANT_RECORD.unpack_from(self.buffer, self.header.constant_table + CONSTANT_RECORD.size * index)
        what = f"constant {index}"
        if tag == ConstantTag.NUMBER:
            return struct.unpack("<d", struct.pack("<Q", b))[0]
        if tag == ConstantTag.STRING:
            return self._string(a, what)
        if tag == ConstantTag.FUNCTION:
            function = functions[a]  # _check_nesting made sure it is built
            assert function is not None
            return function
        if tag == ConstantTag.BIGINT:
            return self._bigint(self._string(a, what), what)
        if tag == ConstantTag.REGEXP:
            return RegExpLiteral(self._string(a, what), self._string(b, what))
        if tag == ConstantTag.TEMPLATE:
            (count,) = self._u32s(what, a, 1)
            words = self._u32s(what, a + 4, 2 * count)
            cooked = tuple(self._optional_string(w, what) for w in words[:count])
            return TemplateStrings(cooked, tuple(self._string(w, what) for w in words[count:]))
        if tag == ConstantTag.BINDINGS:
            (count,) = self._u32s(what, a, 1)
            words = self._u32s(what, a + 4, 2 * count)
            return BindingList(tuple(self._string(w, what) for w in words[0::2]), tuple(words[1::2]))
        raise ImageError(f"{what}: unknown tag {tag}")

    @staticmethod
    def _bigint(text: str, what: str) -> BigIntLiteral:
        digits = text[1:] if text.startswith("-") else text
        if not digits.isascii() or not digits.isdigit():
            raise ImageError(f"{what}: {text!r} is not a BigInt")
        return BigIntLiteral(int(text))

    # --- functions ------------------------------------------------------------------
    def _record(self, index: int) -> tuple[int, ...]:
        offset = self.header.function_table + self.record_size * index
        fixed = FUNCTION_RECORD_FIXED.unpack_from(self.buffer, offset)
        counts = struct.unpack_from(f"<{self.header.metadata_kinds}I", self.buffer, offset + FUNCTION_RECORD_FIXED.size)
        return fixed + counts

    def _check_nesting(self, index: int) -> None:
        """A function's constants are in the constant table and name only later functions."""
        record = self._record(index)
        first, count = record[7], record[8]
        if first + count > self.header.constant_count:
            raise ImageError(f"function {index}: constants {first}..{first + count} past the constant table")
        for i in range(first, first + count):
            tag, a, _ = CONSTANT_RECORD.unpack_from(self.buffer, self.header.constant_table + CONSTANT_RECORD.size * i)
            if tag == ConstantTag.FUNCTION and not index < a < self.header.function_count:
                raise ImageError(f"function {index}: nested function {a} is not a later function "
                                 "(out of range, or it would enclose itself)")

    def _function(self, index: int, functions: list[UnlinkedFunction | None]) -> UnlinkedFunction:
        (name, flags, parameter_count, length, register_count, code_offset, code_length, constants_first,
         constant_count, handlers_offset, handler_count, positions_offset, positions_length, scopes_offset,
         scope_count, source_start, source_end, _reserved, *metadata_counts) = self._record(index)
        what = f"function {index}"
        if flags & ~_KNOWN_FUNCTION_FLAGS:
            raise ImageError(f"{what}: unknown flags {flags:#x}")
        self._span(f"{what} code", code_offset, code_length, 4)
        self._span(f"{what} handlers", handlers_offset, handler_count * HANDLER_RECORD.size, 4)
        self._span(f"{what} positions", positions_offset, positions_length)
        handlers = tuple(
            ExceptionHandler(*HANDLER_RECORD.unpack_from(self.buffer, handlers_offset + HANDLER_RECORD.size * i))
            for i in range(handler_count)
        )
        return UnlinkedFunction(
            name=self._optional_string(name, what) or "",
            code=bytes(self.buffer[code_offset:code_offset + code_length]),
            constants=tuple(self._constant(i, functions) for i in range(constants_first, constants_first + constant_count)),
            parameter_count=parameter_count,
            length=length,
            register_count=register_count,
            metadata_counts=tuple(metadata_counts),
            handlers=handlers,
            positions=bytes(self.buffer[positions_offset:positions_offset + positions_length]),
            scopes=self._scopes(what, scopes_offset, scope_count),
            flags=FunctionFlags(flags),
            source_start=source_start,
            source_end=source_end,
        )

    def _scopes(self, what: str, offset: int, count: int) -> tuple[ScopeLayout, ...]:
        scopes = []
        for _ in range(count):
            (slots,) = self._u32s(f"{what} scopes", offset, 1)
            names = self._u32s(f"{what} scopes", offset + 4, slots)
            scopes.append(ScopeLayout(tuple(self._string(n, what) for n in names)))
            offset += 4 + 4 * slots
        return tuple(scopes)

    def functions(self) -> list[UnlinkedFunction | None]:
        """Every function, built last to first: children exist before their parents."""
        built: list[UnlinkedFunction | None] = [None] * self.header.function_count
        for index in reversed(range(self.header.function_count)):
            self._check_nesting(index)
            built[index] = self._function(index, built)
        return built


# Validates an image's bytes in place or raises ImageError: the C core's check
# (engine/image/native_check.py) is one; it is ~100x faster than Python's.
ImageChecker = Callable[[Buffer], None]


class Image:
    """A validated image: its bytes (kept alive here, e.g. a read-only mmap, for the
    C core to read in place), its header, and its function tree, decoded on first use."""

    def __init__(self, buffer: Buffer, header: ImageHeader, functions: tuple[UnlinkedFunction, ...] | None = None) -> None:
        self.buffer = buffer
        self.header = header
        self._functions = functions

    @property
    def size(self) -> int:
        return self.header.total_length

    @property
    def functions(self) -> tuple[UnlinkedFunction, ...]:
        """Every function, in image order (parents first; the root is header.root_function)."""
        if self._functions is None:
            self._functions = _decode(self.buffer, self.header)
        return self._functions

    @property
    def root(self) -> UnlinkedFunction:
        return self.functions[self.header.root_function]


def _decode(buffer: Buffer, header: ImageHeader) -> tuple[UnlinkedFunction, ...]:
    return tuple(f for f in _Reader(buffer, header).functions() if f is not None)


def load_image(buffer: Buffer, checker: ImageChecker | None = None) -> Image:
    """Validates everything; raises ImageError on any fault.

    Without a checker, Python validates every table and instruction and decodes
    the function tree now. With one (the C core's), the checker validates in
    place and the tree is decoded only when asked for: a cached image is ready
    for the C core after a header read and one pass over its bytes.
    """
    header = read_header(buffer)
    if checker is not None:
        checker(buffer)
        return Image(buffer, header)
    functions = _decode(buffer, header)
    for function in functions:  # every function, reachable or not: the C check does the same
        try:
            verify_function(function)
        except BytecodeError as error:
            raise ImageError(f"invalid bytecode: {error}") from None
    return Image(buffer, header, functions)
