import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit(None)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit
