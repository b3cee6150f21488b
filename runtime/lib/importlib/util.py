"""importlib.util: finding module specs and making modules from them."""

import sys
import os
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 FrozenImporter)

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + bytes([13, 10])


def source_hash(source_bytes):
    import hashlib
    return hashlib.sha256(bytes(source_bytes)).digest()[:8]


def cache_from_source(path, debug_override=None, *, optimization=None):
    head, tail = os.path.split(path)
    base = tail.rpartition('.')[0] or tail
    return os.path.join(head, '__pycache__', base + '.cpython-311.pyc')


def source_from_cache(path):
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError('__pycache__ not bottom-level directory in {!r}'.format(path))
    return os.path.join(head, pycache_filename.partition('.')[0] + '.py')


def resolve_name(name, package):
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = len(name) - len(name.lstrip('.'))
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    rest = name[level:]
    return '{}.{}'.format(base, rest) if rest else base


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, 'path', None)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    if origin is not None and isinstance(loader, SourceFileLoader):
        spec.has_location = True
    return spec


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
    else:
        location = os.fspath(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is _POPULATE:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [os.path.dirname(location)]
    elif submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        module.__cached__ = spec.cached
    return module


def _find_on_path(name, dirs):
    last = name.rpartition('.')[2]
    for folder in dirs:
        if not isinstance(folder, str):
            continue
        base = os.path.join(folder or os.getcwd(), last)
        init = os.path.join(base, '__init__.py')
        if os.path.isfile(init):
            return spec_from_file_location(name, init, submodule_search_locations=[base])
        if os.path.isfile(base + '.py'):
            return spec_from_file_location(name, base + '.py')
    return None


def _spec_of_loaded(name, module):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    if name in sys.builtin_module_names:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    filename = getattr(module, '__file__', None)
    if filename:
        path = getattr(module, '__path__', None)
        return spec_from_file_location(name, filename,
                                       submodule_search_locations=path)
    spec = ModuleSpec(name, FrozenImporter, origin='frozen')
    if hasattr(module, '__path__'):
        spec.submodule_search_locations = list(module.__path__)
    return spec


def find_spec(name, package=None):
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(fullname, module)
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            dirs = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    else:
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, BuiltinImporter, origin='built-in')
        dirs = sys.path
    spec = _find_on_path(fullname, dirs)
    if spec is not None:
        return spec
    # The standard library is frozen into moult: importing is how to ask.
    import importlib
    try:
        module = importlib.import_module(fullname)
    except ImportError:
        return None
    return _spec_of_loaded(fullname, module)


class LazyLoader:
    def __init__(self, loader):
        self.loader = loader

    @classmethod
    def factory(cls, loader):
        return lambda *args, **kwargs: cls(loader(*args, **kwargs))

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
