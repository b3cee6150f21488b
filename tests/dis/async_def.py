async def f(x):
    await g(x)
    async for i in x:
        print(i)
    async with a as b:
        return b
