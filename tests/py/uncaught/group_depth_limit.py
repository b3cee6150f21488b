eg = ExceptionGroup("leaf", [ValueError(0)])
for i in range(12):
    eg = ExceptionGroup(f"level {i}", [eg, KeyError(i)])
raise eg
