"""Labels, forward fix-ups and relaxation: jumps widen only when their offset needs it."""
from __future__ import annotations

import pytest

from engine.bytecode._tables import Op
from engine.bytecode.assembler import Assembler
from engine.bytecode.encoding import BytecodeError, decode, iterate
from engine.bytecode.operands import Width


def _jump_targets(code: bytes) -> list[tuple[int, int, Width]]:
    return [(i.offset, i.offset + i.operands[0], i.width) for i in iterate(code) if i.opcode in (Op.Jump, Op.JumpLoop, Op.JumpIfFalse)]


def test_short_forward_and_backward_jumps_stay_narrow() -> None:
    a = Assembler()
    top, end = a.new_label("top"), a.new_label("end")
    a.bind(top)
    a.emit(Op.LdaTrue)
    a.emit(Op.JumpIfFalse, end)
    a.emit(Op.JumpLoop, top)
    a.bind(end)
    a.emit(Op.Return)
    result = a.assemble()
    assert result.wide_count == 0
    assert _jump_targets(result.code) == [(1, 5, Width.NARROW), (3, 0, Width.NARROW)]
    assert result.offset_of(end) == 5


def _padding(a: Assembler, byte_count: int) -> None:
    for _ in range(byte_count // 2):
        a.emit(Op.Star, 0)


# The offset counts from the jump's first byte: narrow jump 2 bytes + 124 = 126
# fits a byte, + 126 = 128 does not; a wide16 jump is 4 bytes: 4 + 32762 fits, 4 + 32764 does not.
@pytest.mark.parametrize(("distance_padding", "width"), [(124, Width.NARROW), (126, Width.WIDE16),
                                                          (32762, Width.WIDE16), (32764, Width.WIDE32)])
def test_forward_jump_widens_exactly_at_the_boundary(distance_padding: int, width: Width) -> None:
    a = Assembler()
    end = a.new_label()
    a.emit(Op.Jump, end)
    _padding(a, distance_padding)
    a.bind(end)
    a.emit(Op.Return)
    result = a.assemble()
    (offset, target, got) = _jump_targets(result.code)[0]
    assert got is width
    assert target == result.offset_of(end) == len(result.code) - 1


def test_backward_jump_at_minus_128_stays_narrow() -> None:
    a = Assembler()
    top = a.new_label()
    a.bind(top)
    _padding(a, 128)
    a.emit(Op.JumpLoop, top)
    result = a.assemble()
    assert _jump_targets(result.code) == [(128, 0, Width.NARROW)]
    b = Assembler()
    top = b.new_label()
    b.bind(top)
    _padding(b, 130)
    b.emit(Op.JumpLoop, top)
    assert _jump_targets(b.assemble().code) == [(130, 0, Width.WIDE16)]


def test_widening_one_jump_can_push_another_over_the_edge() -> None:
    # The outer jump spans the inner one; it fits narrow only while the inner stays narrow.
    a = Assembler()
    outer_end, inner_end = a.new_label("outer"), a.new_label("inner")
    a.emit(Op.Jump, outer_end)       # 2 bytes narrow
    a.emit(Op.Jump, inner_end)       # spans 126 bytes of padding: needs wide16
    _padding(a, 126)
    a.bind(inner_end)
    _padding(a, 0)
    a.bind(outer_end)
    a.emit(Op.Return)
    result = a.assemble()
    jumps = _jump_targets(result.code)
    assert [w for _, _, w in jumps] == [Width.WIDE16, Width.WIDE16]
    assert jumps[0][1] == result.offset_of(outer_end)
    assert jumps[1][1] == result.offset_of(inner_end)


def test_jumps_not_needing_it_are_never_widened() -> None:
    a = Assembler()
    end = a.new_label()
    far = a.new_label()
    a.emit(Op.Jump, end)
    a.bind(end)
    a.emit(Op.Jump, far)
    _padding(a, 400)
    a.bind(far)
    a.emit(Op.Return)
    widths = [w for _, _, w in _jump_targets(a.assemble().code)]
    assert widths == [Width.NARROW, Width.WIDE16]


def test_label_errors() -> None:
    a = Assembler()
    label = a.new_label("x")
    a.bind(label)
    with pytest.raises(BytecodeError, match="twice"):
        a.bind(label)
    with pytest.raises(BytecodeError, match="label"):
        a.emit(Op.Ldar, label)
    with pytest.raises(BytecodeError, match="label"):
        a.emit(Op.Jump, 3)
    a.emit(Op.Jump, a.new_label("nowhere"))
    with pytest.raises(BytecodeError, match="unbound"):
        a.assemble()


def test_positions_follow_the_instructions_they_precede() -> None:
    a = Assembler()
    a.set_position(1, 0)
    a.emit(Op.LdaSmi, 1000)  # wide16: 4 bytes
    a.set_position(2, 3)
    a.emit(Op.Return)
    result = a.assemble()
    assert result.positions == ((0, 1, 0), (4, 2, 3))
    assert decode(result.code, 4).opcode is Op.Return
