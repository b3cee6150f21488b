# The compare is a COMPARE_OP whose argument shows as `~=`, chains included.
close = 1.0 ~= 1.01
if 0 < close ~= 1:
    print(close)
