import importlib
import sys
m = importlib.import_module("pkg.sub.leaf")
print(m.__name__, m.LEAF, "pkg" in sys.modules)
print(importlib.import_module(".core", "pkg").__name__, importlib.import_module("..core", package="pkg.sub").__name__)
print(importlib.import_module("math") is sys.modules["math"])
for bad in [lambda: importlib.import_module(".core"), lambda: importlib.import_module("no_such_mod_x"), lambda: importlib.import_module("...x", "pkg")]:
    try:
        bad()
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
importlib.invalidate_caches()
mod = __import__("pkg.sub", fromlist=["leaf"])
print(mod.__name__, mod.leaf.__name__)
import __hello__
print(__hello__.initialized, __hello__.__name__, hasattr(__hello__, "main"))
