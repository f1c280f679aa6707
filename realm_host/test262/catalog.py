"""Which tests a run covers: discovery under the suite's test/ directory, feature filters, sampling,
and the tests skipped before they run (skipped features, flags this host does not support)."""
from __future__ import annotations

import pathlib
import random
from dataclasses import dataclass

from realm_host.test262.frontmatter import FrontmatterError, TestMetadata, parse_frontmatter

# Not tests: fixture files other tests import (INTERPRETING.md, "_FIXTURE" suffix).
FIXTURE_MARK = "_FIXTURE"


@dataclass(frozen=True)
class Selection:
    paths: tuple[str, ...] = ()              # inside the suite ("test/language/expressions"); all of test/ if empty
    features: frozenset[str] = frozenset()   # run only tests that use one of these
    exclude_features: frozenset[str] = frozenset()
    sample: int = 0                           # 0: every selected test
    seed: int = 262


def discover(suite: pathlib.Path, selection: Selection) -> list[str]:
    """Test paths relative to the suite (sorted, "/"-separated), before feature filtering."""
    roots = [suite / p for p in selection.paths] or [suite / "test"]
    found: set[str] = set()
    for root in roots:
        if not root.exists():
            raise FileNotFoundError(f"no such path in the suite: {root}")
        files = [root] if root.is_file() else root.rglob("*.js")
        for path in files:
            if FIXTURE_MARK not in path.name:
                found.add(path.relative_to(suite).as_posix())
    return sorted(found)


def sample(paths: list[str], count: int, seed: int) -> list[str]:
    """A deterministic sample of count paths (the same suite, count and seed give the same tests)."""
    if count <= 0 or count >= len(paths):
        return paths
    return sorted(random.Random(seed).sample(paths, count))


def read_metadata(suite: pathlib.Path, relpath: str) -> TestMetadata | None:
    try:
        return parse_frontmatter((suite / relpath).read_text(encoding="utf-8", errors="surrogateescape"))
    except (OSError, FrontmatterError):
        return None  # the worker reports it as an unreadable test


def wanted(metadata: TestMetadata | None, selection: Selection) -> bool:
    """--features / --exclude-features."""
    if metadata is None:
        return True
    used = set(metadata.features)
    if selection.features and not used & selection.features:
        return False
    return not used & selection.exclude_features
