import_ok = True
errs = [SyntaxError("m", ("f.py", 1, 3, "  x = 1 +  \n", 1, 8)), SyntaxError("m", ("f.py", 2, 1, "\tif x\n")),
        SyntaxError("m", ("f.py", 2, 0, "abc\n", 2, 0)), SyntaxError("m", (None, 2, 2, "abc", 2, 9))]
raise errs[3]
