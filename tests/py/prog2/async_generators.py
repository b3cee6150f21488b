import asyncio
async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker cleanup", n)
async def echo():
    received = []
    while True:
        try:
            v = yield len(received)
        except ValueError as e:
            print("echo caught", e)
            v = "after-throw"
        if v is None:
            break
        received.append(v)
    print("echo got", received)
async def failing():
    yield 1
    raise KeyError("inside")
async def main():
    async for t in ticker(3):
        print("tick", t)
    print([x async for x in ticker(2)], {x: x * x async for x in ticker(3)})
    g = ticker(5)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    print("closed")
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    print(await e.athrow(ValueError("boom")))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("echo finished")
    try:
        async for v in failing():
            print("got", v)
    except KeyError as k:
        print("KeyError", k)
    print(type(ticker(1)).__name__, hasattr(ticker(1), "__aiter__"))
    results = await asyncio.gather(*(collect(n) for n in range(3)))
    print(results)
async def collect(n):
    return [v async for v in ticker(n)]
asyncio.run(main())
