# NodeVisitor, NodeTransformer, location helpers, and compile() of trees.
import ast

src = '''
def add(a, b):
    """Add two things."""
    return a + b

total = 0
for i in range(5):
    total = add(total, i * 2)
print("total", total)
'''
tree = ast.parse(src)


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.seen)


class MulToAdd(ast.NodeTransformer):
    """Rewrite every `x * y` into `x + y` and drop docstrings."""

    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return node


new = MulToAdd().visit(tree)
print(ast.dump(new.body[0]))
exec(compile(new, '<ast>', 'exec'))


class Dup(ast.NodeTransformer):
    def visit_Expr(self, node):
        return [node, node]


t2 = Dup().visit(ast.parse("print('twice')"))
exec(compile(t2, '<dup>', 'exec'))

# Building a tree by hand, fixing its positions, and running it.
call = ast.Call(func=ast.Name(id='print', ctx=ast.Load()),
                args=[ast.Constant(value='built'), ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))],
                keywords=[ast.keyword(arg='sep', value=ast.Constant(value=': '))])
mod = ast.Module(body=[ast.Expr(value=call)], type_ignores=[])
ast.fix_missing_locations(mod)
print(ast.dump(mod, include_attributes=True))
exec(compile(mod, '<built>', 'exec'))

expr = ast.Expression(body=ast.BinOp(ast.Constant(2), ast.Pow(), ast.Constant(10)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, '<e>', 'eval')))

g = {}
exec(compile(ast.parse("def sq(x):\n    return x * x\nr = [sq(i) for i in range(4)]"), 'f', 'exec'), g)
print(g['r'])

t3 = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t3, 3)
print([(n.lineno, n.end_lineno) for n in t3.body])
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("a + 1", mode='eval').body)])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(a, b=c)", mode='eval').body)])
print([type(n).__name__ for n in ast.walk(ast.parse("if a:\n    b = c + 1"))])
print(ast.get_docstring(ast.parse('"""  Hi.\n\n    more\n    """')))
print(repr(ast.get_docstring(ast.parse('"""  Hi.\n    more"""'), clean=False)))
print(ast.get_docstring(ast.parse('x = 1')))
try:
    ast.get_docstring(ast.parse('x', mode='eval'))
except TypeError as e:
    print(e)

s = "a = foo(1,\n        2)\nb = 'x'"
t4 = ast.parse(s)
print(repr(ast.get_source_segment(s, t4.body[0].value)))
print(repr(ast.get_source_segment(s, t4.body[0].value, padded=True)))
print(repr(ast.get_source_segment(s, t4.body[1])))

# The tree compile() gets back from PyCF_ONLY_AST is the same kind of tree.
t5 = compile("z = 3", "<s>", "exec", ast.PyCF_ONLY_AST)
print(type(t5).__name__, ast.dump(t5))
print(compile(t5, "<s>", "exec", ast.PyCF_ONLY_AST) is t5)
ns = {}
exec(compile(t5, "<s>", "exec"), ns)
print(ns['z'])
