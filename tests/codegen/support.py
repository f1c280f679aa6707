"""Helpers shared by the code generation tests."""
from __future__ import annotations

from engine.bytecode.disasm import disassemble_tree
from engine.bytecode.encoding import iterate
from engine.bytecode.function import UnlinkedFunction
from engine.bytecode.verify import verify_function
from engine.compiler import compile_function
from engine.store import CompileOptions


def compile_checked(source: str, strict: bool = False) -> UnlinkedFunction:
    """Compile a script and verify every function of the tree."""
    root = compile_function(source, CompileOptions(strict=strict))
    for function in root.walk():
        verify_function(function)
    return root


def listing(source: str) -> str:
    return disassemble_tree(compile_checked(source))


def opcodes(function: UnlinkedFunction) -> list[str]:
    return [instruction.opcode.name for instruction in iterate(function.code)]


def function_named(root: UnlinkedFunction, name: str) -> UnlinkedFunction:
    for function in root.walk():
        if function.name == name:
            return function
    raise KeyError(name)
