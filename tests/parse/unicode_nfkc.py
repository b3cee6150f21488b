ﬁle = 1
ℌ = ﬁle
print(ﬁle, file)
