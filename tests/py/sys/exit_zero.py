import sys
print("exiting 0")
sys.exit(0)
print("unreachable")
