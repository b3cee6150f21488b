def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict({"k": v}):
            return f"dict k={v}"
        case tuple(()):
            return "empty tuple"
        case _:
            return f"other {type(v).__name__}"
for v in [True, -3, 7, "", "hi", [9, 8], {"k": 1, "j": 2}, (), 2.5, None]:
    print(kind(v))
