"""Text disassembly of unlinked functions, in the spirit of ``jsc -d``.

    function add (parameters 2, registers 1, length 2, flags STRICT)
      metadata: ArithProfile 1
      constants:
        #0 string "x"
    [   0] Ldar               a1
    [   2] Add                a0, ArithProfile[0]
    [   5] wide16 LdaSmi      300
    [   9] JumpIfFalse        ->17

Offsets are byte offsets; wide instructions are marked ``wide16``/``wide32``;
jump operands show the absolute target. ``realm disasm`` prints this.
"""
from __future__ import annotations

import math

from engine.bytecode._tables import META_KIND, MetaKind
from engine.bytecode.encoding import OPERAND_KIND_TABLE, Instruction, iterate
from engine.bytecode.function import (
    BigIntLiteral,
    BindingList,
    Constant,
    FunctionFlags,
    RegExpLiteral,
    TemplateStrings,
    UnlinkedFunction,
)
from engine.bytecode.operands import OperandKind, Width, register_name

_PREVIEW = 40


def _quote(text: str) -> str:
    shown = text if len(text) <= _PREVIEW else text[:_PREVIEW] + "..."
    return '"' + shown.encode("unicode_escape", "backslashreplace").decode("ascii").replace('"', '\\"') + '"'


def printable(text: str) -> str:
    """Text safe to print: lone surrogates (legal in JS strings) become \\uXXXX."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _number(value: float) -> str:
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if value == 0 and math.copysign(1, value) < 0:
        return "-0"
    return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)


def describe_constant(constant: Constant) -> str:
    if isinstance(constant, float):
        return f"number {_number(constant)}"
    if isinstance(constant, str):
        return f"string {_quote(constant)}"
    if isinstance(constant, BigIntLiteral):
        return f"bigint {constant.value}n"
    if isinstance(constant, RegExpLiteral):
        return f"regexp /{constant.pattern}/{constant.flags}"
    if isinstance(constant, TemplateStrings):
        raws = ", ".join(_quote(raw) for raw in constant.raw)
        return f"template [{raws}]"
    if isinstance(constant, BindingList):
        return "bindings " + ", ".join(f"{printable(name)}:{kind}" for name, kind in zip(constant.names, constant.kinds))
    return f"function {printable(constant.name) or '<anonymous>'}"


def _operand(function: UnlinkedFunction, instruction: Instruction, kind: OperandKind, value: int) -> str:
    if kind is OperandKind.REG:
        return register_name(value)
    if kind is OperandKind.CONST:
        if value < len(function.constants):
            return f"#{value} {describe_constant(function.constants[value]).split(' ', 1)[1]}"
        return f"#{value} <out of range>"
    if kind is OperandKind.JUMP:
        return f"->{instruction.offset + value}"
    if kind is OperandKind.META:
        return f"{MetaKind(META_KIND[instruction.opcode]).name}[{value}]"
    return str(value)


def format_instruction(function: UnlinkedFunction, instruction: Instruction) -> str:
    mark = {Width.NARROW: "", Width.WIDE16: "wide16 ", Width.WIDE32: "wide32 "}[instruction.width]
    kinds = OPERAND_KIND_TABLE[instruction.opcode]
    operands = ", ".join(_operand(function, instruction, k, v) for k, v in zip(kinds, instruction.operands))
    head = f"[{instruction.offset:4}] {mark}{instruction.opcode.name}"
    return f"{head:<32} {operands}".rstrip()


def format_header(function: UnlinkedFunction) -> list[str]:
    flags = "|".join(f.name for f in FunctionFlags if f and f in function.flags and f.name) or "none"
    lines = [f"function {printable(function.name) or '<anonymous>'} (parameters {function.parameter_count}, "
             f"registers {function.register_count}, length {function.length}, flags {flags})"]
    counts = [f"{MetaKind(k).name} {n}" for k, n in enumerate(function.metadata_counts) if n]
    lines.append("  metadata: " + (", ".join(counts) if counts else "none"))
    if function.constants:
        lines.append("  constants:")
        lines += [f"    #{i} {describe_constant(c)}" for i, c in enumerate(function.constants)]
    for h in function.handlers:
        lines.append(f"  handler: [{h.start}, {h.end}) -> {h.handler}, exception in "
                     f"{register_name(h.register)}, context depth {h.context_depth}")
    for index, scope in enumerate(function.scopes):
        lines.append(f"  scope {index}: " + (", ".join(map(printable, scope.slot_names)) or "(no slots)"))
    return lines


def disassemble(function: UnlinkedFunction) -> str:
    """One function: its header, then one line per instruction."""
    lines = format_header(function)
    lines += [format_instruction(function, i) for i in iterate(function.code)]
    return "\n".join(lines) + "\n"


def disassemble_tree(root: UnlinkedFunction) -> str:
    """Every function of a tree, parents before children, separated by blank lines."""
    return "\n".join(disassemble(function) for function in root.walk())
