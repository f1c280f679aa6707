"""Calls: f(), o.m() with its receiver, spread arguments, new, super(...), direct eval,
intrinsic calls (self-hosting), optional calls and tagged templates.

A call's receiver and arguments sit in consecutive registers (receiver first), taken
after the callee's register so both go back in stack order.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.bytecode.function import BindingList
from engine.scope.bindings import DeclarationKind, LocationKind
from engine.scope.eval_chain import eval_context_at
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

# BindingList of CallEval: per scope of the caller's chain (innermost first) one header
# entry (name = the ScopeKind value, kind = SCOPE_HEADER | RECEIVES_EVAL_VARS?), then its
# slots (name, kind = DECLARATION_KINDS index), slot i the i-th after the header. A last
# header named "" carries the flags of the whole chain (VAR_SCOPE_IS_GLOBAL).
SCOPE_HEADER = 0x100
RECEIVES_EVAL_VARS = 0x200
VAR_SCOPE_IS_GLOBAL = 0x400
IN_CLASS_FIELD_INITIALIZER = 0x800  # also on the last header: EvalContext.in_class_field_initializer
IN_FUNCTION = 0x1000  # also on the last header: EvalContext.in_function
IN_METHOD = 0x2000  # EvalContext.in_method
IN_DERIVED_CONSTRUCTOR = 0x4000  # EvalContext.in_derived_constructor
VAR_SCOPE_HAS_LEXICALS = 0x8000  # EvalContext.var_scope_has_lexicals
VAR_SCOPE_DEPTH_SHIFT = 16  # bits 16-31 of the last header: EvalContext.var_scope_depth


def has_spread(arguments: list[ast.Node]) -> bool:
    return any(isinstance(a, ast.SpreadElement) for a in arguments)


class CallsMixin:
    def visit_CallExpression(self: FunctionCompiler, node: ast.CallExpression) -> None:
        callee = node.callee
        if isinstance(callee, ast.Super):
            self.super_call(node)
            return
        if node in self.tree.direct_eval_calls and not has_spread(node.arguments):
            self.eval_call(node)
            return
        if isinstance(callee, ast.Identifier) and not has_spread(node.arguments):
            ref = self.tree.references.get(callee)
            if ref is not None and ref.location is not None and ref.location.kind is LocationKind.INTRINSIC:
                self.intrinsic_call(node, ref.location)
                return
        own = self.register_of(callee)
        if own is not None and not node.optional:
            # A local function is called from its own register: f() is one instruction less.
            receiver = self.alloc()
            self.emit(Op.LdaUndefined)
            self.emit(Op.Star, receiver)
            self.call_with_receiver(node, own, receiver, node.arguments)
            return
        with self.temp() as function:
            receiver = self.alloc()
            self.callee_and_receiver(callee, function, receiver)
            if node.optional:
                self.emit(Op.Ldar, function)
                self.emit(Op.JumpIfNullish, self.chain_labels[-1])
            self.call_with_receiver(node, function, receiver, node.arguments)

    def call_with_receiver(self: FunctionCompiler, node: ast.Node, function: int, receiver: int,
                           arguments: list[ast.Node]) -> None:
        """acc = function.call(receiver, ...arguments); frees ``receiver`` (the top temporary)."""
        if has_spread(arguments):
            with self.temp() as array:
                self.argument_array(arguments, array)
                self.at(node)
                self.emit_ic(Op.CallSpread, function, receiver, array)
            self.free(receiver)
            return
        count = len(arguments)
        first_argument = self.alloc_range(count)
        for index, argument in enumerate(arguments):
            self.expr(argument)
            self.emit(Op.Star, first_argument + index)
        self.at(node)
        self.emit_ic(Op.Call, function, receiver, count + 1)
        self.free(receiver, count + 1)

    def callee_and_receiver(self: FunctionCompiler, callee: ast.Node, function: int, receiver: int) -> None:
        """function = the callee; receiver = its this value (the object for o.m(), else undefined)."""
        if isinstance(callee, ast.MemberExpression):
            if isinstance(callee.object, ast.Super):
                self.super_receiver(callee, receiver)
                self.member_key(callee)
                self.at(callee)
                self.emit(Op.GetSuperProperty, receiver)
            else:
                self.member_object(callee, receiver)
                self.get_property(callee, receiver)
            self.emit(Op.Star, function)
            return
        if isinstance(callee, ast.Identifier):
            ref = self.tree.references.get(callee)
            if ref is not None and ref.location is not None and ref.location.kind is LocationKind.DYNAMIC:
                # Inside with: a name found on the with object is called with it as this.
                self.at(callee)
                self.emit(Op.LdaLookupForCall, self.constant(callee.name), receiver)
                self.emit(Op.Star, function)
                return
        if isinstance(callee, ast.ChainExpression):
            # (a?.b)() : the chain's value is the callee, its this is kept for a member.
            self.optional_chain_callee(callee, function, receiver)
            return
        self.expr(callee)
        self.emit(Op.Star, function)
        self.emit(Op.LdaUndefined)
        self.emit(Op.Star, receiver)

    def optional_chain_callee(self: FunctionCompiler, callee: ast.ChainExpression, function: int,
                              receiver: int) -> None:
        inner = callee.expression
        nullish, end = self.label("chain_nullish"), self.label("chain_end")
        self.chain_labels.append(nullish)
        if isinstance(inner, ast.MemberExpression) and not isinstance(inner.object, ast.Super):
            self.member_object(inner, receiver)
            self.get_property(inner, receiver)
        else:
            self.emit(Op.LdaUndefined)
            self.emit(Op.Star, receiver)
            self.expr(inner)
        self.chain_labels.pop()
        self.emit(Op.Jump, end)
        self.bind(nullish)
        self.emit(Op.LdaUndefined)
        self.emit(Op.Star, receiver)
        self.bind(end)
        self.emit(Op.Star, function)

    def argument_array(self: FunctionCompiler, arguments: list[ast.Node], array: int) -> None:
        """array = the argument list as an array (spread arguments iterate)."""
        self.emit(Op.CreateArrayLiteral, len(arguments))
        self.emit(Op.Star, array)
        for argument in arguments:
            if isinstance(argument, ast.SpreadElement):
                self.expr(argument.argument)
                self.at(argument)
                self.emit(Op.ArraySpread, array)
            else:
                self.expr(argument)
                self.emit(Op.ArrayPush, array)

    # --- new ------------------------------------------------------------------------------------
    def visit_NewExpression(self: FunctionCompiler, node: ast.NewExpression) -> None:
        with self.temp() as function:
            self.expr(node.callee)
            self.emit(Op.Star, function)
            if has_spread(node.arguments):
                with self.temp() as array:
                    self.argument_array(node.arguments, array)
                    self.at(node)
                    self.emit_ic(Op.ConstructSpread, function, array)
                return
            count = len(node.arguments)
            with self.temps(count) as first:
                for index, argument in enumerate(node.arguments):
                    self.expr(argument)
                    self.emit(Op.Star, first + index)
                self.at(node)
                self.emit_ic(Op.Construct, function, first, count)

    # --- super(...) ---------------------------------------------------------------------------------
    def super_call(self: FunctionCompiler, node: ast.CallExpression) -> None:
        """https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation"""
        access = self.tree.super_accesses[node.callee]
        if has_spread(node.arguments):
            with self.temp() as array:
                self.argument_array(node.arguments, array)
                self.at(node)
                self.emit(Op.SuperCallSpread, array)
        else:
            count = len(node.arguments)
            with self.temps(count) as first:
                for index, argument in enumerate(node.arguments):
                    self.expr(argument)
                    self.emit(Op.Star, first + index)
                self.at(node)
                self.emit(Op.SuperCall, first, count)
        # BindThisValue: a ReferenceError if this is already bound (super() twice).
        this = access.this
        with self.temp() as result:
            self.emit(Op.Star, result)
            assert this.location is not None
            self._load_location(this.location, this.hops, "this")
            self.at(node)
            self.emit(Op.ThrowIfNotHole)
            self.emit(Op.Ldar, result)
            self._store_location(this, this.location)
            if self.has_instance_elements and access.active_function is not None:
                # https://tc39.es/ecma262/#sec-initializeinstanceelements after the parent returns
                with self.temp() as constructor:
                    self.load_reference(access.active_function)
                    self.emit(Op.Star, constructor)
                    self.emit(Op.InitializeInstanceElements, result, constructor)
            self.emit(Op.Ldar, result)

    # --- direct eval and intrinsics ---------------------------------------------------------------------
    def eval_call(self: FunctionCompiler, node: ast.CallExpression) -> None:
        """CallEval: the caller's visible scope chain travels as a BindingList constant so the
        run time can compile the eval code against it (https://tc39.es/ecma262/#sec-performeval)."""
        with self.temp() as function:
            self.load_identifier(node.callee)
            self.emit(Op.Star, function)
            count = len(node.arguments)
            with self.temps(count) as first:
                for index, argument in enumerate(node.arguments):
                    self.expr(argument)
                    self.emit(Op.Star, first + index)
                self.at(node)
                self.emit(Op.CallEval, function, first, count, self.constant(self.eval_scope_list(node)))

    def eval_scope_list(self: FunctionCompiler, node: ast.CallExpression) -> BindingList:
        kinds = list(DeclarationKind)
        context = eval_context_at(self.tree, node)
        names: list[str] = []
        codes: list[int] = []
        for outer in context.outer:
            names.append(outer.kind.value)
            codes.append(SCOPE_HEADER | (RECEIVES_EVAL_VARS if outer.receives_eval_vars else 0))
            for name, (kind, _slot) in sorted(outer.slots.items(), key=lambda item: item[1][1]):
                names.append(name)
                codes.append(kinds.index(kind))
        names.append("")
        codes.append(SCOPE_HEADER | (VAR_SCOPE_IS_GLOBAL if context.var_scope_is_global else 0)
                     | (IN_CLASS_FIELD_INITIALIZER if context.in_class_field_initializer else 0)
                     | (IN_FUNCTION if context.in_function else 0) | (IN_METHOD if context.in_method else 0)
                     | (IN_DERIVED_CONSTRUCTOR if context.in_derived_constructor else 0)
                     | (VAR_SCOPE_HAS_LEXICALS if context.var_scope_has_lexicals else 0)
                     | context.var_scope_depth << VAR_SCOPE_DEPTH_SHIFT)
        return BindingList(tuple(names), tuple(codes))

    def intrinsic_call(self: FunctionCompiler, node: ast.CallExpression, location: object) -> None:
        self._intrinsic_index(location, node.callee.name)  # type: ignore[arg-type, attr-defined]
        count = len(node.arguments)
        with self.temps(count) as first:
            for index, argument in enumerate(node.arguments):
                self.expr(argument)
                self.emit(Op.Star, first + index)
            self.at(node)
            self.emit(Op.CallIntrinsic, location.index, first, count)  # type: ignore[attr-defined]

    # --- tagged templates -----------------------------------------------------------------------------------
    def visit_TaggedTemplateExpression(self: FunctionCompiler, node: ast.TaggedTemplateExpression) -> None:
        """https://tc39.es/ecma262/#sec-tagged-templates-runtime-semantics-evaluation"""
        quasi = node.quasi
        with self.temp() as function:
            receiver = self.alloc()
            self.callee_and_receiver(node.tag, function, receiver)
            count = 1 + len(quasi.expressions)
            first = self.alloc_range(count)
            self.emit_ic(Op.GetTemplateObject, self.constant(self.template_strings(quasi)))
            self.emit(Op.Star, first)
            for index, expression in enumerate(quasi.expressions):
                self.expr(expression)
                self.emit(Op.Star, first + 1 + index)
            self.at(node)
            self.emit_ic(Op.Call, function, receiver, count + 1)
            self.free(receiver, count + 1)
