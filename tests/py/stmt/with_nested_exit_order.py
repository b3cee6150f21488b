from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("a"), tag("b") as b:
    print("inside", b)
try:
    with tag("x"):
        raise ValueError("v")
except ValueError as e:
    print("caught", e)
from contextlib import suppress
with suppress(KeyError):
    {}['nope']
print("suppressed")
