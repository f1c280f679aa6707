"""The C core's opcode tables (built from the generated header) agree with the Python tables."""
from __future__ import annotations

import pytest

from engine.bytecode import _tables
from engine.bytecode.encoding import OPERAND_KIND_TABLE, encode
from engine.bytecode.metadata import METADATA_KINDS
from engine.bytecode.operands import CONSTANT_TYPES, OperandKind

from realm_host import _native as native  # the core is built at install: a broken build fails here
ffi, lib = native.ffi, native.lib

ACC = {"none": 0, "read": 1, "write": 2, "read_write": 3}


def test_counts_version_and_hash_agree() -> None:
    assert lib.rh_opcode_count() == len(_tables.Op)
    assert lib.rh_bytecode_format_version() == _tables.FORMAT_VERSION
    assert lib.rh_opcode_table_hash() == _tables.OPCODE_TABLE_HASH
    assert lib.rh_metadata_kind_count() == len(METADATA_KINDS)


@pytest.mark.parametrize("opcode", list(_tables.Op), ids=lambda o: o.name)
def test_each_opcode_agrees(opcode: _tables.Op) -> None:
    assert ffi.string(lib.rh_opcode_name(opcode)).decode() == opcode.name
    kinds = OPERAND_KIND_TABLE[opcode]
    assert lib.rh_opcode_operand_count(opcode) == len(kinds)
    all_kinds = list(OperandKind)
    assert [lib.rh_opcode_operand_kind(opcode, i) for i in range(len(kinds))] == [all_kinds.index(k) for k in kinds]
    assert lib.rh_opcode_operand_kind(opcode, len(kinds)) == -1
    assert [lib.rh_opcode_register_span(opcode, i) for i in range(len(kinds))] == list(_tables.REGISTER_SPANS[opcode])
    c_types = ["", *CONSTANT_TYPES]  # RH_CONST_TYPE_NONE is 0
    assert [c_types[lib.rh_opcode_constant_type(opcode, i)] for i in range(len(kinds))] == list(_tables.CONSTANT_TYPES[opcode])
    assert lib.rh_opcode_accumulator(opcode) == ACC[_tables.ACCUMULATOR[opcode]]
    assert lib.rh_opcode_metadata_kind(opcode) == _tables.META_KIND[opcode]
    assert lib.rh_opcode_flags(opcode) == _tables.FLAGS[opcode]


def test_signedness_agrees() -> None:
    for index, kind in enumerate(OperandKind):
        assert lib.rh_operand_kind_is_signed(index) == int(kind.signed)


def test_metadata_structs_have_room_for_their_fields() -> None:
    for index, kind in enumerate(METADATA_KINDS):
        assert ffi.string(lib.rh_metadata_kind_name(index)).decode() == kind.name
        assert lib.rh_metadata_entry_size(index) > 0
    assert lib.rh_metadata_entry_size(len(METADATA_KINDS)) == -1


def test_out_of_range_queries_are_refused() -> None:
    assert lib.rh_opcode_name(len(_tables.Op)) == ffi.NULL
    assert lib.rh_opcode_name(-1) == ffi.NULL
    assert lib.rh_opcode_operand_count(999) == -1


@pytest.mark.parametrize("operands", [[1, 2, 3, 4], [1, 300, 3, 4], [1, 2, 70000, 4]])
def test_c_instruction_length_matches_the_encoder(operands: list[int]) -> None:
    data = encode(_tables.Op.Call, operands) + encode(_tables.Op.Return, [])
    first = lib.rh_instruction_length(data, len(data), 0)
    assert first == len(data) - 1
    assert lib.rh_instruction_length(data, len(data), first) == 1
    assert lib.rh_instruction_length(data, len(data) - 2, 0) == -1  # truncated
    assert lib.rh_instruction_length(bytes([_tables.Op.Wide16, _tables.Op.Wide16]), 2, 0) == -1
