"""The instruction set (declared once in opcodes.py), its encoder, assembler and disassembler."""
