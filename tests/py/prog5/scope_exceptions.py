import sys, traceback
def f():
    print(x)
    x = 1
try: f()
except UnboundLocalError as e: print(e)
def g():
    del y
try: g()
except UnboundLocalError as e: print(e)
def h():
    def inner(): return z
    try: inner()
    except NameError as e: print(e)
    z = 1
h()
class C:
    a = 1
    b = [a for _ in range(2)] if False else None
    try:
        c = [a for _ in range(2)]
    except NameError as e: print('class scope', e)
def fin():
    try: return 1
    finally: print('finally runs')
print(fin())
def fin2():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('fin', i)
    return i
print(fin2())
def fin3():
    try: 1/0
    finally: return 'swallowed'
print(fin3())
try:
    try: raise ValueError('inner')
    finally: print('cleanup')
except ValueError as e: print('outer caught', e)
e = ValueError('noted'); e.add_note('note 1'); e.add_note('note 2'); print(e.__notes__)
try:
    try: 1/0
    except ZeroDivisionError: raise KeyError('k') from None
except KeyError as e: print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try:
    raise ExceptionGroup('grp', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg: print('vals', eg.exceptions)
except* TypeError as eg: print('types', eg.exceptions)
eg = ExceptionGroup('g', [ValueError('a'), KeyError('b')])
print(eg, repr(eg), eg.split(ValueError)[0], eg.subgroup(KeyError).exceptions, eg.derive([ValueError('z')]))
try: ExceptionGroup('x', [])
except ValueError as e: print(e)
try: ExceptionGroup('x', [1])
except ValueError as e: print(e)
print(repr(BaseExceptionGroup('b', [KeyboardInterrupt()])), type(BaseExceptionGroup('b', [ValueError()])).__name__)
def tb():
    try: {}['x']
    except KeyError:
        return traceback.format_exc()
print(tb().splitlines()[-1])
try: raise ValueError('abc')
except ValueError:
    t, v, tbk = sys.exc_info(); print(t.__name__, v, tbk.tb_lineno, tbk.tb_frame.f_code.co_name)
print(sys.exc_info())
try:
    raise TypeError('x')
except TypeError as err:
    pass
try: err
except NameError as e: print(e)
def gen_close():
    try: yield 1
    finally: print('gen finally')
g = gen_close(); next(g); del g
import gc; gc.collect()
print([i for i in range(3) if (j := i * 2) > 0], j)
x = 10
def outer():
    x = 20
    def mid():
        nonlocal x
        x += 1
        def inner():
            global x
            x += 100
            return x
        return inner()
    return mid(), x
print(outer(), x)
print(lambda: 0, (lambda: 0).__name__, (lambda: 0).__qualname__) if False else print((lambda: 0).__name__)
def kw(a, /, b, *, c): return (a, b, c)
print(kw(1, 2, c=3), kw(1, b=2, c=3))
try: kw(a=1, b=2, c=3)
except TypeError as e: print(e)
def star(*args, **kwargs): return args, kwargs
print(star(1, *[2, 3], x=1, **{'y': 2}))
try: star(**{'x': 1}, x=2)
except TypeError as e: print(e)
a, *b, c = range(5); print(a, b, c)
(p, q), r = (1, 2), 3; print(p, q, r)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
print(*[1, 2], sep='-', end='!\n')
print('a', 'b', sep=None, end=None); print(file=sys.stdout)
i = 0
while True:
    i += 1
    if i > 3: break
else: print('not here')
for k in []: pass
else: print('for-else')
print(1 if 0 else 2, [x for x in range(10) if x % 2 if x % 3], {x: x**2 for x in range(3)}, {x % 3 for x in range(10)})
print(0 or '' or [] or 'last', 1 and 2 and 3, not [], None is None, 1 < 2 < 3 > 2, 1 < 3 < 2)
print(type(...), ... is Ellipsis, [1, 2][...] if False else 'skip')
