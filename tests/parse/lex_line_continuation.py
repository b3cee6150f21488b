x = 1 + \
    2
if a and \
   b:
    pass
y = \
  3
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
z = [1,
     2,
     3]
