"""Interpreter benchmarks: each program under bench/programs/ runs under this engine and under
QuickJS (the PyPI package `quickjs`) in the same process, alternating, and the table gives the
median times and their ratio (ours / QuickJS; below 1.0 is faster), with the geometric mean.

    python bench/run.py                 # every program, 5 rounds
    python bench/run.py -n 9 fib        # chosen programs, 9 rounds

Each program checks its own result and throws when it is wrong, so a broken engine cannot post
a time. Both engines start each run from a fresh global (a new realm / a new quickjs.Context);
ours compiles once (the image store caches it, as it would in production), QuickJS parses each
time: its parse is a small part of these loop-heavy programs.
"""
from __future__ import annotations

import argparse
import math
import pathlib
import statistics
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "bench" / "programs"
sys.path.insert(0, str(ROOT))


def time_realm_host(host, source: str, name: str) -> float:
    realm = host.new_realm()
    try:
        start = time.perf_counter()
        realm.eval(source, filename=name)
        return time.perf_counter() - start
    finally:
        realm.close()


def time_quickjs(source: str) -> float:
    import quickjs

    context = quickjs.Context()
    start = time.perf_counter()
    context.eval(source)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--rounds", type=int, default=5)
    parser.add_argument("names", nargs="*", help="program names (default: all)")
    args = parser.parse_args(argv)

    from realm_host import Host

    paths = sorted(PROGRAMS.glob("*.js"))
    if args.names:
        paths = [p for p in paths if p.stem in args.names]
    ratios = []
    print(f"{'program':<20} {'realm_host':>11} {'quickjs':>9} {'ratio':>7}")
    with Host() as host:
        for path in paths:
            source = path.read_text(encoding="utf-8")
            time_realm_host(host, source, path.name)  # warm-up: compiles into the store
            ours, theirs = [], []
            for _ in range(args.rounds):
                ours.append(time_realm_host(host, source, path.name))
                theirs.append(time_quickjs(source))
            a, b = statistics.median(ours), statistics.median(theirs)
            ratios.append(a / b)
            print(f"{path.stem:<20} {a * 1000:>9.1f}ms {b * 1000:>7.1f}ms {a / b:>6.2f}x", flush=True)
    geomean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geometric mean':<20} {'':>11} {'':>9} {geomean:>6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
