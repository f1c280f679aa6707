"""Runs one test262 test in process, as INTERPRETING.md says, in a fresh realm of a long-lived Host.

The Host (and its Store) lives across many tests, so the harness files (assert.js, sta.js,
propertyHelper.js, ...) compile once and every test pays only for its own realm and source.
The Host is replaced every ``tests_per_host`` tests so the store's images do not pile up.
"""
from __future__ import annotations

import pathlib
import time
from dataclasses import dataclass
from typing import Any

from engine.store import Store
from realm_host import Host, JSError, JSObject, NotSupportedYet, OutOfMemory, RealmHostError, Terminated
from realm_host.realm import Realm
from realm_host.test262 import outcome
from realm_host.test262.frontmatter import FrontmatterError, TestMetadata, parse_frontmatter
from realm_host.test262.host262 import Host262
from realm_host.test262.outcome import Outcome

STRICT_PREFIX = '"use strict";\n'
ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"
DEFAULT_TESTS_PER_HOST = 2000


@dataclass(frozen=True)
class TestFile:
    relpath: str  # inside the suite, with "/" separators: "test/language/expressions/addition/S9.3_A1.js"
    source: str
    metadata: TestMetadata


def load_test(suite: pathlib.Path, relpath: str) -> TestFile:
    source = (suite / relpath).read_text(encoding="utf-8", errors="surrogateescape")
    return TestFile(relpath, source, parse_frontmatter(source))


class Executor:
    """Runs tests one after another in fresh realms; never raises for a test's behaviour."""

    def __init__(self, suite: pathlib.Path, tests_per_host: int = DEFAULT_TESTS_PER_HOST,
                 time_limit: float | None = None) -> None:
        self.suite = suite
        self.tests_per_host = tests_per_host
        # Running JavaScript past the limit is stopped through the agent's interrupt hook, so the
        # worker survives; the pool's kill is the fallback for time spent outside the interpreter.
        self.time_limit = time_limit
        self._deadline = float("inf")
        self._harness: dict[str, str] = {}
        self._host: Host | None = None
        self._tests_on_host = 0
        self._printed: list[str] = []

    def run_path(self, relpath: str) -> Outcome:
        try:
            test = load_test(self.suite, relpath)
        except (OSError, FrontmatterError) as exc:
            return outcome.fail("unreadable test", str(exc))
        return self.run(test)

    def run(self, test: TestFile) -> Outcome:
        """PASS only if every mode the test's flags ask for passes (INTERPRETING.md "flags")."""
        self._deadline = time.monotonic() + self.time_limit if self.time_limit else float("inf")
        for strict in test.metadata.strictness_modes():
            result = self._run_mode(test, strict)
            if not result.passed:
                if len(test.metadata.strictness_modes()) > 1:
                    mode = "strict" if strict else "non-strict"
                    return outcome.Outcome(result.status, result.reason, f"[{mode}] {result.detail}")
                return result
        return outcome.PASSED

    def close(self) -> None:
        if self._host is not None:
            self._host.close()
            self._host = None

    # --- one mode ----------------------------------------------------------------------------
    def _run_mode(self, test: TestFile, strict: bool) -> Outcome:
        meta = test.metadata
        if meta.is_module:
            return outcome.fail("NotSupportedYet: modules", "module tests need module loading")
        host = self._fresh_host()
        source = STRICT_PREFIX + test.source if strict else test.source
        compiled = self._compile(host, source, test.relpath, meta)
        if compiled is not None:
            return compiled
        self._printed.clear()
        host262 = Host262(host)
        try:
            realm = host262.new_realm()
            if not meta.is_raw:
                harness_failure = self._load_harness(realm, meta)
                if harness_failure is not None:
                    return harness_failure
            result = self._evaluate(realm, source, test.relpath, meta)
            if host262.not_supported is not None:
                return outcome.fail(not_supported_reason(str(host262.not_supported)), str(host262.not_supported))
            return result
        except RealmHostError as exc:  # failures while setting up the realm itself
            return outcome.fail(f"host: {type(exc).__name__}", str(exc))
        finally:
            host262.close()

    def _compile(self, host: Host, source: str, relpath: str, meta: TestMetadata) -> Outcome | None:
        """The parse phase: None when the source compiled and the test should run."""
        expected = meta.negative
        try:
            compile_script(host, source, relpath)
        except JSError as exc:
            if expected is not None and expected.phase == "parse" and exc.name == expected.type:
                return outcome.PASSED
            return outcome.fail("parse error", f"{exc.name}: {exc.message}")
        except NotSupportedYet as exc:
            return outcome.fail(not_supported_reason(str(exc)), str(exc))
        if expected is not None and expected.phase in ("parse", "resolution"):
            return outcome.fail(f"expected {expected.type} at {expected.phase}", "the source compiled")
        return None

    def _load_harness(self, realm: Realm, meta: TestMetadata) -> Outcome | None:
        for name in harness_files(meta):
            try:
                realm.eval(self._harness_source(name), f"harness/{name}")
            except OSError as exc:
                return outcome.fail("harness: missing include", str(exc))
            except JSError as exc:
                return outcome.fail(f"harness {name}: {error_reason(exc)}", f"{exc.name}: {exc.message}")
            except NotSupportedYet as exc:
                return outcome.fail(f"harness {name}: {not_supported_reason(str(exc))}", str(exc))
        return None

    def _evaluate(self, realm: Realm, source: str, relpath: str, meta: TestMetadata) -> Outcome:
        expected = meta.negative
        try:
            realm.eval(source, relpath)
        except JSError as exc:
            thrown = thrown_type(exc)
            if expected is not None and expected.phase == "runtime" and thrown == expected.type:
                return outcome.PASSED
            if expected is not None:
                return outcome.fail(f"expected {expected.type} at runtime, got {thrown}", exc.message)
            return outcome.fail(error_reason(exc), f"{thrown}: {exc.message}")
        except NotSupportedYet as exc:
            return outcome.fail(not_supported_reason(str(exc)), str(exc))
        except OutOfMemory as exc:
            return outcome.fail("OutOfMemory", str(exc))
        except Terminated as exc:
            if self._past_deadline():
                return outcome.Outcome(outcome.Status.TIMEOUT, "timeout", f"stopped after {self.time_limit:g}s")
            return outcome.fail("Terminated", str(exc))
        if expected is not None:
            return outcome.fail(f"expected {expected.type} at runtime, completed")
        if meta.is_async:
            return self._async_result()
        return outcome.PASSED

    def _async_result(self) -> Outcome:
        """INTERPRETING.md "async": the test passes when print receives the completion line."""
        lines = "".join(self._printed).splitlines()
        for line in lines:
            if line.startswith(ASYNC_FAILURE):
                return outcome.fail("async failure", line[len(ASYNC_FAILURE):])
            if line == ASYNC_COMPLETE:
                return outcome.PASSED
        return outcome.fail("async: no completion", "print never received " + ASYNC_COMPLETE)

    # --- hosts, realms, harness -----------------------------------------------------------------
    def _fresh_host(self) -> Host:
        if self._host is None or self._tests_on_host >= self.tests_per_host:
            self.close()
            # Memory only: tens of thousands of one-off test images do not belong in the disk cache.
            self._host = Host(Store(use_disk=False), output=self._printed.append)
            self._host.set_interrupt(self._past_deadline)
            self._tests_on_host = 0
        self._tests_on_host += 1
        return self._host

    def _past_deadline(self) -> bool:
        return time.monotonic() > self._deadline

    def _harness_source(self, name: str) -> str:
        source = self._harness.get(name)
        if source is None:
            source = (self.suite / "harness" / name).read_text(encoding="utf-8")
            self._harness[name] = source
        return source


