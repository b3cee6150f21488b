def check(v):
    assert v > 0, f"v must be positive, got {v}"
check(1)
check(-3)
