"""The scope-tree listing: a golden example that also pins down a whole analysis at once."""
from __future__ import annotations

from engine.scope.dump import format_scope_tree
from tests.scope.support import analyze_source

SOURCE = """function f(a, b = 1){
  let c;
  for (let i of a) { g = () => i + c; }
  class K extends B { #p; m(){ return () => this.#p + super.m(); } }
  return arguments;
}"""

EXPECTED = """\
script (script sloppy registers=0)
  f: function @ global f
  function (normal sloppy registers=5 arguments=unmapped)
    a: parameter @ register 0
    b: parameter @ register 1
    arguments: arguments @ register 2
    function-body context[1]
      c: let @ context 0
      K: class @ register 3
      for-head context[1] fresh-per-iteration
        i: let @ context 0
        block
          function (arrow sloppy registers=0)
      class context[1]
        K: class-name @ register 4
        #p: private-name @ context 0
        function (method strict registers=0 uses-this uses-home-object) context[2]
          this: this @ context 0
          %home_object: home-object @ context 1
          function (arrow strict registers=0)"""


def test_listing() -> None:
    assert format_scope_tree(analyze_source(SOURCE)) == EXPECTED
