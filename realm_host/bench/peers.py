"""The engines a benchmark program runs under: this one and its peers, each from a fresh global.

Every engine times only the evaluation of the program (not the making of its global), so the
columns compare interpreters. A peer that is not installed is skipped with a note, never an error.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import time
from typing import Any, Protocol


class Engine(Protocol):
    name: str

    def run(self, source: str, filename: str) -> float:
        """Seconds to evaluate source as a script in a fresh global; raises when it throws."""

    def close(self) -> None: ...


class PeerUnavailable(RuntimeError):
    """The peer is not installed (the message says what to install)."""


class RealmHostEngine:
    """This engine: a fresh realm per run in one Host (the program compiles once, into the store)."""

    name = "realm_host"

    def __init__(self) -> None:
        from realm_host import Host

        self._host = Host()

    def run(self, source: str, filename: str) -> float:
        realm = self._host.new_realm()
        try:
            start = time.perf_counter()
            realm.eval(source, filename)
            return time.perf_counter() - start
        finally:
            realm.close()

    def close(self) -> None:
        self._host.close()


class QuickJSEngine:
    """QuickJS through the PyPI package ``quickjs``: a new Context per run."""

    name = "quickjs"

    def __init__(self) -> None:
        try:
            import quickjs
        except ImportError:
            raise PeerUnavailable("pip install quickjs (the `bench` extra)") from None
        self._quickjs = quickjs

    def run(self, source: str, filename: str) -> float:
        context = self._quickjs.Context()
        start = time.perf_counter()
        context.eval(source)
        return time.perf_counter() - start

    def close(self) -> None:
        pass


class DukpyEngine:
    """The PyPI package ``dukpy``: a new JSInterpreter per run. dukpy 0.5 and later run on QuickJS
    (older releases embedded Duktape): the column shows what a user of that package gets."""

    name = "dukpy"

    def __init__(self) -> None:
        try:
            import dukpy
        except ImportError:
            raise PeerUnavailable("pip install dukpy (the `bench` extra)") from None
        self._dukpy = dukpy

    def run(self, source: str, filename: str) -> float:
        interpreter = self._dukpy.JSInterpreter()
        start = time.perf_counter()
        interpreter.evaljs(source + "\n;null")  # the completion value is JSON-encoded: keep it trivial
        return time.perf_counter() - start

    def close(self) -> None:
        pass


# The driver node runs: one line of JSON in (the source), one line out (seconds or the error).
# Each program runs in a new vm context, timed around runInContext only.
_NODE_DRIVER = r"""
const vm = require('vm');
const readline = require('readline');
readline.createInterface({input: process.stdin}).on('line', (line) => {
  const {source, filename} = JSON.parse(line);
  const context = vm.createContext({});
  const script = new vm.Script(source, {filename});
  const start = process.hrtime.bigint();
  try {
    script.runInContext(context);
    process.stdout.write(JSON.stringify({seconds: Number(process.hrtime.bigint() - start) / 1e9}) + '\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({error: String(e)}) + '\n');
  }
});
"""


class NodeJitlessEngine:
    """V8's interpreter alone (Ignition, ``node --jitless``) in one long-lived node process."""

    name = "node --jitless"

    def __init__(self) -> None:
        node = shutil.which("node")
        if node is None:
            raise PeerUnavailable("node is not on PATH")
        self._process = subprocess.Popen([node, "--jitless", "-e", _NODE_DRIVER], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)

    def run(self, source: str, filename: str) -> float:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps({"source": source, "filename": filename}) + "\n")
        self._process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._process.stdout.readline() or '{"error": "node exited"}')
        if "error" in answer:
            raise RuntimeError(answer["error"])
        return float(answer["seconds"])

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(10)


PEERS = {"quickjs": QuickJSEngine, "node": NodeJitlessEngine, "dukpy": DukpyEngine}


def open_peers(names: list[str]) -> tuple[list[Engine], list[str]]:
    """The peers that could start, and a note for each that could not."""
    engines: list[Engine] = []
    notes: list[str] = []
    for name in names:
        try:
            engines.append(PEERS[name]())
        except PeerUnavailable as exc:
            notes.append(f"{name} skipped: {exc}")
    return engines, notes
