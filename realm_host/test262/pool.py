"""Worker processes that run many tests each, and the parent loop that feeds and watches them.

Each worker keeps one Executor (one Host, one store) for thousands of tests. The parent hands
out one test at a time, so it always knows which test a worker is running: a worker that dies
(segfault, abort) records CRASH for that test and a worker that exceeds the per-test timeout is
killed and records TIMEOUT; either way a fresh worker takes its place and the run goes on.
"""
from __future__ import annotations

import faulthandler
import multiprocessing
import multiprocessing.connection
import os
import pathlib
import signal
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from realm_host.test262.outcome import Outcome, Status

ResultCallback = Callable[[str, Outcome], None]
# A worker stops a test's JavaScript itself at this share of the timeout (and lives on); the
# parent kills it only when the whole timeout passes (time spent outside the interpreter).
SOFT_LIMIT_SHARE = 0.8


def _worker_main(conn: Any, suite: str, tests_per_host: int, time_limit: float) -> None:
    """The worker process: run the paths it receives until it receives None."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when the run stops
    faulthandler.disable()  # a crash is reported once, by the parent, as CRASH with its signal
    from realm_host.test262.execute import Executor  # imported here: the parent never loads the core

    executor = Executor(pathlib.Path(suite), tests_per_host, time_limit)
    try:
        while True:
            relpath = conn.recv()
            if relpath is None:
                break
            try:
                result = executor.run_path(relpath)
            except Exception as exc:  # noqa: BLE001 - a runner bug must not look like a crash
                result = Outcome(Status.FAIL, f"runner error: {type(exc).__name__}", str(exc)[:300])
            conn.send((relpath, result.to_json()))
    finally:
        executor.close()


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Any
    test: str | None = None
    started: float = 0.0


class WorkerPool:
    def __init__(self, suite: pathlib.Path, jobs: int, timeout: float, tests_per_host: int) -> None:
        self.suite = suite
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.tests_per_host = tests_per_host
        # fork: a replacement worker starts in milliseconds; the parent has no native state to copy.
        self._context = multiprocessing.get_context("fork")
        self.replaced = 0

    def run(self, paths: Iterable[str], on_result: ResultCallback) -> None:
        pending = list(reversed(list(paths)))
        workers = [self._spawn() for _ in range(min(self.jobs, len(pending)))]
        try:
            while any(w.test is not None for w in workers) or pending:
                for worker in workers:
                    if worker.test is None and pending:
                        self._assign(worker, pending.pop())
                self._collect(workers, on_result)
        finally:
            for worker in workers:
                self._stop(worker)

    # --- one step -------------------------------------------------------------------------------
    def _collect(self, workers: list[_Worker], on_result: ResultCallback) -> None:
        busy = [w for w in workers if w.test is not None]
        deadline = min(w.started for w in busy) + self.timeout
        ready = multiprocessing.connection.wait([w.conn for w in busy], timeout=max(0.0, deadline - time.monotonic()))
        for index, worker in enumerate(workers):
            if worker.test is None:
                continue
            if worker.conn in ready:
                self._receive(workers, index, on_result)
            elif time.monotonic() - worker.started > self.timeout:
                self._replace(workers, index, on_result,
                              Outcome(Status.TIMEOUT, "timeout", f"longer than {self.timeout:g}s"))

    def _receive(self, workers: list[_Worker], index: int, on_result: ResultCallback) -> None:
        worker = workers[index]
        try:
            relpath, data = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(1)
            code = worker.process.exitcode
            self._replace(workers, index, on_result, Outcome(Status.CRASH, "crash", _exit_text(code)))
            return
        worker.test = None
        on_result(relpath, Outcome.from_json(data))

    def _replace(self, workers: list[_Worker], index: int, on_result: ResultCallback, result: Outcome) -> None:
        worker = workers[index]
        test = worker.test
        self._kill(worker)
        workers[index] = self._spawn()
        self.replaced += 1
        if test is not None:
            on_result(test, result)

    # --- processes -----------------------------------------------------------------------------
    def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(target=_worker_main, args=(child_end, str(self.suite), self.tests_per_host,
                                                                        self.timeout * SOFT_LIMIT_SHARE),
                                        daemon=True)
        process.start()
        child_end.close()  # so the parent sees EOF when the worker dies
        return _Worker(process, parent_end)

    def _assign(self, worker: _Worker, relpath: str) -> None:
        worker.test = relpath
        worker.started = time.monotonic()
        worker.conn.send(relpath)

    def _stop(self, worker: _Worker) -> None:
        try:
            worker.conn.send(None)
            worker.process.join(5)
        except (OSError, ValueError):
            pass
        self._kill(worker)

    def _kill(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()


def _exit_text(code: int | None) -> str:
    if code is None:
        return "the worker stopped answering"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def run_in_process(suite: pathlib.Path, paths: Iterable[str], on_result: ResultCallback,
                   tests_per_host: int) -> None:
    """--jobs 0: every test in this process (for debugging; a crash ends the run)."""
    from realm_host.test262.execute import Executor

    executor = Executor(suite, tests_per_host)
    try:
        for relpath in paths:
            on_result(relpath, executor.run_path(relpath))
    finally:
        executor.close()


def default_jobs() -> int:
    return os.cpu_count() or 1
