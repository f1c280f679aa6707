"""Scope analysis: placeholder docstring, replaced below."""
from engine.scope.analyzer import analyze
from engine.scope.tree import EvalContext, OuterScope, ScopeError, ScopeTree

__all__ = ["analyze", "EvalContext", "OuterScope", "ScopeError", "ScopeTree"]
