"""Laziness: a new realm holds no builtin, and a realm pays only for the builtins it reaches."""
from __future__ import annotations

from realm_host import Host
from tests.builtins.test_global import GLOBALS
from tests.census import CELL_OBJECT, KIND_NATIVE_FUNCTION, Cell, census


def objects_after(host: Host, source: str) -> int:
    with host.new_realm() as realm:
        realm.eval(source)
        return realm.memory()["objects"]


def test_a_new_realm_holds_no_builtin(host) -> None:
    with host.new_realm() as realm:
        memory = realm.memory()
        assert memory["builtins"] == 0  # not even the intrinsics table
        # the global object alone; NaN, Infinity and the constructors are not installed yet
        with host.new_realm() as other:
            assert other.memory() == memory


def test_a_realm_pays_only_for_what_it_reaches(host) -> None:
    # Every builtin method needs %Function.prototype% (and so %Object.prototype%): count that once.
    shared = "Function.prototype; "
    base = objects_after(host, shared + "1")
    math = objects_after(host, shared + "Math")
    string = objects_after(host, shared + "'a'.charAt(0)")
    both = objects_after(host, shared + "Math; 'a'.charAt(0)")
    assert objects_after(host, "1") < base  # a script alone makes not even %Function.prototype%
    assert base < math and base < string
    assert both == math + string - base  # Math and String.prototype are made independently


def test_reaching_a_builtin_twice_costs_nothing_more(host) -> None:
    with host.new_realm() as realm:
        realm.eval("Math.abs(1)")
        first = realm.memory()["objects"]
        realm.eval("0")
        script = realm.memory()["objects"] - first  # what running any script costs (its closure)
        realm.eval("Math.abs(2); Math.abs(1.5)")
        assert realm.memory()["objects"] == first + 2 * script


def test_realms_get_their_own_builtins(host) -> None:
    with host.new_realm() as first, host.new_realm() as second:
        second.global_object.set("box", first.eval("({o: Object, p: Object.prototype, m: Math})"))
        assert second.eval("box.o !== Object && box.p !== Object.prototype && box.m !== Math") is True
        assert second.eval("Object.getPrototypeOf(box.p) === null && box.m.abs(-1) === 1") is True
        assert second.eval("new box.o() instanceof box.o && !(new box.o() instanceof Object)") is True


def test_enumerating_the_global_object_installs_every_global(host) -> None:
    with host.new_realm() as realm:
        names = set(realm.eval("var n = Object.getOwnPropertyNames(globalThis); var s = ''; "
                               "for (var i = 0; i < n.length; i++) s += n[i] + ','; s").split(","))
        assert set(GLOBALS) <= names
        assert {"globalThis", "NaN", "Infinity", "undefined"} <= names


def test_a_prototype_reached_through_a_primitive_has_its_constructor(host) -> None:
    with host.new_realm() as realm:
        assert realm.eval("(1).constructor === Number && true.constructor === Boolean") is True
        assert realm.eval("''.constructor === String && Symbol().constructor === Symbol") is True


# --- self-hosted methods, one at a time (selfhost.c: RH_OBJ_LAZY_HOLDER) ----------------------

def test_touching_one_array_method_does_not_pay_for_the_others(host) -> None:
    one = objects_after(host, "[].map")
    two = objects_after(host, "[].map; [].filter")
    three = objects_after(host, "[].map; [].filter; [].some")
    method = two - one
    assert method > 0 and three - two == method  # each method costs the same, on its first lookup
    # A delete on the holder installs every remaining method first (so the delete would stick).
    everything = objects_after(host, "[].map; delete Array.prototype.absent")
    with host.new_realm() as realm:
        self_hosted = realm.eval("Object.getOwnPropertyNames(Array.prototype).filter("
                                 "k => typeof Array.prototype[k] === 'function').length")
    assert self_hosted > 30
    assert everything - one >= 25 * method


def test_lazy_methods_keep_the_eager_layout(host) -> None:
    listing = "Reflect.ownKeys(Array.prototype).map(String).join()"
    with host.new_realm() as first, host.new_realm() as late:
        late.eval("[].flat; [].at; [][Symbol.iterator]")
        assert late.eval(listing) == first.eval(listing)  # table order, whatever was touched first


def test_lazy_methods_deleted_or_aliased_before_first_use(host) -> None:
    with host.new_realm() as realm:
        assert realm.eval("delete Array.prototype.flatMap; typeof [].flatMap") == "undefined"
        assert realm.eval("[][Symbol.iterator] === [].values")
        assert realm.eval("''.trimLeft === ''.trimStart")
    with host.new_realm() as realm:
        assert realm.eval("[].values === [][Symbol.iterator]")
        assert realm.eval("[].map.name + [].map.length") == "map1"
        assert realm.eval("JSON.stringify(Object.getOwnPropertyDescriptor(Array.prototype, 'filter'))") == \
            '{"writable":true,"enumerable":false,"configurable":true}'
        assert realm.eval("Object.freeze(Array.prototype); typeof [].toSorted") == "function"


# --- native methods, one at a time (builtins_lazy.c: the same RH_OBJ_LAZY_HOLDER) -------------

OBJECT_PROTOTYPE_KEYS = ("constructor,hasOwnProperty,isPrototypeOf,propertyIsEnumerable,toLocaleString,"
                         "toString,valueOf,__defineGetter__,__defineSetter__,__lookupGetter__,"
                         "__lookupSetter__,__proto__")


def total_after(host: Host, source: str) -> int:
    with host.new_realm() as realm:
        realm.eval(source)
        return realm.memory()["total"]


