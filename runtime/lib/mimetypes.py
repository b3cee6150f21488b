"""mimetypes: the MIME type of a file name or URL from its extension, and
back. The built-in tables (_mimetypes_data) are extended, as in CPython, by
the system's mime.types files."""

import os
import posixpath

import _mimetypes_data

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None


class MimeTypes:
    def __init__(self, filenames=(), strict=True):
        self.encodings_map = dict(_mimetypes_data.ENCODINGS_MAP)
        self.suffix_map = dict(_mimetypes_data.SUFFIX_MAP)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _mimetypes_data.TYPES_MAP.items():
            self.add_type(type, ext, True)
        for ext, type in _mimetypes_data.COMMON_TYPES.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        url = os.fspath(url)
        scheme, sep, rest = url.partition(':')
        if sep and scheme and all(c.isalnum() or c in '+-.' for c in scheme) and \
                scheme.lower() == 'data':
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            type = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        if sep and scheme and all(c.isalnum() or c in '+-.' for c in scheme):
            url = rest
        base, ext = posixpath.splitext(url)
        while True:
            if ext in self.suffix_map:
                base, ext = posixpath.splitext(base + self.suffix_map[ext])
            elif ext.lower() in self.suffix_map:
                base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
            else:
                break
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        elif ext.lower() in self.encodings_map:
            encoding = self.encodings_map[ext.lower()]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        types_map = self.types_map[True]
        if ext in types_map:
            return types_map[ext], encoding
        if ext.lower() in types_map:
            return types_map[ext.lower()], encoding
        if strict:
            return None, encoding
        types_map = self.types_map[False]
        if ext in types_map:
            return types_map[ext], encoding
        if ext.lower() in types_map:
            return types_map[ext.lower()], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        extensions = self.guess_all_extensions(type, strict)
        if not extensions:
            return None
        return extensions[0]

    def read(self, filename, strict=True):
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        while True:
            line = fp.readline()
            if not line:
                break
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(type, '.' + suff, strict)

    def read_windows_registry(self, strict=True):
        pass


def guess_type(url, strict=True):
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            try:
                db.read(file)
            except (OSError, UnicodeDecodeError):
                pass
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


suffix_map = dict(_mimetypes_data.SUFFIX_MAP)
encodings_map = dict(_mimetypes_data.ENCODINGS_MAP)
types_map = dict(_mimetypes_data.TYPES_MAP)
common_types = dict(_mimetypes_data.COMMON_TYPES)
