# ast.literal_eval: the literals it accepts and python3's errors for the rest.
import ast

GOOD = [
    "1", "-1", "+1.5", "1e10", "2j", "1+2j", "-1-2j", "'abc'", "b'xy'",
    "u'u'", "'a' 'b'", "True", "False", "None", "...",
    "[1, [2, 3], (4,)]", "(1, 2)", "()", "{1, 2, 3}", "set()",
    "{'a': 1, 'b': [None]}", "{}", "  \t 42", "-(1)",
    "{'nested': {'t': (1, 2.0, 3j, 'x')}}",
]
for src in GOOD:
    v = ast.literal_eval(src)
    print(repr(src), '->', repr(v), type(v).__name__)

BAD = [
    "x", "1 + x", "f(1)", "[1, y]", "1 * 2", "-'a'", "'a' + 'b'",
    "set([1])", "{**d}", "1 + 2", "(1).real", "lambda: 1", "a if b else c",
    "{'a': x}", "--1",
]
for src in BAD:
    try:
        ast.literal_eval(src)
        print(repr(src), 'accepted')
    except ValueError as e:
        msg = str(e)
        # The node's repr holds its address; keep what comes before it.
        print(repr(src), 'ValueError:', msg.split(': <')[0], '|', type(e).__name__)
    except Exception as e:
        print(repr(src), type(e).__name__, e)

for bad in ["1 +", "(", "x = 1"]:
    try:
        ast.literal_eval(bad)
    except SyntaxError as e:
        print(repr(bad), 'SyntaxError', e.msg)

# A tree works as well as a string.
print(ast.literal_eval(ast.parse("[1, -2, 3+4j]", mode='eval')))
print(ast.literal_eval(ast.parse("(1, 'x')", mode='eval').body))
print(ast.literal_eval(ast.Constant(value=5)))
try:
    ast.literal_eval(ast.Name(id='x', ctx=ast.Load()))
except ValueError as e:
    print(str(e).split(': <')[0])
# Dict with mismatched keys/values
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(str(e).split(': <')[0])
