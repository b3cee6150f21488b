name, n, pi = "moult", 3, 3.14159
print(f"{name!r} {name!s} {name!a} {name.upper()} {n * 2} {n = } {pi:.2f} {pi=:.1f}")
print(f"{'nested ' + f'{n}'}", f"{{literal}}", f"{n:{n}d}|", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
width = 10
print(f"{name:>{width}}|{name:^{width}}|", f"{n:#b}", f"{1e6:,.0f}", f"{-0.0:+}")
print(f"""multi
{name}""", f"{'é'!a}", f"{3:03}", f"{None}", f"{True:d}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}", f"{(lambda x: x * 2)(4)}")
try:
    f"{n:z}"
except ValueError as e:
    print(e)
