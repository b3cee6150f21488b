async def f(xs):
    a = [x async for x in xs]
    b = [await y for y in xs]
    c = (x async for x in xs if x)
    return a, b, c
