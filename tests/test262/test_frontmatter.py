"""The metadata reader against the forms test262 files use."""
from __future__ import annotations

import pytest

from realm_host.test262.frontmatter import FrontmatterError, Negative, parse_frontmatter


def test_inline_and_block_lists_flags_and_negative() -> None:
    meta = parse_frontmatter("""// header
/*---
esid: sec-x
description: |
    A description that mentions flags: [raw] and
    includes: [nothing.js] inside free text.
info: >
  negative:
    phase: parse
includes:
  - compareArray.js
  - "propertyHelper.js"
flags: [onlyStrict, async]   # a comment
features: [Symbol, 'cross-realm']
negative:
  phase: runtime
  type: TypeError
---*/
code();
""")
    assert meta.includes == ("compareArray.js", "propertyHelper.js")
    assert meta.flags == {"onlyStrict", "async"}
    assert meta.features == ("Symbol", "cross-realm")
    assert meta.negative == Negative("runtime", "TypeError")
    assert meta.is_async and not meta.is_raw


@pytest.mark.parametrize("flags, modes", [
    ("", (False, True)),
    ("flags: [onlyStrict]", (True,)),
    ("flags: [noStrict]", (False,)),
    ("flags: [raw]", (False,)),
    ("flags: [module]", (False,)),
])
def test_strictness_modes(flags: str, modes: tuple[bool, ...]) -> None:
    assert parse_frontmatter(f"/*---\ndescription: x\n{flags}\n---*/").strictness_modes() == modes


def test_empty_keys_mean_empty_lists() -> None:
    meta = parse_frontmatter("/*---\ndescription: x\n---*/")
    assert meta.includes == () and meta.flags == frozenset() and meta.negative is None


@pytest.mark.parametrize("source", [
    "no block at all",
    "/*---\nnegative:\n  phase: later\n  type: SyntaxError\n---*/",
    "/*---\nnegative:\n  phase: parse\n---*/",
    "/*---\nflags: [raw\n---*/",
    "/*---\nincludes: assert.js\n---*/",
])
def test_malformed_metadata_is_an_error(source: str) -> None:
    with pytest.raises(FrontmatterError):
        parse_frontmatter(source)
