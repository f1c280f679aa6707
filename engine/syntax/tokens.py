"""Token types shared by the lexer and the parser.

A token type is a plain ``str``. A punctuator's type is its own text (``"=>"``,
``"?."``, ``"{"``); every other kind is one of the constants below.
https://tc39.es/ecma262/#sec-ecmascript-language-lexical-grammar
"""
from __future__ import annotations

# IdentifierName: identifiers and every keyword or reserved word; the parser decides by value.
NAME = "name"
# PrivateIdentifier (#x); the value is the name without '#'.
PRIVATE_NAME = "#name"
NUM = "num"
BIGINT = "bigint"
STRING = "string"
# NoSubstitutionTemplate, TemplateHead, TemplateMiddle, TemplateTail.
TEMPLATE = "template"
TEMPLATE_HEAD = "template-head"
TEMPLATE_MIDDLE = "template-middle"
TEMPLATE_TAIL = "template-tail"
REGEX = "regex"
EOF = "eof"

# https://tc39.es/ecma262/#sec-punctuators (OptionalChainingPunctuator, OtherPunctuator,
# DivPunctuator, RightBracePunctuator).
PUNCTUATORS: frozenset[str] = frozenset(
    """
    { } ( ) [ ] . ... ; , < > <= >= == != === !== + - * / % ** ++ -- << >> >>> & | ^ ! ~
    && || ?? ? ?. : = += -= *= /= %= **= <<= >>= >>>= &= |= ^= &&= ||= ??= =>
    """.split()
)
