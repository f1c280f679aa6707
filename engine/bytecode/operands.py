"""Operand kinds of the instruction set and the value ranges of the three widths.

Every operand of every opcode has one of these kinds. The kind says how the
operand is read (signed or unsigned) and what it means (a register, a constant
pool index, a relative jump, ...); the width of the whole instruction says how
many bytes each operand takes (1 narrow, 2 after Wide16, 4 after Wide32).

Register convention: a register operand is signed. ``r >= 0`` names a local or
temporary of the frame (``r0``, ``r1``, ...); ``THIS_REGISTER`` (-1) is the
receiver; ``-2 - i`` is parameter ``i`` (``a0``, ``a1``, ...). So the common
case, the first 126 locals and parameters, fits a narrow byte.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass


class OperandKind(enum.Enum):
    """What an operand means; its value is the name used in generated code."""

    REG = "reg"            # frame register (signed, see the module doc)
    REG_COUNT = "count"    # number of consecutive registers in a range (unsigned)
    UIMM = "uimm"          # unsigned immediate: depth, slot index, intrinsic id, ...
    SIMM = "simm"          # signed immediate: a small integer literal
    CONST = "const"        # index into the function's constant pool
    JUMP = "jump"          # signed offset from the first byte of this instruction
    META = "meta"          # index into this function's metadata entries of the opcode's kind
    FLAG = "flag"          # small enumeration or bit set, meaning given by the opcode's doc

    @property
    def signed(self) -> bool:
        return self in _SIGNED_KINDS


_SIGNED_KINDS = frozenset({OperandKind.REG, OperandKind.SIMM, OperandKind.JUMP})


class Width(enum.IntEnum):
    """Bytes per operand; Wide16 and Wide32 prefixes select the wider two."""

    NARROW = 1
    WIDE16 = 2
    WIDE32 = 4


WIDTHS: tuple[Width, ...] = (Width.NARROW, Width.WIDE16, Width.WIDE32)

THIS_REGISTER = -1


def parameter_register(index: int) -> int:
    """The register operand that names parameter ``index`` (0-based)."""
    return -2 - index


def operand_range(kind: OperandKind, width: Width) -> tuple[int, int]:
    """Smallest and largest value an operand of ``kind`` can hold at ``width``."""
    bits = 8 * int(width)
    if kind.signed:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def register_name(register: int) -> str:
    """How the disassembler spells a register operand: r3, this, a0."""
    if register >= 0:
        return f"r{register}"
    if register == THIS_REGISTER:
        return "this"
    return f"a{-2 - register}"


@dataclass(frozen=True)
class Operand:
    """One declared operand: its kind, a name for docs and generated accessors,
    and what the verifier checks: for registers whether the instruction writes
    them and how many consecutive registers they name (``span``); for constants
    which type of pool entry they must point at. None of it changes the encoding."""

    kind: OperandKind
    name: str
    writes: bool = False
    span: int = 1
    constant_type: str = ""


# What a CONST operand may point at: "value" is a number, string or BigInt
# (engine/bytecode/function.py has the types).
CONSTANT_TYPES = ("value", "string", "function", "template", "regexp", "bindings")


def Reg(name: str, span: int = 1) -> Operand:
    return Operand(OperandKind.REG, name, span=span)


def RegOut(name: str, span: int = 1) -> Operand:
    return Operand(OperandKind.REG, name, writes=True, span=span)


def RegCount(name: str) -> Operand:
    return Operand(OperandKind.REG_COUNT, name)


def UImm(name: str) -> Operand:
    return Operand(OperandKind.UIMM, name)


def SImm(name: str) -> Operand:
    return Operand(OperandKind.SIMM, name)


def Const(name: str, constant_type: str) -> Operand:
    if constant_type not in CONSTANT_TYPES:
        raise ValueError(f"unknown constant type {constant_type!r}")
    return Operand(OperandKind.CONST, name, constant_type=constant_type)


def Jump(name: str) -> Operand:
    return Operand(OperandKind.JUMP, name)


def Meta(name: str) -> Operand:
    return Operand(OperandKind.META, name)


def Flag(name: str) -> Operand:
    return Operand(OperandKind.FLAG, name)
