"""``realm compile [--stats] FILE...`` and ``realm disasm FILE``: the bytecode stage, through the store."""
from __future__ import annotations

import argparse
import functools
import sys

from engine.bytecode.disasm import disassemble_tree
from engine.compiler import CompileOptions, NotSupportedYet, compile_function
from engine.image.native_check import native_checker
from engine.image.stats import ImageStats, image_stats
from engine.store import Lookup, SourceKind, Store
from engine.syntax import JSSyntaxError


def _options(module: bool) -> CompileOptions:
    return CompileOptions(SourceKind.MODULE if module else SourceKind.SCRIPT)


def _lookup(store: Store, path: str, source: str, module: bool) -> Lookup:
    compile_fn = functools.partial(_compile_named, filename=path)
    return store.lookup(source, _options(module), compile_fn)


def _compile_named(source: str, options: CompileOptions, filename: str):  # type: ignore[no-untyped-def]
    return compile_function(source, options, filename)


def _failure_line(path: str, exc: Exception) -> str:
    if isinstance(exc, JSSyntaxError):
        return f"SyntaxError: {exc}"
    if isinstance(exc, NotSupportedYet):
        return f"NotSupportedYet: {exc} ({path})"
    if isinstance(exc, OSError):
        return f"error: cannot read {path}: {exc.strerror}"
    raise exc


def _stats_row(name: str, stats: ImageStats, origin: str) -> str:
    return (f"{name:<40} {stats.image_bytes:>10} {stats.functions:>6} {stats.instructions:>8} "
            f"{stats.narrow:>8} {stats.wide:>6} {stats.bytes_per_instruction:>6.2f}  {origin}")


def cmd_compile(args: argparse.Namespace) -> int:
    from realm_host.cli import _read_source

    store = Store(checker=native_checker())
    failed = 0
    total = ImageStats()
    if args.stats:
        print(f"{'file':<40} {'bytes':>10} {'funcs':>6} {'instrs':>8} {'narrow':>8} {'wide':>6} {'B/ins':>6}  origin")
    for path in args.files:
        try:
            lookup = _lookup(store, path, _read_source(path), args.module)
        except (JSSyntaxError, NotSupportedYet, OSError) as exc:
            print(_failure_line(path, exc), file=sys.stderr if isinstance(exc, OSError) else sys.stdout)
            failed += 1
            continue
        if args.stats:
            stats = image_stats(lookup.image)
            total = total + stats
            print(_stats_row(path, stats, lookup.origin.value))
    if args.stats and len(args.files) > 1:
        print(_stats_row("total", total, ""))
    return 1 if failed else 0


def cmd_disasm(args: argparse.Namespace) -> int:
    from realm_host.cli import _read_source

    store = Store(checker=native_checker())
    try:
        lookup = _lookup(store, args.file, _read_source(args.file), args.module)
    except (JSSyntaxError, NotSupportedYet, OSError) as exc:
        print(_failure_line(args.file, exc))
        return 1
    sys.stdout.write(disassemble_tree(lookup.image.root))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("compile", help="compile JavaScript files to bytecode images through the store")
    p.add_argument("--stats", action="store_true", help="print image size and instruction counts per file")
    p.add_argument("--module", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_compile)

    p = sub.add_parser("disasm", help="print the bytecode of every function of a file, like jsc -d")
    p.add_argument("--module", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_disasm)
