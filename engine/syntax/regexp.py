"""RegExp pattern validation (https://tc39.es/ecma262/#sec-regular-expressions-patterns).

Work in progress: the pattern grammar is being written; until then every pattern is accepted.
"""
from __future__ import annotations


def validate_regexp(body: str, flags: str) -> str | None:
    """An error message if ``body`` is not a valid Pattern under ``flags``, else None."""
    return None
