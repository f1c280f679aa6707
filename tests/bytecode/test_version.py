"""A changed opcode table must come with a new format version (Hermes' BytecodeVersion.h)."""
from __future__ import annotations

from engine.bytecode import _tables
from engine.bytecode.generate import opcode_table_hash
from engine.bytecode.version import FORMAT_VERSION

# (format version, opcode-table hash) of every released table. When the table
# changes: bump engine/bytecode/version.py and add the new pair here.
RECORDED = {
    1: 0x35fa439d2e9ef04c,
    2: 0x8a6f6e9124edb7de,  # ResolveLookup, StaLookupIn
    3: 0x4adc9c1d04aff262,  # CreateMappedArguments
    4: 0x861959e3d8a91ad1,  # keyed gets/sets and literal defines carry no PropertyIC (none was read); PropertyIC keeps one way inline, older ways out of line
}


def test_opcode_table_hash_is_recorded_for_this_format_version() -> None:
    assert FORMAT_VERSION in RECORDED, f"record format version {FORMAT_VERSION} in RECORDED"
    assert RECORDED[FORMAT_VERSION] == opcode_table_hash(), (
        f"the opcode table changed (hash {opcode_table_hash():016x}) without a format version bump: "
        "bump engine/bytecode/version.py and record the new pair"
    )


def test_versions_only_grow_and_hashes_never_repeat() -> None:
    assert max(RECORDED) == FORMAT_VERSION
    assert len(set(RECORDED.values())) == len(RECORDED)


def test_generated_tables_carry_the_same_hash_and_version() -> None:
    assert _tables.OPCODE_TABLE_HASH == opcode_table_hash()
    assert _tables.FORMAT_VERSION == FORMAT_VERSION
