"""Every builtin case again with a collection at every allocation, then a heap check: shakes out
any value a builtin forgets to root across an allocation or a call back into JavaScript."""
from __future__ import annotations

import pytest

from realm_host import Host
from realm_host._native import lib
from tests.builtins import test_array, test_error, test_function, test_global, test_math, test_number, test_object
from tests.builtins import test_annex_b_escape, test_dynamic_function, test_global_delete, test_number_to_fixed
from tests.builtins import test_string, test_string_exotic, test_symbol
from tests.builtins.support import run_case

MODULES = [test_array, test_error, test_function, test_global, test_math, test_number, test_object, test_string, test_symbol,
           test_dynamic_function, test_string_exotic, test_global_delete, test_annex_b_escape, test_number_to_fixed]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_cases_under_gc_stress(module) -> None:
    with Host(output=lambda text: None) as host:
        lib.rh_test_set_gc_stress(host._agent, 1)
        for source, expected in module.CASES:
            run_case(host, source, expected)
        lib.rh_test_set_gc_stress(host._agent, 0)
        assert lib.rh_test_heap_verify(host._agent) == 0
