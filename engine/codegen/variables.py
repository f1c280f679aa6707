"""Reading and writing bindings by the location scope analysis gave them, and entering and
leaving scopes (contexts, TDZ holes, hoisted function declarations)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.bytecode.operands import THIS_REGISTER, parameter_register
from engine.codegen.errors import CodegenError, NotSupportedYet
from engine.scope.bindings import (
    TDZ_KINDS,
    Binding,
    DeclarationKind,
    Location,
    LocationKind,
    Reference,
    Scope,
)
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

# ThrowStaticError's error_type operand.
TYPE_ERROR, REFERENCE_ERROR, SYNTAX_ERROR = 0, 1, 2
# LdaLookup's mode operand.
LOOKUP_TYPEOF = 1


class VariablesMixin:
    # --- reads -----------------------------------------------------------------------
    def load_reference(self: FunctionCompiler, ref: Reference, for_typeof: bool = False) -> None:
        """acc = the value ``ref`` names (ReferenceError in its TDZ)."""
        location = ref.location
        assert location is not None, ref
        self.at(ref.node)
        self._load_location(location, ref.hops, ref.name, for_typeof)
        if ref.needs_tdz_check and location.kind not in (LocationKind.GLOBAL, LocationKind.DYNAMIC):
            self.emit(Op.ThrowIfHole, self.constant(ref.name))

    def _load_location(self: FunctionCompiler, location: Location, hops: int, name: str,
                       for_typeof: bool = False) -> None:
        kind = location.kind
        if kind is LocationKind.REGISTER:
            self.emit(Op.Ldar, self.local_register(location.index))
        elif kind is LocationKind.PARAMETER:
            self.emit(Op.Ldar, parameter_register(location.index))
        elif kind is LocationKind.CONTEXT:
            self.emit(Op.LdaContextSlot, hops, location.index)
        elif kind is LocationKind.GLOBAL:
            self.emit_ic(Op.LdaGlobalForTypeof if for_typeof else Op.LdaGlobal, self.constant(location.name or name))
        elif kind is LocationKind.DYNAMIC:
            self.emit(Op.LdaLookup, self.constant(location.name or name), LOOKUP_TYPEOF if for_typeof else 0)
        elif kind is LocationKind.INTRINSIC:
            self._intrinsic_index(location, name)
            self.emit(Op.LdaIntrinsic, location.index)
        elif kind is LocationKind.FRAME:
            self._load_frame(location.name or name)
        else:
            raise NotSupportedYet("modules", self.tree.program)

    def _intrinsic_index(self: FunctionCompiler, location: Location, name: str) -> None:
        if location.index < 0:
            raise CodegenError(f"intrinsic {name} has no number (pass the intrinsics table)", self.tree.program)

    def _load_frame(self: FunctionCompiler, name: str) -> None:
        if name == "this":
            self.emit(Op.Ldar, THIS_REGISTER)
        elif name == "new.target":
            self.emit(Op.LdaNewTarget)
        elif name == "%function":
            self.emit(Op.LdaCallee)
        else:
            # %home_object: GetSuperProperty finds the home object itself; nothing reads it.
            self.emit(Op.LdaUndefined)

    def load_identifier(self: FunctionCompiler, node: ast.Node, for_typeof: bool = False) -> None:
        self.load_reference(self.tree.references[node], for_typeof)

    def register_of(self: FunctionCompiler, node: ast.Node) -> int | None:
        """The register an identifier's value already sits in, when reading it needs no check."""
        if not isinstance(node, ast.Identifier):
            return None
        ref = self.tree.references.get(node)
        if ref is None or ref.needs_tdz_check or ref.location is None:
            return None
        if ref.location.kind is LocationKind.REGISTER:
            return self.local_register(ref.location.index)
        if ref.location.kind is LocationKind.PARAMETER:
            return parameter_register(ref.location.index)
        return None

    # --- writes ----------------------------------------------------------------------------
    def store_reference(self: FunctionCompiler, ref: Reference) -> None:
        """``ref`` = acc; the accumulator keeps the value.
        https://tc39.es/ecma262/#sec-putvalue and #sec-initializereferencedbinding"""
        location = ref.location
        assert location is not None, ref
        self.at(ref.node)
        binding = ref.binding
        if not ref.is_declaration and binding is not None and location.kind is not LocationKind.DYNAMIC:
            if ref.needs_tdz_check and location.kind is not LocationKind.GLOBAL:
                self._check_not_hole(ref)
            if binding.is_immutable:
                self._assign_immutable(ref)
                return
        self._store_location(ref, location)

    def _check_not_hole(self: FunctionCompiler, ref: Reference) -> None:
        with self.temp() as value:
            self.emit(Op.Star, value)
            self._load_location(ref.location, ref.hops, ref.name)  # type: ignore[arg-type]
            self.emit(Op.ThrowIfHole, self.constant(ref.name))
            self.emit(Op.Ldar, value)

    def _assign_immutable(self: FunctionCompiler, ref: Reference) -> None:
        # https://tc39.es/ecma262/#sec-setmutablebinding-n-v-s: a TypeError, except a sloppy
        # write to a function expression's own name, which is ignored.
        assert ref.binding is not None
        if ref.binding.kind is DeclarationKind.FUNCTION_NAME and not ref.scope.strict:
            return
        self.emit(Op.ThrowStaticError, TYPE_ERROR, self.constant(f"Assignment to constant variable '{ref.name}'"))

    def _store_location(self: FunctionCompiler, ref: Reference, location: Location) -> None:
        kind = location.kind
        if kind is LocationKind.REGISTER:
            self.emit(Op.Star, self.local_register(location.index))
        elif kind is LocationKind.PARAMETER:
            self.emit(Op.Star, parameter_register(location.index))
        elif kind is LocationKind.CONTEXT:
            self.emit(Op.StaContextSlot, ref.hops, location.index)
        elif kind is LocationKind.GLOBAL:
            name = self.constant(location.name or ref.name)
            binding = ref.binding
            if ref.is_declaration and binding is not None and binding.kind in TDZ_KINDS:
                self.emit(Op.InitGlobalLexical, name)
            else:
                self.emit_ic(Op.StaGlobal, name)
        elif kind is LocationKind.DYNAMIC:
            self.emit(Op.StaLookup, self.constant(location.name or ref.name))
        elif kind is LocationKind.FRAME and (location.name or ref.name) == "this":
            self.emit(Op.Star, THIS_REGISTER)
        elif kind is LocationKind.INTRINSIC:
            raise CodegenError(f"self-hosted code cannot assign the intrinsic {ref.name}", ref.node)
        else:
            raise NotSupportedYet("modules", self.tree.program)

    def store_identifier(self: FunctionCompiler, node: ast.Node) -> None:
        self.store_reference(self.tree.references[node])

    def store_binding(self: FunctionCompiler, binding: Binding) -> None:
        """Initialise a binding the current code owns (0 hops from its own scope's context)."""
        location = binding.location
        if location is None:
            return
        ref = Reference(binding.node or self.tree.program, binding.name, binding.scope, binding, location, 0,
                        False, True)
        self._store_location(ref, location)

    # --- scopes ------------------------------------------------------------------------------
    def enter_scope(self: FunctionCompiler, scope: Scope | None) -> bool:
        """Push the scope's context if it has one, write TDZ holes, instantiate hoisted
        functions. Returns whether a context was pushed (pass it to ``leave_scope``)."""
        if scope is None:
            return False
        pushed = scope.needs_context
        if pushed:
            self.push_context(scope)
        for binding in scope.bindings.values():
            location = binding.location
            if location is None:
                continue
            if binding.kind is DeclarationKind.VAR and location.kind is LocationKind.CONTEXT:
                # A static block's vars: a context slot starts as the hole, a var as undefined.
                self.emit(Op.LdaUndefined)
                self.store_binding(binding)
        self.write_tdz_holes(scope)
        self.instantiate_hoisted_functions(scope)
        return pushed

    def push_context(self: FunctionCompiler, scope: Scope) -> None:
        layout = self.builder.scope(tuple(scope.context_layout()))
        self.emit(Op.PushContext, layout)
        self.context_depth += 1
        self.control.push_context()

    def leave_scope(self: FunctionCompiler, pushed: bool) -> None:
        if pushed:
            self.pop_context()

    def pop_context(self: FunctionCompiler) -> None:
        self.emit(Op.PopContext)
        self.context_depth -= 1
        self.control.pop_context()

    def instantiate_hoisted_functions(self: FunctionCompiler, scope: Scope) -> None:
        for declaration in scope.hoisted_functions:
            ref = self.tree.references[declaration.id]  # type: ignore[attr-defined]
            if ref.location is not None and ref.location.kind is LocationKind.INTRINSIC:
                self.define_intrinsic_function(declaration)
                continue
            self.create_closure(declaration)
            self.store_reference(ref)

    def define_intrinsic_function(self: FunctionCompiler, declaration: ast.Node) -> None:
        """Self-hosting: a top-level function declaration defines the intrinsic of its name.
        Until the self-hosting issue settles how intrinsics are installed, the function is
        compiled into the top level's constant pool (in declaration order, named), where the
        loader of the self-hosted library finds it; no instruction runs for it."""
        from engine.codegen.functions import function_name

        self.check_function_supported(declaration)
        info = self.tree.functions[declaration]
        self.constant(self.compile_nested(info, declaration, function_name(declaration)))

    def copy_context(self: FunctionCompiler, scope: Scope) -> None:
        """CreatePerIterationEnvironment: a fresh copy of the loop head's context.
        https://tc39.es/ecma262/#sec-createperiterationenvironment"""
        count = len(scope.context_slots)
        with self.temps(count) as first:
            for slot in range(count):
                self.emit(Op.LdaContextSlot, 0, slot)
                self.emit(Op.Star, first + slot)
            self.emit(Op.PopContext)
            self.emit(Op.PushContext, self.builder.scope(tuple(scope.context_layout())))
            for slot in range(count):
                self.emit(Op.Ldar, first + slot)
                self.emit(Op.StaContextSlot, 0, slot)
