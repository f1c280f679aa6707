"""Self-hosted Array.prototype.forEach next to the same loop written by hand, in one realm.

    python bench/forEach.py [--length N] [--repeat R]

Seed 001's claim: a builtin written in JavaScript, whose callback calls stay inside the
interpreter, runs about as fast as the loop a user would write. Both run the same callback
over the same array; the table shows the best time of R runs and the ratio forEach / loop.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from realm_host import Host  # noqa: E402

SETUP = "var arr = []; for (var i = 0; i < {length}; i++) arr[i] = i; var total = 0;" \
        "function f(v, i, a) {{ total += v; }}"
SELF_HOSTED = "total = 0; arr.forEach(f); total"
HAND_WRITTEN = "total = 0; for (let k = 0, n = arr.length; k < n; k++) {{ if (k in arr) f(arr[k], k, arr); }} total"


def best_time(realm, source: str, repeat: int) -> float:
    realm.eval(source)  # compile, link, warm the inline caches
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        realm.eval(source)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--length", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with Host() as host, host.new_realm() as realm:
        realm.eval(SETUP.format(length=args.length))
        expected = args.length * (args.length - 1) // 2
        assert realm.eval(SELF_HOSTED) == realm.eval(HAND_WRITTEN.format()) == expected
        builtin = best_time(realm, SELF_HOSTED, args.repeat)
        loop = best_time(realm, HAND_WRITTEN.format(), args.repeat)
    per = 1e9 / args.length
    print(f"{'':28}{'best (ms)':>10}{'ns/element':>12}")
    print(f"{'arr.forEach(f)':28}{builtin * 1e3:10.2f}{builtin * per:12.1f}")
    print(f"{'for loop calling f':28}{loop * 1e3:10.2f}{loop * per:12.1f}")
    print(f"ratio forEach / loop: {builtin / loop:.2f}  ({args.length} elements, best of {args.repeat})")


if __name__ == "__main__":
    main()
