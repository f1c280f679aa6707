"""Narrow/wide instruction encoding (JSC, seed 002).

Narrow: 1-byte opcode, then 1 byte per operand. When any operand does not fit
a byte, the instruction is prefixed by ``Wide16`` (every operand takes 2
bytes) or ``Wide32`` (4 bytes). Operand order is the same in every width, so
operand i of an instruction of width w is at ``opcode position + 1 + i*w``.
Multi-byte operands are little-endian; signed kinds are two's complement.
"""
from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from engine.bytecode._tables import OPERAND_KINDS, Op
from engine.bytecode.operands import WIDTHS, OperandKind, Width, operand_range

OPERAND_KIND_TABLE: tuple[tuple[OperandKind, ...], ...] = tuple(
    tuple(OperandKind(kind) for kind in kinds) for kinds in OPERAND_KINDS
)
_PREFIX_FOR_WIDTH = {Width.WIDE16: Op.Wide16, Width.WIDE32: Op.Wide32}
_WIDTH_FOR_PREFIX = {int(Op.Wide16): Width.WIDE16, int(Op.Wide32): Width.WIDE32}
_FORMAT_CHARS = {Width.NARROW: ("B", "b"), Width.WIDE16: ("H", "h"), Width.WIDE32: ("I", "i")}


class BytecodeError(ValueError):
    """An instruction that cannot be encoded, or bytes that are not a valid instruction."""


def _operand_struct(kinds: tuple[OperandKind, ...], width: Width) -> struct.Struct:
    unsigned, signed = _FORMAT_CHARS[width]
    return struct.Struct("<" + "".join(signed if kind.signed else unsigned for kind in kinds))


# One precompiled struct per (opcode, width): encoding and decoding are one call.
_STRUCTS: tuple[dict[Width, struct.Struct], ...] = tuple(
    {width: _operand_struct(kinds, width) for width in WIDTHS} for kinds in OPERAND_KIND_TABLE
)


# Per opcode, per width: the (low, high) bounds of each operand. The assembler asks
# for the smallest width of every instruction it emits, so this is a hot path.
_BOUNDS: tuple[tuple[tuple[tuple[int, int], ...], ...], ...] = tuple(
    tuple(tuple(operand_range(kind, width) for kind in kinds) for width in WIDTHS) for kinds in OPERAND_KIND_TABLE
)


@dataclass(frozen=True)
class Instruction:
    """One decoded instruction: where it starts (its prefix, if wide) and how long it is."""

    offset: int
    opcode: Op
    operands: tuple[int, ...]
    width: Width
    length: int


def operand_kinds(opcode: Op) -> tuple[OperandKind, ...]:
    return OPERAND_KIND_TABLE[opcode]


def smallest_width(opcode: Op, operands: tuple[int, ...] | list[int]) -> Width:
    """The narrowest width at which every operand fits; BytecodeError if none does."""
    bounds_by_width = _BOUNDS[opcode]
    if len(operands) != len(bounds_by_width[0]):
        raise BytecodeError(f"{opcode.name} takes {len(bounds_by_width[0])} operands, got {len(operands)}")
    for width, bounds in zip(WIDTHS, bounds_by_width):
        for value, (low, high) in zip(operands, bounds):
            if not low <= value <= high:
                break
        else:
            return width
    raise BytecodeError(f"{opcode.name}: an operand does not fit 32 bits: {list(operands)}")


def instruction_length(opcode: Op, width: Width) -> int:
    prefix = 0 if width is Width.NARROW else 1
    return prefix + 1 + len(OPERAND_KIND_TABLE[opcode]) * int(width)


def encode(opcode: Op, operands: tuple[int, ...] | list[int], width: Width | None = None) -> bytes:
    """The bytes of one instruction, at ``width`` or the smallest width that fits."""
    needed = smallest_width(opcode, operands)
    if width is None:
        width = needed
    elif width < needed:
        raise BytecodeError(f"{opcode.name}: operands {list(operands)} do not fit width {int(width)}")
    head = bytes((opcode,)) if width is Width.NARROW else bytes((_PREFIX_FOR_WIDTH[width], opcode))
    return head + _STRUCTS[opcode][width].pack(*operands)


def decode(code: bytes | memoryview, offset: int) -> Instruction:
    """The instruction starting at ``offset``; BytecodeError when it is not a whole valid one."""
    start = offset
    if offset >= len(code):
        raise BytecodeError(f"offset {offset} is past the end of the code ({len(code)} bytes)")
    width = _WIDTH_FOR_PREFIX.get(code[offset], Width.NARROW)
    if width is not Width.NARROW:
        offset += 1
        if offset >= len(code):
            raise BytecodeError(f"width prefix at {start} ends the code")
    number = code[offset]
    if number >= len(OPERAND_KIND_TABLE) or number in _WIDTH_FOR_PREFIX:
        raise BytecodeError(f"invalid opcode {number} at offset {offset}")
    opcode = Op(number)
    layout = _STRUCTS[number][width]
    end = offset + 1 + layout.size
    if end > len(code):
        raise BytecodeError(f"{opcode.name} at offset {start} runs past the end of the code")
    operands = layout.unpack_from(code, offset + 1)
    return Instruction(start, opcode, operands, width, end - start)


def iterate(code: bytes | memoryview) -> Iterator[Instruction]:
    """Every instruction of a stream in order."""
    offset = 0
    while offset < len(code):
        instruction = decode(code, offset)
        yield instruction
        offset += instruction.length
