"""The parser's nesting limit, shared by every grammar module.

Every nested statement, assignment expression, unary operator, pattern and link of a
left-nested chain (``a.b.c``, ``a + b + c``) counts one level. Real code stays far
below the limit; hostile input (100,000 nested parentheses) meets "nesting too deep"
long before Python's recursion limit, and the AST stays shallow enough for later passes
to walk recursively.
"""
from __future__ import annotations

MAX_DEPTH = 1000