def harness_files(meta: TestMetadata) -> list[str]:
    """assert.js and sta.js, doneprintHandle.js for async tests, then the test's includes."""
    names = ["assert.js", "sta.js"]
    if meta.is_async:
        names.append("doneprintHandle.js")
    names += [name for name in meta.includes if name not in names]
    return names


def compile_script(host: Host, source: str, filename: str) -> Any:
    """Compiles (or finds in the store) a classic script without running it: the parse phase.

    NON-API: uses Host._load, the only way to separate compiling from running today."""
    return host._load(source, filename)


def thrown_type(exc: JSError) -> str:
    """The constructor name of a thrown value (INTERPRETING.md "negative": type), else its name."""
    value = exc.value
    if isinstance(value, JSObject):
        try:
            constructor = value.get("constructor")
            name = constructor.get("name") if isinstance(constructor, JSObject) else None
        except RealmHostError:
            name = None
        if isinstance(name, str) and name:
            return name
    return exc.name or type(value).__name__


def error_reason(exc: JSError) -> str:
    """A category for an uncaught error: missing globals are named, others by type."""
    if exc.name == "ReferenceError" and exc.message.endswith(" is not defined"):
        return "not defined: " + exc.message[: -len(" is not defined")]
    return "uncaught " + thrown_type(exc)


def not_supported_reason(message: str) -> str:
    return "NotSupportedYet: " + message.split(" (", 1)[0].removesuffix(" are not supported yet").removesuffix(
        " is not supported yet")
