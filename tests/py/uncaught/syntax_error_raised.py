def check(src):
    if "+" in src and src.endswith("+"):
        raise SyntaxError("dangling operator", ("calc.txt", 4, len(src), src, 4, len(src) + 1))
check("1 + 2")
check("3 +")
