"""Parser throughput: this project's parser next to the PyPI parsers, same files, same run.

    python bench/parse.py [--repeat N] [--only lodash|typescript]

Files come from the npm registry (cached by tests/npm_cache.py): lodash 4.17.21's lodash.js
(~530 KB) and typescript 5.4.5's lib/typescript.js (~9 MB). Peers: esprima and pyjsparser
(`pip install -e '.[bench]'`); a missing peer is skipped with a note. Each parser runs the
files alternately; the table shows the best time of N runs and KB/s (KB = 1000 bytes of
UTF-8 source).
"""
from __future__ import annotations

import argparse
import gc
import sys
import threading
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.npm_cache import npm_package  # noqa: E402

FILES = {
    "lodash": ("lodash", "4.17.21", "lodash.js"),
    "typescript": ("typescript", "5.4.5", "lib/typescript.js"),
}


def _ours() -> Callable[[str], object]:
    from engine.syntax import parse_script

    return parse_script


def _esprima() -> Callable[[str], object]:
    import esprima

    return esprima.parseScript


def _pyjsparser() -> Callable[[str], object]:
    import pyjsparser

    return pyjsparser.parse


PARSERS: dict[str, Callable[[], Callable[[str], object]]] = {
    "realm_host": _ours,
    "esprima": _esprima,
    "pyjsparser": _pyjsparser,
}


def _time_once(fn: Callable[[str], object], source: str) -> float | str:
    """Seconds for one parse, or a short failure note. Runs on a big-stack thread because the
    peers recurse deeply on large files."""
    result: list[float | str] = []

    def work() -> None:
        gc.collect()
        start = time.perf_counter()
        try:
            fn(source)
        except BaseException as exc:  # a peer's failure is a result, not a crash of the bench
            result.append(f"failed: {type(exc).__name__}")
            return
        result.append(time.perf_counter() - start)

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 100_000))
    threading.stack_size(512 * 1024 * 1024)
    try:
        t = threading.Thread(target=work)
        t.start()
        t.join()
    finally:
        threading.stack_size(0)
        sys.setrecursionlimit(old_limit)
    return result[0] if result else "failed"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", choices=sorted(FILES), action="append")
    ap.add_argument("--parsers", default=",".join(PARSERS), help="comma-separated subset")
    args = ap.parse_args()

    parsers: dict[str, Callable[[str], object]] = {}
    for name in args.parsers.split(","):
        try:
            parsers[name] = PARSERS[name]()
        except ImportError:
            print(f"note: {name} is not installed; skipped (pip install -e '.[bench]')")

    print(f"{'file':<12} {'KB':>7}  " + "  ".join(f"{p:>18}" for p in parsers))
    for key in args.only or list(FILES):
        pkg, version, rel = FILES[key]
        source = (npm_package(pkg, version) / rel).read_text(encoding="utf-8")
        kb = len(source.encode("utf-8")) / 1000
        best: dict[str, float | str] = {}
        for _ in range(args.repeat):
            for name, fn in parsers.items():  # alternate parsers within each round
                t = _time_once(fn, source)
                prev = best.get(name)
                if isinstance(t, str):
                    best[name] = t
                elif not isinstance(prev, str):
                    best[name] = t if prev is None else min(prev, t)
        cells = []
        for name in parsers:
            t = best[name]
            cells.append(f"{t:>18}" if isinstance(t, str) else f"{kb / t:>9.0f} KB/s {t:5.2f}s")
        print(f"{key:<12} {kb:>7.0f}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
