for spec in ["", "10", "<10", ">10", "^10", "=+10", "010", "+", "-", " ", ",", "_", "#x", "#o", "#b", "c", "n"]:
    try:
        print(repr(spec), repr(format(65, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
for spec in ["", ".3", "10.2f", "e", "E", "%", "g", "G", ".0f", "#.0f", "z.1f", "010.3f"]:
    print(repr(spec), repr(format(-1234.5678, spec)), repr(format(0.000012, spec)))
for spec in ["s", "10", ".2", "x<5"]:
    print(repr(spec), repr(format("abc", spec)))
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
