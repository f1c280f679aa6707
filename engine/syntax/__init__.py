"""The first stage of the pipeline: source text to an AST with positions and early errors."""
from engine.syntax.errors import JSSyntaxError

__all__ = ["JSSyntaxError"]
