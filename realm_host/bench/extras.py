"""What ``realm bench`` measures besides the programs: the cost of a realm, cold compile versus
cached start of a large script, and two agents on two threads versus one."""
from __future__ import annotations

import pathlib
import sys
import tempfile
import threading
import time
from typing import Any

import psutil

ROOT = pathlib.Path(__file__).resolve().parents[2]
LODASH_VERSION = "4.17.21"


def realm_cost(count: int = 1000) -> dict[str, Any]:
    """The `realm mem` figures (realm_host/cli_mem.py, one implementation): creation time, exact
    bytes per realm after the idle script and after one touching common builtins, RSS growth."""
    from realm_host import cli_mem

    idle = cli_mem.measure(count, cli_mem.DEFAULT_SCRIPT)
    common = cli_mem.measure(count, cli_mem.COMMON_BUILTINS_SCRIPT)
    return {"realms": count, "create_us": idle.create_seconds * 1e6, "bytes_per_realm": idle.exact["total"],
            "rss_bytes_per_realm": idle.rss_per_realm, "bytes_after_common_builtins": common.exact["total"],
            "common_builtins_error": common.error}


def lodash_source() -> tuple[str | None, str]:
    """lodash's full build from the npm cache (tests/npm_cache.py), or None and why not."""
    sys.path.insert(0, str(ROOT))
    try:
        from tests.npm_cache import NpmUnavailable, npm_package
    except ImportError as exc:
        return None, f"tests/npm_cache.py not importable: {exc}"
    try:
        return (npm_package("lodash", LODASH_VERSION) / "lodash.js").read_text(encoding="utf-8"), ""
    except (NpmUnavailable, OSError) as exc:
        return None, f"lodash unavailable: {exc}"


def cold_versus_cached(source: str, name: str) -> dict[str, Any]:
    """Seconds to bring a script to a runnable image: compiled from source (empty disk cache)
    versus read from the disk cache by a fresh store (a new process's start); then one run."""
    from engine.image.native_check import native_checker
    from engine.store import Store
    from realm_host import Host, RealmHostError

    with tempfile.TemporaryDirectory() as cache:
        with Host(Store(cache_dir=cache, use_disk=True, checker=native_checker())) as host:
            cold = _time_load(host, source, name)
        with Host(Store(cache_dir=cache, use_disk=True, checker=native_checker())) as host:
            cached = _time_load(host, source, name)
            with host.new_realm() as realm:
                start = time.perf_counter()
                try:
                    realm.eval(source, name)
                    ran = f"ran in {(time.perf_counter() - start) * 1000:.1f}ms"
                except RealmHostError as exc:
                    ran = f"does not run yet: {type(exc).__name__}: {str(exc)[:120]}"
    return {"script": name, "bytes": len(source.encode()), "cold_compile_s": cold, "cached_start_s": cached,
            "speedup": cold / cached if cached else None, "run": ran}


def _time_load(host: Any, source: str, name: str) -> float:
    start = time.perf_counter()
    host._load(source, name)  # NON-API: compiling without running has no public entry yet
    return time.perf_counter() - start


def agents_on_threads(source: str, name: str, runs: int = 3) -> dict[str, float]:
    """runs evaluations in each of two agents (two Hosts): one after the other on one thread,
    then on two threads at once. The C core runs without the GIL, so two threads should take
    about half the time on two free cores."""
    from realm_host import Host

    hosts = [Host(), Host()]
    try:
        for host in hosts:
            host.new_realm().eval(source, name)  # compile into each store, warm up

        def work(host: Any) -> None:
            for _ in range(runs):
                with host.new_realm() as realm:
                    realm.eval(source, name)

        start = time.perf_counter()
        for host in hosts:
            work(host)
        one_thread = time.perf_counter() - start
        threads = [threading.Thread(target=work, args=(host,)) for host in hosts]
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        two_threads = time.perf_counter() - start
        # Cores kept busy: about 2 when the agents really ran in parallel, about 1 when they took
        # turns (a shared lock, or a machine with no free core; the speedup alone cannot tell).
        cores_busy = (_cpu_seconds() - cpu_before) / two_threads
    finally:
        for host in hosts:
            host.close()
    return {"program": name, "runs_per_agent": runs, "one_thread_s": one_thread, "two_threads_s": two_threads,
            "speedup": one_thread / two_threads, "cores_busy_two_threads": cores_busy}


def _cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return times.user + times.system
