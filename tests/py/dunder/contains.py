class Evens:
    def __contains__(self, x):
        print("contains?", x)
        return x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It())
print('ell' in 'hello', 1 in {1: 2}, 2 in {1: 2})
try:
    1 in 5
except TypeError as e:
    print(e)
