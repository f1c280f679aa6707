"""Helpers for the interpreter tests: running a program in a fresh realm and capturing output."""
from __future__ import annotations

import pathlib

from realm_host import Host

PROGRAMS = pathlib.Path(__file__).parent / "programs"


def program_paths() -> list[pathlib.Path]:
    return sorted(PROGRAMS.glob("*.js"))


def run_program(path: pathlib.Path, host: Host | None = None) -> str:
    """What the program prints, run in a fresh realm (of host, or of a new Host)."""
    chunks: list[str] = []
    own = host is None
    host = host or Host(output=chunks.append)
    if not own:
        host._output = chunks.append
    try:
        with host.new_realm() as realm:
            realm.eval(path.read_text(encoding="utf-8"), filename=path.name)
    finally:
        if own:
            host.close()
    return "".join(chunks)
