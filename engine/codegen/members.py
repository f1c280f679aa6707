"""Property access and assignment targets: o.x, o[k], o.#x, super.x, optional chains, and
the read-modify-write shape shared by compound assignment, logical assignment and ++/--."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.codegen.variables import REFERENCE_ERROR, TYPE_ERROR
from engine.scope.bindings import LocationKind
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler


class MembersMixin:
    # --- reads ----------------------------------------------------------------------------
    def visit_MemberExpression(self: FunctionCompiler, node: ast.MemberExpression) -> None:
        if isinstance(node.object, ast.Super):
            with self.temp() as receiver:
                self.super_receiver(node, receiver)
                self.member_key(node)
                self.at(node)
                self.emit(Op.GetSuperProperty, receiver)
            return
        register = self.register_of(node.object) if not node.optional else None
        if register is not None:
            self.get_property(node, register)
            return
        with self.temp() as obj:
            self.member_object(node, obj)
            self.get_property(node, obj)

    def get_property(self: FunctionCompiler, node: ast.MemberExpression, obj: int) -> None:
        """acc = obj[key of node] (the object already evaluated into ``obj``)."""
        if not node.computed and isinstance(node.property, ast.Identifier):
            self.at(node.property)
            self.emit_ic(Op.GetNamedProperty, obj, self.constant(node.property.name))
            return
        self.member_key(node)
        self.at(node)
        self.emit(Op.GetKeyedProperty, obj)

    def member_object(self: FunctionCompiler, node: ast.MemberExpression, obj: int) -> None:
        """obj = the object of a member expression (and the ?. short circuit when optional)."""
        self.expr(node.object)
        if node.optional:
            self.emit(Op.JumpIfNullish, self.chain_labels[-1])
        self.emit(Op.Star, obj)

    def member_key(self: FunctionCompiler, node: ast.MemberExpression) -> None:
        """acc = the key of a member expression: a name, a computed value, or a Private Name."""
        key = node.property
        if node.computed:
            self.expr(key)
        elif isinstance(key, ast.PrivateIdentifier):
            self.load_identifier(key)
        else:
            self.emit(Op.LdaConstant, self.constant(key.name))  # type: ignore[attr-defined]

    def super_receiver(self: FunctionCompiler, node: ast.MemberExpression, receiver: int) -> None:
        """https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation: this first."""
        self.load_reference(self.tree.super_accesses[node.object].this)
        self.emit(Op.Star, receiver)

    # --- optional chains --------------------------------------------------------------------------
    def visit_ChainExpression(self: FunctionCompiler, node: ast.ChainExpression) -> None:
        self.optional_chain(node, self.expr)

    def optional_chain(self: FunctionCompiler, node: ast.ChainExpression, body: Callable[[ast.Node], None],
                       short_value: Op = Op.LdaUndefined) -> None:
        """A ?. anywhere in the chain short-circuits all of it to undefined (delete: true)."""
        nullish, end = self.label("chain_nullish"), self.label("chain_end")
        self.chain_labels.append(nullish)
        body(node.expression)
        self.chain_labels.pop()
        self.emit(Op.Jump, end)
        self.bind(nullish)
        self.emit(short_value)
        self.bind(end)

    # --- writes -------------------------------------------------------------------------------------
    def simple_assignment(self: FunctionCompiler, target: ast.Node, value: ast.Node) -> None:
        """target = value; acc keeps the value. https://tc39.es/ecma262/#sec-assignment-operators-runtime-semantics-evaluation"""
        if isinstance(target, ast.Identifier) and self.dynamic_name(target) is not None:
            with self.temp() as base:
                self.at(target)
                self.emit(Op.ResolveLookup, self.dynamic_name(target), base)
                self.expr(value, self.assignment_name(target, value))
                self.at(target)
                self.emit(Op.StaLookupIn, self.dynamic_name(target), base)
        elif isinstance(target, ast.Identifier):
            self.expr(value, self.assignment_name(target, value))
            self.store_identifier(target)
        elif isinstance(target, ast.MemberExpression):
            with self.temps(2) as regs:
                self.prepare_member_target(target, regs)
                self.expr(value)
                self.store_member_target(target, regs)
        else:
            self.invalid_target(target)

    def assignment_name(self: FunctionCompiler, target: ast.Identifier, value: ast.Node) -> str | None:
        """NamedEvaluation applies only when the left side IsIdentifierRef: ``(f) = function () {}``
        names nothing. The AST keeps no parentheses; a ")" right after the name gives them away."""
        after = self.state.source[target.end:value.start].lstrip()
        return None if after.startswith(")") else target.name

    def invalid_target(self: FunctionCompiler, target: ast.Node) -> None:
        # Sloppy `f() = 1` parses (web compatibility) and throws a ReferenceError when run.
        self.effect(target)
        self.at(target)
        self.emit(Op.ThrowStaticError, REFERENCE_ERROR, self.constant("Invalid assignment target"))
        self.dead_code()

    def prepare_member_target(self: FunctionCompiler, target: ast.MemberExpression, regs: int,
                              read_first: bool = False) -> None:
        """regs = the object (or super's receiver), regs+1 = the key, both evaluated now.
        ``read_first``: the target is read and then written (o[k] += v, o[k]++): its key is
        converted once, by the read (https://tc39.es/ecma262/#sec-getvalue step 3.b), so the
        conversion happens here rather than in both the get and the set."""
        if isinstance(target.object, ast.Super):
            self.super_receiver(target, regs)
        else:
            self.member_object(target, regs)
        if target.computed or isinstance(target.property, ast.PrivateIdentifier) \
                or isinstance(target.object, ast.Super):
            self.member_key(target)
            self.emit(Op.Star, regs + 1)
            if read_first and target.computed and not isinstance(target.object, ast.Super):
                self.convert_key_after_base_check(target, regs)

    def convert_key_after_base_check(self: FunctionCompiler, target: ast.MemberExpression, regs: int) -> None:
        """GetValue converts the base to an object before it converts the key
        (https://tc39.es/ecma262/#sec-getvalue steps 3.a and 3.c): ``null[k] += v`` is a TypeError
        before ``k``'s toString runs. regs+1 = ToPropertyKey(regs+1), once for the read and the write."""
        coercible = self.label("base_coercible")
        self.at(target)
        self.emit(Op.Ldar, regs)
        self.emit(Op.JumpIfNotNullish, coercible)
        self.emit(Op.ThrowStaticError, TYPE_ERROR, self.constant("Cannot read properties of null or undefined"))
        self.bind(coercible)
        self.emit(Op.Ldar, regs + 1)
        self.emit(Op.ToPropertyKey)
        self.emit(Op.Star, regs + 1)

    def load_member_target(self: FunctionCompiler, target: ast.MemberExpression, regs: int) -> None:
        self.at(target)
        if isinstance(target.object, ast.Super):
            self.emit(Op.Ldar, regs + 1)
            self.emit(Op.GetSuperProperty, regs)
        elif target.computed or isinstance(target.property, ast.PrivateIdentifier):
            self.emit(Op.Ldar, regs + 1)
            self.emit(Op.GetKeyedProperty, regs)
        else:
            self.emit_ic(Op.GetNamedProperty, regs, self.constant(target.property.name))  # type: ignore[attr-defined]

    def store_member_target(self: FunctionCompiler, target: ast.MemberExpression, regs: int) -> None:
        self.at(target)
        if isinstance(target.object, ast.Super):
            self.emit(Op.SetSuperProperty, regs, regs + 1)
        elif target.computed or isinstance(target.property, ast.PrivateIdentifier):
            self.emit(Op.SetKeyedProperty, regs, regs + 1)
        else:
            self.emit_ic(Op.SetNamedProperty, regs, self.constant(target.property.name))  # type: ignore[attr-defined]

    def dynamic_name(self: FunctionCompiler, target: ast.Identifier) -> int | None:
        """The name constant of an identifier resolved at run time (in a with body, or past a
        sloppy direct eval), else None. Such a target is resolved once, before the right side
        (https://tc39.es/ecma262/#sec-assignment-operators-runtime-semantics-evaluation step 1.a):
        ResolveLookup (LdaLookupForCall when it is read too), then StaLookupIn."""
        ref = self.tree.references[target]
        location = ref.location
        if location is None or location.kind is not LocationKind.DYNAMIC:
            return None
        return self.constant(location.name or ref.name)

    def read_modify_write(self: FunctionCompiler, target: ast.Node, modify: Callable[[], None]) -> None:
        """acc = target's value; modify() changes acc; target = acc (compound assignment, ++/--)."""
        if isinstance(target, ast.Identifier) and self.dynamic_name(target) is not None:
            with self.temp() as base:
                self.at(target)
                self.emit(Op.LdaLookupForCall, self.dynamic_name(target), base)
                modify()
                self.at(target)
                self.emit(Op.StaLookupIn, self.dynamic_name(target), base)
        elif isinstance(target, ast.Identifier):
            self.load_identifier(target)
            modify()
            self.store_identifier(target)
        elif isinstance(target, ast.MemberExpression):
            with self.temps(2) as regs:
                self.prepare_member_target(target, regs, read_first=True)
                self.load_member_target(target, regs)
                modify()
                self.store_member_target(target, regs)
        else:
            self.invalid_target(target)

    def logical_assignment(self: FunctionCompiler, node: ast.AssignmentExpression) -> None:
        """a &&= b, a ||= b, a ??= b: no store when the left side decides.
        https://tc39.es/ecma262/#sec-assignment-operators-runtime-semantics-evaluation steps 5-8"""
        end = self.label("logical_assignment_end")
        skip = {"&&=": Op.JumpIfFalse, "||=": Op.JumpIfTrue, "??=": Op.JumpIfNotNullish}[node.operator]
        target = node.left
        if isinstance(target, ast.Identifier) and self.dynamic_name(target) is not None:
            with self.temp() as base:
                self.at(target)
                self.emit(Op.LdaLookupForCall, self.dynamic_name(target), base)
                self.emit(skip, end)
                self.expr(node.right, self.assignment_name(target, node.right))
                self.at(target)
                self.emit(Op.StaLookupIn, self.dynamic_name(target), base)
                self.bind(end)
        elif isinstance(target, ast.Identifier):
            self.load_identifier(target)
            self.emit(skip, end)
            self.expr(node.right, self.assignment_name(target, node.right))
            self.store_identifier(target)
            self.bind(end)
        elif isinstance(target, ast.MemberExpression):
            with self.temps(2) as regs:
                self.prepare_member_target(target, regs, read_first=True)
                self.load_member_target(target, regs)
                self.emit(skip, end)
                self.expr(node.right)
                self.store_member_target(target, regs)
                self.bind(end)
        else:
            self.invalid_target(target)
