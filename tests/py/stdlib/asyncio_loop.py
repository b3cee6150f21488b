import asyncio

async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done after {delay}")
    return name.upper()

async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.3, log), worker("b", 0.1, log), worker("c", 0.2, log))
    print(results); print(log)
    t1 = asyncio.create_task(worker("x", 0.2, log)); t2 = asyncio.create_task(worker("y", 0.1, log))
    print("created"); await asyncio.sleep(0); print(log[-2:])
    print(await t1, await t2, t1.done(), t2.result())
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.5)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("w", 0.1, log), timeout=1))
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i); print("put", i); await asyncio.sleep(0.01)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None: break
            print("got", item)
    await asyncio.gather(producer(), consumer())
    ev = asyncio.Event()
    async def waiter():
        print("waiting"); await ev.wait(); print("event seen")
    w = asyncio.create_task(waiter()); await asyncio.sleep(0.1); ev.set(); await w
    lock = asyncio.Lock(); order = []
    async def crit(n):
        async with lock:
            order.append(n); await asyncio.sleep(0.01); order.append(-n)
    await asyncio.gather(*(crit(i) for i in range(1, 4))); print(order)
    async def boom(): await asyncio.sleep(0.05); raise ValueError("bad")
    try: await asyncio.gather(boom(), worker("z", 0.1, log))
    except ValueError as e: print("gather raised", e)
    print(await asyncio.gather(boom(), asyncio.sleep(0.01, "ok"), return_exceptions=True))
    async def forever():
        try: await asyncio.sleep(100)
        except asyncio.CancelledError: print("cancelled inside"); raise
    t = asyncio.create_task(forever()); await asyncio.sleep(0.01); t.cancel()
    try: await t
    except asyncio.CancelledError: print("task cancelled", t.cancelled())
    for coro in asyncio.as_completed([asyncio.sleep(0.3, 3), asyncio.sleep(0.1, 1), asyncio.sleep(0.2, 2)]):
        print("as_completed", await coro)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.1, "fast")), asyncio.create_task(asyncio.sleep(1, "slow"))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending: p.cancel()
    return "main result"

print(asyncio.run(main()))
async def simple(): return 42
print(asyncio.run(simple()), asyncio.iscoroutinefunction(simple))
