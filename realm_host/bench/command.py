"""``realm bench [PROGRAM...]``: bench/programs under this engine and its peers, alternating; a
table of medians and ratios to QuickJS with the geometric mean; the extras; the history file."""
from __future__ import annotations

import argparse
import pathlib
import sys
from typing import Any

from realm_host.bench import extras, history, programs
from realm_host.bench.peers import PEERS, Engine, RealmHostEngine, open_peers

PROGRAMS_DIR = history.ROOT / "bench" / "programs"
AGENT_PROGRAM = "numeric_loop.js"  # long enough per run that thread start-up does not count


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("names", nargs="*", metavar="PROGRAM", help="program names in bench/programs (default: all)")
    p.add_argument("-n", "--rounds", type=int, default=5, help="timed rounds per program and engine (default 5)")
    p.add_argument("--programs", type=pathlib.Path, default=PROGRAMS_DIR, metavar="DIR")
    p.add_argument("--peers", default=",".join(PEERS), metavar="A,B",
                   help=f"peers to run beside this engine (default {','.join(PEERS)})")
    p.add_argument("--history", type=pathlib.Path, default=history.DEFAULT_HISTORY, metavar="FILE",
                   help="the JSON history file to append to (default bench/history.json)")
    p.add_argument("--no-history", action="store_true", help="do not append this run to the history")
    p.add_argument("--no-extras", action="store_true", help="only the programs")
    p.add_argument("--realms", type=int, default=1000, metavar="N", help="realms made for the realm-cost figures")
    p.set_defaults(handler=run_command)


def run_command(args: argparse.Namespace) -> int:
    paths = programs.program_paths(args.programs, args.names)
    if not paths:
        print(f"error: no programs in {args.programs}", file=sys.stderr)
        return 2
    peers, notes = open_peers([name.strip() for name in args.peers.split(",") if name.strip()])
    engines: list[Engine] = [RealmHostEngine(), *peers]
    for note in notes:
        print(f"note: {note}")
    try:
        results = []
        names = [e.name for e in engines]
        for path in paths:
            results.append(programs.time_program(engines, path, args.rounds))
        programs.print_table(results, names, sys.stdout)
    finally:
        for engine in engines:
            engine.close()
    entry: dict[str, Any] = {
        "rounds": args.rounds, "engines": names, "notes": notes,
        "programs": {r.name: {"median_s": r.medians, "errors": r.errors, "ratio_to_quickjs": r.ratio(names[0])}
                     for r in results},
        "geomean_ratio_to_quickjs": programs.summary_geomean(results, names[0]),
    }
    if not args.no_extras:
        entry["extras"] = _extras(args)
    if not args.no_history:
        history.append(args.history, entry)
        print(f"\nappended to {args.history}")
    return 1 if any(r.errors.get(names[0]) for r in results) else 0


def _extras(args: argparse.Namespace) -> dict[str, Any]:
    found: dict[str, Any] = {}
    cost = extras.realm_cost(args.realms)
    found["realm_cost"] = cost
    common = (f"{cost['bytes_after_common_builtins']:.0f} after a script touching common builtins"
              if not cost["common_builtins_error"] else f"common-builtins script fails: {cost['common_builtins_error']}")
    print(f"\nrealm (realm mem): {cost['create_us']:.1f} us to make, {cost['bytes_per_realm']:.0f} bytes exact, "
          f"{cost['rss_bytes_per_realm']:.0f} bytes RSS growth per realm over {cost['realms']} realms; {common}")
    source, why = extras.lodash_source()
    if source is None:
        print(f"cold versus cached start: skipped ({why})")
    else:
        start = extras.cold_versus_cached(source, "lodash.js")
        found["cold_versus_cached"] = start
        print(f"lodash.js ({start['bytes'] / 1024:.0f} KiB): cold compile {start['cold_compile_s'] * 1000:.0f}ms, "
              f"cached start {start['cached_start_s'] * 1000:.1f}ms ({start['speedup']:.0f}x); {start['run']}")
    agent_path = args.programs / AGENT_PROGRAM
    if agent_path.exists():
        agents = extras.agents_on_threads(agent_path.read_text(encoding="utf-8"), AGENT_PROGRAM)
        found["agents_on_threads"] = agents
        print(f"two agents (two Hosts) running {AGENT_PROGRAM} x{agents['runs_per_agent']} each: one thread "
              f"{agents['one_thread_s']:.2f}s, two threads {agents['two_threads_s']:.2f}s "
              f"({agents['speedup']:.2f}x; {agents['cores_busy_two_threads']:.2f} cores busy)")
    return found
