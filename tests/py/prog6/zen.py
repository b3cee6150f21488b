import this
print(len(this.s), this.c, this.i, sorted(this.d.items())[:3])
