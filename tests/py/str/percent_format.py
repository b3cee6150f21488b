print("%s is %d years" % ("Al", 30))
print("%5.2f|%-6d|%06.1f|%x|%X|%o|%e|%g" % (3.14159, 42, 2.5, 255, 255, 8, 12345.678, 0.0001))
print("%r %s %a" % ("q", "q", "é"))
print("%(name)s=%(val)03d" % {"name": "x", "val": 7})
print("%c%c" % (65, "B"), "100%%" % (), "%+d % d" % (5, 5), "%.3s" % "abcdef", "%*d" % (5, 1))
for bad in [("%d", "s"), ("%s %s", ("a",)), ("%s", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
