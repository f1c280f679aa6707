"""Hand-assembled function trees for the bytecode, image and store tests
(code generation does not exist yet, so the tests build functions directly)."""
from __future__ import annotations

from engine.bytecode._tables import Op
from engine.bytecode.builder import NEW_METADATA, FunctionBuilder
from engine.bytecode.function import (
    BigIntLiteral,
    BindingList,
    FunctionFlags,
    RegExpLiteral,
    TemplateStrings,
    UnlinkedFunction,
)
from engine.bytecode.operands import parameter_register


def adder() -> UnlinkedFunction:
    """function add(a, b) { return a + b; }"""
    b = FunctionBuilder("add", 2, FunctionFlags.STRICT)
    b.set_position(1, 26)
    b.emit(Op.Ldar, parameter_register(1))
    b.emit(Op.Add, parameter_register(0), NEW_METADATA)
    b.emit(Op.Return)
    return b.finish()


def counter_loop() -> UnlinkedFunction:
    """function loop(n) { let s = 0; for (let i = 0; i < n; i++) s += i; return s; } with a try/catch."""
    b = FunctionBuilder("loop", 1)
    s, i, exc = b.new_register(), b.new_register(), b.new_register()
    top, done, try_start, try_end, catch = (b.new_label(n) for n in ("top", "done", "try", "try_end", "catch"))
    b.emit(Op.LdaSmi, 0)
    b.emit(Op.Star, s)
    b.emit(Op.Star, i)
    b.bind(try_start)
    b.bind(top)
    b.set_position(2, 4)
    b.emit(Op.Ldar, parameter_register(0))
    b.emit(Op.TestLessThan, i)
    b.emit(Op.JumpIfFalse, done)
    b.emit(Op.Ldar, i)
    b.emit(Op.Add, s, NEW_METADATA)
    b.emit(Op.Star, s)
    b.emit(Op.Ldar, i)
    b.emit(Op.Inc)
    b.emit(Op.Star, i)
    b.emit(Op.JumpLoop, top)
    b.bind(done)
    b.emit(Op.Ldar, s)
    b.emit(Op.Return)
    b.bind(try_end)
    b.bind(catch)
    b.set_position(3, 0)
    b.emit(Op.Ldar, exc)
    b.emit(Op.ReThrow)
    b.handler(try_start, try_end, catch, exc)
    return b.finish()


def script(extra_constants: int = 0) -> UnlinkedFunction:
    """A top-level script using every constant kind and two nested functions."""
    add, loop = adder(), counter_loop()
    b = FunctionBuilder("", 0, FunctionFlags.TOP_LEVEL)
    callee, receiver, argument = b.new_register(), b.new_register(), b.new_register()
    scope = b.scope(("captured", "\u00e9t\u00e9", "\U0001d49c", "lone\ud800"))
    b.emit(Op.DeclareBindings, b.constant(BindingList(("add", "loop"), (1, 1))))
    b.emit(Op.PushContext, scope)
    b.emit(Op.CreateClosure, b.constant(add))
    b.emit(Op.StaGlobal, b.constant("add"), NEW_METADATA)
    b.emit(Op.CreateClosure, b.constant(loop))
    b.emit(Op.StaContextSlot, 0, 0)
    b.emit(Op.Star, callee)
    b.emit(Op.LdaUndefined)
    b.emit(Op.Star, receiver)
    b.emit(Op.LdaConstant, b.constant(1e21))
    b.emit(Op.LdaConstant, b.constant(-0.0))
    b.emit(Op.LdaConstant, b.constant(BigIntLiteral(-(10**30))))
    b.emit(Op.LdaConstant, b.constant("\u4e2d\u6587 and ascii"))
    b.emit(Op.CreateRegExp, b.constant(RegExpLiteral("a+b", "gu")))
    b.emit(Op.GetTemplateObject, b.constant(TemplateStrings(("x", None), ("x", "\\u{"))), NEW_METADATA)
    for n in range(extra_constants):
        b.emit(Op.LdaConstant, b.constant(f"name{n}"))
    b.emit(Op.LdaSmi, 100000)
    b.emit(Op.Star, argument)
    b.emit(Op.Call, callee, receiver, 2, NEW_METADATA)
    b.emit(Op.PopContext)
    b.emit(Op.Return)
    b.source_end = 120
    return b.finish()
