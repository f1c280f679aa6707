"""The bytecode verifier: checks that a function's instructions only name what exists.

The C core executes images in place without bounds checks in its handlers, so
every image is verified once when it is loaded: each instruction decodes, each
jump lands on an instruction boundary, each register, constant, metadata entry
and scope index is in range, constants have the type the operand expects, and
control cannot fall off the end of the code.
"""
from __future__ import annotations

from engine.bytecode._tables import CONSTANT_TYPES, FLAG_BITS, FLAGS, META_KIND, REGISTER_SPANS, Op
from engine.bytecode.encoding import OPERAND_KIND_TABLE, BytecodeError, Instruction, iterate
from engine.bytecode.function import (
    BigIntLiteral,
    BindingList,
    Constant,
    RegExpLiteral,
    TemplateStrings,
    UnlinkedFunction,
    decode_positions,
)
from engine.bytecode.operands import OperandKind

_TERMINATOR = FLAG_BITS["terminator"]


def constant_matches(constant_type: str, constant: Constant) -> bool:
    if constant_type == "value":
        return isinstance(constant, (float, str, BigIntLiteral))
    if constant_type == "string":
        return isinstance(constant, str)
    if constant_type == "function":
        return isinstance(constant, UnlinkedFunction)
    if constant_type == "template":
        return isinstance(constant, TemplateStrings)
    if constant_type == "regexp":
        return isinstance(constant, RegExpLiteral)
    if constant_type == "bindings":
        return isinstance(constant, BindingList)
    raise ValueError(f"unknown constant type {constant_type!r}")


def verify_function(function: UnlinkedFunction) -> None:
    """Raises BytecodeError naming the function and offset of the first problem."""
    try:
        instructions = list(iterate(function.code))
    except BytecodeError as error:
        raise BytecodeError(f"{function.name or '<anonymous>'}: {error}") from None
    if not instructions:
        raise BytecodeError(f"{function.name or '<anonymous>'}: empty code")
    starts = {i.offset for i in instructions}
    for instruction in instructions:
        _verify_instruction(function, instruction, starts)
    if not FLAGS[instructions[-1].opcode] & _TERMINATOR:
        raise BytecodeError(f"{function.name or '<anonymous>'}: control falls off the end of the code")
    _verify_handlers(function, starts)
    try:
        positions = decode_positions(function.positions)
    except ValueError as error:
        raise BytecodeError(f"{function.name}: {error}") from None
    for offset, _, _ in positions:
        if offset > len(function.code):
            raise BytecodeError(f"{function.name}: source position at offset {offset} is past the code")


def _fail(function: UnlinkedFunction, instruction: Instruction, message: str) -> BytecodeError:
    return BytecodeError(f"{function.name or '<anonymous>'} [{instruction.offset}] {instruction.opcode.name}: {message}")


def _register_range_ok(function: UnlinkedFunction, first: int, count: int) -> bool:
    lowest = -1 - function.parameter_count  # this, then the parameters
    if count == 0:
        return lowest <= first <= function.register_count
    if count == 1:
        return lowest <= first < function.register_count
    # Parameters are numbered downwards (a0 = -2, a1 = -3): a range of several
    # registers is always made of locals.
    return 0 <= first and first + count <= function.register_count


def _verify_instruction(function: UnlinkedFunction, instruction: Instruction, starts: set[int]) -> None:
    opcode = instruction.opcode
    kinds = OPERAND_KIND_TABLE[opcode]
    for index, (kind, value) in enumerate(zip(kinds, instruction.operands)):
        if kind is OperandKind.REG:
            counted = index + 1 < len(kinds) and kinds[index + 1] is OperandKind.REG_COUNT
            count = instruction.operands[index + 1] if counted else REGISTER_SPANS[opcode][index]
            if not _register_range_ok(function, value, count):
                raise _fail(function, instruction, f"registers {value} (+{count}) are outside the frame")
        elif kind is OperandKind.CONST:
            if value >= len(function.constants):
                raise _fail(function, instruction, f"constant {value} past the pool ({len(function.constants)})")
            if not constant_matches(CONSTANT_TYPES[opcode][index], function.constants[value]):
                raise _fail(function, instruction, f"constant {value} is not a {CONSTANT_TYPES[opcode][index]}")
        elif kind is OperandKind.META:
            if value >= function.metadata_counts[META_KIND[opcode]]:
                raise _fail(function, instruction, f"metadata entry {value} past the table")
        elif kind is OperandKind.JUMP:
            if instruction.offset + value not in starts:
                raise _fail(function, instruction, f"jump to {instruction.offset + value}, not an instruction")
    if opcode is Op.PushContext and instruction.operands[0] >= len(function.scopes):
        raise _fail(function, instruction, f"scope {instruction.operands[0]} past the scope layout")


def _verify_handlers(function: UnlinkedFunction, starts: set[int]) -> None:
    boundaries = starts | {len(function.code)}
    for handler in function.handlers:
        ok = (handler.start in starts and handler.end in boundaries and handler.start < handler.end
              and handler.handler in starts
              and -1 - function.parameter_count <= handler.register < function.register_count
              and handler.context_depth >= 0)
        if not ok:
            raise BytecodeError(f"{function.name}: invalid exception handler {handler}")
