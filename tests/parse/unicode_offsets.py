s = "ää"; t = 1
"日本"[0]; x = (1,
"ü", y)
def f(é=1, *, ü="ß"): return é + 1
z = """é
ü""" + "ö"
café = lambda é: é
print("→", café(1), sep="←")
