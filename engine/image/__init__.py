"""Immutable bytecode images: one flat little-endian blob per script (see layout.py)."""
