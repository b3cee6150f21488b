import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"bad expression: {expr!r}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "7 2 /", "1 2", "1 +"]:
    try:
        print(e, "=", rpn(e))
    except (ValueError, IndexError) as err:
        print(e, "->", type(err).__name__, err)
