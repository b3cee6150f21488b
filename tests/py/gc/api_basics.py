# The gc module's settings and counters, as CPython documents them.
import gc

print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), len(gc.get_stats()))
print(sorted(gc.get_stats()[0]))
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]))
t = (1, 2, [])
print(gc.is_tracked(t))
a = []
b = [a]
print(a in gc.get_referents(b), b in gc.get_referrers(a))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())


def cb(phase, info):
    print(phase, sorted(info))


gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)

gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print(len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(2) >= 0)
