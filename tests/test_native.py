"""The C core is built by cffi at install time, imports, and reports its build configuration."""
from __future__ import annotations

import re

from realm_host._native import core_version, lib

import realm_host


def test_core_version_matches_package() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", core_version())
    assert core_version() == realm_host.__version__


def test_dispatch_mode_is_reported() -> None:
    assert lib.rh_core_uses_computed_goto() in (0, 1)
