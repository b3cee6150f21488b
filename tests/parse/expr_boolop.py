a and b
a or b
a and b and c
a or b and c
(a or b) and c
not a
not not a
a and not b or c
