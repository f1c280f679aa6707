"""The ``realm`` command line: one subcommand per stage of the pipeline as it lands."""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

from engine.syntax import JSSyntaxError


def _read_source(path: str) -> str:
    # JavaScript source files are UTF-8; a BOM is whitespace to the lexer, so keep it.
    with open(path, "rb") as f:
        data = f.read()
    return data.decode("utf-8", errors="surrogateescape")


def cmd_parse(args: argparse.Namespace) -> int:
    """``realm parse [--module] FILE...``: silent for valid files, one error report per invalid one."""
    from engine.syntax import parse

    failed = 0
    for path in args.files:
        try:
            source = _read_source(path)
        except OSError as exc:
            print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
            failed += 1
            continue
        try:
            parse(source, module=args.module, filename=path)
        except JSSyntaxError as exc:
            print(exc.format())
            failed += 1
    return 1 if failed else 0


def cmd_run(args: argparse.Namespace) -> int:
    """``realm run FILE``: runs FILE as a classic script in a fresh realm; print and console.log
    write to stdout; an uncaught exception prints ``Uncaught <Name>: <message>`` and the stack to
    stderr and exits 1."""
    from realm_host import Host, JSError, RealmHostError

    try:
        source = _read_source(args.file)
    except OSError as exc:
        print(f"error: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    with Host(max_call_depth=args.max_call_depth) as host, host.new_realm() as realm:
        try:
            realm.eval(source, filename=args.file)
        except JSError as exc:
            sys.stdout.flush()
            print(f"Uncaught {exc}", file=sys.stderr)
            stack_lines = exc.stack.split("\n")[1:] if exc.stack else []
            for line in stack_lines:
                print(line, file=sys.stderr)
            return 1
        except RealmHostError as exc:
            sys.stdout.flush()
            print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="realm", description="Realm Host: many JavaScript realms, measured.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="check that JavaScript files parse; report syntax errors")
    p.add_argument("--module", action="store_true", help="parse as ES modules instead of classic scripts")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=cmd_parse)

    from realm_host import cli_compile

    cli_compile.register(sub)

    from realm_host import cli_mem

    cli_mem.register(sub)

    p = sub.add_parser("run", help="run a JavaScript file as a classic script in a fresh realm")
    p.add_argument("--max-call-depth", type=int, default=0, metavar="N", help="JavaScript frames allowed (default 10000)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_run)

    from realm_host.test262 import command as test262_command

    test262_command.add_arguments(sub.add_parser("test262", help="run the test262 conformance suite in fresh realms"))

    from realm_host.bench import command as bench_command

    bench_command.add_arguments(sub.add_parser("bench", help="time bench/programs here and under QuickJS, node, dukpy"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
