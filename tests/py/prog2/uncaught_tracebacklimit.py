import sys
sys.tracebacklimit = 2
def a(): b()
def b(): c()
def c(): return {}["missing"]
try:
    a()
except KeyError as e:
    print("caught", e)
print("now uncaught")
a()
