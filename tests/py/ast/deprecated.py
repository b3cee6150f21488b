# The pre-3.8 literal classes (Num, Str, ...) as 3.11 keeps them, copying
# trees, and programs that analyse their own source.
import ast
import copy
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

t = ast.parse("x = 1 + 2.5 - 'a' + b'b' + None + True + ...")
consts = [n for n in ast.walk(t) if isinstance(n, ast.Constant)]
for c in consts:
    print(repr(c.value), [k.__name__ for k in (ast.Num, ast.Str, ast.Bytes, ast.NameConstant, ast.Ellipsis)
                          if isinstance(c, k)])
n = ast.Num(5)
print(type(n).__name__, n.value, n.n)
s = ast.Str(s='hi')
print(type(s).__name__, s.value, s.s)
print(type(ast.Ellipsis()).__name__, ast.Ellipsis().value)
print(isinstance(ast.Name('x'), ast.Num), isinstance(3, ast.Num))
c = ast.Constant(7)
c.n = 8
print(c.value)

tree = ast.parse("def f(x):\n    return x + 1")
dup = copy.deepcopy(tree)
dup.body[0].name = 'g'
print(ast.dump(tree.body[0], annotate_fields=False)[:40])
print(ast.dump(dup.body[0], annotate_fields=False)[:40])
print(ast.dump(copy.copy(tree.body[0].body[0])))


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}

    def generic_visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        super().generic_visit(node)


src = open(__file__).read()
c = Counter()
c.visit(ast.parse(src))
print(sorted(c.counts.items())[:12])
funcs = [n.name for n in ast.walk(ast.parse(src)) if isinstance(n, ast.FunctionDef)]
print(funcs)


class OldStyle(ast.NodeVisitor):
    """A visitor from before 3.8: visit_Num and visit_Str still see constants."""

    def __init__(self):
        self.seen = []

    def visit_Num(self, node):
        self.seen.append(('Num', node.n))

    def visit_Str(self, node):
        self.seen.append(('Str', node.s))


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    o = OldStyle()
    o.visit(ast.parse("f(1, 'a', 2.5, None, b'x', True)"))
print(o.seen)
print(sorted({str(w.message) for w in caught}), {w.category.__name__ for w in caught})