def test_touching_object_keys_does_not_pay_for_the_other_object_methods(host) -> None:
    # Bytes, not objects: small cells share slabs, so a single method may not show in "objects".
    one = total_after(host, "Object.keys")
    three = total_after(host, "Object.keys; Object.freeze; Object.seal")
    # A delete on %Object% installs every remaining native method first (so the delete sticks).
    everything = total_after(host, "Object.keys; delete Object.absent")
    assert everything - one >= 1000  # some twenty native methods Object.keys alone did not make
    assert three - one <= (everything - one) // 4


def test_native_lazy_methods_keep_the_eager_layout(host) -> None:
    listing = ("Reflect.ownKeys(Object.prototype).map(String).join() + '|' + "
               "Reflect.ownKeys(Object).map(String).join() + '|' + "
               "Reflect.ownKeys(Symbol.prototype).map(String).join()")
    with host.new_realm() as first, host.new_realm() as late:
        # Every Symbol.prototype method touched: the holder is complete yet still out of order.
        late.eval("Object.seal; Object.keys; ({}).valueOf; Symbol.prototype[Symbol.toPrimitive]; "
                  "Symbol.prototype.valueOf; Symbol.prototype.toString")
        assert late.eval(listing) == first.eval(listing)
        assert first.eval(listing).split("|")[0] == OBJECT_PROTOTYPE_KEYS
        assert first.eval("Reflect.ownKeys(Object).slice(0, 5).join()") == "length,name,prototype,assign,create"
        # Strings before symbols, each kind in insertion order: the table's symbol-keyed method
        # comes before a symbol the maker added after the table.
        assert first.eval(listing).split("|")[2] == \
            "constructor,toString,valueOf,description,Symbol(Symbol.toPrimitive),Symbol(Symbol.toStringTag)"
        assert late.eval("Function.prototype.call; Reflect.ownKeys(Function.prototype).map(String).join()") == \
            "length,name,constructor,apply,bind,call,toString,caller,arguments,Symbol(Symbol.hasInstance)"


def test_native_lazy_methods_deleted_frozen_or_inspected_before_first_use(host) -> None:
    with host.new_realm() as realm:
        assert realm.eval("delete Object.freeze; typeof Object.freeze") == "undefined"
        assert realm.eval("'freeze' in Object || Object.hasOwn(Object, 'freeze')") is False
        assert realm.eval("Object.keys.name + Object.keys.length") == "keys1"
        assert realm.eval("JSON.stringify(Object.getOwnPropertyDescriptor(Function.prototype, 'call'))") == \
            '{"writable":true,"enumerable":false,"configurable":true}'
    with host.new_realm() as realm:
        assert realm.eval("Object.freeze(Object.prototype); typeof ({}).hasOwnProperty") == "function"
        assert realm.eval("Object.isFrozen(Object.prototype)") is True
    with host.new_realm() as realm:
        realm.eval("Object.prototype.valueOf = function mine() { return 7; }")
        assert realm.eval("({}).valueOf() + Object.getOwnPropertyNames(Object.prototype).indexOf('valueOf')") == 13


def test_an_alias_reached_first_still_has_its_target_s_name(host) -> None:
    # The shared function is named after the entry it was declared as (trimStart), even when a
    # realm's first lookup asks for the Annex B alias (trimLeft).
    for alias, target in (("trimLeft", "trimStart"), ("trimRight", "trimEnd")):
        realm = host.new_realm()
        assert realm.eval(f"String.prototype.{alias}.name") == target
        assert realm.eval(f"String.prototype.{alias} === String.prototype.{target}") is True
        realm.close()


def test_reaching_object_prototype_does_not_install_object_s_static_methods(host) -> None:
    def natives(cells: list[Cell]) -> list[Cell]:
        return [c for c in cells if c.type == CELL_OBJECT and c.kind == KIND_NATIVE_FUNCTION]
    with host.new_realm() as realm:
        realm.eval("[].length")  # %Array.prototype% -> %Object.prototype% -> %Object%
        before = natives(census(host, realm))
        # length, name, prototype: no static method yet
        assert [c.count for c in before if c.label == "Object"] == [3]
        realm.eval("Object.keys")
        assert len(natives(census(host, realm))) == len(before) + 1
        assert realm.eval("Reflect.ownKeys(Object).length") == 3 + 20 + 3  # natives, then self-hosted


def test_math_makes_each_function_on_its_first_lookup(host) -> None:
    def objects_after_collection(source: str) -> int:
        with host.new_realm() as realm:
            realm.eval(source)
            host.collect()
            return realm.memory()["objects"]
    one = objects_after_collection("Math.abs(1)")
    two = objects_after_collection("Math.abs(1); Math.max(1, 2)")
    everything = objects_after_collection("Math.abs(1); Object.getOwnPropertyNames(Math)")
    assert 0 < two - one <= 104 + 64  # one more native function (and maybe a bigger slot array)
    assert everything - one >= 34 * 104  # the other 34 functions
    listing = "Reflect.ownKeys(Math).map(String).join()"
    with host.new_realm() as first, host.new_realm() as late:
        late.eval("Math.random; Math.trunc; Math.E")
        assert late.eval(listing) == first.eval(listing)
        assert first.eval(listing).startswith("E,LN10,LN2,LOG10E,LOG2E,PI,SQRT1_2,SQRT2,abs,acos,")
        assert first.eval(listing).endswith(",pow,random,Symbol(Symbol.toStringTag)")
        assert late.eval("Math[Symbol.toStringTag] + Object.prototype.toString.call(Math)") == "Math[object Math]"
