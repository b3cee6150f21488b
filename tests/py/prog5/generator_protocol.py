# generators / iterator protocol corners
def g():
    try:
        x = yield 1
        print('x', x)
        yield 2
    except ValueError as e:
        print('caught', e); yield 'recovered'
    finally:
        print('cleanup')
it = g(); print(next(it), it.throw(ValueError('bad')), next(it, 'end'))
it = g(); print(next(it), it.send('S'), list(it))
it = g()
try: it.send('early')
except TypeError as e: print(e)
it = g(); next(it)
try: it.throw(KeyError, KeyError('k'))
except KeyError as e: print('propagated', repr(e))
print(it.gi_frame, it.gi_running, it.gi_code.co_name)
def sub():
    r = yield 'a'
    return f'sub got {r}'
def outer():
    res = yield from sub()
    yield res
o = outer(); print(next(o), o.send(5), next(o, None))
def genret():
    yield 1
    return 'val'
try:
    x = genret(); next(x); next(x)
except StopIteration as e: print('value', e.value, e.args)
def running():
    yield gr.gi_running
gr = running(); print(next(gr))
def reentrant():
    yield next(rg)
rg = reentrant()
try: next(rg)
except ValueError as e: print(e)
gen = (i * i for i in range(5)); print(sum(gen), sum(gen), list(gen))
print(list(zip(*(iter(range(6)),) * 2)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0: yield n; n -= 1
    def __reversed__(self): return iter(range(1, self.n + 1))
    def __len__(self): return self.n
c = Countdown(3); print(list(c), list(reversed(c)), len(c), sorted(c), [*c], max(c), dict.fromkeys(c))
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
class NoNext:
    def __iter__(self): return self
try: list(NoNext())
except TypeError as e: print(e)
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
print(list(map(None.__class__, [])) if False else '', iter(lambda: 1, 1).__next__ is not None)
e = enumerate('abc'); next(e); print(list(e))
r = reversed(range(5)); print(next(r), r.__length_hint__(), list(r))
z = zip('ab', 'cd', strict=True); print(list(z))
try: list(zip('ab', 'c', strict=True))
except ValueError as e: print(e)
try: list(zip('a', 'bc', 'd', strict=True))
except ValueError as e: print(e)
import sys
def deep_gen(n):
    if n: yield from deep_gen(n - 1)
    else: yield 'bottom'
print(list(deep_gen(200)))
async def coro(): return 42
c = coro()
try: c.send(None)
except StopIteration as e: print('coro', e.value)
import asyncio
async def work(n, d):
    await asyncio.sleep(d); return n * 2
async def main():
    r = await asyncio.gather(work(1, 0.01), work(2, 0))
    t = asyncio.create_task(work(5, 0)); print(await t)
    async def agen():
        for i in range(3): yield i
    print([x async for x in agen()], r)
    try: await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError: print('timeout')
asyncio.run(main())
