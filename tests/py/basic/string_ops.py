s = "Hello"
t = s + ", " + "World"
print(t, t.upper(), t.lower(), t[0], t[-1], t[1:4], len(t), "World" in t, t.split(", "))
print(str(42) + "!", int("7") + 1, f"{s}!", "x" * 3, s == "Hello", s < "Help")
