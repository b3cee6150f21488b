x: int
x: int = 5
(y): str = "a"
a.b: list[int] = []
a[0]: float
z: "forward" = None
def f():
    w: int
