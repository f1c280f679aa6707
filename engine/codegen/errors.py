"""The errors code generation raises."""
from __future__ import annotations

from engine.syntax import ast


class NotSupportedYet(Exception):
    """A construct that a later issue brings (generators, async functions, await, yield,
    modules). ``construct`` names it; ``line`` (from 1) and ``column`` (from 1) point at it."""

    def __init__(self, construct: str, node: ast.Node) -> None:
        self.construct = construct
        self.line = node.line
        self.column = node.column + 1
        super().__init__(f"{construct} are not supported yet ({self.line}:{self.column})")


class CodegenError(Exception):
    """An internal limit or an input the code generator cannot represent (never valid JS)."""

    def __init__(self, message: str, node: ast.Node) -> None:
        self.line = node.line
        self.column = node.column + 1
        super().__init__(f"{message} ({self.line}:{self.column})")
