"""Fixtures for the C core's tests: a fresh agent and realm per test, heap verified afterwards.

Tests marked ``gc_stress`` run with a collection at every allocation (and the heap checked after
each test), which shakes out any value the C code forgets to root.
"""
from __future__ import annotations

import os
from typing import Iterator

import pytest

from tests.native.runtime import Agent, Realm


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "gc_stress: run with a garbage collection at every allocation")


def _stress_requested(request: pytest.FixtureRequest) -> bool:
    return request.node.get_closest_marker("gc_stress") is not None or os.environ.get("REALM_HOST_GC_STRESS") == "1"


@pytest.fixture
def agent(request: pytest.FixtureRequest) -> Iterator[Agent]:
    a = Agent(gc_stress=_stress_requested(request))
    yield a
    assert a.verify() == 0, "heap verification failed"
    a.close()


@pytest.fixture
def realm(agent: Agent) -> Iterator[Realm]:
    r = agent.new_realm()
    yield r
    if r.ptr is not None:
        r.close()
