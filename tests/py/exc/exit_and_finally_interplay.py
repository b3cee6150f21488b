class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__ if exc[0] else None)
        raise RuntimeError("from exit")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def swallow():
    try:
        raise KeyError("gone")
    finally:
        return "finally return swallows"
print(swallow())
def nested():
    try:
        try:
            raise ValueError(1)
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer except", e)
    finally:
        print("outer finally")
nested()
