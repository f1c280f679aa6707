"""Functions: closures, the prologue (FunctionDeclarationInstantiation), parameters with
defaults, patterns and rest, the arguments object, and the script/eval top level
(GlobalDeclarationInstantiation, EvalDeclarationInstantiation).
https://tc39.es/ecma262/#sec-functiondeclarationinstantiation
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.bytecode.function import BindingList, UnlinkedFunction
from engine.bytecode.operands import THIS_REGISTER, parameter_register
from engine.codegen.errors import NotSupportedYet
from engine.scope.bindings import (
    TDZ_KINDS,
    ArgumentsKind,
    DeclarationKind,
    FunctionInfo,
    FunctionKind,
    LocationKind,
    Scope,
)
from engine.scope.tree import EvalContext
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler

# DeclareBindings' kinds: how GlobalDeclarationInstantiation / EvalDeclarationInstantiation
# creates each name.
DECLARE_VAR, DECLARE_FUNCTION, DECLARE_LET, DECLARE_CONST, DECLARE_CLASS = range(5)
# Sloppy direct eval code inside a function ends its list with one more entry, named "", of kind
# IN_FUNCTION_VAR_SCOPE | depth << VAR_SCOPE_DEPTH_SHIFT: its vars and functions go to the
# function's variable environment, the context that many hops up from the caller's (the first
# of the caller's chain that receives eval vars), not to the global object
# (https://tc39.es/ecma262/#sec-evaldeclarationinstantiation).
IN_FUNCTION_VAR_SCOPE = 0x100
# CreateMappedArguments: parameter i is not aliased (a later parameter has its name).
UNMAPPED_PARAMETER = 0xFFFFFFFF
VAR_SCOPE_DEPTH_SHIFT = 16
_DECLARE_KINDS = {
    DeclarationKind.VAR: DECLARE_VAR, DeclarationKind.FUNCTION: DECLARE_FUNCTION,
    DeclarationKind.LET: DECLARE_LET, DeclarationKind.CONST: DECLARE_CONST, DeclarationKind.CLASS: DECLARE_CLASS,
}


def function_name(node: ast.Node) -> str:
    identifier = getattr(node, "id", None)
    return identifier.name if identifier is not None else ""


class FunctionsMixin:
    def check_function_supported(self: FunctionCompiler, node: ast.Node) -> None:
        generator, is_async = getattr(node, "generator", False), getattr(node, "is_async", False)
        if generator and is_async:
            raise NotSupportedYet("async generators", node)
        if generator:
            raise NotSupportedYet("generators", node)
        if is_async:
            raise NotSupportedYet("async functions", node)

    # --- closures ----------------------------------------------------------------------------
    def compile_nested(self: FunctionCompiler, info: FunctionInfo, node: ast.Node, name: str,
                       text: tuple[int, int] | None = None) -> UnlinkedFunction:
        """The unlinked code of node; text is its source span when that is not node's own (a
        method's text starts at its name: https://tc39.es/ecma262/#sec-function.prototype.tostring)."""
        from engine.codegen.compiler import FunctionCompiler, function_flags

        key = (id(node), name)
        compiled = self.state.compiled.get(key)
        if compiled is None:
            compiler = FunctionCompiler(self.state, info, name, function_flags(info, self.tree.self_hosting), self)
            compiler.builder.length = expected_argument_count(node)
            if text is not None:
                compiler.builder.source_start, compiler.builder.source_end = text
            compiled = self.state.compiled[key] = compiler.compile_function(node)
        return compiled

    def create_closure(self: FunctionCompiler, node: ast.Node, name: str | None = None) -> None:
        """acc = a new closure of a function or arrow node (``name`` when it has none)."""
        self.check_function_supported(node)
        info = self.tree.functions[node]
        compiled = self.compile_nested(info, node, function_name(node) or name or "")
        self.at(node)
        self.emit(Op.CreateClosure, self.constant(compiled))

    def visit_FunctionExpression(self: FunctionCompiler, node: ast.FunctionExpression) -> None:
        self.create_closure(node)

    def visit_ArrowFunctionExpression(self: FunctionCompiler, node: ast.ArrowFunctionExpression) -> None:
        self.create_closure(node)

    # --- the body ------------------------------------------------------------------------------
    def emit_function_body(self: FunctionCompiler, node: ast.Node) -> None:
        info = self.info
        if info.kind in (FunctionKind.SCRIPT, FunctionKind.EVAL):
            self.emit_top_level(node)
            return
        if info.kind is FunctionKind.MODULE:
            raise NotSupportedYet("modules", node)
        self.emit_prologue(node)
        body = node.body  # type: ignore[attr-defined]
        if isinstance(body, ast.BlockStatement):
            self.statements(body.body)
            self.emit(Op.LdaUndefined)
            self.emit_return()
        else:  # a concise arrow body
            self.expr(body)
            self.emit_return()

    def emit_final_return(self: FunctionCompiler) -> None:
        """Return acc. A derived constructor whose this lives in a context copies it back to the
        frame first: [[Construct]] returns the frame's this when the body returns undefined."""
        if self.info.kind is FunctionKind.DERIVED_CONSTRUCTOR:
            binding = self.info.scope.bindings.get("this") if self.info.scope else None
            if binding is not None and binding.location is not None \
                    and binding.location.kind is LocationKind.CONTEXT:
                with self.temp() as value:
                    self.emit(Op.Star, value)
                    self.emit(Op.LdaContextSlot, self.context_depth - self.function_context_depth,
                              binding.location.index)
                    self.emit(Op.Star, THIS_REGISTER)
                    self.emit(Op.Ldar, value)
        self.emit(Op.Return)

    def emit_prologue(self: FunctionCompiler, node: ast.Node) -> None:
        info = self.info
        if info.name_scope is not None:
            self.enter_scope(info.name_scope)  # stays pushed for the whole body
            binding = info.name_scope.bindings.get(node.id.name)  # type: ignore[attr-defined]
            if binding is not None and binding.referenced and binding.location is not None:
                self.emit(Op.LdaCallee)
                self.store_binding(binding)
        scope = info.scope
        assert scope is not None
        if scope.needs_context:
            self.push_context(scope)
        self.function_context_depth = self.context_depth
        self.copy_frame_values(scope)
        if info.kind in (FunctionKind.CONSTRUCTOR,) and self.has_instance_elements:
            with self.temp() as constructor:
                self.emit(Op.LdaCallee)
                self.emit(Op.Star, constructor)
                self.emit(Op.InitializeInstanceElements, THIS_REGISTER, constructor)
        self.create_arguments_object(scope)
        self.bind_parameters(node, scope)
        body_scope = info.body_scope
        if body_scope is not None and body_scope is not scope:
            self.enter_body_scope(body_scope)
        else:
            self.initialize_vars(scope)
            self.write_tdz_holes(scope)
            self.instantiate_hoisted_functions(scope)

    def copy_frame_values(self: FunctionCompiler, scope: Scope) -> None:
        """this, new.target and the callee, when captured, live in a context slot."""
        for name in ("this", "new.target", "%function"):
            binding = scope.bindings.get(name)
            if binding is None or binding.location is None or binding.location.kind is not LocationKind.CONTEXT:
                continue
            if name == "this" and self.info.kind is FunctionKind.DERIVED_CONSTRUCTOR:
                continue  # uninitialised (the hole) until super() returns
            self._load_frame(name)
            self.store_binding(binding)

    def create_arguments_object(self: FunctionCompiler, scope: Scope) -> None:
        info = self.info
        if info.arguments is ArgumentsKind.NONE:
            return
        binding = scope.bindings.get("arguments")
        if binding is None or binding.location is None:
            return
        params = self.info.node.params  # type: ignore[attr-defined]
        if info.arguments is ArgumentsKind.MAPPED and info.mapped_parameter_slots:
            # https://tc39.es/ecma262/#sec-createmappedargumentsobject: the parameters are in
            # this function's context, pushed above
            slots = tuple(UNMAPPED_PARAMETER if slot is None else slot for slot in info.mapped_parameter_slots)
            names = tuple(param.name for param in params)
            self.emit(Op.CreateMappedArguments, self.constant(BindingList(names, slots)))
        else:
            self.emit(Op.CreateArguments, 1 if info.arguments is ArgumentsKind.MAPPED else 0)
        self.store_binding(binding)

    def bind_parameters(self: FunctionCompiler, node: ast.Node, scope: Scope) -> None:
        """https://tc39.es/ecma262/#sec-functiondeclarationinstantiation steps 24-26"""
        params = node.params  # type: ignore[attr-defined]
        if self.info.simple_parameters:
            for index, param in enumerate(params):
                binding = scope.bindings.get(param.name)
                if binding is None or binding.location is None or binding.parameter_index != index:
                    continue
                if binding.location.kind in (LocationKind.REGISTER, LocationKind.CONTEXT):
                    self.emit(Op.Ldar, parameter_register(index))
                    self.store_binding(binding)
            return
        self.write_tdz_holes(scope)
        for index, param in enumerate(params):
            self.at(param)
            if isinstance(param, ast.RestElement):
                self.emit(Op.CreateRestParameter, index)
                self.bind_pattern(param.argument)
            else:
                self.emit(Op.Ldar, parameter_register(index))
                self.bind_pattern(param)

    def enter_body_scope(self: FunctionCompiler, body_scope: Scope) -> None:
        """The separate var scope of a function whose parameters have expressions (step 28)."""
        if body_scope.needs_context:
            self.push_context(body_scope)
        for binding in body_scope.bindings.values():
            source = binding.initial_value_from
            if source is not None and source.location is not None:
                hops = 1 if body_scope.needs_context and source.location.kind is LocationKind.CONTEXT else 0
                self._load_location(source.location, hops, source.name)
                self.store_binding(binding)
            elif binding.kind is DeclarationKind.VAR:
                self._initialize_var(binding)
        self.write_tdz_holes(body_scope)
        self.instantiate_hoisted_functions(body_scope)

    def initialize_vars(self: FunctionCompiler, scope: Scope) -> None:
        for binding in scope.bindings.values():
            if binding.kind is DeclarationKind.VAR:
                self._initialize_var(binding)

    def _initialize_var(self: FunctionCompiler, binding: object) -> None:
        # Registers start undefined; a context slot starts as the hole.
        location = binding.location  # type: ignore[attr-defined]
        if location is not None and location.kind is LocationKind.CONTEXT:
            self.emit(Op.LdaUndefined)
            self.store_binding(binding)  # type: ignore[arg-type]

    def write_tdz_holes(self: FunctionCompiler, scope: Scope) -> None:
        for binding in scope.bindings.values():
            location = binding.location
            if (location is not None and location.kind is LocationKind.REGISTER
                    and id(binding) in self.state.tdz_bindings and binding.kind in TDZ_KINDS):
                self.emit(Op.LdaTheHole)
                self.emit(Op.Star, self.local_register(location.index))

    # --- script and eval code --------------------------------------------------------------------
    def emit_top_level(self: FunctionCompiler, program: ast.Node) -> None:
        """https://tc39.es/ecma262/#sec-globaldeclarationinstantiation (and #sec-evaldeclarationinstantiation)"""
        info = self.info
        scope = info.scope
        assert scope is not None
        self.completion = self.alloc()
        names, kinds = [], []
        for binding in scope.bindings.values():
            location = binding.location
            if location is None or location.kind not in (LocationKind.GLOBAL, LocationKind.DYNAMIC):
                continue
            if binding.kind in _DECLARE_KINDS:
                names.append(binding.name)
                kinds.append(_DECLARE_KINDS[binding.kind])
        eval_context = self.tree.eval_context
        if names and eval_context is not None and not eval_context.var_scope_is_global:
            names.append("")
            kinds.append(IN_FUNCTION_VAR_SCOPE | function_var_scope_depth(eval_context) << VAR_SCOPE_DEPTH_SHIFT)
        if names:
            self.at(program)
            self.emit(Op.DeclareBindings, self.constant(BindingList(tuple(names), tuple(kinds))))
        if scope.needs_context:
            self.push_context(scope)
        self.copy_frame_values(scope)
        self.initialize_vars_in_context(scope)
        self.write_tdz_holes(scope)
        self.instantiate_hoisted_functions(scope)
        self.statements(program.body)  # type: ignore[attr-defined]
        self.emit(Op.Ldar, self.completion)
        self.emit(Op.Return)

    def initialize_vars_in_context(self: FunctionCompiler, scope: Scope) -> None:
        for binding in scope.bindings.values():
            if binding.kind in (DeclarationKind.VAR,) and binding.location is not None \
                    and binding.location.kind is LocationKind.CONTEXT:
                self._initialize_var(binding)


def function_var_scope_depth(context: EvalContext) -> int:
    """Hops from the caller's context to the function var scope sloppy eval code declares into."""
    for depth, outer in enumerate(context.outer):
        if outer.receives_eval_vars:
            return depth
    raise AssertionError("a sloppy direct eval inside a function has a var scope that receives its vars")


def expected_argument_count(node: ast.Node) -> int:
    """ExpectedArgumentCount: parameters before the first default or rest.
    https://tc39.es/ecma262/#sec-static-semantics-expectedargumentcount"""
    count = 0
    for param in getattr(node, "params", ()):
        if isinstance(param, (ast.AssignmentPattern, ast.RestElement)):
            break
        count += 1
    return count
