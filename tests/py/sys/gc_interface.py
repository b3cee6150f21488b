import gc
print(gc.collect(), gc.isenabled(), gc.get_threshold(), len(gc.get_count()))
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.garbage)
