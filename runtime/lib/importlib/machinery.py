"""importlib.machinery: module specs and the loaders moult's import system uses."""

import sys

SOURCE_SUFFIXES = ['.py']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and smsl == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                head, _, tail = self.origin.rpartition('/')
                self._cached = '{}{}__pycache__/{}.cpython-311.pyc'.format(
                    head, '/' if head or self.origin.startswith('/') else '', tail[:-3])
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    __module__ = "_frozen_importlib"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None and fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


class FrozenImporter:
    __module__ = "_frozen_importlib"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        import importlib
        name = module.__spec__.name if module.__spec__ is not None else module.__name__
        real = importlib.import_module(name)
        module.__dict__.update({k: v for k, v in real.__dict__.items() if k != '__spec__'})


class FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname):
        with open(self.path, encoding='utf-8') as f:
            return f.read()

    def is_package(self, fullname):
        return self.path.rpartition('/')[2].rpartition('.')[0] == '__init__'

    def create_module(self, spec):
        return None

    def get_code(self, fullname):
        return compile(self.get_source(fullname), self.path, 'exec')

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        import importlib.util
        name = fullname or self.name
        spec = importlib.util.spec_from_file_location(name, self.path, loader=self)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        self.exec_module(module)
        return sys.modules[name]


class SourceFileLoader(FileLoader):
    pass


class SourcelessFileLoader(FileLoader):
    pass


class ExtensionFileLoader(FileLoader):
    pass


class PathFinder:
    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import importlib.util
        return importlib.util._find_on_path(fullname, sys.path if path is None else path)

    @classmethod
    def invalidate_caches(cls):
        pass


class FileFinder:
    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        import importlib.util
        return importlib.util._find_on_path(fullname, [self.path])

    def invalidate_caches(self):
        pass
