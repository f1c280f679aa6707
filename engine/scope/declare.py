"""Pass 1: build the scope tree, declare every binding, and collect every reference.

The walk is iterative (an explicit stack of tasks), so no tree depth can exhaust Python's
recursion limit: the parser bounds nesting, but not left-leaning chains such as
``a.b.c.d...`` or ``1+1+1+...``. Each task carries the scope its node is evaluated in,
so no "current scope" state has to be restored on the way out.

Declarations follow the spec's instantiation algorithms:
https://tc39.es/ecma262/#sec-globaldeclarationinstantiation,
https://tc39.es/ecma262/#sec-functiondeclarationinstantiation,
https://tc39.es/ecma262/#sec-blockdeclarationinstantiation,
https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation,
https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment.
References are only collected here; resolve.py binds them once every scope is complete,
which is what hoisting means.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from engine.scope.bindings import (
    Binding,
    ClassInfo,
    DeclarationKind as K,
    FunctionInfo,
    FunctionKind,
    Reference,
    Scope,
    ScopeKind,
    SuperAccess,
)
from engine.scope.tree import EvalContext, ScopeTree
from engine.syntax import ast

# A task: handler, node, the scope the node is evaluated in, and handler-specific data.
Task = tuple[Callable[[ast.Node, Scope, object], None], ast.Node, Scope, object]
ALWAYS_CHECK = sys.maxsize  # initialized_at for bindings whose TDZ no position can rule out


@dataclass(eq=False, slots=True)
class PseudoReference:
    """A reference to an implicit binding of the nearest non-arrow function (this, new.target, ...)."""

    reference: Reference
    kind: K


@dataclass(eq=False, slots=True)
class AnnexBCandidate:
    """A plain sloppy-mode function declaration in a block (B.3.3 may hoist it to a var)."""

    node: ast.FunctionDeclaration
    block: Scope


class Declarer:
    def __init__(self, program: ast.Program, eval_context: EvalContext | None, self_hosting: bool) -> None:
        self.eval_context = eval_context
        self.stack: list[Task] = []
        self.references: list[Reference] = []  # identifier and private-name references
        self.pseudo_references: list[PseudoReference] = []
        self.annexb_candidates: list[AnnexBCandidate] = []
        self.program = program
        root = self._make_root(program)
        self.tree = ScopeTree(program, root, self_hosting)
        self.tree.scopes[program] = root
        self.tree.functions[program] = root.function
        self.tree.all_scopes.append(root)
        self._handlers: dict[type, Callable[[ast.Node, Scope, object], None]] = {
            cls: getattr(self, "_on_" + cls.__name__)
            for cls in vars(ast).values()
            if isinstance(cls, type) and issubclass(cls, ast.Node) and hasattr(self, "_on_" + cls.__name__)
        }

    # ---- driving the walk -------------------------------------------------------------

    def run(self) -> ScopeTree:
        root = self.tree.root
        self._push_all(self.program.body, root)
        stack = self.stack
        while stack:
            handler, node, scope, extra = stack.pop()
            handler(node, scope, extra)
        return self.tree

    def _push(self, node: ast.Node | None, scope: Scope) -> None:
        if node is not None:
            self.stack.append((self._visit, node, scope, None))

    def _push_all(self, nodes: list, scope: Scope) -> None:
        """Push in reverse so the stack pops them in source order."""
        for node in reversed(nodes):
            self._push(node, scope)

    def _visit(self, node: ast.Node, scope: Scope, _extra: object) -> None:
        handler = self._handlers.get(type(node))
        if handler is not None:
            handler(node, scope, None)
        else:
            self._push_all(list(ast.iter_child_nodes(node)), scope)

    # ---- scopes and bindings ---------------------------------------------------------

    def _make_root(self, program: ast.Program) -> Scope:
        if program.sourceType == "module":
            kind, fkind = ScopeKind.MODULE, FunctionKind.MODULE
        elif self.eval_context is not None:
            kind, fkind = ScopeKind.EVAL, FunctionKind.EVAL
        else:
            kind, fkind = ScopeKind.SCRIPT, FunctionKind.SCRIPT
        strict = bool(program.strict) or (self.eval_context is not None and self.eval_context.strict_caller)
        info = FunctionInfo(program, fkind, strict, None)
        root = Scope(kind, program, None, info, strict)
        info.scope = info.body_scope = root
        return root

    def _new_scope(self, kind: ScopeKind, node: ast.Node, parent: Scope, function: FunctionInfo | None = None,
                   strict: bool | None = None) -> Scope:
        fn = function if function is not None else parent.function
        scope = Scope(kind, node, parent, fn, parent.strict if strict is None else strict)
        parent.children.append(scope)
        self.tree.all_scopes.append(scope)
        return scope

    def declare(self, scope: Scope, name: str, kind: K, node: ast.Node | None, initialized_at: int = 0) -> Binding:
        """Add a binding, or merge with an existing one the way the spec's instantiation does.

        Conflicting lexical declarations are early errors the parser already reported, so
        the only merges left are var/function/parameter/arguments ones: the binding is
        shared and a function declaration's value is assigned on scope entry.
        """
        existing = scope.bindings.get(name)
        if existing is None:
            binding = Binding(name, kind, scope, node, initialized_at)
            scope.bindings[name] = binding
            return binding
        if kind is K.FUNCTION and existing.kind is K.VAR:
            existing.kind = K.FUNCTION
            existing.node = node
        return existing

    def _reference(self, node: ast.Node, name: str, scope: Scope) -> Reference:
        ref = Reference(node, name, scope)
        self.tree.references[node] = ref
        self.references.append(ref)
        return ref

    def _pseudo(self, node: ast.Node, kind: K, scope: Scope, keyed: bool = True) -> Reference:
        ref = Reference(node, kind.value, scope)
        if keyed:
            self.tree.references[node] = ref
        self.pseudo_references.append(PseudoReference(ref, kind))
        return ref

    # ---- statements -------------------------------------------------------------------

    def _on_BlockStatement(self, node: ast.BlockStatement, scope: Scope, _: object) -> None:
        block = self._new_scope(ScopeKind.BLOCK, node, scope)
        self.tree.scopes[node] = block
        self._push_all(node.body, block)

    def _on_VariableDeclaration(self, node: ast.VariableDeclaration, scope: Scope, _: object) -> None:
        self._declare_variables(node, scope, 0)

    def _declare_variables(self, node: ast.VariableDeclaration, scope: Scope, initialized_at: int) -> None:
        """var hoists to the var scope; let/const stay in ``scope``. ``initialized_at`` 0 means
        each declarator initialises at its own end."""
        kind = {"var": K.VAR, "let": K.LET, "const": K.CONST}[node.kind]
        target = scope.var_scope() if kind is K.VAR else scope
        for declarator in reversed(node.declarations):
            self._push(declarator.init, scope)
            at = initialized_at or declarator.end
            self.stack.append((self._on_binding_pattern, declarator.id, scope, (kind, target, at)))

    def _on_FunctionDeclaration(self, node: ast.FunctionDeclaration, scope: Scope, _: object) -> None:
        self._declare_function(node, scope)
        self._start_function(node, scope, FunctionKind.NORMAL)

    def _declare_function(self, node: ast.FunctionDeclaration, scope: Scope) -> None:
        """Top-level functions are var-scoped; in a block they are lexical to the block, and a
        plain sloppy one is an Annex B.3.3 candidate for var hoisting."""
        if node.id is None:  # export default function () {}
            name, id_node = "*default*", node
        else:
            name, id_node = node.id.name, node.id
        binding = self.declare(scope, name, K.FUNCTION, id_node)
        scope.hoisted_functions.append(node)
        if node.id is not None:
            ref = self._reference(node.id, name, scope)
            ref.binding, ref.is_declaration = binding, True
        if not scope.is_var_scope and not scope.strict and not node.generator and not node.is_async:
            self.annexb_candidates.append(AnnexBCandidate(node, scope))

    def _on_ClassDeclaration(self, node: ast.ClassDeclaration, scope: Scope, _: object) -> None:
        name = node.id.name if node.id is not None else "*default*"
        binding = self.declare(scope, name, K.CLASS, node.id or node, node.end)
        if node.id is not None:
            ref = self._reference(node.id, name, scope)
            ref.binding, ref.is_declaration = binding, True
        self._start_class(node, scope, binding)

    def _on_IfStatement(self, node: ast.IfStatement, scope: Scope, _: object) -> None:
        for branch in (node.alternate, node.consequent):
            if isinstance(branch, ast.FunctionDeclaration):
                # https://tc39.es/ecma262/#sec-functiondeclarations-in-ifstatement-statement-clauses
                block = self._new_scope(ScopeKind.BLOCK, branch, scope)
                self.tree.scopes[branch] = block
                self._push(branch, block)
            else:
                self._push(branch, scope)
        self._push(node.test, scope)

    def _on_ForStatement(self, node: ast.ForStatement, scope: Scope, _: object) -> None:
        init = node.init
        head = scope
        if isinstance(init, ast.VariableDeclaration) and init.kind != "var":
            head = self._new_scope(ScopeKind.FOR_HEAD, node, scope)
            self.tree.scopes[node] = head
        self._push(node.body, head)
        self._push(node.update, head)
        self._push(node.test, head)
        self._push(init, head)

    def _on_ForInStatement(self, node: ast.Node, scope: Scope, _: object) -> None:
        left = node.left
        head = scope
        if isinstance(left, ast.VariableDeclaration) and left.kind != "var":
            head = self._new_scope(ScopeKind.FOR_HEAD, node, scope)
            self.tree.scopes[node] = head
            # The right side runs in a TDZ copy of the head (ForIn/OfHeadEvaluation), the
            # bindings are initialised per iteration before the body.
            self._push(node.body, head)
            self._declare_variables(left, head, node.right.end)
            self._push(node.right, head)
            return
        self._push(node.body, scope)
        self._push(left, scope)
        self._push(node.right, scope)

    _on_ForOfStatement = _on_ForInStatement

    def _on_SwitchStatement(self, node: ast.SwitchStatement, scope: Scope, _: object) -> None:
        block = self._new_scope(ScopeKind.SWITCH, node, scope)
        self.tree.scopes[node] = block
        self._push_all(node.cases, block)
        self._push(node.discriminant, scope)

    def _on_CatchClause(self, node: ast.CatchClause, scope: Scope, _: object) -> None:
        catch = self._new_scope(ScopeKind.CATCH, node, scope)
        self.tree.scopes[node] = catch
        self._push(node.body, catch)
        if node.param is not None:
            self.stack.append((self._on_binding_pattern, node.param, catch, (K.CATCH_PARAMETER, catch, 0)))

    def _on_WithStatement(self, node: ast.WithStatement, scope: Scope, _: object) -> None:
        body = self._new_scope(ScopeKind.WITH, node, scope)
        self.tree.scopes[node] = body
        scope.function.contains_with = True
        self._push(node.body, body)
        self._push(node.object, scope)

    def _on_LabeledStatement(self, node: ast.LabeledStatement, scope: Scope, _: object) -> None:
        self._push(node.body, scope)

    def _on_BreakStatement(self, node: ast.Node, scope: Scope, _: object) -> None:
        pass

    _on_ContinueStatement = _on_BreakStatement

    # ---- modules ------------------------------------------------------------------------

    def _on_ImportDeclaration(self, node: ast.ImportDeclaration, scope: Scope, _: object) -> None:
        for spec in node.specifiers:
            local = spec.local
            if isinstance(spec, ast.ImportNamespaceSpecifier):
                binding = self.declare(scope, local.name, K.IMPORT_NAMESPACE, local)
            else:
                binding = self.declare(scope, local.name, K.IMPORT, local, ALWAYS_CHECK)
            ref = self._reference(local, local.name, scope)
            ref.binding, ref.is_declaration = binding, True

    def _on_ExportNamedDeclaration(self, node: ast.ExportNamedDeclaration, scope: Scope, _: object) -> None:
        if node.declaration is not None:
            self._push(node.declaration, scope)
        elif node.source is None:
            for spec in node.specifiers:  # export { local as exported }: a read of a local binding
                if isinstance(spec.local, ast.Identifier):
                    self._reference(spec.local, spec.local.name, scope)

    def _on_ExportDefaultDeclaration(self, node: ast.ExportDefaultDeclaration, scope: Scope, _: object) -> None:
        decl = node.declaration
        if isinstance(decl, (ast.FunctionDeclaration, ast.ClassDeclaration)):
            self._push(decl, scope)
            return
        # export default AssignmentExpression: a let-like binding named *default*.
        self.declare(scope, "*default*", K.LET, node, node.end)
        self._push(decl, scope)

    def _on_ExportAllDeclaration(self, node: ast.Node, scope: Scope, _: object) -> None:
        pass

    # ---- expressions --------------------------------------------------------------------

    def _on_Identifier(self, node: ast.Identifier, scope: Scope, _: object) -> None:
        self._reference(node, node.name, scope)

    def _on_PrivateIdentifier(self, node: ast.PrivateIdentifier, scope: Scope, _: object) -> None:
        self._reference(node, "#" + node.name, scope)

    def _on_ThisExpression(self, node: ast.ThisExpression, scope: Scope, _: object) -> None:
        self._pseudo(node, K.THIS, scope)

    def _on_MetaProperty(self, node: ast.MetaProperty, scope: Scope, _: object) -> None:
        if node.meta.name == "new":
            self._pseudo(node, K.NEW_TARGET, scope)

    def _on_Literal(self, node: ast.Node, scope: Scope, _: object) -> None:
        pass

    def _on_MemberExpression(self, node: ast.MemberExpression, scope: Scope, _: object) -> None:
        if node.computed or isinstance(node.property, ast.PrivateIdentifier):
            self._push(node.property, scope)
        if isinstance(node.object, ast.Super):
            self._super_property(node.object, scope)
        else:
            self._push(node.object, scope)

    def _on_CallExpression(self, node: ast.CallExpression, scope: Scope, _: object) -> None:
        self._push_all(node.arguments, scope)
        callee = node.callee
        if isinstance(callee, ast.Super):
            self._super_call(callee, scope)
            return
        if isinstance(callee, ast.Identifier) and callee.name == "eval" and not node.optional:
            # https://tc39.es/ecma262/#sec-function-calls-runtime-semantics-evaluation step 6:
            # whether it is a direct eval is decided at run time; assume it may be.
            self.tree.direct_eval_calls[node] = scope
            scope.function.contains_direct_eval = True
        self._push(callee, scope)

    def _super_property(self, node: ast.Super, scope: Scope) -> None:
        this = self._pseudo(node, K.THIS, scope, keyed=False)
        home = self._pseudo(node, K.HOME_OBJECT, scope, keyed=False)
        self.tree.super_accesses[node] = SuperAccess(node, False, this, home_object=home)

    def _super_call(self, node: ast.Super, scope: Scope) -> None:
        this = self._pseudo(node, K.THIS, scope, keyed=False)
        active = self._pseudo(node, K.ACTIVE_FUNCTION, scope, keyed=False)
        new_target = self._pseudo(node, K.NEW_TARGET, scope, keyed=False)
        self.tree.super_accesses[node] = SuperAccess(node, True, this, active_function=active, new_target=new_target)

    def _on_Property(self, node: ast.Property, scope: Scope, _: object) -> None:
        value = node.value
        if isinstance(value, ast.FunctionExpression) and (node.method or node.kind != "init"):
            kind = {"get": FunctionKind.GETTER, "set": FunctionKind.SETTER}.get(node.kind, FunctionKind.METHOD)
            self.stack.append((self._on_function_node, value, scope, kind))
        else:
            self._push(value, scope)
        if node.computed:
            self._push(node.key, scope)

    def _on_FunctionExpression(self, node: ast.FunctionExpression, scope: Scope, _: object) -> None:
        self._start_function(node, scope, FunctionKind.NORMAL)

    def _on_ArrowFunctionExpression(self, node: ast.ArrowFunctionExpression, scope: Scope, _: object) -> None:
        self._start_function(node, scope, FunctionKind.ARROW)

    def _on_ClassExpression(self, node: ast.ClassExpression, scope: Scope, _: object) -> None:
        self._start_class(node, scope, None)

    def _on_function_node(self, node: ast.Node, scope: Scope, kind: object) -> None:
        assert isinstance(kind, FunctionKind)
        self._start_function(node, scope, kind)

    # ---- binding patterns ----------------------------------------------------------------

    def _on_binding_pattern(self, node: ast.Node, scope: Scope, extra: object) -> None:
        """Declare the names a binding pattern binds; default values and computed keys are
        ordinary expressions in ``scope``. ``extra`` is (kind, target scope, initialized_at)."""
        kind, target, initialized_at = extra  # type: ignore[misc]
        if isinstance(node, ast.Identifier):
            self._bind_identifier(node, scope, kind, target, initialized_at)
        elif isinstance(node, ast.AssignmentPattern):
            self._push(node.right, scope)
            self.stack.append((self._on_binding_pattern, node.left, scope, extra))
        elif isinstance(node, ast.RestElement):
            self.stack.append((self._on_binding_pattern, node.argument, scope, extra))
        elif isinstance(node, ast.ArrayPattern):
            for element in reversed(node.elements):
                if element is not None:
                    self.stack.append((self._on_binding_pattern, element, scope, extra))
        elif isinstance(node, ast.ObjectPattern):
            for prop in reversed(node.properties):
                if isinstance(prop, ast.RestElement):
                    self.stack.append((self._on_binding_pattern, prop.argument, scope, extra))
                    continue
                self.stack.append((self._on_binding_pattern, prop.value, scope, extra))
                if prop.computed:
                    self._push(prop.key, scope)
        else:  # the parser only builds the patterns above in binding positions
            raise AssertionError(f"unexpected binding pattern {type(node).__name__}")

    def _bind_identifier(self, node: ast.Identifier, scope: Scope, kind: K, target: Scope, initialized_at: int) -> None:
        binding = self.declare(target, node.name, kind, node, initialized_at)
        ref = self._reference(node, node.name, scope)
        if kind is not K.VAR:  # var x = v is a PutValue through the scope chain (it may hit a with object)
            ref.binding, ref.is_declaration = binding, True

    # ---- functions ------------------------------------------------------------------------

    def _start_function(self, node: ast.Node, scope: Scope, kind: FunctionKind) -> None:
        """FunctionDeclarationInstantiation's environments: an optional name scope, the
        function scope with the parameters, and a separate body scope when parameter
        expressions exist (https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 28)."""
        strict = bool(node.strict)
        is_arrow = isinstance(node, ast.ArrowFunctionExpression)
        info = FunctionInfo(node, kind, strict, scope.function, is_arrow=is_arrow)
        scope.function.inner_functions.append(info)
        self.tree.functions[node] = info
        parent = scope
        if isinstance(node, ast.FunctionExpression) and node.id is not None:
            name_scope = self._new_scope(ScopeKind.FUNCTION_NAME, node, scope, info, strict)
            binding = self.declare(name_scope, node.id.name, K.FUNCTION_NAME, node.id)
            ref = self._reference(node.id, node.id.name, name_scope)
            ref.binding, ref.is_declaration = binding, True
            info.name_scope = parent = name_scope
        fscope = self._new_scope(ScopeKind.FUNCTION, node, parent, info, strict)
        info.scope = info.body_scope = fscope
        info.parameter_count = len(node.params)
        info.simple_parameters = bool(node.simple_parameters)
        info.has_parameter_expressions = any(has_expression(p) for p in node.params)
        body_scope = fscope
        if info.has_parameter_expressions:
            body_scope = self._new_scope(ScopeKind.FUNCTION_BODY, node, fscope, info, strict)
            fscope.has_separate_body = True
            info.body_scope = body_scope
        if isinstance(node.body, ast.BlockStatement):
            self.tree.scopes[node.body] = body_scope
            self._push_all(node.body.body, body_scope)
        else:
            self._push(node.body, body_scope)
        self._declare_parameters(node, fscope)

    def _declare_parameters(self, node: ast.Node, fscope: Scope) -> None:
        for index in reversed(range(len(node.params))):
            self.stack.append((self._on_parameter, node.params[index], fscope, index))

    def _on_parameter(self, param: ast.Node, fscope: Scope, index: object) -> None:
        assert isinstance(index, int)
        if not isinstance(param, ast.Identifier):
            self._on_binding_pattern(param, fscope, (K.PARAMETER, fscope, param.end))
            return
        binding = self.declare(fscope, param.name, K.PARAMETER, param, param.end)
        binding.parameter_index = index  # a duplicate name: the last position wins
        ref = self._reference(param, param.name, fscope)
        ref.binding, ref.is_declaration = binding, True

    # ---- classes --------------------------------------------------------------------------

    def _start_class(self, node: ast.Node, scope: Scope, outer: Binding | None) -> None:
        """https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation: the heritage,
        computed keys and methods see a class scope with the inner name and the private names."""
        cscope = self._new_scope(ScopeKind.CLASS, node, scope, strict=True)
        self.tree.scopes[node] = cscope
        inner = None
        if node.id is not None:
            inner = self.declare(cscope, node.id.name, K.CLASS_NAME, node.id, node.end)
            if outer is None:  # a class expression: its name is the inner binding's
                ref = self._reference(node.id, node.id.name, cscope)
                ref.binding, ref.is_declaration = inner, True
        info = ClassInfo(node, cscope, inner, outer, is_derived=node.superClass is not None)
        self.tree.classes[node] = info
        for element in node.body.body:
            self._declare_private_name(info, element)
            self._declare_element_slot(info, element)
        for element in reversed(node.body.body):
            self._push_class_element(info, element)
        self._push(node.superClass, cscope)

    def _declare_private_name(self, info: ClassInfo, element: ast.Node) -> None:
        key = getattr(element, "key", None)
        if not isinstance(key, ast.PrivateIdentifier):
            return
        name = "#" + key.name
        if isinstance(element, ast.PropertyDefinition):
            kind = "field"
        else:
            kind = {"get": "getter", "set": "setter"}.get(element.kind, "method")
        binding = info.private_names.get(name)
        if binding is not None:  # get #x and set #x share one name
            binding.private_kind = "accessor"
            return
        binding = self.declare(info.scope, name, K.PRIVATE_NAME, key)
        binding.private_kind = kind
        binding.is_static = bool(element.static)
        info.private_names[name] = binding

    def _declare_element_slot(self, info: ClassInfo, element: ast.Node) -> None:
        """A class-scope slot for what the class's initializers need from its definition: the
        value of a computed field key (evaluated once, when the class is defined) and the
        function object of a non-static private method (one, shared by every instance)."""
        name = class_element_slot(element)
        if name is not None:
            binding = self.declare(info.scope, name, K.CONST, None)
            binding.needs_context = True

    def _push_class_element(self, info: ClassInfo, element: ast.Node) -> None:
        cscope = info.scope
        if isinstance(element, ast.MethodDefinition):
            if element.kind == "constructor":
                kind = FunctionKind.DERIVED_CONSTRUCTOR if info.is_derived else FunctionKind.CONSTRUCTOR
            else:
                kind = {"get": FunctionKind.GETTER, "set": FunctionKind.SETTER}.get(element.kind, FunctionKind.METHOD)
            self.stack.append((self._on_function_node, element.value, cscope, kind))
        elif isinstance(element, ast.PropertyDefinition):
            if element.value is not None:
                self._push(element.value, self._initializer_scope(info, bool(element.static)))
        elif isinstance(element, ast.StaticBlock):
            fscope = self._initializer_scope(info, True)
            block = self._new_scope(ScopeKind.STATIC_BLOCK, element, fscope)
            self.tree.scopes[element] = block
            self._push_all(element.body, block)
        if getattr(element, "computed", False):
            self._push(element.key, cscope)

    def _initializer_scope(self, info: ClassInfo, static: bool) -> Scope:
        """The scope of the synthetic method that runs the class's (static or instance) field
        initializers; class field initializers behave as methods
        (https://tc39.es/ecma262/#sec-runtime-semantics-classfielddefinitionevaluation)."""
        existing = info.static_elements if static else info.instance_fields
        if existing is not None:
            assert existing.scope is not None
            return existing.scope
        cscope = info.scope
        kind = FunctionKind.STATIC_ELEMENTS if static else FunctionKind.INSTANCE_FIELDS
        fn = FunctionInfo(info.node.body, kind, True, cscope.function)
        cscope.function.inner_functions.append(fn)
        fscope = self._new_scope(ScopeKind.FUNCTION, info.node.body, cscope, fn, True)
        fn.scope = fn.body_scope = fscope
        if static:
            info.static_elements = fn
        else:
            info.instance_fields = fn
        return fscope


def class_element_slot(element: ast.Node) -> str | None:
    """The name of a class element's slot (see Declarer._declare_element_slot), or None.
    Names start with "%", so no identifier and no direct eval can reach them."""
    if isinstance(element, ast.PropertyDefinition) and element.computed:
        return f"%key@{element.start}"
    if isinstance(element, ast.MethodDefinition) and isinstance(element.key, ast.PrivateIdentifier) \
            and not element.static:
        return f"%method@{element.start}"
    return None


def has_expression(pattern: ast.Node) -> bool:
    """ContainsExpression of a binding element: a default value or a computed key anywhere
    (https://tc39.es/ecma262/#sec-static-semantics-containsexpression)."""
    pending = [pattern]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.AssignmentPattern):
            return True
        if isinstance(node, ast.RestElement):
            pending.append(node.argument)
        elif isinstance(node, ast.ArrayPattern):
            pending.extend(e for e in node.elements if e is not None)
        elif isinstance(node, ast.ObjectPattern):
            for prop in node.properties:
                if isinstance(prop, ast.RestElement):
                    pending.append(prop.argument)
                elif prop.computed:
                    return True
                else:
                    pending.append(prop.value)
    return False
