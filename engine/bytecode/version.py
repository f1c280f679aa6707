"""The bytecode image format version: the only place it is written.

Bump it whenever the opcode table (engine/bytecode/opcodes.py, metadata.py,
operands.py) or the image layout (engine/image/layout.py) changes meaning, and
record the new (version, opcode-table hash) pair in
tests/bytecode/test_version.py. A changed table without a bump fails that test,
so a stale disk cache can never be read with the wrong opcode numbers.
"""

FORMAT_VERSION: int = 4
