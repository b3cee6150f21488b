g = (v for v in x
   if v)
h = (v for v in x
   if v < 1)
i = (v for v in x
   if (v and
   w))
