"""The instruction set and its encodings.

opcodes.py, operands.py, metadata.py  the one declaration of the instruction set
version.py                            the image format version
generate.py                           writes _tables.py and native/generated/ from the declaration
encoding.py                           narrow/wide encoding and decoding of one instruction
assembler.py                          labels and jump relaxation
function.py, builder.py               the immutable unlinked function and its builder
verify.py                             what an instruction stream may name
disasm.py                             the `jsc -d`-style text form
"""
