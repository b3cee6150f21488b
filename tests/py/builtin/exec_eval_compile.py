print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("def f(n):\n    return n + 1\nresult = f(41)", ns)
print(ns["result"], sorted(k for k in ns if k != "__builtins__"))
code = compile("a + b", "<expr>", "eval")
print(type(code).__name__, eval(code, {"a": 1, "b": 2}))
exec(compile("print('compiled exec')", "<s>", "exec"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
g = {"v": 1}
exec("v += 1; w = v * 10", g)
print(g["v"], g["w"], eval("[i for i in range(3)]"))
print(exec("1"), eval("None"))
