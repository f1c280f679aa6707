"""Import and export declarations: https://tc39.es/ecma262/#sec-modules

Module-level early errors checked here: duplicate exported names, `export { x }` of a
name the module does not declare, string export names that are not well-formed Unicode,
and reserved words as local names.
"""
from __future__ import annotations

from engine.syntax import ast
from engine.syntax.scopes import LEXICAL, is_declared_at_top
from engine.syntax.tokens import NAME, STRING


def _is_well_formed(text: str) -> bool:
    """IsStringWellFormedUnicode: no lone surrogate (https://tc39.es/ecma262/#sec-isstringwellformedunicode)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class ModuleParser:
    """Mixin of Parser: ModuleItem, ImportDeclaration, ExportDeclaration."""

    def parse_module_item(self) -> ast.Node:
        lx = self.lx
        if lx.type == NAME and not lx.escaped:
            if lx.value == "import":
                next_type = lx.peek()[0]
                if next_type != "(" and next_type != ".":
                    return self.parse_import()
            elif lx.value == "export":
                return self.parse_export()
        return self.parse_statement_list_item()

    # -- import ----------------------------------------------------------------------------------

    def parse_import(self) -> ast.ImportDeclaration:
        """ImportDeclaration (https://tc39.es/ecma262/#sec-imports)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        specifiers: list[ast.Node] = []
        if lx.type != STRING:
            if lx.type == NAME:
                local = self.parse_import_binding()
                specifiers.append(ast.ImportDefaultSpecifier(local.start, local.end, local.line, local.column, local))
                if lx.type == ",":
                    lx.next()
                    if lx.type != "*" and lx.type != "{":
                        self.unexpected()
            if lx.type == "*":
                s, ln, col = lx.start, lx.line, lx.column
                lx.next()
                self.expect_keyword("as")
                local = self.parse_import_binding()
                specifiers.append(ast.ImportNamespaceSpecifier(s, lx.prev_end, ln, col, local))
            elif lx.type == "{":
                specifiers.extend(self.parse_import_specifiers())
            elif not specifiers:
                self.unexpected()
            self.expect_keyword("from")
        source = self.parse_module_specifier()
        self.semicolon()
        return ast.ImportDeclaration(start, lx.prev_end, line, column, specifiers, source)

    def parse_import_specifiers(self) -> list[ast.Node]:
        lx = self.lx
        lx.next()
        specifiers: list[ast.Node] = []
        while lx.type != "}":
            s, ln, col = lx.start, lx.line, lx.column
            if lx.type == STRING:
                imported = self.parse_module_export_name()
                self.expect_keyword("as")
                local = self.parse_import_binding()
            else:
                word, escaped = lx.value, lx.escaped
                imported = self.parse_identifier_name()
                if self.eat_keyword("as"):
                    local = self.parse_import_binding()
                else:
                    self.check_identifier(word, imported.start, True, escaped)
                    local = ast.Identifier(imported.start, imported.end, imported.line, imported.column, word)
                    self.declare_name(word, LEXICAL, imported.start)
            specifiers.append(ast.ImportSpecifier(s, lx.prev_end, ln, col, imported, local))
            if lx.type != "}":
                self.expect(",")
        lx.next()
        return specifiers

    def parse_import_binding(self) -> ast.Identifier:
        local = self.parse_identifier(binding=True)
        self.declare_name(local.name, LEXICAL, local.start)
        return local

    def parse_module_specifier(self) -> ast.Literal:
        lx = self.lx
        if lx.type != STRING:
            self.unexpected()
        self.check_strict_octal()
        node = ast.Literal(lx.start, lx.end, lx.line, lx.column, lx.value, self.source[lx.start : lx.end])
        lx.next()
        return node

    def parse_module_export_name(self) -> ast.Node:
        """ModuleExportName: an IdentifierName or a well-formed string literal."""
        lx = self.lx
        if lx.type == STRING:
            if not _is_well_formed(lx.value):
                self.error("Invalid module export name: contains unpaired surrogate")
            return self.parse_module_specifier()
        return self.parse_identifier_name()

    # -- export ----------------------------------------------------------------------------------

    def parse_export(self) -> ast.Node:
        """ExportDeclaration (https://tc39.es/ecma262/#sec-exports)."""
        lx = self.lx
        start, line, column = lx.start, lx.line, lx.column
        lx.next()
        if lx.type == "*":
            return self.parse_export_all(start, line, column)
        if self.is_keyword("default"):
            return self.parse_export_default(start, line, column)
        if lx.type == "{":
            return self.parse_export_list(start, line, column)
        declaration = self.parse_export_declaration()
        names: list[ast.Identifier] = []
        if type(declaration) is ast.VariableDeclaration:
            for declarator in declaration.declarations:
                self.bound_names(declarator.id, names)
        else:
            names.append(declaration.id)
        for name in names:
            self.add_export(name.name, name.start)
        return ast.ExportNamedDeclaration(start, lx.prev_end, line, column, declaration, [], None)

    def parse_export_declaration(self) -> ast.Node:
        lx = self.lx
        if lx.type == NAME and not lx.escaped:
            word = lx.value
            if word == "var":
                return self.parse_var_statement("list")
            if word == "let" or word == "const":
                return self.parse_lexical_declaration()
            if word == "function":
                return self.parse_function_declaration(lx.start, lx.line, lx.column, False, "list")
            if word == "class":
                return self.parse_class(expression=False)
            if word == "async" and self.async_function_follows():
                return self.parse_function_declaration(lx.start, lx.line, lx.column, True, "list")
        self.unexpected()

    def parse_export_all(self, start: int, line: int, column: int) -> ast.Node:
        """`export * from "m"` and `export * as name from "m"`."""
        lx = self.lx
        lx.next()
        exported = None
        if self.eat_keyword("as"):
            exported = self.parse_module_export_name()
            self.add_export(self.export_name(exported), exported.start)
        self.expect_keyword("from")
        source = self.parse_module_specifier()
        self.semicolon()
        return ast.ExportAllDeclaration(start, lx.prev_end, line, column, exported, source)

    def parse_export_list(self, start: int, line: int, column: int) -> ast.Node:
        """`export { a, b as c, "d" as e } [from "m"]`."""
        lx = self.lx
        lx.next()
        specifiers: list[ast.ExportSpecifier] = []
        locals_seen: list[tuple[str, bool, int, bool]] = []  # (word, is_string, offset, escaped)
        while lx.type != "}":
            s, ln, col = lx.start, lx.line, lx.column
            locals_seen.append((lx.value if lx.type == NAME else "", lx.type == STRING, lx.start, lx.escaped))
            local = self.parse_module_export_name()
            exported = local
            if self.eat_keyword("as"):
                exported = self.parse_module_export_name()
            self.add_export(self.export_name(exported), exported.start)
            specifiers.append(ast.ExportSpecifier(s, lx.prev_end, ln, col, local, exported))
            if lx.type != "}":
                self.expect(",")
        lx.next()
        source = None
        if self.eat_keyword("from"):
            source = self.parse_module_specifier()
        else:
            for word, is_string, offset, escaped in locals_seen:
                if is_string:
                    self.error("A string literal cannot be used as an exported binding without `from`", offset)
                self.check_identifier(word, offset, False, escaped)
                self.export_refs.append((word, offset))
        self.semicolon()
        return ast.ExportNamedDeclaration(start, lx.prev_end, line, column, None, specifiers, source)

    def parse_export_default(self, start: int, line: int, column: int) -> ast.Node:
        """`export default` HoistableDeclaration | ClassDeclaration | AssignmentExpression."""
        lx = self.lx
        self.add_export("default", lx.start)
        lx.next()
        if self.is_keyword("function"):
            declaration = self.parse_function_declaration(lx.start, lx.line, lx.column, False, "list", anonymous_ok=True)
        elif self.is_keyword("async") and self.async_function_follows():
            declaration = self.parse_function_declaration(lx.start, lx.line, lx.column, True, "list", anonymous_ok=True)
        elif self.is_keyword("class"):
            declaration = self.parse_class(expression=False, anonymous_ok=True)
        else:
            declaration = self.parse_assign()
            self.semicolon()
        return ast.ExportDefaultDeclaration(start, lx.prev_end, line, column, declaration)

    @staticmethod
    def export_name(node: ast.Node) -> str:
        return node.name if type(node) is ast.Identifier else node.value

    def add_export(self, name: str, offset: int) -> None:
        if name in self.exported:
            self.error(f"Duplicate export of '{name}'", offset)
        self.exported.add(name)

    def check_module_exports(self) -> None:
        """Every `export { x }` names a binding the module declares (https://tc39.es/ecma262/#sec-module-semantics-static-semantics-early-errors)."""
        for name, offset in self.export_refs:
            if not is_declared_at_top(self.scope, name):
                self.error(f"Export '{name}' is not defined in module", offset)
