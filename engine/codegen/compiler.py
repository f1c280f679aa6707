"""The code generator's driver: one FunctionCompiler per function, its registers and emission.

The machine is Ignition's (seed 004): an expression leaves its value in the accumulator;
registers hold locals (0 .. ``FunctionInfo.register_count`` - 1, placed by the scope pass)
and temporaries above them. Temporaries are taken and given back in stack order, so a
function needs as many as its deepest expression, not as many as its expressions.

The visitors live in mixins, one concern per module (statements, control, expressions,
calls, functions, classes, patterns, iteration, literals, variables); this module holds the
state they share and ``compile_program``, the entry point.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

from engine.bytecode._tables import FLAG_BITS, FLAGS, Op
from engine.bytecode.assembler import Label
from engine.bytecode.builder import NEW_METADATA, FunctionBuilder
from engine.bytecode.function import FunctionFlags, UnlinkedFunction
from engine.codegen.calls import CallsMixin
from engine.codegen.classes import ClassesMixin
from engine.codegen.control import ControlMixin, ControlStack
from engine.codegen.expressions import ExpressionsMixin
from engine.codegen.functions import FunctionsMixin
from engine.codegen.iteration import IterationMixin
from engine.codegen.literals import LiteralsMixin
from engine.codegen.members import MembersMixin
from engine.codegen.patterns import PatternsMixin
from engine.codegen.statements import StatementsMixin
from engine.codegen.variables import VariablesMixin
from engine.scope.bindings import ClassInfo, FunctionInfo, FunctionKind
from engine.scope.tree import ScopeTree
from engine.syntax import ast
from engine.syntax.parser import _environment as parse_environment

_THROWS = FLAG_BITS["throws"]
_TERMINATOR = FLAG_BITS["terminator"]
# Registers r0 .. r127 fit a narrow (signed byte) operand.
_NARROW_REGISTERS = 128
# Constant pool indices 0 .. 255 fit a narrow operand.
_NARROW_CONSTANTS = 256


class CompileState:
    """What every function of one compilation shares."""

    def __init__(self, tree: ScopeTree, source: str) -> None:
        self.tree = tree
        self.source = source
        # Nested functions already compiled, by (node identity, name): a function compiled
        # twice (see FunctionCompiler.compile_function) reuses its children.
        self.compiled: dict[tuple[object, ...], UnlinkedFunction] = {}
        # Bindings some reference reads or writes with a TDZ check: only their
        # registers need the hole written on scope entry.
        self.tdz_bindings: set[int] = {
            id(ref.binding) for ref in tree.references.values() if ref.needs_tdz_check and ref.binding is not None
        }
        for access in tree.super_accesses.values():
            if access.this.needs_tdz_check and access.this.binding is not None:
                self.tdz_bindings.add(id(access.this.binding))


class FunctionCompiler(
    StatementsMixin, ControlMixin, ExpressionsMixin, MembersMixin, CallsMixin, FunctionsMixin, ClassesMixin,
    PatternsMixin, IterationMixin, LiteralsMixin, VariablesMixin,
):
    def __init__(self, state: CompileState, info: FunctionInfo, name: str, flags: FunctionFlags,
                 parent: FunctionCompiler | None = None, temporaries_first: int = 0) -> None:
        self.state = state
        self.tree = state.tree
        self.info = info
        self.parent = parent
        self.builder = FunctionBuilder(name, info.parameter_count, flags)
        # Registers: locals (placed by the scope pass) then temporaries; or, with
        # ``temporaries_first`` = n, n temporaries then the locals (see compile_function).
        self.local_offset = temporaries_first
        self.second_pass = False
        self.temporary_limit = temporaries_first if temporaries_first else None
        self.builder.register_count = info.register_count + temporaries_first
        self.next_register = 0 if temporaries_first else info.register_count
        self.context_depth = 0  # contexts this function has pushed and not popped yet
        self.function_context_depth = 0  # context_depth just after the function's own context
        self.class_context_depth = 0  # context_depth just inside the class being defined
        self.initializer_class: ClassInfo | None = None  # set for a class's field initializers
        self.control = ControlStack()
        self.completion: int | None = None  # the script/eval completion value register
        self.chain_labels: list[Label] = []  # the nullish exit of each enclosing ?. chain
        self._position: tuple[int, int] = (0, 0)
        self._recorded: tuple[int, int] | None = None
        self._unreachable = False
        self._acc_copy_of: object = None  # the register the last instruction (a Star) copied acc to
        self._constant_uses: dict[int, int] = {}  # constant index -> operands naming it
        self._local_uses: dict[int, int] = {}  # local register index -> operands naming it
        self._local_order: dict[int, int] = {}  # second compilation: local index -> its new place
        # Set by a class constructor: the class has instance elements to initialise after super().
        self.has_instance_elements = parent.has_instance_elements if parent and info.is_arrow else False

    # --- emission ------------------------------------------------------------------
    def at(self, node: ast.Node) -> None:
        """The source position the next throwing instruction reports (column from 1)."""
        self._position = (node.line, node.column + 1)

    def emit(self, opcode: Op, *operands: int | Label | object) -> None:
        """Emit one instruction, unless no path reaches this point (after a jump, return or
        throw, until the next label is bound)."""
        if self._unreachable:
            return
        if opcode is Op.Ldar and operands[0] == self._acc_copy_of:
            return  # Star r; Ldar r: the accumulator already holds r
        self._acc_copy_of = operands[0] if opcode is Op.Star else None
        flags = FLAGS[opcode]
        if flags & _THROWS and self._recorded != self._position:
            self.builder.set_position(*self._position)
            self._recorded = self._position
        self.builder.emit(opcode, *operands)  # type: ignore[arg-type]
        if flags & _TERMINATOR:
            self._unreachable = True

    def emit_ic(self, opcode: Op, *operands: int | Label) -> None:
        """An instruction whose last operand is a fresh metadata entry (IC or profile)."""
        self.emit(opcode, *operands, NEW_METADATA)

    def label(self, name: str = "") -> Label:
        return self.builder.new_label(name)

    def bind(self, label: Label) -> None:
        self.builder.assembler.drop_jump_to(label)
        self.builder.bind(label)
        self._unreachable = False
        self._acc_copy_of = None  # another path may arrive here with another accumulator
        # Code after a label runs after a jump from elsewhere: record its position anew.
        self._recorded = None

    def handler(self, start: Label, end: Label, handler: Label, register: int) -> None:
        """Exceptions thrown in [start, end) go to ``handler`` with the context chain as it is
        here. Inner handlers are added before outer ones: the first match wins. An empty range
        (an empty try block) needs no entry."""
        if start.index != end.index:
            self.builder.handler(start, end, handler, register, self.context_depth)

    def constant(self, value: object) -> int:
        index = self.builder.constant(value)  # type: ignore[arg-type]
        self._constant_uses[index] = self._constant_uses.get(index, 0) + 1
        return index

    def load_smi_or_number(self, value: float) -> None:
        is_int32 = math.isfinite(value) and value == int(value) and -(1 << 31) <= value < (1 << 31)
        negative_zero = value == 0 and math.copysign(1.0, value) < 0
        if is_int32 and not negative_zero:
            self.emit(Op.LdaSmi, int(value))
        else:
            self.emit(Op.LdaConstant, self.constant(float(value)))

    # --- registers -------------------------------------------------------------------
    def local_register(self, index: int) -> int:
        """The register of local ``index`` (as the scope pass numbered it). The second
        compilation of a large function puts temporaries first and the locals after them,
        most used first, so the hot ones stay within a narrow operand's reach."""
        self._local_uses[index] = self._local_uses.get(index, 0) + 1
        return self.local_offset + self._local_order.get(index, index)

    def alloc(self) -> int:
        register = self.next_register
        self.next_register += 1
        if self.temporary_limit is not None and self.next_register > self.temporary_limit:
            raise AssertionError("the second compilation needs more temporaries than the first")
        if self.next_register > self.builder.register_count:
            self.builder.register_count = self.next_register
        return register

    def alloc_range(self, count: int) -> int:
        """``count`` consecutive temporaries; returns the first (a valid register even for 0)."""
        first = self.next_register
        for _ in range(count):
            self.alloc()
        return first

    def free(self, register: int, count: int = 1) -> None:
        """Give back the most recently taken temporaries (stack order is checked)."""
        if register + count != self.next_register:
            raise AssertionError(f"register r{register} freed out of order (top r{self.next_register - 1})")
        self.next_register = register

    # An exception (NotSupportedYet) abandons the whole compilation: the temporaries are
    # not given back then, so the stack-order check does not hide the real error.
    @contextmanager
    def temp(self) -> Iterator[int]:
        register = self.alloc()
        yield register
        self.free(register)

    @contextmanager
    def temps(self, count: int) -> Iterator[int]:
        first = self.alloc_range(count)
        yield first
        self.free(first, count)

    # --- the whole function ------------------------------------------------------------
    def compile_function(self, node: ast.Node) -> UnlinkedFunction:
        """Compile the whole function. A function whose locals push its temporaries past the
        registers a narrow operand reaches is compiled again with the temporaries first:
        they are used far more often than most locals (lodash's runInContext has 300 locals)."""
        if not self.builder.source_end:  # a class constructor's text is the whole class (toString)
            self.builder.source_start, self.builder.source_end = node.start, node.end
        self.at(node)  # the prologue's instructions report the function's position
        self.emit_function_body(node)
        temporaries = self.builder.register_count - self.info.register_count - self.local_offset
        many_registers = temporaries > 0 and self.builder.register_count > _NARROW_REGISTERS
        many_constants = len(self._constant_uses) > _NARROW_CONSTANTS
        if self.second_pass or not (many_registers or many_constants):
            return self.builder.finish()
        again = type(self)(self.state, self.info, self.builder.name, self.builder.flags, self.parent,
                           temporaries if many_registers else 0)
        again.second_pass = True
        again.has_instance_elements = self.has_instance_elements
        again.class_context_depth = self.class_context_depth
        again.initializer_class = self.initializer_class
        again.builder.length = self.builder.length
        again.builder.source_start, again.builder.source_end = self.builder.source_start, self.builder.source_end
        if many_registers:
            ranked = sorted(range(self.info.register_count), key=lambda i: (-self._local_uses.get(i, 0), i))
            again._local_order = {index: place for place, index in enumerate(ranked)}
        if many_constants:
            # The most used constants first, so they get the indices a narrow operand reaches.
            for index in sorted(self._constant_uses, key=lambda i: (-self._constant_uses[i], i)):
                again.builder.constant(self.builder.constant_at(index))
        return again.compile_function(node)


