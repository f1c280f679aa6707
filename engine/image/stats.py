"""Size figures of an image: what ``realm compile --stats`` prints and the issue's
corpus report (average bytes per instruction, share of wide instructions)."""
from __future__ import annotations

from dataclasses import dataclass

from engine.bytecode.encoding import iterate
from engine.bytecode.operands import Width
from engine.image.reader import Image


@dataclass(frozen=True)
class ImageStats:
    image_bytes: int = 0
    functions: int = 0
    instructions: int = 0
    narrow: int = 0
    wide16: int = 0
    wide32: int = 0
    code_bytes: int = 0

    @property
    def wide(self) -> int:
        return self.wide16 + self.wide32

    @property
    def bytes_per_instruction(self) -> float:
        return self.code_bytes / self.instructions if self.instructions else 0.0

    @property
    def wide_share(self) -> float:
        return self.wide / self.instructions if self.instructions else 0.0

    def __add__(self, other: ImageStats) -> ImageStats:
        return ImageStats(*(a + b for a, b in zip(self._counts(), other._counts())))

    def _counts(self) -> tuple[int, ...]:
        return (self.image_bytes, self.functions, self.instructions, self.narrow, self.wide16, self.wide32,
                self.code_bytes)


def image_stats(image: Image) -> ImageStats:
    widths = {Width.NARROW: 0, Width.WIDE16: 0, Width.WIDE32: 0}
    code_bytes = 0
    for function in image.functions:
        code_bytes += len(function.code)
        for instruction in iterate(function.code):
            widths[instruction.width] += 1
    return ImageStats(image.size, len(image.functions), sum(widths.values()), widths[Width.NARROW],
                      widths[Width.WIDE16], widths[Width.WIDE32], code_bytes)
