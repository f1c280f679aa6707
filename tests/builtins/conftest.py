from tests.builtins.support import host  # noqa: F401  (the module-scoped fixture)
