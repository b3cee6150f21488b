for i in range(10):
    print(i)
for k, v in d.items():
    if k:
        continue
    print(v)
else:
    done()
