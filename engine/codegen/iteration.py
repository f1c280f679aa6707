"""for-in and for-of: the right side in its TDZ scope, a fresh scope per iteration for
let/const heads, and for-of's iterator closed on every abrupt exit (break, return, throw,
continue to an outer loop), never on exhaustion or on errors from the iterator itself.
https://tc39.es/ecma262/#sec-runtime-semantics-forinofheadevaluation
https://tc39.es/ecma262/#sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iteratorkind-lhskind-labelset
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.codegen.control import Entry
from engine.codegen.errors import NotSupportedYet
from engine.scope.bindings import Scope
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler


class IterationMixin:
    def for_head_value(self: FunctionCompiler, node: ast.Node, head: Scope | None) -> None:
        """acc = the right side, evaluated with the loop's let/const names in their TDZ."""
        if head is not None and head.needs_context:
            self.push_context(head)
            self.expr(node.right)  # type: ignore[attr-defined]
            self.pop_context()
        else:
            if head is not None:
                self.write_tdz_holes(head)  # for (let x of x): a ReferenceError
            self.expr(node.right)  # type: ignore[attr-defined]

    def bind_loop_variable(self: FunctionCompiler, node: ast.Node, head: Scope | None) -> bool:
        """Enter this iteration's scope and bind the left side to acc; returns whether a context was pushed."""
        left = node.left  # type: ignore[attr-defined]
        pushed = False
        if head is not None:
            pushed = head.needs_context
            if pushed:
                with self.temp() as value:
                    self.emit(Op.Star, value)
                    self.push_context(head)
                    self.emit(Op.Ldar, value)
            elif any(id(b) in self.state.tdz_bindings for b in head.bindings.values()):
                # for (let [a = a] of ...): each iteration's bindings start uninitialised
                with self.temp() as value:
                    self.emit(Op.Star, value)
                    self.write_tdz_holes(head)
                    self.emit(Op.Ldar, value)
        self.bind_pattern(left.declarations[0].id if isinstance(left, ast.VariableDeclaration) else left)
        return pushed

    def visit_ForInStatement(self: FunctionCompiler, node: ast.ForInStatement, labels: frozenset[str]) -> None:
        self.reset_completion()
        head = self.tree.scopes.get(node)
        left = node.left
        if isinstance(left, ast.VariableDeclaration) and left.declarations[0].init is not None:
            # Annex B: for (var x = init in o) assigns init first.
            self.expr(left.declarations[0].init, self.name_hint(left.declarations[0].id))
            self.bind_pattern(left.declarations[0].id)
        self.for_head_value(node, head)
        state = self.alloc_range(3)
        self.at(node)
        self.emit(Op.ForInPrepare, state)
        entry = self.loop_entry(labels)
        top = self.label("for_in")
        self.bind(top)
        self.bind(entry.continue_label)
        self.emit(Op.ForInNext, state, entry.break_label)
        pushed = self.bind_loop_variable(node, head)
        self.statement(node.body)
        self.leave_scope(pushed)
        self.emit(Op.JumpLoop, top)
        self.control.pop(entry)
        self.bind(entry.break_label)
        self.free(state, 3)

    def visit_ForOfStatement(self: FunctionCompiler, node: ast.ForOfStatement, labels: frozenset[str]) -> None:
        """The loop is a try/finally whose finally closes the iterator on abrupt exits: a break
        of this loop jumps to the close; a jump further out (return, continue or break of an
        outer loop) is routed through it like a finally block, outside every handler of the body."""
        if node.is_await:
            raise NotSupportedYet("for await loops", node)
        self.reset_completion()
        head = self.tree.scopes.get(node)
        self.for_head_value(node, head)
        record = self.alloc_range(2)
        exception, token, value = self.alloc(), self.alloc(), self.alloc()
        self.at(node)
        self.emit(Op.GetIterator, record)
        close_outward, done = self.label("close_iterator"), self.label("for_of_done")
        closer = self.control.push(Entry("finally", finally_label=close_outward, token=token, value=value))
        entry = self.loop_entry(labels)
        top = self.label("for_of")
        self.bind(top)
        self.bind(entry.continue_label)
        self.at(node)
        self.emit(Op.IteratorStepValue, record, done)
        start, end, handler = self.label("body"), self.label("body_end"), self.label("close_on_throw")
        self.bind(start)
        pushed = self.bind_loop_variable(node, head)
        self.statement(node.body)
        self.leave_scope(pushed)
        self.bind(end)
        self.emit(Op.JumpLoop, top)
        self.control.pop(entry)
        self.control.pop(closer)
        self.handler(start, end, handler, exception)
        self.bind(handler)
        self.emit(Op.IteratorClose, record, 1)
        self.emit(Op.Ldar, exception)
        self.emit(Op.ReThrow)
        self.bind(entry.break_label)  # this loop's break: IteratorClose with a normal completion
        self.at(node)
        self.emit(Op.IteratorClose, record, 0)
        self.emit(Op.Jump, done)
        if closer.commands:
            self.bind(close_outward)
            self.emit(Op.IteratorClose, record, 0)
            self.resume_commands(closer)
        self.bind(done)
        self.free(record, 5)
