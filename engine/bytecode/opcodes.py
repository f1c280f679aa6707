"""The instruction set, declared once (JSC's BytecodeList.rb, Hermes' BytecodeList.def).

An Ignition-style accumulator machine (seed 004): every frame has an
accumulator and a register file (``this``, parameters ``a0..``, locals and
temporaries ``r0..``). Most instructions take one register operand and use the
accumulator for the other: ``Add r1`` is ``acc = r1 + acc``.

Everything else is derived from this table by engine/bytecode/generate.py: the C
enum, operand layout, metadata structs and X-macro list, and the Python
encoder/decoder tables in engine/bytecode/_tables.py. Opcode numbers are the
positions in ``OPCODES``; they are written nowhere else. Changing this file
changes the opcode-table hash: bump engine/bytecode/version.py.

Accumulator effect: "none", "read", "write" or "read_write".
A register operand followed by a count operand names the range of ``count``
consecutive locals starting there.

Flags:
  prefix       a width prefix, not an instruction of its own
  jump         has a JUMP operand
  conditional  the jump depends on the accumulator (falls through otherwise)
  back_edge    a loop back-edge: the interpreter checks interrupts here
  terminator   control never falls through to the next instruction
  throws       may throw a JavaScript exception
  may_call_js  may run JavaScript (getters, valueOf, proxies, callees): may GC
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.bytecode.metadata import (
    ARITH_PROFILE,
    CALL_IC,
    GLOBAL_IC,
    LITERAL_SITE,
    PROPERTY_IC,
    TEMPLATE_CACHE,
    MetadataKind,
)
from engine.bytecode.operands import (
    Const,
    Flag,
    Jump,
    Meta,
    Operand,
    OperandKind,
    Reg,
    RegCount,
    RegOut,
    SImm,
    UImm,
)

ACCUMULATOR_EFFECTS = ("none", "read", "write", "read_write")
FLAGS = ("prefix", "jump", "conditional", "back_edge", "terminator", "throws", "may_call_js")


@dataclass(frozen=True)
class Opcode:
    name: str
    operands: tuple[Operand, ...]
    acc: str
    meta: MetadataKind | None
    flags: frozenset[str]
    doc: str
    number: int = field(default=-1, compare=False)


def check_opcode(opcode: Opcode) -> None:
    if opcode.acc not in ACCUMULATOR_EFFECTS:
        raise ValueError(f"{opcode.name}: unknown accumulator effect {opcode.acc!r}")
    unknown = opcode.flags - set(FLAGS)
    if unknown:
        raise ValueError(f"{opcode.name}: unknown flags {sorted(unknown)}")
    kinds = [o.kind for o in opcode.operands]
    if (OperandKind.META in kinds) != (opcode.meta is not None):
        raise ValueError(f"{opcode.name}: a META operand and meta= go together")
    if (OperandKind.JUMP in kinds) != ("jump" in opcode.flags):
        raise ValueError(f"{opcode.name}: a JUMP operand and the jump flag go together")
    for index, kind in enumerate(kinds):
        if kind is OperandKind.REG_COUNT and (index == 0 or kinds[index - 1] is not OperandKind.REG):
            raise ValueError(f"{opcode.name}: a register count follows the register that starts its range")
    names = [o.name for o in opcode.operands]
    if len(set(names)) != len(names):
        raise ValueError(f"{opcode.name}: operand names repeat")


_declared: list[Opcode] = []


def op(
    name: str,
    operands: list[Operand],
    acc: str = "none",
    meta: MetadataKind | None = None,
    flags: set[str] | frozenset[str] = frozenset(),
    doc: str = "",
) -> None:
    opcode = Opcode(name, tuple(operands), acc, meta, frozenset(flags), doc, len(_declared))
    check_opcode(opcode)
    _declared.append(opcode)


T = {"throws"}
TJ = {"throws", "may_call_js"}

# --- Width prefixes: opcodes 0 and 1 so the C core can test them cheaply -----
op("Wide16", [], flags={"prefix"}, doc="Next instruction's operands are 2 bytes each.")
op("Wide32", [], flags={"prefix"}, doc="Next instruction's operands are 4 bytes each.")

# --- Loads and moves -----------------------------------------------------------
op("LdaUndefined", [], acc="write", doc="acc = undefined")
op("LdaNull", [], acc="write", doc="acc = null")
op("LdaTrue", [], acc="write", doc="acc = true")
op("LdaFalse", [], acc="write", doc="acc = false")
op("LdaTheHole", [], acc="write", doc="acc = the hole (marks an uninitialised let/const/class binding)")
op("LdaSmi", [SImm("value")], acc="write", doc="acc = a small integer")
op("LdaConstant", [Const("index", "value")], acc="write", doc="acc = a constant: number, string, BigInt")
op("Ldar", [Reg("source")], acc="write", doc="acc = register")
op("Star", [RegOut("target")], acc="read", doc="register = acc")
op("Mov", [Reg("source"), RegOut("target")], doc="target = source")
op("LdaNewTarget", [], acc="write",
   doc="acc = new.target of the running function (undefined in a call); arrows see their enclosing function's")
op("LdaCallee", [], acc="write", doc="acc = the running closure (named function expressions, class constructors)")
op("LdaIntrinsic", [UImm("id")], acc="write", doc="acc = %intrinsic% id; self-hosting mode only")

# --- Binary operations: acc = lhs OP acc -----------------------------------------
for _name, _what in (
    ("Add", "+"), ("Sub", "-"), ("Mul", "*"), ("Div", "/"), ("Mod", "%"), ("Exp", "**"),
    ("BitwiseAnd", "&"), ("BitwiseOr", "|"), ("BitwiseXor", "^"),
    ("ShiftLeft", "<<"), ("ShiftRight", ">>"), ("ShiftRightLogical", ">>>"),
):
    op(_name, [Reg("lhs"), Meta("profile")], acc="read_write", meta=ARITH_PROFILE, flags=TJ,
       doc=f"acc = lhs {_what} acc")

# --- Comparisons: acc = lhs OP acc, a boolean ---------------------------------------
op("TestEqual", [Reg("lhs")], acc="read_write", flags=TJ, doc="acc = lhs == acc (!= is TestEqual, LogicalNot)")
op("TestStrictEqual", [Reg("lhs")], acc="read_write", doc="acc = lhs === acc")
op("TestLessThan", [Reg("lhs")], acc="read_write", flags=TJ, doc="acc = lhs < acc")
op("TestGreaterThan", [Reg("lhs")], acc="read_write", flags=TJ, doc="acc = lhs > acc")
op("TestLessThanOrEqual", [Reg("lhs")], acc="read_write", flags=TJ, doc="acc = lhs <= acc")
op("TestGreaterThanOrEqual", [Reg("lhs")], acc="read_write", flags=TJ, doc="acc = lhs >= acc")
op("TestInstanceOf", [Reg("lhs")], acc="read_write", flags=TJ, doc="acc = lhs instanceof acc")
op("TestIn", [Reg("key")], acc="read_write", flags=TJ,
   doc="acc = key in acc (a private name key tests the private brand: #x in o)")

# --- Unary operations and conversions on the accumulator ------------------------------
op("Negate", [], acc="read_write", flags=TJ, doc="acc = -acc")
op("BitwiseNot", [], acc="read_write", flags=TJ, doc="acc = ~acc")
op("LogicalNot", [], acc="read_write", doc="acc = !ToBoolean(acc)")
op("TypeOf", [], acc="read_write", doc="acc = typeof acc")
op("ToNumeric", [], acc="read_write", flags=TJ, doc="acc = ToNumeric(acc) (unary +, postfix ++/--)")
op("Inc", [], acc="read_write", flags=T, doc="acc = acc + 1 on a numeric acc (Number or BigInt)")
op("Dec", [], acc="read_write", flags=T, doc="acc = acc - 1 on a numeric acc (Number or BigInt)")
op("ToString", [], acc="read_write", flags=TJ, doc="acc = ToString(acc) (template literal substitutions)")
op("ToPropertyKey", [], acc="read_write", flags=TJ, doc="acc = ToPropertyKey(acc) (computed keys, evaluated once)")

# --- Control flow -------------------------------------------------------------------------
op("Jump", [Jump("target")], flags={"jump", "terminator"}, doc="goto target (forward)")
op("JumpLoop", [Jump("target")], flags={"jump", "terminator", "back_edge"},
   doc="goto target (a loop back-edge; checks interrupts and the budget)")
op("JumpIfTrue", [Jump("target")], acc="read", flags={"jump", "conditional"}, doc="if ToBoolean(acc) goto target")
op("JumpIfFalse", [Jump("target")], acc="read", flags={"jump", "conditional"}, doc="if !ToBoolean(acc) goto target")
op("JumpIfNullish", [Jump("target")], acc="read", flags={"jump", "conditional"},
   doc="if acc is null or undefined goto target (?., ??)")
op("JumpIfNotNullish", [Jump("target")], acc="read", flags={"jump", "conditional"},
   doc="if acc is neither null nor undefined goto target")
op("JumpIfUndefined", [Jump("target")], acc="read", flags={"jump", "conditional"},
   doc="if acc is undefined goto target (default values)")
op("JumpIfNotUndefined", [Jump("target")], acc="read", flags={"jump", "conditional"},
   doc="if acc is not undefined goto target")
op("Return", [], acc="read", flags={"terminator"}, doc="return acc")
op("Throw", [], acc="read", flags={"terminator", "throws"}, doc="throw acc")
op("ReThrow", [], acc="read", flags={"terminator", "throws"},
   doc="throw acc again at the end of a finally block (no new stack trace)")
op("Debugger", [], flags=TJ, doc="the debugger statement: calls the host's debugger hook, if any")

# --- Checks that throw ------------------------------------------------------------------------
op("ThrowIfHole", [Const("name", "string")], acc="read", flags=T,
   doc="ReferenceError if acc is the hole: a let/const/class (or this) used before initialisation")
op("ThrowIfNotHole", [], acc="read", flags=T,
   doc="ReferenceError if acc is not the hole: super() called twice (BindThisValue)")
op("ThrowIfNullish", [], acc="read", flags=T,
   doc="TypeError if acc is null or undefined (RequireObjectCoercible, destructuring)")
op("ThrowStaticError", [Flag("error_type"), Const("message", "string")], flags={"terminator", "throws"},
   doc="throw new <error_type>(message); error_type 0 TypeError, 1 ReferenceError, 2 SyntaxError (assignment to const, ...)")

# --- Properties -----------------------------------------------------------------------------------
op("GetNamedProperty", [Reg("object"), Const("name", "string"), Meta("ic")], acc="write", meta=PROPERTY_IC, flags=TJ,
   doc="acc = object.name")
op("SetNamedProperty", [Reg("object"), Const("name", "string"), Meta("ic")], acc="read", meta=PROPERTY_IC, flags=TJ,
   doc="object.name = acc (strictness from the function's flags)")
op("GetKeyedProperty", [Reg("object")], acc="read_write", flags=TJ,
   doc="acc = object[acc] (a private name key: no prototype walk, TypeError when absent)")
op("SetKeyedProperty", [Reg("object"), Reg("key")], acc="read", flags=TJ,
   doc="object[key] = acc (a private name key: TypeError when absent or read-only)")
op("DefineNamedOwnProperty", [Reg("object"), Const("name", "string")], acc="read", flags=TJ,
   doc="CreateDataPropertyOrThrow(object, name, acc): object literal properties")
op("DefineKeyedOwnProperty", [Reg("object"), Reg("key"), Flag("attributes")], acc="read", flags=TJ,
   doc="define object[key] = acc; attributes bits: 1 enumerable, 2 set function name, 4 read-only method; "
       "a private key throws if already present (class fields)")
op("DefineAccessor", [Reg("object"), Reg("key"), Flag("attributes")], acc="read", flags=TJ,
   doc="define a getter (attributes bit 8 clear) or setter (bit 8 set) acc on object[key]; bit 1 enumerable")
op("DeleteProperty", [Reg("object")], acc="read_write", flags=TJ,
   doc="acc = delete object[acc] (TypeError in strict code when not configurable)")
op("GetSuperProperty", [Reg("receiver")], acc="read_write", flags=TJ,
   doc="acc = super[acc] with receiver as this: the [[HomeObject]]'s prototype of the function whose this is in scope")
op("SetSuperProperty", [Reg("receiver"), Reg("key")], acc="read", flags=TJ,
   doc="super[key] = acc with receiver as this")

# --- Globals and captured variables -------------------------------------------------------------------
op("LdaGlobal", [Const("name", "string"), Meta("ic")], acc="write", meta=GLOBAL_IC, flags=TJ,
   doc="acc = global name (lexical record, then global object); ReferenceError when absent or in TDZ")
op("LdaGlobalForTypeof", [Const("name", "string"), Meta("ic")], acc="write", meta=GLOBAL_IC, flags=TJ,
   doc="as LdaGlobal, but undefined when absent (typeof x)")
op("StaGlobal", [Const("name", "string"), Meta("ic")], acc="read", meta=GLOBAL_IC, flags=TJ,
   doc="global name = acc (strict code: ReferenceError when absent; TypeError for const)")
op("InitGlobalLexical", [Const("name", "string")], acc="read", flags=T,
   doc="initialise a global let/const/class binding to acc (ends its TDZ)")
op("DeclareBindings", [Const("declarations", "bindings")], flags=TJ,
   doc="GlobalDeclarationInstantiation / EvalDeclarationInstantiation for a declaration list constant; "
       "a last entry named \"\" of kind 0x100 | depth << 16 sends sloppy eval code's vars to the function var "
       "scope context depth hops up")
op("LdaContextSlot", [UImm("depth"), UImm("slot")], acc="write",
   doc="acc = slot of the context depth levels up the chain")
op("StaContextSlot", [UImm("depth"), UImm("slot")], acc="read",
   doc="slot of the context depth levels up the chain = acc")
op("PushContext", [UImm("scope")], flags=T,
   doc="push a new context for scope (an index into the function's scope layout), slots set to the hole")
op("PushWithContext", [], acc="read", flags=T, doc="push an object environment for with (acc, after ToObject)")
op("PopContext", [], doc="pop the innermost context")

# --- Dynamic names: direct eval and with (slow path) -------------------------------------------------------------
op("LdaLookup", [Const("name", "string"), Flag("mode")], acc="write", flags=TJ,
   doc="acc = name resolved through the scope chain at run time; mode 1: typeof (undefined when absent)")
op("LdaLookupForCall", [Const("name", "string"), RegOut("receiver")], acc="write", flags=TJ,
   doc="acc = name resolved at run time; receiver = the with object it was found in, else undefined")
op("StaLookup", [Const("name", "string")], acc="read", flags=TJ, doc="name resolved at run time = acc")
op("ResolveLookup", [Const("name", "string"), RegOut("base")], flags=TJ,
   doc="base = the with object name resolves to now, else undefined (a reference resolved once, before the right side)")
op("StaLookupIn", [Const("name", "string"), Reg("base")], acc="read", flags=TJ,
   doc="PutValue to a name ResolveLookup resolved: base's binding if an object, else the declarative or global one")
op("DeleteLookup", [Const("name", "string")], acc="write", flags=TJ, doc="acc = delete name (sloppy mode)")

# --- Calls and construction ---------------------------------------------------------------------------------------
op("Call", [Reg("callee"), Reg("first"), RegCount("count"), Meta("ic")], acc="write", meta=CALL_IC, flags=TJ,
   doc="acc = callee.call(first, first+1 .. first+count-1): first is the receiver, count includes it")
op("CallSpread", [Reg("callee"), Reg("receiver"), Reg("arguments"), Meta("ic")], acc="write", meta=CALL_IC, flags=TJ,
   doc="acc = callee.apply(receiver, arguments): arguments is an array built with ArrayPush/ArraySpread")
op("CallEval", [Reg("callee"), Reg("first"), RegCount("argc"), Const("scope", "bindings")], acc="write", flags=TJ,
   doc="first .. first+argc-1 are the arguments (the receiver is undefined); direct eval when callee is %eval%, else an ordinary call; scope names the caller's visible bindings")
op("CallIntrinsic", [UImm("id"), Reg("first"), RegCount("argc")], acc="write", flags=TJ,
   doc="acc = %intrinsic% id applied to first .. first+argc-1; self-hosting mode only")
op("Construct", [Reg("callee"), Reg("first"), RegCount("argc"), Meta("ic")], acc="write", meta=CALL_IC, flags=TJ,
   doc="acc = new callee(first .. first+argc-1)")
op("ConstructSpread", [Reg("callee"), Reg("arguments"), Meta("ic")], acc="write", meta=CALL_IC, flags=TJ,
   doc="acc = new callee(...arguments array)")
op("SuperCall", [Reg("first"), RegCount("argc")], acc="write", flags=TJ,
   doc="acc = super(first .. first+argc-1): constructs the parent with the running new.target")
op("SuperCallSpread", [Reg("arguments")], acc="write", flags=TJ, doc="acc = super(...arguments array)")

# --- Closures, classes, literals ---------------------------------------------------------------------------------------
op("CreateClosure", [Const("function", "function")], acc="write", doc="acc = a new closure of a nested function over the current context")
op("CreateMethod", [Const("function", "function"), Reg("home_object")], acc="write",
   doc="acc = a new closure with [[HomeObject]] home_object (methods, accessors, field initialisers)")
op("CreateClass", [Const("constructor", "function"), Reg("heritage"), RegOut("prototype")], acc="write", flags=TJ,
   doc="acc = class constructor F; prototype = F.prototype; heritage is the hole when there is no extends")
op("SetClassFields", [Reg("constructor")], acc="read",
   doc="records acc (a method closure) as the instance field initialiser of class constructor")
op("InitializeInstanceElements", [Reg("receiver"), Reg("constructor")], flags=TJ,
   doc="runs constructor's field initialiser on receiver (after super() or at base constructor entry)")
op("CreatePrivateName", [Const("description", "string")], acc="write", doc="acc = a new Private Name (#x)")
op("CreateObjectLiteral", [Meta("site")], acc="write", meta=LITERAL_SITE, doc="acc = a new ordinary object")
op("CreateArrayLiteral", [UImm("capacity")], acc="write", doc="acc = a new empty array with room for capacity elements")
op("ArrayPush", [Reg("array")], acc="read", flags=T,
   doc="append acc at array.length; the hole appends an elision (length grows, no element)")
op("ArraySpread", [Reg("array")], acc="read", flags=TJ, doc="append every value the iterable acc yields")
op("CopyDataProperties", [Reg("target"), Reg("excluded"), RegCount("excluded_count")], acc="read", flags=TJ,
   doc="copy acc's own enumerable properties to target except the keys in registers excluded.. (spread, rest)")
op("CreateRegExp", [Const("literal", "regexp")], acc="write", flags=T, doc="acc = a new RegExp from a (pattern, flags) constant")
op("GetTemplateObject", [Const("template", "template"), Meta("cache")], acc="write", meta=TEMPLATE_CACHE,
   doc="acc = this realm's frozen template object for a (cooked, raw) strings constant")
op("CreateArguments", [Flag("mapped")], acc="write",
   doc="acc = the arguments object; mapped 1: the sloppy form (callee is the function) with no parameter to alias")
op("CreateMappedArguments", [Const("parameters", "bindings")], acc="write",
   doc="acc = a mapped arguments object: arguments[i] aliases the current context's slot kinds[i] "
       "(0xFFFFFFFF: parameter i is not aliased)")
op("CreateRestParameter", [UImm("start")], acc="write", doc="acc = an array of the arguments from index start on")

# --- Iteration --------------------------------------------------------------------------------------------------------
op("GetIterator", [RegOut("record", span=2)], acc="read", flags=TJ,
   doc="record, record+1 = GetIterator(acc): the iterator and its next method")
op("IteratorStepValue", [Reg("record", span=2), Jump("done")], acc="write", flags={"jump", "conditional", "throws", "may_call_js"},
   doc="calls next; goto done when the result is done, else acc = its value (TypeError unless an object)")
op("IteratorClose", [Reg("record", span=2), Flag("on_throw")], flags=TJ,
   doc="calls the iterator's return method; on_throw 1: errors from it are ignored (a throw completion)")
op("ForInPrepare", [RegOut("state", span=3)], acc="read", flags=TJ,
   doc="state, state+1, state+2 = the enumeration of acc's enumerable string keys (null/undefined: empty)")
op("ForInNext", [Reg("state", span=3), Jump("done")], acc="write", flags={"jump", "conditional", "throws", "may_call_js"},
   doc="acc = the next key still present; goto done when none is left")

OPCODES: tuple[Opcode, ...] = tuple(_declared)
OPCODE_BY_NAME: dict[str, Opcode] = {o.name: o for o in OPCODES}
del _declared
