raise ExceptionGroup("several problems", [ValueError("a"), TypeError("b")])
