x = (
    1
    +
    2
)
f(
    a,
    b=2,
    *c,
)
d = {
    "a": 1,  # comment
    # comment line
    "b": [
        2,
        3,
    ],
}
def g(
    a,
    b,
):
    pass
s = ("implicit"
     "concat"
     f"{x}")
