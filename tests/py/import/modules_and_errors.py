import sys
import circ.a
print(circ.a.hello(), circ.b.partial_name(), "circ.b" in sys.modules)
try:
    import circ.c
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0] + "/", ""))
import circ.e
print("circ.c" in sys.modules, "circ.d" in sys.modules)

import rel
from rel import *
print(deep.WHERE, value, sorted(k for k in globals() if not k.startswith("__")))
import rel.inner as ri
print(ri.parent_value, ri.deep is deep, ri.__package__, rel.inner.__name__)
from rel.plain import *
print(x, "_y" in globals())

import _helper
m = sys.modules["_helper"]
print(m is _helper, repr(sys).startswith("<module 'sys'"), repr(sys), type(sys).__name__)
print(repr(_helper).replace(sys.path[0] + "/", ""))
try:
    _helper.nothing_here
except AttributeError as e:
    print(e)
_helper.added = 5
print(_helper.added, _helper.__dict__["added"], hasattr(_helper, "added"))
print(_helper.__name__, _helper.__file__.endswith("_helper.py"), _helper.__package__ == "", _helper.__spec__ is None or True)

del sys.modules["_helper"]
import _helper as again
print(again is _helper, again.VALUE)

try:
    from . import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import rel.plain.deeper
except ModuleNotFoundError as e:
    print(e)
try:
    __import__("")
except ValueError as e:
    print(e)
mod = __import__("rel.inner")
print(mod.__name__, __import__("rel.inner", fromlist=["deep"]).__name__)
print(__import__("math").floor(2.5), __name__)
import math as m1, math as m2
print(m1 is m2, sys.modules["math"] is m1)
print(sorted(k for k in sys.modules if k.startswith("rel") or k.startswith("circ")))
