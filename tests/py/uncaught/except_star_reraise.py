def work():
    raise ExceptionGroup("batch", [ValueError("v"), TypeError("t"), KeyError("k")])
try:
    work()
except* ValueError:
    print("handled values")
except* TypeError as g:
    raise RuntimeError("converted") from g
