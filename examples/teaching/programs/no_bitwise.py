# The teaching language has no bitwise operators: this is a syntax error.
show 6 & 3
