"""runpy: running Python code found by module name or by path, in a fresh
namespace, the way `python -m` and `python path` do."""

import sys
import os
import types

__all__ = ["run_module", "run_path"]


class _TempModule:
    """Puts a fresh module in sys.modules[name] while code runs in it."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = types.ModuleType(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            del sys.modules[self.mod_name]
        self._saved = []


class _ModifiedArgv0:
    def __init__(self, value):
        self.value = value
        self._saved = self._sentinel = object()

    def __enter__(self):
        if self._saved is not self._sentinel:
            raise RuntimeError('Already preserving saved value')
        self._saved = sys.argv[0] if sys.argv else None
        if sys.argv:
            sys.argv[0] = self.value
        else:
            sys.argv.append(self.value)

    def __exit__(self, *args):
        if sys.argv:
            sys.argv[0] = self._saved
        self._saved = self._sentinel


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _source_code(path):
    with open(path, encoding='utf-8') as f:
        source = f.read()
    return compile(source, path, 'exec')


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    import importlib.util
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, '__path__'):
            import warnings
            msg = ('{mod_name!r} found in sys.modules after import of package {pkg_name!r}, '
                   'but prior to execution of {mod_name!r}; this may result in unpredictable '
                   'behaviour'.format(mod_name=mod_name, pkg_name=pkg_name))
            warnings.warn(RuntimeWarning(msg))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = 'Error while finding module specification for {!r} ({}: {})'
        if mod_name.endswith('.py'):
            msg += ". Try using '{}' instead of '{}' as the module name.".format(
                mod_name[:-3], mod_name)
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error('No module named %s' % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            return _get_module_details(mod_name + '.__main__', error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(('%s; %r is a package and cannot be directly executed')
                        % (e, mod_name))
    origin = spec.origin
    if not origin or not origin.endswith('.py') or not os.path.isfile(origin):
        raise error('No code object available for %s' % mod_name)
    return mod_name, spec, _source_code(origin)


class _Error(Exception):
    pass


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    if run_name is None:
        run_name = '<run_path>'
    pkg_name = run_name.rpartition('.')[0]
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, '__main__.py')
        if not os.path.isfile(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            code = _source_code(main)
            return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                                    script_name=main)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    code = _source_code(path_name)
    return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                            script_name=path_name)
