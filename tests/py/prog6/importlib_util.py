import importlib.util, importlib.machinery, sys, os, tempfile
print(importlib.util.find_spec('nonexist_mod_xyz'))
print(importlib.util.find_spec('json') is not None, importlib.util.find_spec('sys'))
print(importlib.util.resolve_name('..x', 'a.b.c'))
d = tempfile.mkdtemp()
p = os.path.join(d, 'plug.py')
with open(p, 'w') as f:
    f.write('X = 41\ndef f():\n    return X + 1\n')
spec = importlib.util.spec_from_file_location('plug', p)
print(spec.name, spec.origin == p, spec.has_location, spec.parent == '', spec.submodule_search_locations)
m = importlib.util.module_from_spec(spec)
print(m.__name__, sorted(k for k in vars(m) if k.startswith('__')))
spec.loader.exec_module(m)
print(m.X, m.f(), m.__file__ == p)
sys.modules['plug'] = m
import plug
print(plug is m)
try:
    importlib.util.find_spec('.x')
except ImportError as e:
    print(e)
