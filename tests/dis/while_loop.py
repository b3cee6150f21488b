i = 0
while i < 10:
    i += 1
while True:
    if i:
        break
    i -= 1
