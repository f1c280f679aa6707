"""Expressions: each leaves its value in the accumulator.

``expr(node)`` for the value, ``effect(node)`` when the value is unused (``i++`` as a
statement needs no copy of the old value), ``test(node, label, jump_if)`` for conditions:
comparisons and logical operators jump directly instead of materialising a boolean twice.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.codegen.errors import NotSupportedYet
from engine.codegen.variables import REFERENCE_ERROR
from engine.scope.bindings import LocationKind
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

ARITHMETIC = {
    "+": Op.Add, "-": Op.Sub, "*": Op.Mul, "/": Op.Div, "%": Op.Mod, "**": Op.Exp,
    "&": Op.BitwiseAnd, "|": Op.BitwiseOr, "^": Op.BitwiseXor,
    "<<": Op.ShiftLeft, ">>": Op.ShiftRight, ">>>": Op.ShiftRightLogical,
}
COMPARISON = {
    "==": Op.TestEqual, "===": Op.TestStrictEqual, "<": Op.TestLessThan, ">": Op.TestGreaterThan,
    "<=": Op.TestLessThanOrEqual, ">=": Op.TestGreaterThanOrEqual, "instanceof": Op.TestInstanceOf,
    "in": Op.TestIn,
}
NEGATED = {"!=": "==", "!==": "==="}

# Expressions whose evaluation cannot write any binding: a register operand read before
# them still holds the right value after them.
_SIDE_EFFECT_FREE = (ast.Literal, ast.Identifier, ast.ThisExpression, ast.FunctionExpression,
                     ast.ArrowFunctionExpression)


def is_anonymous_function(node: ast.Node) -> bool:
    """IsAnonymousFunctionDefinition: https://tc39.es/ecma262/#sec-isanonymousfunctiondefinition"""
    if isinstance(node, (ast.FunctionExpression, ast.ClassExpression)):
        return node.id is None
    return isinstance(node, ast.ArrowFunctionExpression)


def literal_truthiness(node: ast.Node) -> bool | None:
    """ToBoolean of a literal that needs no run time (null, booleans, numbers, strings)."""
    if not isinstance(node, ast.Literal) or node.regex is not None:
        return None
    if node.bigint is not None:
        return node.bigint != 0
    value = node.value
    if isinstance(value, float):
        return value == value and value != 0  # NaN and ±0 are false
    return bool(value)


