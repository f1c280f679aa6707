"""``realm mem [--realms N] [--script FILE]``: what a realm costs, measured two ways.

Creates N realms in one process (default 10,000), runs the script (default ``1+1``) in each,
and prints per realm: creation time, the exact bytes of ``realm.memory()`` by category, and
the process's resident-memory growth (psutil) per realm, side by side; the shared part
(``host.memory()``: bytecode images, the self-hosted library, the agent's tables) separately.
The note at the end holds the numbers against the project's goals (DESIGN.md, "Lazy realms").
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import time
from dataclasses import dataclass, field

import psutil

from realm_host._native import ffi, lib
from realm_host.host import Host
from realm_host.realm import MEMORY_CATEGORIES, Realm

DEFAULT_SCRIPT = "1+1"
# The "touches common builtins" script, and the goals it sets.
COMMON_BUILTINS_SCRIPT = ("[1,2,3].map(x=>x*2).filter(x=>x>2).reduce((a,b)=>a+b,0); JSON.stringify({a:[1,2]}); "
                          "Object.keys({x:1}); 'abc'.toUpperCase().split('')")
IDLE_GOAL_BYTES = 2 * 1024
IDLE_GOAL_SECONDS = 10e-6
COMMON_GOAL_BYTES = 12 * 1024
# Peers, per context with 1,000 alive (the measurements).
PEERS = (("QuickJS", 70 * 1024, 0.13e-3), ("Duktape", 123 * 1024, None), ("quickjs-ng", 166 * 1024, 0.23e-3),
         ("node vm.createContext", 177 * 1024, 0.54e-3), ("V8 isolate (mini-racer)", 690 * 1024, 2.8e-3))


@dataclass
class MemReport:
    realms: int
    script: str
    create_seconds: float          # per realm
    run_seconds: float             # per realm
    exact: dict[str, float]        # per realm, by category and "total"
    rss_per_realm: float           # resident growth per realm
    shared: dict[str, int] = field(default_factory=dict)
    error: str | None = None       # the script's error, if it threw


def measure(realms: int, script: str, host: Host | None = None) -> MemReport:
    """Creates ``realms`` realms in host (a new Host if None), runs script in each, and measures."""
    own = host is None
    host = host if host is not None else Host()
    try:
        return _measure(host, realms, script)
    finally:
        if own:
            host.close()


def _measure(host: Host, count: int, script: str) -> MemReport:
    error = _warm_up(host, script)
    process = psutil.Process()
    gc.collect()
    host.collect()
    rss_before = process.memory_info().rss
    start = time.perf_counter()
    realms = [host.new_realm() for _ in range(count)]
    created = time.perf_counter()
    for realm in realms:
        try:
            realm.eval(script)
        except Exception:  # noqa: BLE001 - the error was reported by the warm-up run
            pass
    ran = time.perf_counter()
    gc.collect()
    rss_after = process.memory_info().rss
    totals = dict.fromkeys((*MEMORY_CATEGORIES, "total"), 0)
    for realm in realms:
        for name, value in realm.memory().items():
            totals[name] += value
    report = MemReport(count, script, (created - start) / count, (ran - created) / count,
                       {name: value / count for name, value in totals.items()},
                       (rss_after - rss_before) / count, dict(host.memory()), error)
    _close_all(realms)
    return report


def _close_all(realms: list[Realm]) -> None:
    """Closes the realms with one collection (closing one by one collects once per realm)."""
    pointers = ffi.new("rh_realm *[]", [realm._realm for realm in realms])
    lib.rh_realms_free(pointers, len(realms))
    for realm in realms:
        realm._realm = None


def _warm_up(host: Host, script: str) -> str | None:
    """Compiles and loads the script once, so the measured realms share its image."""
    with host.new_realm() as realm:
        try:
            realm.eval(script)
        except Exception as exc:  # noqa: BLE001 - measured anyway, reported in the note
            return str(exc)
    return None


def _kib(n: float) -> str:
    return f"{n / 1024:8.2f} KiB"


def format_report(report: MemReport) -> str:
    lines = [f"realm mem: {report.realms} realms, script {report.script!r}"[:120], ""]
    lines.append(f"  {'per realm':34}{'exact (realm.memory())':>24}")
    for name in MEMORY_CATEGORIES:
        lines.append(f"  {name:34}{_kib(report.exact[name]):>24}")
    lines.append(f"  {'total (exact)':34}{_kib(report.exact['total']):>24}")
    lines.append(f"  {'resident growth (psutil)':34}{_kib(report.rss_per_realm):>24}")
    lines.append(f"  {'creation time':34}{report.create_seconds * 1e6:>20.2f} µs")
    lines.append(f"  {'script run time':34}{report.run_seconds * 1e6:>20.2f} µs")
    lines.append("")
    lines.append("  shared (host.memory()):")
    for name, value in report.shared.items():
        lines.append(f"  {name:34}{_kib(value):>24}")
    lines += ["", *format_note(report)]
    return "\n".join(lines)


def format_note(report: MemReport) -> list[str]:
    """The goals of DESIGN.md and the issue, met or missed, and the peers for scale."""
    exact = report.exact["total"]
    idle = report.script.strip() == DEFAULT_SCRIPT
    goal = IDLE_GOAL_BYTES if idle else COMMON_GOAL_BYTES
    what = "an idle realm (1+1 evaluated)" if idle else "a realm after the script"
    lines = ["note:"]
    if report.error:
        lines.append(f"  the script threw in a fresh realm: {report.error}")
    lines.append(f"  {what}: {exact / 1024:.2f} KiB exact, {report.rss_per_realm / 1024:.2f} KiB resident; "
                 f"goal <= {goal / 1024:.0f} KiB: {'met' if exact <= goal else 'MISSED'}")
    if idle:
        lines.append(f"  creation: {report.create_seconds * 1e6:.2f} µs; goal <= {IDLE_GOAL_SECONDS * 1e6:.0f} µs: "
                     f"{'met' if report.create_seconds <= IDLE_GOAL_SECONDS else 'MISSED'}")
    if exact > goal:
        biggest = sorted(MEMORY_CATEGORIES, key=lambda name: -report.exact[name])[:3]
        lines.append("  most of it: " + ", ".join(f"{name} {report.exact[name] / 1024:.2f} KiB" for name in biggest))
    for name, size, seconds in PEERS:
        scale = f"{size / max(exact, 1):.0f}x our bytes"
        created = f", {seconds / report.create_seconds:.0f}x our creation time" if seconds else ""
        lines.append(f"  {name}: {size / 1024:.0f} KiB per context ({scale}{created})")
    return lines


def cmd_mem(args: argparse.Namespace) -> int:
    script = DEFAULT_SCRIPT
    if args.script:
        with open(args.script, encoding="utf-8") as f:
            script = f.read()
    report = measure(args.realms, script)
    print(json.dumps(dataclasses.asdict(report)) if args.json else format_report(report))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("mem", help="create many realms and report what each costs (exact bytes and RSS)")
    p.add_argument("--realms", type=int, default=10_000, metavar="N", help="realms alive at once (default 10000)")
    p.add_argument("--script", metavar="FILE", help=f"script run in each realm (default {DEFAULT_SCRIPT!r})")
    p.add_argument("--json", action="store_true", help="print the measurements as one JSON object")
    p.set_defaults(handler=cmd_mem)
