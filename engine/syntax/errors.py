"""The one place that builds and formats syntax errors.

Positions are offsets into the Python ``str`` source (code points). Lines count from 1;
columns count from 1 in messages (as compilers print them) and from 0 on AST nodes
(as ESTree does).
"""
from __future__ import annotations

import re

# ECMAScript LineTerminatorSequence: LF, CR, CRLF, LS, PS.
_LINE_TERMINATOR = re.compile(r"\r\n|[\n\r\u2028\u2029]")


def line_and_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line and 0-based column of ``offset`` in ``source`` (cold path: errors only)."""
    offset = max(0, min(offset, len(source)))
    line = 1
    line_start = 0
    for m in _LINE_TERMINATOR.finditer(source, 0, offset):
        line += 1
        line_start = m.end()
    return line, offset - line_start


def source_line(source: str, offset: int) -> str:
    """The text of the line that holds ``offset``, without its terminator."""
    offset = max(0, min(offset, len(source)))
    start = offset
    while start > 0 and source[start - 1] not in "\n\r\u2028\u2029":
        start -= 1
    m = _LINE_TERMINATOR.search(source, offset)
    end = m.start() if m else len(source)
    return source[start:end]


class JSSyntaxError(Exception):
    """A JavaScript SyntaxError found while parsing or checking early errors."""

    def __init__(self, message: str, source: str = "", offset: int = 0, filename: str = "<input>") -> None:
        self.message = message
        self.filename = filename
        self.offset = offset
        self.line, column0 = line_and_column(source, offset)
        self.column = column0 + 1
        self.text = source_line(source, offset)
        super().__init__(f"{message} ({filename}:{self.line}:{self.column})")

    def format(self, max_line: int = 200) -> str:
        """``SyntaxError: msg (FILE:LINE:COL)``, the source line, and a caret under the column."""
        text, caret_col = self.text, self.column - 1
        if len(text) > max_line:  # keep a 10 MB line readable: a window around the column
            lo = max(0, caret_col - max_line // 2)
            text, caret_col = text[lo : lo + max_line], caret_col - lo
        pad = "".join("\t" if ch == "\t" else " " for ch in text[:caret_col])
        return f"SyntaxError: {self}\n{text}\n{pad}^"
