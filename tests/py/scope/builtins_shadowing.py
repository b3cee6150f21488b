def len(x):
    return 42
print(len([1]))
del len
print(len([1]))
import builtins
print(builtins.len is len)
def f():
    print = lambda *a: None
    print("hidden")
f()
print("shown")
