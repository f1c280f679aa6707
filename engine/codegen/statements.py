"""Statements: blocks, declarations, if, the plain loops, switch, with, and the script's
completion value.

Completion value (top-level script and eval code only, ``self.completion``): an expression
statement writes its value there. Statements whose completion is UpdateEmpty(..., undefined)
(if, loops, switch, with, try) write undefined first, so ``1; if (true) {}`` completes with
undefined while ``1; {}`` and ``1; var x;`` complete with 1.
https://tc39.es/ecma262/#sec-if-statement-runtime-semantics-evaluation
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.codegen.control import Entry
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

_LOOPS = (ast.ForStatement, ast.ForInStatement, ast.ForOfStatement, ast.WhileStatement, ast.DoWhileStatement)


class StatementsMixin:
    def statement(self: FunctionCompiler, node: ast.Node, labels: frozenset[str] = frozenset()) -> None:
        self.at(node)
        registers = self.next_register
        if isinstance(node, _LOOPS):
            getattr(self, "visit_" + type(node).__name__)(node, labels)
        else:
            getattr(self, "visit_" + type(node).__name__)(node)
        assert self.next_register == registers, f"{type(node).__name__} leaked temporaries"

    def statements(self: FunctionCompiler, body: list[ast.Node]) -> None:
        for node in body:
            self.statement(node)

    def reset_completion(self: FunctionCompiler) -> None:
        if self.completion is not None:
            self.emit(Op.LdaUndefined)
            self.emit(Op.Star, self.completion)

    # --- simple statements ------------------------------------------------------------
    def visit_ExpressionStatement(self: FunctionCompiler, node: ast.ExpressionStatement) -> None:
        if self.completion is not None:
            self.expr(node.expression)
            self.emit(Op.Star, self.completion)
        else:
            self.effect(node.expression)

    def visit_EmptyStatement(self: FunctionCompiler, node: ast.EmptyStatement) -> None:
        pass

    def visit_DebuggerStatement(self: FunctionCompiler, node: ast.DebuggerStatement) -> None:
        self.emit(Op.Debugger)

    def visit_BlockStatement(self: FunctionCompiler, node: ast.BlockStatement) -> None:
        pushed = self.enter_scope(self.tree.scopes.get(node))
        self.statements(node.body)
        self.leave_scope(pushed)

    def visit_StaticBlock(self: FunctionCompiler, node: ast.StaticBlock) -> None:
        pushed = self.enter_scope(self.tree.scopes.get(node))
        self.statements(node.body)
        self.leave_scope(pushed)

    def visit_VariableDeclaration(self: FunctionCompiler, node: ast.VariableDeclaration) -> None:
        for declarator in node.declarations:
            self.at(declarator)
            if declarator.init is not None:
                self.expr(declarator.init, self.name_hint(declarator.id))
            elif node.kind == "var":
                continue  # var x; does nothing at run time
            else:
                self.emit(Op.LdaUndefined)  # let x; initialises x to undefined
            self.bind_pattern(declarator.id)

    def visit_FunctionDeclaration(self: FunctionCompiler, node: ast.FunctionDeclaration) -> None:
        # Instantiated on scope entry; only Annex B's copy to the var binding happens here.
        # https://tc39.es/ecma262/#sec-web-compat-functiondeclarationinstantiation
        if node.generator or node.is_async:
            self.check_function_supported(node)
        hoist = self.tree.annexb_hoists.get(node)
        if hoist is None:
            return
        self.load_reference(self.tree.references[node.id])
        self.store_reference(hoist)

    def visit_ClassDeclaration(self: FunctionCompiler, node: ast.ClassDeclaration) -> None:
        self.compile_class(node)
        self.store_identifier(node.id)

    # --- if -----------------------------------------------------------------------------
    def visit_IfStatement(self: FunctionCompiler, node: ast.IfStatement) -> None:
        self.reset_completion()
        otherwise, end = self.label("else"), self.label("end_if")
        self.test(node.test, otherwise, False)
        self._sub_statement(node.consequent)
        if node.alternate is not None:
            self.emit(Op.Jump, end)
            self.bind(otherwise)
            self._sub_statement(node.alternate)
            self.bind(end)
        else:
            self.bind(otherwise)

    def _sub_statement(self: FunctionCompiler, node: ast.Node) -> None:
        """A statement in a position where a sloppy function declaration has its own block (B.3.4)."""
        scope = self.tree.scopes.get(node) if isinstance(node, ast.FunctionDeclaration) else None
        if scope is None:
            self.statement(node)
            return
        pushed = self.enter_scope(scope)
        self.statement(node)
        self.leave_scope(pushed)

    # --- loops ----------------------------------------------------------------------------
    def loop_entry(self: FunctionCompiler, labels: frozenset[str]) -> Entry:
        entry = Entry("target", labels, self.label("break"), self.label("continue"), True)
        return self.control.push(entry)

    def visit_WhileStatement(self: FunctionCompiler, node: ast.WhileStatement, labels: frozenset[str]) -> None:
        self.reset_completion()
        entry = self.loop_entry(labels)
        top = self.label("loop")
        self.bind(top)
        self.bind(entry.continue_label)
        self.test(node.test, entry.break_label, False)
        self._sub_statement(node.body)
        self.emit(Op.JumpLoop, top)
        self.control.pop(entry)
        self.bind(entry.break_label)

    def visit_DoWhileStatement(self: FunctionCompiler, node: ast.DoWhileStatement, labels: frozenset[str]) -> None:
        self.reset_completion()
        entry = self.loop_entry(labels)
        top = self.label("loop")
        self.bind(top)
        self._sub_statement(node.body)
        self.bind(entry.continue_label)
        self.test(node.test, entry.break_label, False)
        self.emit(Op.JumpLoop, top)
        self.control.pop(entry)
        self.bind(entry.break_label)

    def visit_ForStatement(self: FunctionCompiler, node: ast.ForStatement, labels: frozenset[str]) -> None:
        # https://tc39.es/ecma262/#sec-forbodyevaluation
        self.reset_completion()
        head = self.tree.scopes.get(node)
        pushed = self.enter_scope(head)
        if isinstance(node.init, ast.VariableDeclaration):
            self.statement(node.init)
        elif node.init is not None:
            self.effect(node.init)
        fresh = head is not None and head.fresh_per_iteration
        if fresh:
            self.copy_context(head)
        entry = self.loop_entry(labels)
        top = self.label("loop")
        self.bind(top)
        if node.test is not None:
            self.test(node.test, entry.break_label, False)
        self._sub_statement(node.body)
        self.bind(entry.continue_label)
        if fresh:
            self.copy_context(head)
        if node.update is not None:
            self.effect(node.update)
        self.emit(Op.JumpLoop, top)
        self.control.pop(entry)
        self.bind(entry.break_label)
        self.leave_scope(pushed)

    # --- switch ------------------------------------------------------------------------------
    def visit_SwitchStatement(self: FunctionCompiler, node: ast.SwitchStatement) -> None:
        # https://tc39.es/ecma262/#sec-runtime-semantics-caseblockevaluation
        self.reset_completion()
        with self.temp() as discriminant:
            self.expr(node.discriminant)
            self.emit(Op.Star, discriminant)
            pushed = self.enter_scope(self.tree.scopes.get(node))
            entry = self.control.push(Entry("target", frozenset(), self.label("end_switch"), None, True))
            bodies = [self.label("case") for _ in node.cases]
            default = None
            for case, body in zip(node.cases, bodies):
                if case.test is None:
                    default = body
                    continue
                self.expr(case.test)
                self.at(case)
                self.emit(Op.TestStrictEqual, discriminant)
                self.emit(Op.JumpIfTrue, body)
            self.emit(Op.Jump, default if default is not None else entry.break_label)
            for case, body in zip(node.cases, bodies):
                self.bind(body)
                self.statements(case.consequent)
            self.control.pop(entry)
            self.bind(entry.break_label)
            self.leave_scope(pushed)

    # --- with ---------------------------------------------------------------------------------
    def visit_WithStatement(self: FunctionCompiler, node: ast.WithStatement) -> None:
        # https://tc39.es/ecma262/#sec-with-statement-runtime-semantics-evaluation
        self.reset_completion()
        self.expr(node.object)
        self.at(node)
        self.emit(Op.PushWithContext)
        self.context_depth += 1
        self.control.push_context()
        self.statement(node.body)
        self.pop_context()
