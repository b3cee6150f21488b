# Context managers (and their protocol errors), script globals, and the
# module and name of builtin types that live in other modules.
import contextlib
import sys
import types


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM("a") as a, CM("b", True) as b:
    print("body", a.name, b.name)
    raise ValueError("inside")
print("after")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)


@contextlib.contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n.upper()
    finally:
        print(f"</{n}>")


with tag("p") as t, tag("b"):
    print(t)
with contextlib.suppress(ZeroDivisionError):
    1 / 0
print("suppressed")


class NoExit:
    def __enter__(self):
        return 1


class NoEnter:
    def __exit__(self, *a):
        return False


class NoAexit:
    async def __aenter__(self):
        return 1


for cm in [NoExit(), NoEnter(), 5]:
    try:
        with cm:
            pass
    except TypeError as e:
        print(e)


async def use(cm):
    async with cm:
        pass


for cm in [NoAexit(), CM("sync")]:
    try:
        use(cm).send(None)
    except TypeError as e:
        print(e)

print(sorted(k for k in vars() if k.startswith("__")), __annotations__, __cached__, __name__, __doc__)
x: int = 5
print(__annotations__)
for t in [type(sys.version_info), type(sys.flags), type(sys.float_info), type(list[int]), type(int | str), types.SimpleNamespace, type(sys.stdout)]:
    print(t, t.__module__, t.__name__, t.__qualname__)
print(sorted(n for n in dir({}.keys()) if not n.startswith("_")), [n for n in dir({}.values()) if n.startswith("__r")], [n for n in dir({}.items()) if n.startswith("__r")])
d = {"a": 1}
print(d.keys().mapping, d.items().mapping["a"], type(d.values().mapping).__name__)
