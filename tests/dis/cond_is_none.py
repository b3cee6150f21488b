if a and \
   (b is c):
  pass
if a and \
   (b is None):
  pass
if a and \
   (not b):
  pass
x = (a and
  b < c)
