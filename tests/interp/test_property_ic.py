"""Property inline caches (native/src/property_ic.c): one way inline per site, older ways in a
buffer made when the site sees a second shape, counted exactly as the realm's metadata."""
from __future__ import annotations

import pytest

from realm_host import Host
from realm_host._native import lib

# A site (o.v inside read) seeing `shapes` object layouts, each with v at another slot.
POLYMORPHIC = """
function make(i) {
  var o = {};
  for (var k = 0; k < i; k++) o["pad" + k] = k;
  o.v = i;
  return o;
}
function read(o) { return o.v; }
var objects = [];
for (var i = 0; i < %(shapes)d; i++) objects.push(make(i));
var total = 0;
for (var round = 0; round < 3; round++)
  for (var j = 0; j < objects.length; j++) total += read(objects[j]);
total
"""

# The size of the older-ways buffer: 3 ways of (shape, holder, holder shape, slot) and a count.
OLDER_WAYS_BYTES = 8 + 3 * 32


def metadata_after(shapes: int) -> int:
    with Host() as host, host.new_realm() as realm:
        assert realm.eval(POLYMORPHIC % {"shapes": shapes}) == 3 * sum(range(shapes))
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0
        return realm.memory()["metadata"]


@pytest.mark.parametrize("shapes", [1, 2, 3, 4, 5, 9])
def test_a_site_answers_every_shape_it_sees(shapes: int) -> None:
    metadata_after(shapes)


def test_older_ways_buffer_is_made_once_on_the_second_shape() -> None:
    # Only the site in read() becomes polymorphic: the other sites see one shape each.
    mono, poly, many = metadata_after(1), metadata_after(2), metadata_after(9)
    assert poly - mono == OLDER_WAYS_BYTES
    assert many == poly  # megamorphic sites reuse the same buffer


def test_prototype_ways_notice_a_changed_holder() -> None:
    source = """
    function C() {} C.prototype.m = function () { return 1; };
    function call(o) { return o.m(); }
    var c = new C(), results = [];
    results.push(call(c));
    C.prototype.m = function () { return 2; };              // same shape, new value
    results.push(call(c));
    C.prototype.extra = 0;                                    // holder shape changes
    C.prototype.m = function () { return 3; };
    results.push(call(c));
    Object.setPrototypeOf(c, { m: function () { return 4; } });  // another holder
    results.push(call(c));
    c.m = function () { return 5; };                          // own property shadows
    results.push(call(c));
    results.join()
    """
    with Host() as host, host.new_realm() as realm:
        assert realm.eval(source) == "1,2,3,4,5"


def test_stores_through_a_polymorphic_site() -> None:
    source = """
    function set(o, v) { o.x = v; }
    var a = {x: 0}, b = {y: 0, x: 0}, c = {z: 0, y: 0, x: 0}, frozen = Object.freeze({x: 0});
    for (var i = 0; i < 3; i++) { set(a, i); set(b, i + 10); set(c, i + 20); set(frozen, 99); }
    [a.x, b.x, c.x, frozen.x].join()
    """
    with Host() as host, host.new_realm() as realm:
        assert realm.eval(source) == "2,12,22,0"


def test_polymorphic_sites_under_gc_stress_keep_their_shapes_alive() -> None:
    host = Host()
    try:
        realm = host.new_realm()
        lib.rh_test_set_gc_stress(host._agent, 1)
        assert realm.eval(POLYMORPHIC % {"shapes": 6}) == 3 * sum(range(6))
        lib.rh_test_set_gc_stress(host._agent, 0)
        assert lib.rh_test_heap_verify(host._agent) == 0
        realm.close()
        host.collect()
        assert lib.rh_test_heap_verify(host._agent) == 0
    finally:
        host.close()