class ExpressionsMixin:
    def expr(self: FunctionCompiler, node: ast.Node, name: str | None = None) -> None:
        """acc = the value of ``node``; ``name`` names an anonymous function or class (NamedEvaluation)."""
        self.at(node)
        if name is not None and is_anonymous_function(node):
            if isinstance(node, ast.ClassExpression):
                self.compile_class(node, name)
            else:
                self.create_closure(node, name)
            return
        getattr(self, "visit_" + type(node).__name__)(node)

    def effect(self: FunctionCompiler, node: ast.Node) -> None:
        """Evaluate ``node`` for its side effects only (void 0, a statement's expression)."""
        if isinstance(node, ast.Literal) and node.regex is None:
            return  # nothing to do: a literal has no effect
        if isinstance(node, ast.UpdateExpression):
            self.at(node)
            self.update(node, value_needed=False)
        elif isinstance(node, ast.SequenceExpression):
            for item in node.expressions:
                self.effect(item)
        else:
            self.expr(node)

    def name_hint(self: FunctionCompiler, target: ast.Node) -> str | None:
        return target.name if isinstance(target, ast.Identifier) else None

    def to_register(self: FunctionCompiler, node: ast.Node, after: ast.Node | None = None) -> tuple[int, bool]:
        """A register holding ``node``'s value, evaluated now: the variable's own register when
        ``after`` (evaluated next) cannot change it, else a new temporary. Returns (register,
        whether it is a temporary to free)."""
        register = self.register_of(node)
        if register is not None and (after is None or isinstance(after, _SIDE_EFFECT_FREE)):
            return register, False
        self.expr(node)
        temporary = self.alloc()
        self.emit(Op.Star, temporary)
        return temporary, True

    # --- leaves --------------------------------------------------------------------------
    def visit_Literal(self: FunctionCompiler, node: ast.Literal) -> None:
        value = node.value
        if node.regex is not None:
            self.create_regexp(node)
        elif node.bigint is not None:
            self.emit(Op.LdaConstant, self.constant(self.bigint(node.bigint)))
        elif value is None:
            self.emit(Op.LdaNull)
        elif value is True:
            self.emit(Op.LdaTrue)
        elif value is False:
            self.emit(Op.LdaFalse)
        elif isinstance(value, str):
            self.emit(Op.LdaConstant, self.constant(value))
        else:
            self.load_smi_or_number(float(value))

    def visit_Identifier(self: FunctionCompiler, node: ast.Identifier) -> None:
        if node.name == "undefined":
            ref = self.tree.references.get(node)
            if ref is not None and ref.binding is None and ref.location is not None \
                    and ref.location.kind is LocationKind.GLOBAL:
                # The global undefined is non-writable and non-configurable.
                self.emit(Op.LdaUndefined)
                return
        self.load_identifier(node)

    def visit_ThisExpression(self: FunctionCompiler, node: ast.ThisExpression) -> None:
        self.load_identifier(node)

    def visit_MetaProperty(self: FunctionCompiler, node: ast.MetaProperty) -> None:
        if node.meta.name == "new":
            self.load_identifier(node)
        else:
            raise NotSupportedYet("modules (import.meta)", node)

    def visit_Super(self: FunctionCompiler, node: ast.Super) -> None:
        raise AssertionError("super outside a member or call")

    def visit_SequenceExpression(self: FunctionCompiler, node: ast.SequenceExpression) -> None:
        for item in node.expressions[:-1]:
            self.effect(item)
        self.expr(node.expressions[-1])

    def visit_YieldExpression(self: FunctionCompiler, node: ast.Node) -> None:
        raise NotSupportedYet("yield expressions", node)

    def visit_AwaitExpression(self: FunctionCompiler, node: ast.Node) -> None:
        raise NotSupportedYet("await expressions", node)

    def visit_ImportExpression(self: FunctionCompiler, node: ast.Node) -> None:
        raise NotSupportedYet("modules (import())", node)

    # --- operators ---------------------------------------------------------------------------
    def visit_BinaryExpression(self: FunctionCompiler, node: ast.BinaryExpression) -> None:
        operator = node.operator
        if isinstance(node.left, ast.PrivateIdentifier):  # #x in o
            with self.temp() as key:
                self.load_identifier(node.left)
                self.emit(Op.Star, key)
                self.expr(node.right)
                self.at(node)
                self.emit(Op.TestIn, key)
            return
        negate = operator in NEGATED
        operator = NEGATED.get(operator, operator)
        lhs, temporary = self.to_register(node.left, node.right)
        self.expr(node.right)
        self.at(node)
        if operator in ARITHMETIC:
            self.emit_ic(ARITHMETIC[operator], lhs)
        else:
            self.emit(COMPARISON[operator], lhs)
            if negate:
                self.emit(Op.LogicalNot)
        if temporary:
            self.free(lhs)

    def visit_LogicalExpression(self: FunctionCompiler, node: ast.LogicalExpression) -> None:
        end = self.label("logical_end")
        self.expr(node.left)
        self.emit({"&&": Op.JumpIfFalse, "||": Op.JumpIfTrue, "??": Op.JumpIfNotNullish}[node.operator], end)
        self.expr(node.right)
        self.bind(end)

    def visit_ConditionalExpression(self: FunctionCompiler, node: ast.ConditionalExpression) -> None:
        otherwise, end = self.label("else"), self.label("end_conditional")
        self.test(node.test, otherwise, False)
        self.expr(node.consequent)
        self.emit(Op.Jump, end)
        self.bind(otherwise)
        self.expr(node.alternate)
        self.bind(end)

    def visit_UnaryExpression(self: FunctionCompiler, node: ast.UnaryExpression) -> None:
        operator, argument = node.operator, node.argument
        if operator == "typeof":
            if isinstance(argument, ast.Identifier):
                self.load_identifier(argument, for_typeof=True)
            else:
                self.expr(argument)
            self.emit(Op.TypeOf)
        elif operator == "delete":
            self.delete(argument)
        elif operator == "-" and isinstance(argument, ast.Literal) and isinstance(argument.value, float) \
                and not isinstance(argument.value, bool):
            self.load_smi_or_number(-argument.value)  # -1, -0: a constant, not a Negate
        elif operator == "void":
            self.effect(argument)
            self.emit(Op.LdaUndefined)
        else:
            self.expr(argument)
            self.at(node)
            self.emit({"-": Op.Negate, "+": Op.ToNumeric, "~": Op.BitwiseNot, "!": Op.LogicalNot}[operator])

    def delete(self: FunctionCompiler, argument: ast.Node) -> None:
        """https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation"""
        if isinstance(argument, ast.ChainExpression):
            self.optional_chain(argument, self.delete, Op.LdaTrue)  # delete a?.b: true when a is nullish
            return
        if isinstance(argument, ast.MemberExpression):
            if isinstance(argument.object, ast.Super):
                # ReferenceError after evaluating this and the key (https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation step 4.b)
                self.load_reference(self.tree.super_accesses[argument.object].this)
                if argument.computed:
                    self.expr(argument.property)
                self.emit(Op.ThrowStaticError, REFERENCE_ERROR, self.constant("Unsupported reference to 'super'"))
                self.dead_code()
                return
            with self.temp() as obj:
                self.member_object(argument, obj)
                self.member_key(argument)
                self.at(argument)
                self.emit(Op.DeleteProperty, obj)
            return
        if isinstance(argument, ast.Identifier):
            ref = self.tree.references[argument]
            if ref.location is not None and ref.location.kind in (LocationKind.GLOBAL, LocationKind.DYNAMIC):
                self.emit(Op.DeleteLookup, self.constant(argument.name))
            else:
                self.emit(Op.LdaFalse)  # a declarative binding cannot be deleted
            return
        self.effect(argument)
        self.emit(Op.LdaTrue)

    # --- conditions ---------------------------------------------------------------------------
    def test(self: FunctionCompiler, node: ast.Node, target: object, jump_if: bool) -> None:
        """Jump to ``target`` when ToBoolean(node) is ``jump_if``; fall through otherwise."""
        if isinstance(node, ast.UnaryExpression) and node.operator == "!":
            self.test(node.argument, target, not jump_if)
            return
        known = literal_truthiness(node)
        if known is not None:  # while (true), if (0): the jump is decided now
            if known == jump_if:
                self.emit(Op.Jump, target)
            return
        if isinstance(node, ast.LogicalExpression) and node.operator in ("&&", "||"):
            short = node.operator == "||"  # the value that decides the whole expression
            if short == jump_if:
                self.test(node.left, target, jump_if)
                self.test(node.right, target, jump_if)
            else:
                skip = self.label("short_circuit")
                self.test(node.left, skip, short)
                self.test(node.right, target, jump_if)
                self.bind(skip)
            return
        self.expr(node)
        self.emit(Op.JumpIfTrue if jump_if else Op.JumpIfFalse, target)

    # --- update and assignment ------------------------------------------------------------------
    def visit_UpdateExpression(self: FunctionCompiler, node: ast.UpdateExpression) -> None:
        self.update(node, value_needed=True)

    def update(self: FunctionCompiler, node: ast.UpdateExpression, value_needed: bool) -> None:
        """https://tc39.es/ecma262/#sec-postfix-increment-operator-runtime-semantics-evaluation:
        the postfix value is ToNumeric of the old value."""
        keep_old = value_needed and not node.prefix
        step = Op.Inc if node.operator == "++" else Op.Dec

        def modify() -> None:
            self.at(node)
            self.emit(Op.ToNumeric)
            if keep_old:
                self.emit(Op.Star, old)
            self.emit(step)

        old = self.alloc() if keep_old else -1
        self.read_modify_write(node.argument, modify)
        if keep_old:
            self.emit(Op.Ldar, old)
            self.free(old)

    def visit_AssignmentExpression(self: FunctionCompiler, node: ast.AssignmentExpression) -> None:
        operator, target = node.operator, node.left
        if operator == "=":
            if isinstance(target, (ast.ObjectPattern, ast.ArrayPattern)):
                self.expr(node.right)
                self.assign_pattern(target)
                return
            self.simple_assignment(target, node.right)
            return
        if operator in ("&&=", "||=", "??="):
            self.logical_assignment(node)
            return
        arithmetic = ARITHMETIC[operator[:-1]]
        own = self.register_of(target)
        if own is not None and isinstance(node.right, _SIDE_EFFECT_FREE):
            # x += 1 for a local x: acc = 1; acc = x + acc; x = acc
            self.expr(node.right)
            self.at(node)
            self.emit_ic(arithmetic, own)
            self.store_identifier(target)
            return

        def modify() -> None:
            with self.temp() as old:
                self.emit(Op.Star, old)
                self.expr(node.right)
                self.at(node)
                self.emit_ic(arithmetic, old)

        self.read_modify_write(target, modify)
