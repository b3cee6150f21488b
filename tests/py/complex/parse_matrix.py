# complex() parsing and repr/str/format of many values (differential against python3).
strs = ["0", "-0", "+0j", "-0j", "1e-320", "1e400", "-1e400j", "1.j", ".5", "5.", "1e5", "1E+5J", "0x10", "1_2j", "1__2", "1_", "_1j",
        "nan", "-nan", "nanj", "inf", "-Infinity", "infinityj", "infj", "+infj", "1+infj", "1-nanj", "j", "+j", "-j", "J", "1+j",
        "1-J", "1+1", "(1+2j)", "((1+2j))", "(1+2j", "1+2j)", " ( 1+2j ) ", "\t1j\n", "1 j", "1+ 2j", "1e1.5", "1.5.5", "", " ",
        "()", "jj", "1j1", "+-1", "--1j", "1e", "1e+", "0.0000001j", "123456789012345678901234567890", "٣", "１２", "1\u3000"]
for s in strs:
    try:
        z = complex(s)
        print(repr(s), repr(z), str(z), format(z, ".3g"), format(z, ">12"), format(z, "e"))
    except ValueError as e:
        print(repr(s), "ValueError", e)
