for s in ["1", "1j", "-1.5+2j", "(3-4j)", "1e3j", "  2+0j ", "-j", "+1J", "inf+nanj", "1_000j"]:
    print(repr(s), repr(complex(s)))
for bad in ["1+", "j1", "1 + 2j", "(1", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
print(repr(complex(-0.0, -0.0)), repr(complex(1e16, 1e-5)), str(complex(0, -1)), complex(1, 2).real.__class__.__name__)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
