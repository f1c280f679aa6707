"""Immutable bytecode images: one flat little-endian blob per script (format: layout.py)."""
from engine.image.layout import ImageError, ImageFlags
from engine.image.reader import Image, ImageChecker, ImageHeader, load_image, read_header
from engine.image.writer import write_image

__all__ = ["Image", "ImageChecker", "ImageError", "ImageFlags", "ImageHeader", "load_image", "read_header", "write_image"]
