import asyncio
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen():
    for i in range(3):
        yield i * 10
async def main():
    it = aiter(Counter(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    g = agen()
    print(await anext(g), await anext(g, -1), await anext(g), await anext(g, "end"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("stop")
    print([x async for x in Counter(3)])
    async for v in agen():
        print("v", v)
asyncio.run(main())
for bad in (1, [1]):
    try: aiter(bad)
    except TypeError as e: print(e)
try: anext(1)
except TypeError as e: print(e)
