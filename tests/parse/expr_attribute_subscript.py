a.b
a.b.c.d
a[0]
a[0][1]
a["k"]
a[b, c]
a[b,]
a[*b]
a[*b, c]
a[()]
a.b[c].d
(1).real
1 .real
1.0.real
