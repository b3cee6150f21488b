# One Compare node: `~=` is the constructor AlE().
close = 1.0 ~= 1.01
if 0 < close ~= 1:
    print(close)
