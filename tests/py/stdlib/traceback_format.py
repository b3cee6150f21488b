import traceback, sys, io
def f(): return {}['k']
try: f()
except KeyError as e:
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e))
    print(traceback.format_exc(), end='')
    print(traceback.format_exception(e))
    s = traceback.extract_tb(e.__traceback__); print(s, s[0], s[0].name, s[0].lineno, s[0].line, repr(s[0]), list(s[0]))
    traceback.print_exc(file=sys.stdout)
class My(Exception): pass
print(traceback.format_exception_only(My('x')), traceback.format_exception_only(ValueError()), traceback.format_exception_only(None))
try: raise ValueError('a') from KeyError('b')
except ValueError as e: print(''.join(traceback.format_exception(e)))
try:
    try: 1 / 0
    except ZeroDivisionError: raise TypeError("during")
except TypeError as e: print(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
try:
    try: 1 / 0
    except ZeroDivisionError: raise TypeError("quiet") from None
except TypeError as e: print(''.join(traceback.format_exception(e)))
e = ValueError('n'); e.add_note('note1'); print(traceback.format_exception_only(e))
try: compile('x = (', 'f.py', 'exec')
except SyntaxError as e: print(traceback.format_exception_only(e))
try: compile('x = 1 +', 'g.py', 'exec')
except SyntaxError as e: print(traceback.format_exception_only(e))
def rec(n): return rec(n + 1) if n < 10 else 1 / 0
try: rec(0)
except ZeroDivisionError as e: print(''.join(traceback.format_tb(e.__traceback__)), end='')
print(traceback.format_list([('f.py', 3, 'g', 'x = 1')]))
buf = io.StringIO()
try: int('z')
except ValueError as e: traceback.print_exception(e, file=buf)
print(buf.getvalue(), end='')
def show(fn):
    try: fn()
    except Exception as e: print(''.join(traceback.format_tb(e.__traceback__)[1:]), end='')
a = [1]; d = {"k": {"x": 1}}; z = 0
show(lambda: a[5])
show(lambda: d["k"]["y"])
show(lambda: 1 + a[0] / z)
show(lambda: 2 ** 3 ** -(1 / z))
show(lambda: (a[0] - 1) // z)
show(lambda: [1, 2][z] + "s")
show(lambda: len(a) * "s" + 1)
show(lambda: "a" < 1)
show(lambda: int("x") + 1)
show(lambda: d['k'] | None)
show(lambda: -a)
show(lambda: (a[0]) // z)
show(lambda: ((a[0] - 1)) // z)
show(lambda: len(a)//z)
show(lambda: a[0]/(z))
show(lambda: a[0] % (z - 0))
show(lambda: f"{a}" + 1)
show(lambda: len(a) + a[0] * (1 / z))
