# The oracle for programs/almost_equal.py, run by python3 (programs/derive.sh): python3 has no `~=`,
# so this script gives it one. Each `~=` token of the program becomes `is not`
# (a comparison operator with the same precedence and chaining, which the program
# does not otherwise use), and every comparison chain holding one is rewritten
# into a call of `_chain`, which evaluates the operands lazily in order, as Python
# does, and applies `_ale` in place of `is not`. `_ale` follows the fork's
# `operators` row: the method named there on the left operand, then on the right,
# then the row's default expression for int and float, else TypeError.
# Usage: python3 oracle.py PROGRAM.py (kept out of programs/, whose .py files are the
# fork's test programs)
import ast
import builtins
import io
import operator
import os
import re
import sys
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))


def operator_row():
    """The method name and default expression of `~=` in the fork's operators file."""
    with open(os.path.join(HERE, "grammar", "operators")) as f:
        for line in f:
            m = re.match(r"\s*AlE\s+'~='\s+(\w+)\s+(\w+)\s+default\s+\"(.*)\"\s+for\s+(.*)$", line)
            if m:
                method, reflected, default, types = m.groups()
                return method, reflected, default, types.split()
    sys.exit("oracle.py: no AlE row in the fork's operators file")


METHOD, REFLECTED, DEFAULT, DEFAULT_TYPES = operator_row()
DEFAULT_CODE = compile(DEFAULT, "<operators>", "eval")


def _ale(a, b):
    for me, other, name in ((a, b, METHOD), (b, a, REFLECTED)):
        method = getattr(type(me), name, None)
        if method is not None:
            r = method(me, other)
            if r is not NotImplemented:
                return r
    types = tuple(getattr(builtins, t) for t in DEFAULT_TYPES)
    if isinstance(a, types) and isinstance(b, types):
        return eval(DEFAULT_CODE, {"abs": abs}, {"a": a, "b": b})
    raise TypeError(
        f"'~=' not supported between instances of "
        f"'{type(a).__name__}' and '{type(b).__name__}'"
    )


OPS = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt,
    ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge,
    ast.Is: operator.is_, ast.IsNot: _ale,
    ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
}


def _chain(first, *links):
    """`first op1 x1 op2 x2 ...`, each operand a thunk, evaluated as Python does."""
    left = first()
    result = True
    for op, thunk in links:
        right = thunk()
        result = op(left, right)
        if not result:
            return result
        left = right
    return result


class Rewrite(ast.NodeTransformer):
    def visit_Compare(self, node):
        self.generic_visit(node)
        if not any(isinstance(op, ast.IsNot) for op in node.ops):
            return node

        def thunk(e):
            return ast.Lambda(ast.arguments([], [], None, [], [], None, []), e)

        links = [
            ast.Tuple([ast.Name(f"_op_{type(op).__name__}", ast.Load()), thunk(e)], ast.Load())
            for op, e in zip(node.ops, node.comparators)
        ]
        call = ast.Call(ast.Name("_chain", ast.Load()), [thunk(node.left), *links], [])
        return ast.copy_location(call, node)


def almost_equal_to_is_not(source):
    """The program with each `~=` token (a `~` followed at once by `=`) as `is not`."""
    lines = source.splitlines(keepends=True)
    toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
    spots = [
        a.start for a, b in zip(toks, toks[1:])
        if a.string == "~" and b.string == "=" and a.end == b.start
    ]
    for row, col in reversed(spots):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + " is not " + line[col + 2:]
    return "".join(lines)


def main():
    path = sys.argv[1]
    with open(path) as f:
        tree = ast.parse(almost_equal_to_is_not(f.read()), path)
    tree = ast.fix_missing_locations(Rewrite().visit(tree))
    env = {"__name__": "__main__", "_chain": _chain}
    env.update({f"_op_{k.__name__}": v for k, v in OPS.items()})
    exec(compile(tree, path, "exec"), env)


main()
