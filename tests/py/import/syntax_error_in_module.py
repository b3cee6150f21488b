import sys
try:
    import _bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    print(e.filename.endswith("_bad_syntax.py"), "_bad_syntax" in sys.modules)
print("now uncaught")
import _bad_syntax
