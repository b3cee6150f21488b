x: int += 1
