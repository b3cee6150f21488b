import builtins
orig = builtins.__import__
seen = []
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import math
from os import path
import os.path as osp
builtins.__import__ = orig
print(seen)
print(__import__("os").path is osp)
import sys
class Fake:
    answer = 42
    def __repr__(self):
        return "<fake module>"
sys.modules["fake_mod"] = Fake()
import fake_mod
from fake_mod import answer
print(fake_mod, answer)
try:
    from fake_mod import nothing
except ImportError as e:
    print(e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, sys.path[0] + "/pkg")
import core
print(core.__name__, core.greet("x"))
