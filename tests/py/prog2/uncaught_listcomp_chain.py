def a():
    try:
        b()
    except Exception as e:
        raise RuntimeError("wrapper") from e
def b():
    return [x for x in c()]
def c():
    yield 1
    d = {"k": 1}
    yield d["missing"]
try:
    a()
except RuntimeError:
    import traceback
    traceback.print_exc()
print("----")
def e():
    try:
        1 / 0
    finally:
        print("cleanup")
class K:
    x = list(map(lambda v: v.upper(), [1]))
