"""Interpreter benchmarks: kept as a script for habit; the implementation is ``realm bench``
(realm_host/bench/): bench/programs under this engine, QuickJS, node --jitless and dukpy.

    python bench/run.py                 # every program, 5 rounds (same as `realm bench`)
    python bench/run.py -n 9 fib        # chosen programs, 9 rounds
"""
from __future__ import annotations

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from realm_host.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
