"""The verifier refuses bytecode that names what does not exist; the disassembler's format."""
from __future__ import annotations

import dataclasses

import pytest

from engine.bytecode._tables import Op
from engine.bytecode.builder import NEW_METADATA, FunctionBuilder
from engine.bytecode.disasm import disassemble, disassemble_tree
from engine.bytecode.encoding import BytecodeError, encode
from engine.bytecode.function import ExceptionHandler, decode_positions, encode_positions
from engine.bytecode.verify import verify_function
from tests.bytecode.trees import adder, counter_loop, script


def test_hand_assembled_trees_verify() -> None:
    for function in script().walk():
        verify_function(function)


def _with_code(code: bytes, **changes: object):
    return dataclasses.replace(adder(), code=code, **changes)


@pytest.mark.parametrize(("code", "message"), [
    (encode(Op.Ldar, [0]) + encode(Op.Return, []), "outside the frame"),         # no locals
    (encode(Op.Ldar, [-4]) + encode(Op.Return, []), "outside the frame"),        # only two parameters
    (encode(Op.LdaConstant, [0]) + encode(Op.Return, []), "past the pool"),
    (encode(Op.Add, [-2, 1]) + encode(Op.Return, []), "metadata entry"),
    (encode(Op.Jump, [1]) + encode(Op.Return, []), "not an instruction"),
    (encode(Op.Jump, [-5]) + encode(Op.Return, []), "not an instruction"),
    (encode(Op.LdaUndefined, []), "falls off the end"),
    (encode(Op.PushContext, [0]) + encode(Op.Return, []), "scope"),
    (b"", "empty"),
    (bytes([Op.Wide16]), "prefix"),
])
def test_verifier_rejects(code: bytes, message: str) -> None:
    with pytest.raises(BytecodeError, match=message):
        verify_function(_with_code(code))


def test_verifier_checks_constant_types_and_register_ranges() -> None:
    b = FunctionBuilder("f")
    b.emit(Op.GetNamedProperty, -1, b.constant(1.5), NEW_METADATA)  # a name must be a string
    b.emit(Op.Return)
    with pytest.raises(BytecodeError, match="not a string"):
        verify_function(b.finish())
    b = FunctionBuilder("g")
    r = b.new_register()
    b.emit(Op.Call, r, r, 2, NEW_METADATA)  # receiver + 1 argument, but one register
    b.emit(Op.Return)
    with pytest.raises(BytecodeError, match="outside the frame"):
        verify_function(b.finish())


def test_verifier_checks_handlers() -> None:
    bad = dataclasses.replace(counter_loop(), handlers=(ExceptionHandler(0, 1, 0, 0, 0),))
    with pytest.raises(BytecodeError, match="handler"):
        verify_function(bad)


def test_position_table_round_trips_and_is_compact() -> None:
    entries = [(0, 1, 0), (2, 1, 7), (9, 0, 3), (400, 5000, 120)]
    data = encode_positions(entries)
    assert decode_positions(data) == entries
    assert len(encode_positions([(2, 1, 7)])) == 3
    with pytest.raises(ValueError):
        encode_positions([(5, 1, 0), (4, 1, 0)])


def test_position_lookup() -> None:
    loop = counter_loop()
    assert loop.position_at(0) is None
    assert loop.position_at(len(loop.code) - 1) == (3, 0)


def test_disassembly_format() -> None:
    text = disassemble(counter_loop())
    lines = text.splitlines()
    assert lines[0] == "function loop (parameters 1, registers 3, length 1, flags none)"
    assert lines[1] == "  metadata: ArithProfile 1"
    assert lines[2].startswith("  handler: [6, 29) -> 29,") and "exception in r2, context depth 0" in lines[2]
    assert "[   0] LdaSmi" in lines[3]
    jump_loop = next(line for line in lines if "JumpLoop" in line)
    assert jump_loop.endswith("->6")


def test_wide_instructions_are_marked() -> None:
    text = disassemble_tree(script())
    assert "wide32 LdaSmi" in text and "100000" in text
    assert text.count("function ") >= 3
