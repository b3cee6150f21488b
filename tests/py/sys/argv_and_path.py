import sys, os
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("argv_and_path.py"))
print(os.path.basename(__file__))
print(sys.path[0].endswith(os.path.join("tests", "py", "sys")))
