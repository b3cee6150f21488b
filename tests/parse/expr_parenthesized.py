(a)
((a))
(a).b
(a)(b)
(yield)
x = (1 if a else 2)
(a, b) = c
(a) = 1
(((a, b)))
print((a, b))
(x for x in y), 1
