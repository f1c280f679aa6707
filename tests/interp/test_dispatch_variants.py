"""The interpreter built with a plain switch (REALM_HOST_SWITCH_DISPATCH=1 / -DRH_SWITCH_DISPATCH)
runs every test program exactly like the computed-goto build."""
from __future__ import annotations

import pytest

from tests.interp.variant_core import build, run_programs


@pytest.mark.slow_build
def test_switch_dispatch_runs_every_program(tmp_path) -> None:
    # -Werror: this build also proves the core compiles without a warning (-Wall -Wextra).
    library = build(str(tmp_path), ["-DRH_SWITCH_DISPATCH=1", "-Werror"])
    result = run_programs(library, computed_goto=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
