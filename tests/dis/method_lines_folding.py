x = (obj.
   meth(a,
   b=1))
y = obj.meth(
  a)
z = obj.attr.x
w = (obj
  .attr)
p = b"\n"[0]
q = b" " * 3
a, b, c = c, a, b
