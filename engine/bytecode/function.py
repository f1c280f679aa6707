"""The unlinked function: the immutable output of code generation for one function.

Everything a realm needs to run a function and nothing a realm writes: the
writable part (inline caches, profiles) is only counted here, per metadata
kind, and allocated by the C core when a realm first calls the function.
"""
from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field

from engine.bytecode.metadata import METADATA_KINDS


class FunctionFlags(enum.IntFlag):
    NONE = 0
    STRICT = 1 << 0
    ARROW = 1 << 1
    METHOD = 1 << 2                 # has a [[HomeObject]]: object/class methods and accessors
    CLASS_CONSTRUCTOR = 1 << 3
    DERIVED_CONSTRUCTOR = 1 << 4    # constructor kind "derived": this starts uninitialised
    GENERATOR = 1 << 5
    ASYNC = 1 << 6
    USES_THIS = 1 << 7
    USES_ARGUMENTS = 1 << 8
    USES_EVAL = 1 << 9              # contains a direct eval: every binding lives in a context
    SELF_HOSTED = 1 << 10
    TOP_LEVEL = 1 << 11             # a Script, Module or eval body rather than a function
    SIMPLE_PARAMETERS = 1 << 12     # no defaults, rest or patterns (mapped arguments allowed)


@dataclass(frozen=True)
class TemplateStrings:
    """A template literal's strings; a cooked string is None after an invalid escape (tagged only)."""

    cooked: tuple[str | None, ...]
    raw: tuple[str, ...]

    def __post_init__(self) -> None:
        if len(self.cooked) != len(self.raw):
            raise ValueError("a template has as many cooked strings as raw ones")


@dataclass(frozen=True)
class BigIntLiteral:
    value: int


@dataclass(frozen=True)
class RegExpLiteral:
    pattern: str
    flags: str


@dataclass(frozen=True)
class BindingList:
    """Names with a small integer each: the declarations of DeclareBindings, the scope of CallEval."""

    names: tuple[str, ...]
    kinds: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.names) != len(self.kinds):
            raise ValueError("a binding list has one kind per name")


@dataclass(frozen=True)
class ExceptionHandler:
    """Instructions in [start, end) that throw continue at handler with the exception in
    ``register`` and the context chain unwound to ``context_depth`` contexts above the
    function's own."""

    start: int
    end: int
    handler: int
    register: int
    context_depth: int


@dataclass(frozen=True)
class ScopeLayout:
    """A context a PushContext creates (or the function's own): the names of its slots,
    kept for debuggers and for direct eval, which must find captured bindings by name."""

    slot_names: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class UnlinkedFunction:
    name: str
    code: bytes
    constants: tuple[Constant, ...]
    parameter_count: int
    length: int                       # the function's "length" property
    register_count: int
    metadata_counts: tuple[int, ...]  # entries per metadata kind, in METADATA_KINDS order
    handlers: tuple[ExceptionHandler, ...] = ()
    positions: bytes = b""            # see encode_positions
    scopes: tuple[ScopeLayout, ...] = ()
    flags: FunctionFlags = FunctionFlags.NONE
    source_start: int = 0             # [start, end) of the function's source text (toString)
    source_end: int = 0
    _children: tuple[UnlinkedFunction, ...] = field(default=(), repr=False)

    def __post_init__(self) -> None:
        if len(self.metadata_counts) != len(METADATA_KINDS):
            raise ValueError(f"{self.name}: metadata_counts needs one count per kind ({len(METADATA_KINDS)})")
        for constant in self.constants:
            if isinstance(constant, bool) or isinstance(constant, int):
                raise TypeError(f"{self.name}: number constants are floats, got {constant!r}")
        object.__setattr__(
            self, "_children", tuple(c for c in self.constants if isinstance(c, UnlinkedFunction))
        )

    def nested_functions(self) -> tuple[UnlinkedFunction, ...]:
        return self._children

    def walk(self) -> Iterator[UnlinkedFunction]:
        """This function and every function nested in it, depth first, parents first,
        each once even when several constants name it."""
        seen: set[int] = set()
        stack = [self]
        while stack:
            function = stack.pop()
            if id(function) in seen:
                continue
            seen.add(id(function))
            yield function
            stack.extend(reversed(function.nested_functions()))

    def source_positions(self) -> list[tuple[int, int, int]]:
        return decode_positions(self.positions)

    def position_at(self, offset: int) -> tuple[int, int] | None:
        """(line, column) of the last recorded position at or before a bytecode offset."""
        found = None
        for entry_offset, line, column in decode_positions(self.positions):
            if entry_offset > offset:
                break
            found = (line, column)
        return found


Constant = float | str | BigIntLiteral | RegExpLiteral | TemplateStrings | BindingList | UnlinkedFunction


# --- Source position table -------------------------------------------------------
# Entries (offset, line, column) with ascending offsets, each stored as three
# LEB128 varints: offset delta (unsigned), line delta (zigzag: lines can go back,
# e.g. a loop's update clause), column (unsigned). Typical entries take 3 bytes.
# A varint takes at most 5 bytes (values below 2**35), which the C core relies on.

_VARINT_LIMIT = 1 << 35


def _write_varint(out: bytearray, value: int) -> None:
    if value >= _VARINT_LIMIT:
        raise ValueError(f"position value {value} is too large for the position table")
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def _zigzag(value: int) -> int:
    return value * 2 if value >= 0 else -value * 2 - 1


def _unzigzag(value: int) -> int:
    return value >> 1 if not value & 1 else -((value + 1) >> 1)


def encode_positions(entries: tuple[tuple[int, int, int], ...] | list[tuple[int, int, int]]) -> bytes:
    out = bytearray()
    previous_offset = previous_line = 0
    for offset, line, column in entries:
        if offset < previous_offset or line < 0 or column < 0:
            raise ValueError(f"position entry {(offset, line, column)} out of order or negative")
        _write_varint(out, offset - previous_offset)
        _write_varint(out, _zigzag(line - previous_line))
        _write_varint(out, column)
        previous_offset, previous_line = offset, line
    return bytes(out)


def _read_varint(data: bytes | memoryview, index: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if index >= len(data) or shift > 28:
            raise ValueError("truncated or overlong varint in a position table")
        byte = data[index]
        index += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, index


def decode_positions(data: bytes | memoryview) -> list[tuple[int, int, int]]:
    entries = []
    index = offset = line = 0
    while index < len(data):
        delta, index = _read_varint(data, index)
        line_delta, index = _read_varint(data, index)
        column, index = _read_varint(data, index)
        offset += delta
        line += _unzigzag(line_delta)
        entries.append((offset, line, column))
    return entries
