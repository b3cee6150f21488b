# The node classes (fields, attributes, hierarchy, constructor) and
# compile()'s errors for malformed trees.
import ast

for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'BinOp', 'Constant',
             'expr_context', 'Load', 'operator', 'Add', 'arguments', 'arg', 'keyword',
             'alias', 'withitem', 'match_case', 'pattern', 'MatchAs', 'excepthandler',
             'ExceptHandler', 'comprehension', 'type_ignore', 'TypeIgnore']:
    cls = getattr(ast, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__], cls._fields,
          getattr(cls, '_attributes', None), getattr(cls, '__match_args__', None))

print(ast.BinOp.__doc__)
print(ast.Pass.__doc__)
print(ast.cmpop.__doc__, ast.Dict.__doc__, ast.arguments.__doc__, sep="\n")
print(ast.expr.__doc__)
print(repr(ast.Add), isinstance(ast.Add(), ast.operator), issubclass(ast.Name, ast.expr))
print(ast.Constant(1).kind, ast.FunctionDef('f').returns, ast.Name('x').end_lineno)
try:
    ast.FunctionDef('f').body
except AttributeError as e:
    print('AttributeError', e)
print(list(ast.BinOp(1, ast.Add(), 2).__dict__), ast.BinOp(foo=3).__dict__)
for args, kw in [((1, 2, 3, 4), {}), ((1,), {'left': 2}), ((1,), {})]:
    try:
        ast.BinOp(*args, **kw)
        print('ok')
    except TypeError as e:
        print('TypeError', e)
for cls in (ast.AST, ast.Return):
    try:
        cls(1, 2)
    except TypeError as e:
        print('TypeError', e)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

p = ast.parse("x + 1", mode='eval').body
match p:
    case ast.BinOp(ast.Name(id=n), ast.Add(), ast.Constant(value=v)):
        print('matched', n, v)

N = dict(lineno=1, col_offset=0)


def attempt(tree, mode='exec'):
    try:
        compile(tree, '<ast>', mode)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


attempt(ast.Module(body=[ast.Expr()], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=None, **N)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name('x', ast.Load(), **N), **N)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name('x', ast.Load()), **N)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(value=ast.Name(3, ast.Load(), **N), **N)], type_ignores=[]))
attempt(ast.Module(body=ast.Pass(), type_ignores=[]))
attempt(ast.Module(body=[ast.Pass(**N)]))
attempt(ast.Module(body=[ast.Pass(lineno='a', col_offset=0)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.Constant([1], **N), **N)], type_ignores=[]))
attempt(ast.Expression(ast.Constant(1, **N)), 'eval')
attempt(ast.Expression(ast.Constant(1, **N)), 'exec')
attempt(ast.Module(body=[ast.Pass(**N)], type_ignores=[]), 'eval')
attempt(ast.Pass())
attempt(3)
attempt(ast.Module(body=[ast.Expr(ast.BinOp(ast.Constant(1, **N), ast.Add, ast.Constant(1, **N), **N), **N)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.Constant(1, **N), lineno=1, col_offset=0, end_lineno='x')], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.List([None], ast.Load(), **N), **N)], type_ignores=[]))
attempt(ast.Module(body=[None], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.Dict([None], [ast.Name('d', ast.Load(), **N)], **N), **N)], type_ignores=[]))
attempt(ast.Module(body=[ast.Expr(ast.Constant((1, 2.5, 'x', b'y', None, frozenset({3})), **N), **N)], type_ignores=[]))
try:
    compile('(int) -> None', 'f', 'func_type')
except ValueError as e:
    print(e)
