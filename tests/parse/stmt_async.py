async def f():
    await x
    async with a as b, c:
        pass
    async for i in it:
        pass
    else:
        pass
    return [i async for i in aiter() if await i]
async def g(): yield 1
@dec
async def h(a, *, b=await_): pass
