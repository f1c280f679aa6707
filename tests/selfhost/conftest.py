"""Shared fixtures for the self-hosted library's tests: one Host per module, a fresh realm per
test, and ``py`` turning JavaScript arrays and plain objects into Python lists and dicts."""
from __future__ import annotations

from typing import Any, Iterator

import pytest

from realm_host import Host
from realm_host.values import JSObject, undefined


def py(value: Any) -> Any:
    """Arrays (anything with a numeric length) become lists, other objects dicts of own keys,
    undefined None."""
    if value is undefined:
        return None
    if not isinstance(value, JSObject):
        return value
    length = value.get("length")
    if isinstance(length, (int, float)) and not isinstance(length, bool) and not value.callable:
        return [py(value.get(i)) for i in range(int(length))]
    if value.callable:
        return value
    return {key: py(value.get(key)) for key in value.keys()}


@pytest.fixture(scope="module")
def host() -> Iterator[Host]:
    with Host() as h:
        yield h


@pytest.fixture
def realm(host: Host) -> Iterator[Any]:
    r = host.new_realm()
    yield r
    r.close()


def run(realm: Any, source: str) -> Any:
    return py(realm.eval(source))
