# ast.dump of every statement and expression kind, one line and with
# include_attributes (positions), and a few with indent.
import ast

SOURCES = [
    # statements
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    '''doc'''\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with a as b, c:\n        pass",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    y: str",
    "del a, b[0], c.d",
    "a = b = 1\na += 2\na.b -= 3\na[1] **= 4",
    "(a): int = 1\nb.c: list",
    "for i, j in x:\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    x = 1",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "with open(f) as g, h:\n    pass",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n    case _:\n        pass",
    "raise E from e\nraise",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "assert x, 'msg'",
    "import a.b as c, d\nfrom .. import e\nfrom f.g import h as i, j",
    "global a, b\nnonlocal c",
    "x\npass\n",
    # expressions
    "a and b or not c",
    "(y := 10)",
    "a + b - c * d / e // f % g ** h @ i << j >> k | l ^ m & n",
    "-a, +b, ~c, not d",
    "lambda x, *y, z=1, **w: x",
    "a if b else c",
    "{1: 2, **d, 3: 4}",
    "{1, 2}",
    "[x for x in y if x for z in w]",
    "{x for x in y}",
    "{k: v for k, v in d.items()}",
    "(x async for x in y)",
    "async def f():\n    yield\n    yield 1\n    yield from g",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "f'{a!r:>{w}} and {b=}'",
    "1, 1.5, 2j, 'a', b'b', u'c', True, None, ...",
    "a.b.c",
    "a[1:2, ::3, 4]",
    "*a, b = c",
    "[a, b] = (c, d)",
    "x[1:2:3]",
    "'a' 'b' f'c{d}'",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse(SOURCES[0]), indent=2))
print(ast.dump(ast.parse(SOURCES[10]), indent='\t'))
print(ast.dump(ast.parse("x = [1, 2]"), indent=0))
print(ast.dump(ast.parse("f(1)"), annotate_fields=False))
print(ast.dump(ast.parse("1 + 2", mode='eval')))
print(ast.dump(ast.parse("x = 1", mode='single')))
print(ast.dump(ast.parse("(int, str) -> None", mode='func_type')))
print(ast.dump(ast.BinOp(left=ast.Name('x'), op=ast.Add())))
print(ast.dump(ast.Constant(value=1, kind=None)))
print(ast.dump(ast.FunctionDef('f', returns=None)))
try:
    ast.dump(1)
except TypeError as e:
    print(e)
