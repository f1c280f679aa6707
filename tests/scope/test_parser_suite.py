"""Every valid program of the test262-parser-tests package analyses, and the result keeps
the invariants codegen relies on."""
from __future__ import annotations

from pathlib import Path

from engine.scope import ScopeTree, analyze
from engine.scope.bindings import LocationKind as L
from engine.syntax import JSSyntaxError, parse


def check_invariants(tree: ScopeTree) -> None:
    for ref in tree.references.values():
        location = ref.location
        assert location is not None, ref
        binding = ref.binding
        if location.kind in (L.CONTEXT, L.MODULE) and binding is not None and binding.location is location:
            scope = binding.scope
            assert scope.needs_context
            assert scope.context_slots[location.index] is binding
            assert ref.hops >= 0
        if location.kind is L.REGISTER:
            assert binding is not None
            assert location.index < binding.scope.function.register_count
        if location.kind is L.PARAMETER:
            assert location.index < binding.scope.function.parameter_count  # type: ignore[union-attr]


def test_every_valid_program_analyses(parser_tests_dir: Path) -> None:
    analysed = 0
    for directory in ("pass", "pass-explicit"):
        for path in sorted((parser_tests_dir / directory).glob("*.js")):
            source = path.read_bytes().decode("utf-8", errors="surrogateescape")
            try:
                program = parse(source, module=".module." in path.name)
            except JSSyntaxError:
                continue  # a parser expected failure; the parser suite tracks those
            check_invariants(analyze(program))
            analysed += 1
    assert analysed > 3000