def function_flags(info: FunctionInfo, self_hosting: bool) -> FunctionFlags:
    flags = FunctionFlags.NONE
    if info.strict:
        flags |= FunctionFlags.STRICT
    if info.is_arrow:
        flags |= FunctionFlags.ARROW
    if info.kind in (FunctionKind.METHOD, FunctionKind.GETTER, FunctionKind.SETTER, FunctionKind.CONSTRUCTOR,
                     FunctionKind.DERIVED_CONSTRUCTOR, FunctionKind.INSTANCE_FIELDS, FunctionKind.STATIC_ELEMENTS):
        flags |= FunctionFlags.METHOD
    if info.kind in (FunctionKind.CONSTRUCTOR, FunctionKind.DERIVED_CONSTRUCTOR):
        flags |= FunctionFlags.CLASS_CONSTRUCTOR
    if info.kind is FunctionKind.DERIVED_CONSTRUCTOR:
        flags |= FunctionFlags.DERIVED_CONSTRUCTOR
    if info.uses_this:
        flags |= FunctionFlags.USES_THIS
    if info.arguments.value != "none":
        flags |= FunctionFlags.USES_ARGUMENTS
    if info.contains_direct_eval:
        flags |= FunctionFlags.USES_EVAL
    if self_hosting:
        flags |= FunctionFlags.SELF_HOSTED
    if info.kind in (FunctionKind.SCRIPT, FunctionKind.EVAL, FunctionKind.MODULE):
        flags |= FunctionFlags.TOP_LEVEL
    if info.simple_parameters:
        flags |= FunctionFlags.SIMPLE_PARAMETERS
    return flags


def compile_program(tree: ScopeTree, source: str = "") -> UnlinkedFunction:
    """The unlinked function tree of an analysed Script (or eval code): function 0 is the top level."""
    # The visitors recurse once per AST nesting level; the parser's process-wide environment
    # (thread-safe: the first user raises the limit, the last restores it) leaves room for
    # MAX_DEPTH levels, which tests/codegen/test_codegen.py checks on the deepest inputs.
    with parse_environment:
        state = CompileState(tree, source)
        info = tree.top_function
        compiler = FunctionCompiler(state, info, "", function_flags(info, tree.self_hosting))
        return compiler.compile_function(tree.program)
