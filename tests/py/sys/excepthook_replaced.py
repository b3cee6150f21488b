import sys
def hook(t, v, tb):
    print("hooked:", t.__name__, v, sys.last_value is v)
    sys.__excepthook__(t, v, None)
sys.excepthook = hook
print("before")
def fail():
    raise ValueError("boom")
fail()
