async def f():
    a = [x async for x in aiter()]
    b = {x: y async for x, y in pairs()}
    c = {await x for x in xs}
    d = (x async for x in aiter() if await x)
    e = [y for x in xs async for y in x]
    async with a, b as c, (d):
        async for x, *y in z:
            await (yield x)
