async def f():
    await x
    await f(y)
    a = await b
    return await c + await d
def g():
    x = yield
    y = yield a, b
    z = yield from h()
    f((yield))
    await_ = 1
