"""The assembler: instructions and labels in, instruction bytes out.

Jump operands may name a ``Label``. Layout starts every instruction at the
narrowest width its other operands allow, resolves each jump to a relative
offset (from the first byte of the jump instruction, prefix included) and
re-encodes a jump wider only when its offset does not fit (relaxation). Widening
one jump can lengthen the distance another spans, so layout repeats until
nothing changes; widths only grow, so it terminates. No jump reserves a wide
slot it does not need.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.bytecode._tables import Op
from engine.bytecode.encoding import OPERAND_KIND_TABLE, BytecodeError, encode, instruction_length, smallest_width
from engine.bytecode.operands import OperandKind, Width


class Label:
    """A position in the instruction stream, bound once with ``Assembler.bind``."""

    __slots__ = ("name", "index")

    def __init__(self, name: str = "") -> None:
        self.name = name
        self.index: int | None = None  # instruction index it is bound before

    def __repr__(self) -> str:
        return f"Label({self.name!r}, index={self.index})"


Operand = int | Label


@dataclass
class _Pending:
    opcode: Op
    operands: tuple[Operand, ...]
    width: Width


@dataclass(frozen=True)
class AssembledCode:
    code: bytes
    instruction_offsets: tuple[int, ...]   # byte offset of each instruction, in emission order
    label_offsets: dict[Label, int] = field(hash=False)
    positions: tuple[tuple[int, int, int], ...]  # (bytecode offset, line, column), offsets ascending
    wide_count: int

    def offset_of(self, label: Label) -> int:
        return self.label_offsets[label]


class Assembler:
    def __init__(self) -> None:
        self._pending: list[_Pending] = []
        self._labels: list[Label] = []
        self._positions: list[tuple[int, int, int]] = []  # (instruction index, line, column)

    @property
    def instruction_count(self) -> int:
        return len(self._pending)

    def new_label(self, name: str = "") -> Label:
        return Label(name)

    def bind(self, label: Label) -> None:
        """Binds ``label`` to the next instruction emitted (or the end of the code)."""
        if label.index is not None:
            raise BytecodeError(f"label {label.name!r} bound twice")
        label.index = len(self._pending)
        self._labels.append(label)

    def drop_jump_to(self, label: Label) -> bool:
        """Remove the last instruction if it is an unconditional forward Jump to ``label``
        and ``label`` is about to be bound right after it (a jump to the next instruction)."""
        if not self._pending or label.index is not None:
            return False
        last = self._pending[-1]
        if last.opcode is not Op.Jump or last.operands[0] is not label:
            return False
        end = len(self._pending)
        if self._labels and self._labels[-1].index == end:
            return False  # another label already marks the point after the jump (bound in order)
        self._pending.pop()
        return True

    def set_position(self, line: int, column: int) -> None:
        """The source position of the next instruction emitted."""
        self._positions.append((len(self._pending), line, column))

    def emit(self, opcode: Op, *operands: Operand) -> None:
        kinds = OPERAND_KIND_TABLE[opcode]
        if len(operands) != len(kinds):
            raise BytecodeError(f"{opcode.name} takes {len(kinds)} operands, got {len(operands)}")
        for kind, operand in zip(kinds, operands):
            if isinstance(operand, Label) != (kind is OperandKind.JUMP):
                raise BytecodeError(f"{opcode.name}: a label goes exactly where a jump operand does")
        self._pending.append(_Pending(opcode, operands, smallest_width(opcode, _placeholder(operands))))

    def assemble(self) -> AssembledCode:
        for label in self._labels:
            assert label.index is not None
        unbound = [o for p in self._pending for o in p.operands if isinstance(o, Label) and o.index is None]
        if unbound:
            raise BytecodeError(f"jump to unbound label {unbound[0].name!r}")
        offsets = self._relax()
        chunks = [encode(p.opcode, self._resolve(p, i, offsets), p.width) for i, p in enumerate(self._pending)]
        return AssembledCode(
            code=b"".join(chunks),
            instruction_offsets=tuple(offsets[:-1]),
            label_offsets={label: offsets[label.index] for label in self._labels},  # type: ignore[index]
            positions=self._resolved_positions(offsets),
            wide_count=sum(p.width is not Width.NARROW for p in self._pending),
        )

    def _layout(self) -> list[int]:
        """Byte offset of every instruction at the current widths, plus the end offset."""
        offsets = [0]
        for pending in self._pending:
            offsets.append(offsets[-1] + instruction_length(pending.opcode, pending.width))
        return offsets

    def _resolve(self, pending: _Pending, index: int, offsets: list[int]) -> tuple[int, ...]:
        return tuple(
            offsets[o.index] - offsets[index] if isinstance(o, Label) else o  # type: ignore[index]
            for o in pending.operands
        )

    def _relax(self) -> list[int]:
        jumps = [i for i, p in enumerate(self._pending) if any(isinstance(o, Label) for o in p.operands)]
        while True:
            offsets = self._layout()
            changed = False
            for i in jumps:
                pending = self._pending[i]
                needed = smallest_width(pending.opcode, self._resolve(pending, i, offsets))
                if needed > pending.width:
                    pending.width = needed
                    changed = True
            if not changed:
                return offsets

    def _resolved_positions(self, offsets: list[int]) -> tuple[tuple[int, int, int], ...]:
        by_offset: dict[int, tuple[int, int]] = {}
        for index, line, column in self._positions:
            if index < len(self._pending):
                by_offset[offsets[index]] = (line, column)  # the last position set wins
        return tuple((offset, line, column) for offset, (line, column) in sorted(by_offset.items()))


def _placeholder(operands: tuple[Operand, ...]) -> tuple[int, ...]:
    # Before layout a jump counts as offset 0: it starts narrow.
    return tuple(0 if isinstance(o, Label) else o for o in operands)
