for x in xs:
    if x:
        break
else:
    y = 1
