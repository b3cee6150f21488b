try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
import sys
print(sys.stdin.read() == "")
