"""Narrow/wide encoding: width selection and round trips at every boundary, per operand kind."""
from __future__ import annotations

import pytest

from engine.bytecode._tables import Op
from engine.bytecode.encoding import BytecodeError, decode, encode, iterate, smallest_width
from engine.bytecode.operands import OperandKind, Width

# One single-operand opcode per operand kind, so each kind is exercised alone.
ONE_OPERAND = {
    OperandKind.REG: Op.Ldar,
    OperandKind.UIMM: Op.CreateArrayLiteral,
    OperandKind.SIMM: Op.LdaSmi,
    OperandKind.CONST: Op.LdaConstant,
    OperandKind.JUMP: Op.Jump,
    OperandKind.META: Op.CreateObjectLiteral,
    OperandKind.FLAG: Op.CreateArguments,
}

UNSIGNED_CASES = [(0, Width.NARROW), (127, Width.NARROW), (128, Width.NARROW), (255, Width.NARROW),
                  (256, Width.WIDE16), (32767, Width.WIDE16), (32768, Width.WIDE16), (65535, Width.WIDE16),
                  (65536, Width.WIDE32), (2**32 - 1, Width.WIDE32)]
SIGNED_CASES = [(0, Width.NARROW), (127, Width.NARROW), (128, Width.WIDE16), (-128, Width.NARROW),
                (-129, Width.WIDE16), (255, Width.WIDE16), (256, Width.WIDE16), (32767, Width.WIDE16),
                (32768, Width.WIDE32), (-32768, Width.WIDE16), (-32769, Width.WIDE32), (65535, Width.WIDE32),
                (65536, Width.WIDE32), (2**31 - 1, Width.WIDE32), (-(2**31), Width.WIDE32)]


def _cases() -> list[tuple[OperandKind, Op, int, Width]]:
    cases = []
    for kind, opcode in ONE_OPERAND.items():
        for value, width in SIGNED_CASES if kind.signed else UNSIGNED_CASES:
            cases.append((kind, opcode, value, width))
    return cases


@pytest.mark.parametrize(("kind", "opcode", "value", "width"), _cases())
def test_round_trip_at_the_width_boundaries(kind: OperandKind, opcode: Op, value: int, width: Width) -> None:
    data = encode(opcode, [value])
    instruction = decode(data, 0)
    assert instruction.opcode is opcode
    assert instruction.operands == (value,)
    assert instruction.width is width
    assert instruction.length == len(data) == (1 if width is Width.NARROW else 2) + int(width)
    if width is Width.NARROW:
        assert data[0] == opcode
    else:
        assert data[0] == (Op.Wide16 if width is Width.WIDE16 else Op.Wide32) and data[1] == opcode


def test_register_count_kind_round_trips_inside_a_call() -> None:
    for count in (0, 127, 128, 255, 256, 32767, 32768, 65535, 65536):
        data = encode(Op.Call, [1, 2, count, 3])
        assert decode(data, 0).operands == (1, 2, count, 3)


def test_one_wide_operand_widens_every_operand_in_the_same_order() -> None:
    data = encode(Op.GetNamedProperty, [-2, 300, 1])
    assert data == bytes([Op.Wide16, Op.GetNamedProperty, 0xFE, 0xFF, 0x2C, 0x01, 0x01, 0x00])
    narrow = encode(Op.GetNamedProperty, [-2, 3, 1])
    assert narrow == bytes([Op.GetNamedProperty, 0xFE, 3, 1])


def test_explicit_width_may_be_wider_but_not_narrower() -> None:
    assert decode(encode(Op.LdaSmi, [1], Width.WIDE32), 0).width is Width.WIDE32
    with pytest.raises(BytecodeError):
        encode(Op.LdaSmi, [1000], Width.NARROW)


def test_values_beyond_32_bits_and_wrong_arity_are_rejected() -> None:
    with pytest.raises(BytecodeError):
        smallest_width(Op.LdaSmi, [2**31])
    with pytest.raises(BytecodeError):
        smallest_width(Op.LdaConstant, [-1])
    with pytest.raises(BytecodeError):
        encode(Op.Ldar, [1, 2])


@pytest.mark.parametrize("data", [
    bytes([Op.Wide16]),                      # prefix at the end
    bytes([Op.Wide16, Op.Wide32, 0]),        # prefix after prefix
    bytes([Op.LdaSmi]),                      # missing operand
    bytes([Op.Wide32, Op.LdaSmi, 1, 2, 3]),  # short wide operand
    bytes([250]),                            # past the opcode table
])
def test_decode_rejects_malformed_streams(data: bytes) -> None:
    with pytest.raises(BytecodeError):
        list(iterate(data))


def test_iterate_walks_mixed_widths() -> None:
    stream = encode(Op.LdaSmi, [5]) + encode(Op.LdaSmi, [500]) + encode(Op.LdaSmi, [500000]) + encode(Op.Return, [])
    decoded = list(iterate(stream))
    assert [i.operands for i in decoded] == [(5,), (500,), (500000,), ()]
    assert [i.offset for i in decoded] == [0, 2, 6, 12]
