class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class CM:
    async def __aenter__(self): print("enter"); return "v"
    async def __aexit__(self, *a): print("exit", a[0]); return True
async def main():
    out = []
    async for x in AI():
        out.append(x)
    async with CM() as v:
        print(v)
        raise KeyError
    try:
        async for x in 5: pass
    except TypeError as e: print(e)
    try:
        await 3
    except TypeError as e: print(e)
    return out
c = main()
try: c.send(None)
except StopIteration as e: print(e.value)
async def g():
    return 5
async def f():
    x = await g()
    return x + 1
c = f()
print(type(c).__name__, repr(c).startswith("<coroutine object f at "), hasattr(c, "__await__"), type(c.__await__()).__name__ in ("coroutine", "coroutine_wrapper"))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Aw:
    def __await__(self):
        v = yield "tick"
        return v * 2
async def h():
    return await Aw()
c = h()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("awaited", e.value)
class Bad:
    def __await__(self): return 5
async def k():
    await Bad()
try:
    k().send(None)
except TypeError as e:
    print(e)
try:
    async def nocm():
        async with 5: pass
    nocm().send(None)
except TypeError as e:
    print(e)
async def f():
    raise StopIteration
try:
    f().send(None)
except RuntimeError as e: print(e)
def g():
    raise StopIteration
    yield
try: next(g())
except RuntimeError as e: print(e)
