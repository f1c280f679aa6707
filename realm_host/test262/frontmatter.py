"""The metadata block of a test262 file (``/*--- ... ---*/``, YAML), as INTERPRETING.md defines it.

Only the keys a runner acts on are read: ``includes``, ``flags``, ``features`` and ``negative``
(``phase`` and ``type``). The block is YAML, but these keys always take one of three simple
forms, so a small reader covers them without a YAML dependency:

    flags: [onlyStrict, raw]        # inline list
    includes:                       # block list
      - compareArray.js
    negative:                       # one-level mapping
      phase: parse
      type: SyntaxError

Other keys (description, info, ...) may hold free text in ``|`` or ``>`` blocks; they are skipped
by indentation and never mistaken for the keys above.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_BLOCK = re.compile(r"/\*---(.*?)---\*/", re.DOTALL)
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_LIST_KEYS = ("includes", "flags", "features")

PHASES = ("parse", "resolution", "runtime")


class FrontmatterError(ValueError):
    """The metadata block is missing or malformed."""


@dataclass(frozen=True)
class Negative:
    """The error a negative test expects: in which phase, and the constructor name."""

    phase: str
    type: str


@dataclass(frozen=True)
class TestMetadata:
    includes: tuple[str, ...] = ()
    flags: frozenset[str] = frozenset()
    features: tuple[str, ...] = ()
    negative: Negative | None = None

    @property
    def is_raw(self) -> bool:
        return "raw" in self.flags

    @property
    def is_module(self) -> bool:
        return "module" in self.flags

    @property
    def is_async(self) -> bool:
        return "async" in self.flags

    def strictness_modes(self) -> tuple[bool, ...]:
        """The modes the test runs in (True: strict), per INTERPRETING.md "flags"."""
        if "onlyStrict" in self.flags:
            return (True,)
        if "noStrict" in self.flags or self.is_raw or self.is_module:
            # Modules are strict by themselves; the "use strict" prefix is never added to them.
            return (False,)
        return (False, True)


def parse_frontmatter(source: str) -> TestMetadata:
    """The metadata of a test262 test file."""
    match = _BLOCK.search(source)
    if match is None:
        raise FrontmatterError("no /*--- ---*/ metadata block")
    fields = _read_fields(match.group(1).splitlines())
    negative = _negative(fields.get("negative"))
    return TestMetadata(
        includes=tuple(_as_list(fields.get("includes"))),
        flags=frozenset(_as_list(fields.get("flags"))),
        features=tuple(_as_list(fields.get("features"))),
        negative=negative,
    )


@dataclass
class _Field:
    inline: str
    body: list[str] = field(default_factory=list)


def _read_fields(lines: list[str]) -> dict[str, _Field]:
    """Top-level keys (no indentation) with their inline value and their indented body lines."""
    fields: dict[str, _Field] = {}
    current: _Field | None = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        top = _TOP_KEY.match(line) if not line[0].isspace() else None
        if top is not None:
            current = _Field(top.group(2))
            fields[top.group(1)] = current
        elif current is not None:
            current.body.append(line.strip())
    return fields


def _as_list(entry: _Field | None) -> list[str]:
    if entry is None:
        return []
    inline = _strip_comment(entry.inline)
    if inline.startswith("["):
        if not inline.endswith("]"):
            raise FrontmatterError(f"unterminated list: {inline}")
        return [_unquote(item) for item in inline[1:-1].split(",") if item.strip()]
    if inline:
        raise FrontmatterError(f"expected a list, found {inline!r}")
    items = []
    for line in entry.body:
        if not line.startswith("-"):
            raise FrontmatterError(f"expected a '- item' line, found {line!r}")
        items.append(_unquote(_strip_comment(line[1:])))
    return items


def _negative(entry: _Field | None) -> Negative | None:
    if entry is None:
        return None
    values: dict[str, str] = {}
    for line in entry.body:
        key, sep, value = line.partition(":")
        if sep:
            values[key.strip()] = _unquote(_strip_comment(value))
    phase, error_type = values.get("phase"), values.get("type")
    if phase not in PHASES or not error_type:
        raise FrontmatterError(f"negative needs a phase in {PHASES} and a type, found {values}")
    return Negative(phase, error_type)


def _strip_comment(text: str) -> str:
    return text.split(" #", 1)[0].strip()


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text
