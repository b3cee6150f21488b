import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(type(t0).__name__, t0 > 1.6e9, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, time.process_time() >= 0, type(time.monotonic_ns()).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6], g[0])
g = time.gmtime(1700000000.5)
print(tuple(g)[:9])
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %A %b %B %j %p %I %y %%", g))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime(time.gmtime(86400 * 365)), time.gmtime(-86400)[:3])
print(time.gmtime(951782400)[:8], time.gmtime(4102444800)[:8])
for bad in (-1, "x"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import time
for t in [(2024,13,1,0,0,0,0,1,0),(2024,1,32,0,0,0,0,1,0),(2024,1,1,24,0,0,0,1,0),(2024,1,1,0,60,0,0,1,0),(2024,1,1,0,0,62,0,1,0),(2024,1,1,0,0,0,-1,1,0),(2024,1,1,0,0,0,7,1,0),(2024,1,1,0,0,0,0,367,0),(2024,0,0,0,0,0,0,0,0)]:
  try: print(time.strftime('%Y %m %d %a %j', t))
  except Exception as e: print(type(e).__name__, e)
for v in [float('inf'), 1e20]:
  try: time.gmtime(v)
  except Exception as e: print(type(e).__name__, e)
  try: time.sleep(v)
  except Exception as e: print(type(e).__name__, e)
try: time.mktime((10**15,1,1,0,0,0,0,1,0))
except Exception as e: print(type(e).__name__, e)
