"""Classes: ClassDefinitionEvaluation, constructors (written or default), methods and
accessors (static, computed, private), fields, static blocks.
https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation

Instance fields and private methods run in the class's instance initializer (a synthetic
method, ``ClassInfo.instance_fields``) that the constructor calls through
InitializeInstanceElements; static fields and static blocks run, in order, in the static
initializer (``ClassInfo.static_elements``), called once with the class as this. What the
initializers need from the definition (computed field keys, private method objects) waits
in class-scope slots the scope pass declares (engine.scope.declare.class_element_slot).

A private name held in a register is referenced by nothing but its own definition (any
other use is in a method or initializer, which captures it into a context), so defining it
on an object is unobservable and is skipped; the initializer's side effects still run.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from engine.bytecode._tables import Op
from engine.bytecode.builder import FunctionBuilder
from engine.bytecode.function import FunctionFlags, UnlinkedFunction
from engine.bytecode.operands import THIS_REGISTER
from engine.codegen.expressions import is_anonymous_function
from engine.codegen.literals import ENUMERABLE, METHOD, SET_FUNCTION_NAME, SETTER
from engine.scope.bindings import Binding, ClassInfo, FunctionInfo, FunctionKind, LocationKind, Scope, ScopeKind
from engine.scope.declare import class_element_slot
from engine.syntax import ast

if TYPE_CHECKING:
    from engine.codegen.compiler import FunctionCompiler


def is_static_element(element: ast.Node) -> bool:
    return isinstance(element, ast.StaticBlock) or bool(getattr(element, "static", False))


def class_has_instance_elements(node: ast.Node) -> bool:
    for element in node.body.body:  # type: ignore[attr-defined]
        if getattr(element, "static", False):
            continue
        if isinstance(element, ast.PropertyDefinition):
            return True
        if isinstance(element, ast.MethodDefinition) and isinstance(element.key, ast.PrivateIdentifier):
            return True
    return False


def class_has_static_initializer(node: ast.Node) -> bool:
    return any(isinstance(e, ast.StaticBlock) or isinstance(e, ast.PropertyDefinition) and e.static
               for e in node.body.body)  # type: ignore[attr-defined]


def constructor_of(node: ast.Node) -> ast.MethodDefinition | None:
    for element in node.body.body:  # type: ignore[attr-defined]
        if isinstance(element, ast.MethodDefinition) and element.kind == "constructor":
            return element
    return None


class ClassesMixin:
    def visit_ClassExpression(self: FunctionCompiler, node: ast.ClassExpression) -> None:
        self.compile_class(node)

    def compile_class(self: FunctionCompiler, node: ast.Node, name: str | None = None) -> None:
        """acc = the class constructor F."""
        info = self.tree.classes[node]
        class_name = node.id.name if node.id is not None else (name or "")  # type: ignore[attr-defined]
        pushed = self.enter_scope(info.scope)
        saved_class_depth, self.class_context_depth = self.class_context_depth, self.context_depth
        for binding in info.private_names.values():
            if binding.location is not None:
                self.emit(Op.CreatePrivateName, self.constant(binding.name))
                self.store_binding(binding)
        has_instance = class_has_instance_elements(node)
        with self.temps(3) as regs:
            heritage, constructor, prototype = regs, regs + 1, regs + 2
            superclass = node.superClass  # type: ignore[attr-defined]
            if superclass is not None:
                self.expr(superclass)
            else:
                self.emit(Op.LdaTheHole)
            self.emit(Op.Star, heritage)
            compiled = self.compile_constructor(node, info, class_name, has_instance)
            self.at(node)
            self.emit(Op.CreateClass, self.constant(compiled), heritage, prototype)
            self.emit(Op.Star, constructor)
            self.evaluate_elements(node, info, constructor, prototype)
            if has_instance:
                self.create_initializer(node, info, False, prototype)
                self.emit(Op.SetClassFields, constructor)
            if info.inner_binding is not None and info.inner_binding.location is not None:
                self.emit(Op.Ldar, constructor)
                self.store_binding(info.inner_binding)
            if class_has_static_initializer(node):
                with self.temp() as initializer:
                    self.create_initializer(node, info, True, constructor)
                    self.emit(Op.Star, initializer)
                    self.emit_ic(Op.Call, initializer, constructor, 1)
            self.emit(Op.Ldar, constructor)
        self.class_context_depth = saved_class_depth
        self.leave_scope(pushed)

    def evaluate_elements(self: FunctionCompiler, node: ast.Node, info: ClassInfo, constructor: int,
                          prototype: int) -> None:
        """ClassElementEvaluation in order: methods and accessors are defined, private methods
        and computed field keys are kept for the initializers."""
        for element in node.body.body:  # type: ignore[attr-defined]
            if isinstance(element, ast.MethodDefinition) and element.kind != "constructor":
                if isinstance(element.key, ast.PrivateIdentifier) and not element.static:
                    self.keep_private_method(info, element, prototype)
                else:
                    self.define_method(element, constructor if element.static else prototype)
            elif isinstance(element, ast.PropertyDefinition) and element.computed:
                self.keep_field_key(info, element)

    # --- methods -----------------------------------------------------------------------------
    def define_method(self: FunctionCompiler, element: ast.MethodDefinition, home: int) -> None:
        """Methods are non-enumerable; private ones are read-only. Accessors likewise."""
        key = element.key
        with self.temp() as key_register:
            private = isinstance(key, ast.PrivateIdentifier)
            if private:
                binding = self._private_binding(key)
                if binding is None or binding.location is None or binding.location.kind is LocationKind.REGISTER \
                        and not binding.referenced:
                    return
                self._load_private_name(binding)
                name = "#" + key.name
            else:
                self.property_key(element)
                name = "" if element.computed else self.static_key(key)
            self.emit(Op.Star, key_register)
            if element.kind in ("get", "set"):
                self.create_method(element.value, home, f"{element.kind} {name}" if name else "", element)
                self.at(element)
                self.emit(Op.DefineAccessor, home, key_register, SETTER if element.kind == "set" else 0)
            else:
                self.create_method(element.value, home, name, element)
                self.at(element)
                attributes = (METHOD if private else 0) | (SET_FUNCTION_NAME if element.computed else 0)
                self.emit(Op.DefineKeyedOwnProperty, home, key_register, attributes)

    def keep_private_method(self: FunctionCompiler, info: ClassInfo, element: ast.MethodDefinition,
                            prototype: int) -> None:
        """A private method's function object is made once, at class definition, and kept in the
        element's class-scope slot; the instance initializer adds it to every instance.
        https://tc39.es/ecma262/#sec-privatemethodoraccessoradd"""
        name = "#" + element.key.name  # type: ignore[attr-defined]
        if element.kind in ("get", "set"):
            name = f"{element.kind} {name}"
        self.create_method(element.value, prototype, name, element)
        self.store_element_slot(info, element)

    def keep_field_key(self: FunctionCompiler, info: ClassInfo, element: ast.PropertyDefinition) -> None:
        """A computed field key is evaluated (and converted) once, in order with the methods.
        https://tc39.es/ecma262/#sec-runtime-semantics-classfielddefinitionevaluation"""
        self.property_key(element)
        self.store_element_slot(info, element)

    def store_element_slot(self: FunctionCompiler, info: ClassInfo, element: ast.Node) -> None:
        binding = info.scope.bindings[class_element_slot(element)]  # type: ignore[index]
        assert binding.location is not None and binding.location.kind is LocationKind.CONTEXT
        self.emit(Op.StaContextSlot, self.context_depth - self.class_context_depth, binding.location.index)

    def load_element_slot(self: FunctionCompiler, element: ast.Node) -> None:
        """From an initializer: acc = what the class definition kept for ``element``."""
        info = self.initializer_class
        assert info is not None
        binding = info.scope.bindings[class_element_slot(element)]  # type: ignore[index]
        assert binding.location is not None
        self.emit(Op.LdaContextSlot, self.context_depth - self.class_context_depth, binding.location.index)

    def _private_binding(self: FunctionCompiler, key: ast.PrivateIdentifier) -> Binding | None:
        ref = self.tree.references.get(key)
        if ref is not None:
            return ref.binding
        # A declaration: the class whose body holds this key. Both halves of a `get #x` /
        # `set #x` pair share the binding declared for the first one.
        for info in self.tree.classes.values():
            binding = info.private_names.get("#" + key.name)
            if binding is not None and any(getattr(e, "key", None) is key for e in info.node.body.body):
                return binding
        return None

    def _load_private_name(self: FunctionCompiler, binding: Binding, outer_contexts: int = 0) -> None:
        """acc = a Private Name of the class being defined (or, from an initializer, of its class)."""
        location = binding.location
        assert location is not None
        hops = self.context_depth - self.class_context_depth if location.kind is LocationKind.CONTEXT else 0
        self._load_location(location, hops + outer_contexts, binding.name)

    # --- constructor --------------------------------------------------------------------------------
    def compile_constructor(self: FunctionCompiler, node: ast.Node, info: ClassInfo, name: str,
                            has_instance: bool) -> UnlinkedFunction:
        from engine.codegen.compiler import FunctionCompiler, function_flags

        from engine.codegen.functions import expected_argument_count

        key = (id(node), "constructor", name)
        compiled = self.state.compiled.get(key)
        if compiled is not None:
            return compiled
        written = constructor_of(node)
        if written is None:
            compiled = default_constructor(name, info.is_derived, has_instance, self.tree.self_hosting, node)
        else:
            function = written.value
            function_info = self.tree.functions[function]
            compiler = FunctionCompiler(self.state, function_info, name,
                                        function_flags(function_info, self.tree.self_hosting), self)
            compiler.has_instance_elements = has_instance
            compiler.builder.length = expected_argument_count(function)
            compiler.builder.source_start, compiler.builder.source_end = node.start, node.end
            compiled = compiler.compile_function(function)
        self.state.compiled[key] = compiled
        return compiled

    # --- initializers -------------------------------------------------------------------------------------
    def create_initializer(self: FunctionCompiler, node: ast.Node, info: ClassInfo, static: bool, home: int) -> None:
        """acc = the closure of the class's instance (or static) initializer."""
        from engine.codegen.compiler import FunctionCompiler, function_flags

        key = (id(node), "static" if static else "instance")
        compiled = self.state.compiled.get(key)
        if compiled is None:
            function_info = info.static_elements if static else info.instance_fields
            if function_info is None:
                function_info = synthetic_initializer(info, static, self.info)
            name = "<static_initializer>" if static else "<instance_fields>"
            compiler = FunctionCompiler(self.state, function_info, name,
                                        function_flags(function_info, self.tree.self_hosting), self)
            compiler.builder.source_start, compiler.builder.source_end = node.start, node.end
            compiler.initializer_class = info
            compiler.emit_initializer_body(node, static)
            compiled = self.state.compiled[key] = compiler.builder.finish()
        self.emit(Op.CreateMethod, self.constant(compiled), home)

    def emit_initializer_body(self: FunctionCompiler, node: ast.Node, static: bool) -> None:
        scope = self.info.scope
        assert scope is not None
        # Contexts between this initializer and the class scope: none (it is made in the class scope).
        if scope.needs_context:
            self.push_context(scope)
        self.copy_frame_values(scope)
        self.initialize_vars(scope)
        self.write_tdz_holes(scope)
        self.instantiate_hoisted_functions(scope)
        elements = [e for e in node.body.body if is_static_element(e) == static]  # type: ignore[attr-defined]
        if not static:
            # https://tc39.es/ecma262/#sec-initializeinstanceelements: private methods first
            for element in elements:
                if isinstance(element, ast.MethodDefinition) and isinstance(element.key, ast.PrivateIdentifier):
                    self.define_private_method_on_instance(element)
        for element in elements:
            if isinstance(element, ast.PropertyDefinition):
                self.define_field(element)
            elif isinstance(element, ast.StaticBlock):
                self.statement(element)
        self.emit(Op.LdaUndefined)
        self.emit(Op.Return)

    def define_private_method_on_instance(self: FunctionCompiler, element: ast.MethodDefinition) -> None:
        binding = self._private_binding(element.key)  # type: ignore[arg-type]
        if binding is None or binding.location is None or binding.location.kind is not LocationKind.CONTEXT:
            return
        with self.temp() as key:
            self._load_private_name(binding)
            self.emit(Op.Star, key)
            self.load_element_slot(element)
            self.at(element)
            if element.kind in ("get", "set"):
                self.emit(Op.DefineAccessor, THIS_REGISTER, key, SETTER if element.kind == "set" else 0)
            else:
                self.emit(Op.DefineKeyedOwnProperty, THIS_REGISTER, key, METHOD)

    def define_field(self: FunctionCompiler, element: ast.PropertyDefinition) -> None:
        """https://tc39.es/ecma262/#sec-definefield"""
        key = element.key
        self.at(element)
        with self.temp() as key_register:
            name: str | None = None
            if isinstance(key, ast.PrivateIdentifier):
                binding = self._private_binding(key)
                if binding is None or binding.location is None or binding.location.kind is not LocationKind.CONTEXT:
                    if element.value is not None:
                        self.effect(element.value)  # an unobservable field; its initializer still runs
                    return
                self._load_private_name(binding)
                name = "#" + key.name
            elif element.computed:
                self.load_element_slot(element)
            else:
                self.emit(Op.LdaConstant, self.constant(self.static_key(key)))
                name = self.static_key(key)
            self.emit(Op.Star, key_register)
            attributes = ENUMERABLE
            if element.value is not None:
                self.expr(element.value, name)
                if name is None and is_anonymous_function(element.value):
                    attributes |= SET_FUNCTION_NAME
            else:
                self.emit(Op.LdaUndefined)
            self.at(element)
            self.emit(Op.DefineKeyedOwnProperty, THIS_REGISTER, key_register, attributes)


