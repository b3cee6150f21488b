# ast.unparse: 3.11's text (precedence, quotes, f-strings, docstrings), and
# every unparsed tree parses back to the same tree.
import ast
SOURCES = [
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''doc'''\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        pass",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    y: str\nclass D:\n    pass",
    "del a, b[0], c.d",
    "a = b = 1\na += 2\na.b -= 3\na[1] **= 4",
    "(a): int = 1\nb.c: list",
    "for i, j in x:\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    x = 1",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(f) as g, h:\n    pass",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n    case (1 | 2) as z:\n        pass\n    case _:\n        pass",
    "raise E from e\nraise",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "assert x, 'msg'",
    "import a.b as c, d\nfrom .. import e\nfrom f.g import h as i, j",
    "global a, b\nnonlocal c",
    "a and b or not c", "(a or b) and c", "not (a and b)",
    "(y := 10)", "f(y := 1)",
    "a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n",
    "(a + b) * c", "a - (b - c)", "(a ** b) ** c", "a ** (b ** c)", "-a ** b", "(-a) ** b",
    "-a, +b, ~c, not d",
    "lambda x, *y, z=1, **w: x", "lambda: 0", "(lambda: 1)()",
    "a if b else c", "(a if b else c) if d else e",
    "{1: 2, **d, 3: 4}", "{1, 2}", "set()", "{}",
    "[x for x in y if x for z in w]", "{x for x in y}", "{k: v for k, v in d.items()}",
    "(x async for x in y)",
    "def g():\n    yield\n    x = yield 1\n    yield from g\n    await (yield)",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "f'{a!r:>{w}} and {b=}'", "f'{x}\\n'", "f\"{'a'}\"", "f'{ {1: 2}[1] }'",
    "1, 1.5, 2j, 'a', b'b', u'c', True, None, ...",
    "1e400", "-1e400j", "'it\\'s'", "'a\"b\\'c'", "'''x\ny'''",
    "a.b.c", "1 .real", "(1).real", "1.5.real",
    "a[1:2, ::3, 4]", "a[()]", "a[(1,)]", "a[1,]", "a[::]", "a[b:c:d]",
    "*a, b = c", "[a, b] = (c, d)", "x = 1, 2", "for x in 1, 2:\n    pass", "return_ = (yield)",
    "x = ()", "x = (1,)", "print(*args, sep='')",
    "'a' 'b' f'c{d}'",
    "def f():\n    '''Doc\n    string'''\n    pass",
    "'''module doc'''\nx = 1",
    "@a.b(c)\n@d\ndef f(): pass",
    "x = [*a, *b]", "x = {**a}", "f(**{'a': 1})",
    "if a:\n    if b:\n        pass\n    else:\n        pass",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "await x",
]
for s in SOURCES:
    print(ast.unparse(ast.parse(s)))
    print('---')
print(ast.unparse(ast.parse('1 + 2', mode='eval')))
print(ast.unparse(ast.BinOp(ast.Name('x'), ast.Mult(), ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))))
for s in SOURCES:
    t = ast.parse(s)
    again = ast.parse(ast.unparse(t))
    if ast.dump(again) != ast.dump(t):
        print('round trip differs:', repr(s))
print(ast.unparse(ast.Constant(value=float('inf'))), ast.unparse(ast.Constant(value=complex(0, float('nan')))))
print(ast.unparse(ast.Constant(value=(1, 'a'))), ast.unparse(ast.Constant(value=(1,))))
print(ast.unparse(ast.Set(elts=[])))
try:
    ast.unparse(ast.Raise(exc=None, cause=ast.Name('x')))
except ValueError as e:
    print('ValueError', e)
