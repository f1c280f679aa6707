"""Serialises a tree of unlinked functions into one image (format: layout.py)."""
from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable

from engine.bytecode._tables import OPCODE_TABLE_HASH
from engine.bytecode.function import (
    BigIntLiteral,
    BindingList,
    Constant,
    RegExpLiteral,
    TemplateStrings,
    UnlinkedFunction,
)
from engine.bytecode.metadata import METADATA_KINDS
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


def _align(value: int, alignment: int) -> int:
    return (value + alignment - 1) // alignment * alignment


def _strings_of(constant: Constant) -> Iterable[str]:
    if isinstance(constant, str):
        yield constant
    elif isinstance(constant, BigIntLiteral):
        yield str(constant.value)
    elif isinstance(constant, RegExpLiteral):
        yield constant.pattern
        yield constant.flags
    elif isinstance(constant, TemplateStrings):
        yield from (c for c in constant.cooked if c is not None)
        yield from constant.raw
    elif isinstance(constant, BindingList):
        yield from constant.names


def encode_string(text: str) -> tuple[bytes, int]:
    """(data, length field): Latin-1 when every code unit fits a byte, else UTF-16LE."""
    if all(ord(ch) < 256 for ch in text):
        return text.encode("latin-1"), len(text)
    data = text.encode("utf-16-le", "surrogatepass")
    return data, (len(data) // 2) | UTF16_FLAG


def _parents_first(root: UnlinkedFunction) -> list[UnlinkedFunction]:
    """Every function once, each before all the functions it nests (reverse post-order),
    so a function constant always names a later function; root first."""
    post_order: list[UnlinkedFunction] = []
    done: set[int] = set()
    stack: list[tuple[UnlinkedFunction, list[UnlinkedFunction]]] = [(root, list(root.nested_functions()))]
    done.add(id(root))
    while stack:
        function, pending = stack[-1]
        if not pending:
            stack.pop()
            post_order.append(function)
            continue
        child = pending.pop(0)
        if id(child) not in done:
            done.add(id(child))
            stack.append((child, list(child.nested_functions())))
    post_order.reverse()
    return post_order


class _ImageWriter:
    def __init__(self, root: UnlinkedFunction, flags: ImageFlags, source_key: bytes) -> None:
        if len(source_key) not in (0, 32):
            raise ImageError("a source key is 32 bytes (sha256)")
        self.flags = flags
        self.source_key = source_key
        self.functions = _parents_first(root)
        self.function_index = {id(f): i for i, f in enumerate(self.functions)}
        self.strings: dict[str, int] = {}
        for function in self.functions:
            self._intern_all(function)
        self.constant_count = sum(len(f.constants) for f in self.functions)
        kinds = len(METADATA_KINDS)
        self.string_table = HEADER.size
        self.function_table = _align(self.string_table + STRING_RECORD.size * len(self.strings), 8)
        self.constant_table = _align(self.function_table + function_record_size(kinds) * len(self.functions), 8)
        self.data_start = self.constant_table + CONSTANT_RECORD.size * self.constant_count
        self.data = bytearray()

    def _intern(self, text: str | None) -> int:
        if text is None:
            return NONE
        index = self.strings.get(text)
        if index is None:
            index = self.strings[text] = len(self.strings)
        return index

    def _intern_all(self, function: UnlinkedFunction) -> None:
        self._intern(function.name)
        for constant in function.constants:
            for text in _strings_of(constant):
                self._intern(text)
        for scope in function.scopes:
            for name in scope.slot_names:
                self._intern(name)

    def _place(self, payload: bytes, alignment: int) -> int:
        """Appends payload to the data region; returns its absolute offset."""
        padding = _align(self.data_start + len(self.data), alignment) - (self.data_start + len(self.data))
        self.data += b"\0" * padding
        offset = self.data_start + len(self.data)
        self.data += payload
        return offset

    def _u32_array(self, values: list[int]) -> int:
        return self._place(struct.pack(f"<{len(values)}I", *values), 4)

    def _string_records(self) -> bytes:
        records = bytearray()
        for text in self.strings:  # dicts keep insertion order: index order
            payload, length_field = encode_string(text)
            offset = self._place(payload, 2 if length_field & UTF16_FLAG else 1)
            records += STRING_RECORD.pack(offset, length_field)
        return bytes(records)

    def _constant_record(self, constant: Constant) -> bytes:
        if isinstance(constant, float):
            return CONSTANT_RECORD.pack(ConstantTag.NUMBER, 0, struct.unpack("<Q", struct.pack("<d", constant))[0])
        if isinstance(constant, str):
            return CONSTANT_RECORD.pack(ConstantTag.STRING, self.strings[constant], 0)
        if isinstance(constant, UnlinkedFunction):
            return CONSTANT_RECORD.pack(ConstantTag.FUNCTION, self.function_index[id(constant)], 0)
        if isinstance(constant, BigIntLiteral):
            return CONSTANT_RECORD.pack(ConstantTag.BIGINT, self.strings[str(constant.value)], 0)
        if isinstance(constant, RegExpLiteral):
            return CONSTANT_RECORD.pack(ConstantTag.REGEXP, self.strings[constant.pattern], self.strings[constant.flags])
        if isinstance(constant, TemplateStrings):
            values = [len(constant.raw)] + [self._intern(c) for c in constant.cooked] + [self.strings[r] for r in constant.raw]
            return CONSTANT_RECORD.pack(ConstantTag.TEMPLATE, self._u32_array(values), 0)
        if isinstance(constant, BindingList):
            values = [len(constant.names)]
            for name, kind in zip(constant.names, constant.kinds):
                values += [self.strings[name], kind]
            return CONSTANT_RECORD.pack(ConstantTag.BINDINGS, self._u32_array(values), 0)
        raise ImageError(f"cannot serialise constant {constant!r}")

    def _function_record(self, function: UnlinkedFunction, constants_first: int) -> bytes:
        code_offset = self._place(function.code, 4)
        handlers = b"".join(
            HANDLER_RECORD.pack(h.start, h.end, h.handler, h.register, h.context_depth) for h in function.handlers
        )
        handlers_offset = self._place(handlers, 4)
        positions_offset = self._place(function.positions, 1)
        scope_words: list[int] = []
        for scope in function.scopes:
            scope_words += [len(scope.slot_names)] + [self.strings[n] for n in scope.slot_names]
        scopes_offset = self._u32_array(scope_words)
        fixed = FUNCTION_RECORD_FIXED.pack(
            self._intern(function.name), int(function.flags), function.parameter_count, function.length,
            function.register_count, code_offset, len(function.code), constants_first, len(function.constants),
            handlers_offset, len(function.handlers), positions_offset, len(function.positions),
            scopes_offset, len(function.scopes), function.source_start, function.source_end, 0,
        )
        return fixed + struct.pack(f"<{len(function.metadata_counts)}I", *function.metadata_counts)

    def write(self) -> bytes:
        string_records = self._string_records()
        function_records = bytearray()
        constant_records = bytearray()
        for function in self.functions:
            function_records += self._function_record(function, len(constant_records) // CONSTANT_RECORD.size)
            for constant in function.constants:
                constant_records += self._constant_record(constant)
        image = bytearray(self.data_start) + self.data
        image[self.string_table:self.string_table + len(string_records)] = string_records
        image[self.function_table:self.function_table + len(function_records)] = function_records
        image[self.constant_table:self.constant_table + len(constant_records)] = constant_records
        image[:HEADER.size] = HEADER.pack(
            MAGIC, FORMAT_VERSION, int(self.flags), OPCODE_TABLE_HASH, len(image), 0, 0,
            len(self.strings), self.string_table, len(self.functions), self.function_table,
            self.constant_count, self.constant_table, len(METADATA_KINDS), self.source_key,
        )
        struct.pack_into("<I", image, CHECKSUM_OFFSET, zlib.crc32(image))
        return bytes(image)


def write_image(root: UnlinkedFunction, flags: ImageFlags = ImageFlags.NONE, source_key: bytes = b"") -> bytes:
    """The image bytes of a whole function tree; ``root`` becomes function 0."""
    return _ImageWriter(root, flags, source_key).write()
