"""Non-local control flow: labels, break, continue, return, throw, and try/catch/finally
with the spec's completion semantics.

A ``ControlStack`` records what a jump out of the current code passes through, innermost
last: pushed contexts (popped on the way out), for-of loops (their iterator is closed),
finally blocks (the jump is routed through the block and resumed after it), and the
targets themselves (loops, labelled statements, switch). Finally blocks use Ignition's
"deferred commands": a token register says why the block was entered (fall through,
throw, return, or the n-th break/continue that crossed it) and a dispatch after the block
resumes that completion.
https://tc39.es/ecma262/#sec-try-statement-runtime-semantics-evaluation
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.bytecode.assembler import Label
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

# Token values of a finally block's dispatch; the jumps that cross it (break, continue,
# return) count up from 1, each resumed by its own command after the block.
TOKEN_FALLTHROUGH = -1
TOKEN_THROW = 0


@dataclass
class Entry:
    kind: str  # "context", "target", "finally" (also a for-of's iterator close)
    labels: frozenset[str] = frozenset()
    break_label: Label | None = None
    continue_label: Label | None = None  # loops only
    is_loop_or_switch: bool = False  # an unlabelled break may target it
    # "finally": where to jump, the token and value registers, the commands it resumes
    finally_label: Label | None = None
    token: int = -1
    value: int = -1
    commands: list[tuple[int, Callable[[], None]]] = field(default_factory=list)


class ControlStack:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def push(self, entry: Entry) -> Entry:
        self.entries.append(entry)
        return entry

    def pop(self, entry: Entry) -> None:
        popped = self.entries.pop()
        assert popped is entry, (popped, entry)

    def push_context(self) -> None:
        self.entries.append(Entry("context"))

    def pop_context(self) -> None:
        popped = self.entries.pop()
        assert popped.kind == "context", popped


class ControlMixin:
    # --- targets ----------------------------------------------------------------------
    def find_target(self: FunctionCompiler, label: str | None, is_continue: bool) -> int:
        for index in range(len(self.control.entries) - 1, -1, -1):
            entry = self.control.entries[index]
            if entry.kind != "target":
                continue
            if label is None:
                if entry.is_loop_or_switch and (not is_continue or entry.continue_label is not None):
                    return index
            elif label in entry.labels:
                return index
        raise AssertionError(f"no target for {'continue' if is_continue else 'break'} {label or ''}")

    def jump_out(self: FunctionCompiler, target: int, finish: Callable[[], None], start: int | None = None,
                 carries_value: bool = False) -> None:
        """Leave every entry above ``target`` (from ``start``, default the top), then ``finish``
        (emit the final jump or return). Passing a finally block defers the rest to it;
        ``carries_value``: the accumulator (a return value) survives the detour."""
        top = len(self.control.entries) if start is None else start
        for index in range(top - 1, target, -1):
            entry = self.control.entries[index]
            if entry.kind == "context":
                if target >= 0:  # a return leaves the frame: its contexts go with it
                    self.emit(Op.PopContext)
            elif entry.kind == "finally":
                self._defer_to_finally(entry, index, target, finish, carries_value)
                return
        finish()

    def _defer_to_finally(self: FunctionCompiler, entry: Entry, index: int, target: int,
                          finish: Callable[[], None], carries_value: bool) -> None:
        token = 1 + len(entry.commands)

        def resume() -> None:
            if carries_value:  # a return's value waited in the value register
                self.emit(Op.Ldar, entry.value)
            self.jump_out(target, finish, start=index, carries_value=carries_value)

        entry.commands.append((token, resume))
        if carries_value:
            self.emit(Op.Star, entry.value)
        self.emit(Op.LdaSmi, token)
        self.emit(Op.Star, entry.token)
        self.emit(Op.Jump, entry.finally_label)

    def jump_to(self: FunctionCompiler, label: Label) -> None:
        """Jump forward, or back to a label already bound (a loop's continue: a back edge)."""
        self.emit(Op.JumpLoop if label.index is not None else Op.Jump, label)

    def dead_code(self) -> None:
        """Nothing reaches the code after an unconditional jump; ``emit`` drops it until the
        next label is bound (the last instruction emitted was a terminator)."""

    # --- statements --------------------------------------------------------------------
    def visit_BreakStatement(self: FunctionCompiler, node: ast.BreakStatement) -> None:
        self.at(node)
        target = self.find_target(node.label.name if node.label else None, False)
        label = self.control.entries[target].break_label
        self.jump_out(target, lambda: self.jump_to(label))
        self.dead_code()

    def visit_ContinueStatement(self: FunctionCompiler, node: ast.ContinueStatement) -> None:
        self.at(node)
        target = self.find_target(node.label.name if node.label else None, True)
        entry = self.control.entries[target]
        # Continuing a for-of must not close its own iterator: leave the entries above it only.
        self.jump_out(target, lambda: self.jump_to(entry.continue_label))
        self.dead_code()

    def visit_ReturnStatement(self: FunctionCompiler, node: ast.ReturnStatement) -> None:
        self.at(node)
        if node.argument is not None:
            self.expr(node.argument)
        else:
            self.emit(Op.LdaUndefined)
        self.emit_return()
        self.dead_code()

    def emit_return(self: FunctionCompiler) -> None:
        """Return acc, through every finally block and for-of loop around."""
        self.jump_out(-1, self.emit_final_return, carries_value=True)

    def visit_ThrowStatement(self: FunctionCompiler, node: ast.ThrowStatement) -> None:
        self.expr(node.argument)
        self.at(node)
        self.emit(Op.Throw)
        self.dead_code()

    def visit_LabeledStatement(self: FunctionCompiler, node: ast.LabeledStatement) -> None:
        labels = [node.label.name]
        body = node.body
        while isinstance(body, ast.LabeledStatement):
            labels.append(body.label.name)
            body = body.body
        if isinstance(body, (ast.ForStatement, ast.ForInStatement, ast.ForOfStatement, ast.WhileStatement,
                             ast.DoWhileStatement)):
            self.statement(body, frozenset(labels))
            return
        end = self.label("label_end")
        entry = self.control.push(Entry("target", frozenset(labels), end))
        self.statement(body)
        self.control.pop(entry)
        self.bind(end)

    # --- try ------------------------------------------------------------------------------
    def visit_TryStatement(self: FunctionCompiler, node: ast.TryStatement) -> None:
        self.reset_completion()
        if node.finalizer is None:
            self._try_catch(node)
        else:
            self._try_finally(node)

    def _try_catch(self: FunctionCompiler, node: ast.TryStatement) -> None:
        start, end, handler, done = self.label("try"), self.label("try_end"), self.label("catch"), self.label("done")
        with self.temp() as exception:
            self.bind(start)
            self.statement(node.block)
            self.bind(end)
            self.emit(Op.Jump, done)
            self.handler(start, end, handler, exception)
            self.bind(handler)
            self.reset_completion()
            self._catch_clause(node.handler, exception)
        self.bind(done)

    def _catch_clause(self: FunctionCompiler, clause: ast.CatchClause, exception: int) -> None:
        scope = self.tree.scopes.get(clause)
        pushed = self.enter_scope(scope)
        if clause.param is not None:
            self.emit(Op.Ldar, exception)
            self.bind_pattern(clause.param)
        self.statement(clause.body)
        self.leave_scope(pushed)

    def _try_finally(self: FunctionCompiler, node: ast.TryStatement) -> None:
        start, end, handler = self.label("try"), self.label("try_end"), self.label("finally_throw")
        finally_label = self.label("finally")
        token, value = self.alloc(), self.alloc()
        entry = self.control.push(Entry("finally", finally_label=finally_label, token=token, value=value))
        self.bind(start)
        if node.handler is not None:
            self._try_catch(node)
        else:
            self.statement(node.block)
        self.bind(end)
        self.control.pop(entry)
        self.emit(Op.LdaSmi, TOKEN_FALLTHROUGH)
        self.emit(Op.Star, token)
        self.emit(Op.Jump, finally_label)
        self.handler(start, end, handler, value)
        self.bind(handler)
        self.emit(Op.LdaSmi, TOKEN_THROW)
        self.emit(Op.Star, token)
        self.bind(finally_label)
        self._finally_block(node.finalizer, entry)
        self.free(token, 2)

    def _finally_block(self: FunctionCompiler, block: ast.Node, entry: Entry) -> None:
        # A finally block that completes normally keeps the try's completion value.
        saved = None
        if self.completion is not None:
            saved = self.alloc()
            self.emit(Op.Ldar, self.completion)
            self.emit(Op.Star, saved)
        self.statement(block)
        if saved is not None:
            self.emit(Op.Ldar, saved)
            self.emit(Op.Star, self.completion)
        self._dispatch(entry, TOKEN_THROW, lambda: (self.emit(Op.Ldar, entry.value), self.emit(Op.ReThrow)))
        self.resume_commands(entry)
        if saved is not None:
            self.free(saved)

    def resume_commands(self: FunctionCompiler, entry: Entry) -> None:
        """After a finally block (or a for-of's iterator close): continue the jump that entered it."""
        after = self.label("after_finally")
        for token, resume in entry.commands:
            self._dispatch(entry, token, resume)
        self.bind(after)

    def _dispatch(self: FunctionCompiler, entry: Entry, token: int, resume: Callable[[], None]) -> None:
        skip = self.label("next_command")
        self.emit(Op.LdaSmi, token)
        self.emit(Op.TestStrictEqual, entry.token)
        self.emit(Op.JumpIfFalse, skip)
        resume()
        self.bind(skip)
