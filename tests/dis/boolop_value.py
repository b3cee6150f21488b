x = a and b
y = a or b or c
z = a if b else c