def synthetic_initializer(info: ClassInfo, static: bool, parent: FunctionInfo) -> FunctionInfo:
    """A class with fields but no field initializer expressions has no initializer FunctionInfo
    from the scope pass: make an empty one (no bindings, no context)."""
    kind = FunctionKind.STATIC_ELEMENTS if static else FunctionKind.INSTANCE_FIELDS
    function = FunctionInfo(info.node.body, kind, True, parent)  # type: ignore[attr-defined]
    function.scope = function.body_scope = Scope(ScopeKind.FUNCTION, info.node.body, info.scope, function, True)  # type: ignore[attr-defined]
    return function


def default_constructor(name: str, derived: bool, has_instance: bool, self_hosting: bool,
                        node: ast.Node) -> UnlinkedFunction:
    """constructor() {} or, derived, constructor(...args) { super(...args); } without
    touching %Array.prototype%[@@iterator] (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation step 14.a)."""
    flags = FunctionFlags.STRICT | FunctionFlags.METHOD | FunctionFlags.CLASS_CONSTRUCTOR | FunctionFlags.USES_THIS
    if derived:
        flags |= FunctionFlags.DERIVED_CONSTRUCTOR
    if self_hosting:
        flags |= FunctionFlags.SELF_HOSTED
    builder = FunctionBuilder(name, 0, flags)
    builder.source_start, builder.source_end = node.start, node.end
    builder.set_position(node.line, node.column + 1)
    if derived:
        arguments = builder.new_register()
        builder.emit(Op.CreateRestParameter, 0)
        builder.emit(Op.Star, arguments)
        builder.emit(Op.SuperCallSpread, arguments)
        builder.emit(Op.Star, THIS_REGISTER)
    if has_instance:
        constructor = builder.new_register()
        builder.emit(Op.LdaCallee)
        builder.emit(Op.Star, constructor)
        builder.emit(Op.InitializeInstanceElements, THIS_REGISTER, constructor)
    builder.emit(Op.LdaUndefined)
    builder.emit(Op.Return)
    return builder.finish()
