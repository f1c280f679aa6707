"""Destructuring in every position: declarations, parameters, assignments, for-in/of heads
and catch parameters. The value to destructure is in the accumulator; identifiers store
through their reference (which says whether it is an initialisation or a plain write).
https://tc39.es/ecma262/#sec-runtime-semantics-bindinginitialization
https://tc39.es/ecma262/#sec-runtime-semantics-destructuringassignmentevaluation
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler


class PatternsMixin:
    def bind_pattern(self: FunctionCompiler, target: ast.Node) -> None:
        """target = acc, destructuring as needed."""
        if isinstance(target, ast.Identifier):
            self.store_identifier(target)
        elif isinstance(target, ast.ObjectPattern):
            self.object_pattern(target)
        elif isinstance(target, ast.ArrayPattern):
            self.array_pattern(target)
        elif isinstance(target, ast.AssignmentPattern):
            self.with_default(target.left, target.right)
            self.bind_pattern(target.left)
        elif isinstance(target, ast.MemberExpression):
            with self.temp() as value, self.temps(2) as regs:
                self.emit(Op.Star, value)
                self.prepare_member_target(target, regs)
                self.emit(Op.Ldar, value)
                self.store_member_target(target, regs)
        else:
            self.invalid_target(target)

    def assign_pattern(self: FunctionCompiler, target: ast.Node) -> None:
        """Destructuring assignment: the expression's value is the right side, kept in acc."""
        with self.temp() as value:
            self.emit(Op.Star, value)
            self.bind_pattern(target)
            self.emit(Op.Ldar, value)

    def with_default(self: FunctionCompiler, target: ast.Node, default: ast.Node) -> None:
        """acc = acc if not undefined, else the default (named after an identifier target)."""
        skip = self.label("has_value")
        self.emit(Op.JumpIfNotUndefined, skip)
        self.expr(default, self.name_hint(target))
        self.bind(skip)

    # --- objects ------------------------------------------------------------------------------
    def object_pattern(self: FunctionCompiler, pattern: ast.ObjectPattern) -> None:
        properties = pattern.properties
        rest = properties[-1] if properties and isinstance(properties[-1], ast.RestElement) else None
        keyed = properties[:-1] if rest is not None else properties
        with self.temp() as source:
            self.at(pattern)
            self.emit(Op.ThrowIfNullish)  # RequireObjectCoercible
            self.emit(Op.Star, source)
            # With a rest element every key is kept (in consecutive registers) to exclude it.
            keys = self.alloc_range(len(keyed)) if rest is not None else -1
            for index, prop in enumerate(keyed):
                self.object_pattern_property(prop, source, keys + index if rest is not None else -1)
            if rest is not None:
                with self.temp() as copy:
                    self.emit_ic(Op.CreateObjectLiteral)
                    self.emit(Op.Star, copy)
                    self.emit(Op.Ldar, source)
                    self.at(rest)
                    self.emit(Op.CopyDataProperties, copy, keys, len(keyed))
                    self.emit(Op.Ldar, copy)
                    self.bind_pattern(rest.argument)
                self.free(keys, len(keyed))

    def object_pattern_property(self: FunctionCompiler, prop: ast.Property, source: int, key_register: int) -> None:
        value = prop.value
        target, default = (value.left, value.right) if isinstance(value, ast.AssignmentPattern) else (value, None)
        self.at(prop)
        if prop.computed or key_register >= 0 or not isinstance(prop.key, ast.Identifier):
            with self.temp() as scratch:
                key = key_register if key_register >= 0 else scratch
                self.property_key(prop)
                self.emit(Op.Star, key)
                self.bind_property_value(target, default, lambda: (
                    self.emit(Op.Ldar, key), self.emit(Op.GetKeyedProperty, source)))
        else:
            name = self.constant(prop.key.name)
            self.bind_property_value(target, default, lambda: self.emit_ic(Op.GetNamedProperty, source, name))

    def bind_property_value(self: FunctionCompiler, target: ast.Node, default: ast.Node | None,
                            load: object) -> None:
        """A member target is evaluated before the value is read (AssignmentProperty order)."""
        if isinstance(target, ast.MemberExpression):
            with self.temps(2) as regs:
                self.prepare_member_target(target, regs)
                load()  # type: ignore[operator]
                if default is not None:
                    self.with_default(target, default)
                self.store_member_target(target, regs)
            return
        load()  # type: ignore[operator]
        if default is not None:
            self.with_default(target, default)
        self.bind_pattern(target)

    def property_key(self: FunctionCompiler, prop: ast.Node) -> None:
        """acc = a property's key as a property key (computed keys converted once)."""
        key = prop.key  # type: ignore[attr-defined]
        if prop.computed:  # type: ignore[attr-defined]
            self.expr(key)
            self.emit(Op.ToPropertyKey)
        else:
            self.emit(Op.LdaConstant, self.constant(self.static_key(key)))

    # --- arrays -------------------------------------------------------------------------------------
    def array_pattern(self: FunctionCompiler, pattern: ast.ArrayPattern) -> None:
        """The iterator is closed on every exit but exhaustion, errors from next excluded.
        https://tc39.es/ecma262/#sec-runtime-semantics-iteratorbindinginitialization"""
        record = self.alloc_range(2)
        done = self.alloc()
        exception = self.alloc()
        handler, finished = self.label("pattern_throw"), self.label("pattern_done")
        self.at(pattern)
        self.emit(Op.GetIterator, record)
        self.emit(Op.LdaFalse)
        self.emit(Op.Star, done)
        regions: list[tuple[object, object]] = []
        for index, element in enumerate(pattern.elements):
            if isinstance(element, ast.RestElement):
                self._rest_element(element, record, done, regions, index > 0)
            else:
                self._array_element(element, record, done, regions, index > 0)
        self.emit(Op.Ldar, done)
        self.emit(Op.JumpIfTrue, finished)
        self.at(pattern)
        self.emit(Op.IteratorClose, record, 0)
        if not regions:
            self.bind(finished)
            self.free(record, 4)
            return
        self.emit(Op.Jump, finished)
        for start, end in regions:
            self.handler(start, end, handler, exception)  # type: ignore[arg-type]
        self.bind(handler)
        rethrow = self.label("rethrow")
        self.emit(Op.Ldar, done)
        self.emit(Op.JumpIfTrue, rethrow)
        self.emit(Op.IteratorClose, record, 1)
        self.bind(rethrow)
        self.emit(Op.Ldar, exception)
        self.emit(Op.ReThrow)
        self.bind(finished)
        self.free(record, 4)

    def _step(self: FunctionCompiler, record: int, done: int, maybe_done: bool) -> None:
        """acc = the next value, or undefined (and done = true) once the iterator is exhausted;
        ``maybe_done``: an earlier element may have exhausted it (then next is not called again)."""
        exhausted, have = self.label("exhausted"), self.label("have_value")
        undefined = self.label("undefined")
        if maybe_done:
            self.emit(Op.Ldar, done)
            self.emit(Op.JumpIfTrue, undefined)
        self.emit(Op.IteratorStepValue, record, exhausted)
        self.emit(Op.Jump, have)
        self.bind(exhausted)
        self.emit(Op.LdaTrue)
        self.emit(Op.Star, done)
        self.bind(undefined)
        self.emit(Op.LdaUndefined)
        self.bind(have)

    def _array_element(self: FunctionCompiler, element: ast.Node | None, record: int, done: int,
                       regions: list[tuple[object, object]], maybe_done: bool) -> None:
        if element is None:  # an elision still steps the iterator
            self._step(record, done, maybe_done)
            return
        target, default = (element.left, element.right) if isinstance(element, ast.AssignmentPattern) \
            else (element, None)
        start, end = self.label("element"), self.label("element_end")
        if isinstance(target, ast.MemberExpression):
            with self.temps(2) as regs:
                self.bind(start)
                self.prepare_member_target(target, regs)
                self.bind(end)
                self._step(record, done, maybe_done)
                start2, end2 = self.label("element"), self.label("element_end")
                self.bind(start2)
                if default is not None:
                    self.with_default(target, default)
                self.store_member_target(target, regs)
                self.bind(end2)
            regions += [(start, end), (start2, end2)]
            return
        self._step(record, done, maybe_done)
        self.bind(start)
        if default is not None:
            self.with_default(target, default)
        self.bind_pattern(target)
        self.bind(end)
        regions.append((start, end))

    def _rest_element(self: FunctionCompiler, element: ast.RestElement, record: int, done: int,
                      regions: list[tuple[object, object]], maybe_done: bool) -> None:
        """https://tc39.es/ecma262/#sec-runtime-semantics-iteratordestructuringassignmentevaluation
        (AssignmentRestElement): a member target is evaluated before the iterator is drained."""
        target = element.argument
        member = isinstance(target, ast.MemberExpression)
        regs = self.alloc_range(2) if member else -1
        if member:
            start, end = self.label("rest_target"), self.label("rest_target_end")
            self.bind(start)
            self.prepare_member_target(target, regs)
            self.bind(end)
            regions.append((start, end))
        with self.temp() as array:
            self.emit(Op.CreateArrayLiteral, 0)
            self.emit(Op.Star, array)
            top, exhausted = self.label("rest"), self.label("rest_done")
            if maybe_done:
                self.emit(Op.Ldar, done)
                self.emit(Op.JumpIfTrue, exhausted)
            self.bind(top)
            self.emit(Op.IteratorStepValue, record, exhausted)
            self.emit(Op.ArrayPush, array)
            self.emit(Op.JumpLoop, top)
            self.bind(exhausted)
            self.emit(Op.LdaTrue)
            self.emit(Op.Star, done)
            start, end = self.label("element"), self.label("element_end")
            self.bind(start)
            self.emit(Op.Ldar, array)
            if member:
                self.store_member_target(target, regs)  # type: ignore[arg-type]
            else:
                self.bind_pattern(target)
            self.bind(end)
            regions.append((start, end))
        if member:
            self.free(regs, 2)
