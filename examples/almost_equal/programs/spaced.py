# `~=` is one token: with a space between, `~` and `=` are two tokens and
# this is a syntax error, in Python and in the fork alike.
x = 1.0
print(x ~ = 1.0)
