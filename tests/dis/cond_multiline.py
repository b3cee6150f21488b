if (a and
        b):
    x()
if a and \
        (b or c):
    y()
if (a ==
        b):
    z()
while (a and
       b):
    w()
