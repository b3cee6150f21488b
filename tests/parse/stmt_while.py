while True:
    break
while x:
    x -= 1
    continue
else:
    done()
while 1: pass
