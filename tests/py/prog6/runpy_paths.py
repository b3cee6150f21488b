import runpy, os, sys, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'script.py')
with open(p, 'w') as f:
    f.write('import sys\nresult = X * 2\nprint("running as", __name__, sys.argv[0] == __file__)\ndef helper():\n    return result + 1\n')
g = runpy.run_path(p, init_globals={'X': 21})
print(g['result'], g['helper'](), g['__name__'], sorted(k for k in g if k.startswith('__')))
g = runpy.run_path(p, init_globals={'X': 1}, run_name='__main__')
print(g['result'], g['__name__'])
os.makedirs(os.path.join(d, 'app'))
with open(os.path.join(d, 'app', '__main__.py'), 'w') as f:
    f.write('print("app main", __name__)\nVALUE = 7\n')
print(runpy.run_path(os.path.join(d, 'app'))['VALUE'])
sys.path.insert(0, d)
with open(os.path.join(d, 'mymod.py'), 'w') as f:
    f.write('print("mymod as", __name__)\nZ = 3\n')
g = runpy.run_module('mymod', run_name='__main__')
print(g['Z'], g['__name__'], 'mymod' in sys.modules)
try:
    runpy.run_module('no_such_module_xyz')
except ImportError as e:
    print(type(e).__name__, e)
