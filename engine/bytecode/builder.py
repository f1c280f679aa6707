"""FunctionBuilder: assembles one UnlinkedFunction (instructions, constant pool,
metadata counts, handlers, scopes). Code generation drives it; tests use it to
hand-assemble small function trees."""
from __future__ import annotations

import math
import struct
from dataclasses import dataclass

from engine.bytecode._tables import META_KIND, MetaKind, Op
from engine.bytecode.assembler import Assembler, Label, Operand
from engine.bytecode.encoding import OPERAND_KIND_TABLE, BytecodeError
from engine.bytecode.function import (
    Constant,
    ExceptionHandler,
    FunctionFlags,
    ScopeLayout,
    UnlinkedFunction,
    encode_positions,
)
from engine.bytecode.metadata import METADATA_KINDS
from engine.bytecode.operands import OperandKind


class NewMetadata:
    """Operand placeholder: ``emit(Op.GetNamedProperty, r, k, NEW_METADATA)`` allocates
    the next entry of the opcode's metadata kind."""


NEW_METADATA = NewMetadata()


@dataclass
class _PendingHandler:
    start: Label
    end: Label
    handler: Label
    register: int
    context_depth: int


def _constant_key(value: Constant) -> object:
    # -0.0 == 0.0 and NaN != NaN in Python; the pool must keep them apart and dedupe NaN.
    if isinstance(value, float):
        return ("number", struct.pack("<d", math.nan if math.isnan(value) else value))
    if isinstance(value, UnlinkedFunction):
        return ("function", id(value))
    return (type(value).__name__, value)


class FunctionBuilder:
    def __init__(self, name: str, parameter_count: int = 0, flags: FunctionFlags = FunctionFlags.NONE,
                 length: int | None = None) -> None:
        self.name = name
        self.parameter_count = parameter_count
        self.length = parameter_count if length is None else length
        self.flags = flags
        self.assembler = Assembler()
        self.register_count = 0
        self.source_start = 0
        self.source_end = 0
        self._constants: list[Constant] = []
        self._constant_index: dict[object, int] = {}
        self._metadata_counts = [0] * len(METADATA_KINDS)
        self._handlers: list[_PendingHandler] = []
        self._scopes: list[ScopeLayout] = []

    # --- pools --------------------------------------------------------------------
    def constant(self, value: Constant) -> int:
        """Index of ``value`` in the constant pool, adding it once."""
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        key = _constant_key(value)
        index = self._constant_index.get(key)
        if index is None:
            index = self._constant_index[key] = len(self._constants)
            self._constants.append(value)
        return index

    def constant_at(self, index: int) -> Constant:
        return self._constants[index]

    def metadata(self, kind: MetaKind) -> int:
        index = self._metadata_counts[kind]
        self._metadata_counts[kind] += 1
        return index

    def new_register(self) -> int:
        self.register_count += 1
        return self.register_count - 1

    def scope(self, slot_names: tuple[str, ...]) -> int:
        self._scopes.append(ScopeLayout(tuple(slot_names)))
        return len(self._scopes) - 1

    # --- instructions ---------------------------------------------------------------
    def new_label(self, name: str = "") -> Label:
        return self.assembler.new_label(name)

    def bind(self, label: Label) -> None:
        self.assembler.bind(label)

    def set_position(self, line: int, column: int) -> None:
        self.assembler.set_position(line, column)

    def emit(self, opcode: Op, *operands: Operand | NewMetadata) -> None:
        kinds = OPERAND_KIND_TABLE[opcode]
        resolved: list[Operand] = []
        for kind, operand in zip(kinds, operands):
            if isinstance(operand, NewMetadata):
                if kind is not OperandKind.META:
                    raise BytecodeError(f"{opcode.name}: NEW_METADATA only goes in a metadata operand")
                operand = self.metadata(MetaKind(META_KIND[opcode]))
            resolved.append(operand)
        self.assembler.emit(opcode, *resolved, *operands[len(kinds):])  # type: ignore[arg-type]

    def handler(self, start: Label, end: Label, handler: Label, register: int, context_depth: int = 0) -> None:
        self._handlers.append(_PendingHandler(start, end, handler, register, context_depth))

    # --- result ----------------------------------------------------------------------
    def finish(self) -> UnlinkedFunction:
        assembled = self.assembler.assemble()
        handlers = tuple(
            ExceptionHandler(assembled.offset_of(h.start), assembled.offset_of(h.end), assembled.offset_of(h.handler),
                             h.register, h.context_depth)
            for h in self._handlers
        )
        return UnlinkedFunction(
            name=self.name,
            code=assembled.code,
            constants=tuple(self._constants),
            parameter_count=self.parameter_count,
            length=self.length,
            register_count=self.register_count,
            metadata_counts=tuple(self._metadata_counts),
            handlers=handlers,
            positions=encode_positions(assembled.positions),
            scopes=tuple(self._scopes),
            flags=self.flags,
            source_start=self.source_start,
            source_end=self.source_end,
        )
