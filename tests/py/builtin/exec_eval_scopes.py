x = 10
def f(a):
    b = a + 1
    return eval("a * b + x"), eval("[b + i for i in range(3)]", {"b": b}), sorted(locals())
print(f(2))

def g():
    loc = {}
    exec("y = 5\nz = y * 2", globals(), loc)
    return sorted(loc.items()), "y" in globals()
print(g())

ns = {"__name__": "custom"}
exec("def who():\n    return __name__\nclass K:\n    attr = 1\n    def m(self):\n        return self.attr + 1\n", ns)
print(ns["who"](), ns["K"]().m(), type(ns["__builtins__"]).__name__ in ("dict", "module"))

code = compile("total = 0\nfor i in range(5):\n    total += i\n", "<loop>", "exec")
env = {}
exec(code, env)
print(env["total"], code.co_filename if hasattr(code, "co_filename") else "<loop>")

single = compile("1 + 1", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))

print(eval("lambda q: q * 3")(4), eval(" 7"), eval("(1,\n 2)"))
print(eval("len")("abc"), eval("__name__"), eval("x", {"x": "g"}, {"x": "l"}))
class C:
    v = 1
    w = eval("v + 1")
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.w, C.names)

def shows_globals():
    return globals() is globals(), "shows_globals" in globals()
print(shows_globals())

for src, mode in [("1 +", "exec"), ("x = = 2", "exec"), ("def f(:\n  pass", "exec"), ("  1", "exec"), ("return 5", "exec"), ("1 = 2", "exec")]:
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename, repr(e.text))

for bad in [lambda: compile("1", "f", "nope"), lambda: eval(5), lambda: exec(None), lambda: eval("1", [])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
print(eval("__import__('math').floor(3.7)"))
