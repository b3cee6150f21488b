this line is not Python @@@
import sys
print(sys.argv[1:])
try:
    raise ValueError("line five")
except ValueError as e:
    print(e, e.__traceback__.tb_lineno)
sys.exit(3)
