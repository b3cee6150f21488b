"""tarfile: reading and writing tar archives (ustar/pax headers for plain
names, regular files, directories and links; gzip compression). The
archive is read whole at open and written whole at close."""

import io
import os
import stat
import time
import struct

from _memberfile import MemberFile

__all__ = ['TarFile', 'TarInfo', 'is_tarfile', 'TarError', 'ReadError', 'CompressionError',
           'StreamError', 'ExtractError', 'HeaderError', 'ENCODING', 'USTAR_FORMAT',
           'GNU_FORMAT', 'PAX_FORMAT', 'DEFAULT_FORMAT', 'open']

NUL = bytes(1)
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b'ustar  \0'
POSIX_MAGIC = b'ustar\x0000'
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b'0'
AREGTYPE = b'\0'
LNKTYPE = b'1'
SYMTYPE = b'2'
CHRTYPE = b'3'
BLKTYPE = b'4'
DIRTYPE = b'5'
FIFOTYPE = b'6'
CONTTYPE = b'7'
GNUTYPE_LONGNAME = b'L'
GNUTYPE_LONGLINK = b'K'
GNUTYPE_SPARSE = b'S'
XHDTYPE = b'x'
XGLTYPE = b'g'
SOLARIS_XHDTYPE = b'X'

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT
ENCODING = 'utf-8'

REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)


class TarError(Exception):
    pass


class ExtractError(TarError):
    pass


class ReadError(TarError):
    pass


class CompressionError(TarError):
    pass


class StreamError(TarError):
    pass


class HeaderError(TarError):
    pass


class EmptyHeaderError(HeaderError):
    pass


class InvalidHeaderError(HeaderError):
    pass


def _field(buf, start, length):
    raw = buf[start:start + length]
    end = raw.find(NUL)
    return raw if end < 0 else raw[:end]


def _number(buf, start, length):
    raw = _field(buf, start, length).strip()
    if not raw:
        return 0
    try:
        return int(raw.decode('ascii'), 8)
    except ValueError:
        raise InvalidHeaderError('invalid header') from None


def _octal(n, digits):
    return ('%0*o' % (digits - 1, n)).encode('ascii') + NUL


def _padded(b, length):
    return b[:length] + NUL * (length - len(b[:length]))


class TarInfo:
    def __init__(self, name=''):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ''
        self.uname = ''
        self.gname = ''
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.pax_headers = {}

    @property
    def path(self):
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        return self.linkname

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.name, id(self))

    def get_info(self):
        info = {'name': self.name, 'mode': self.mode & 0o7777, 'uid': self.uid,
                'gid': self.gid, 'size': self.size, 'mtime': self.mtime,
                'chksum': self.chksum, 'type': self.type, 'linkname': self.linkname,
                'uname': self.uname, 'gname': self.gname, 'devmajor': self.devmajor,
                'devminor': self.devminor}
        if info['type'] == DIRTYPE and not info['name'].endswith('/'):
            info['name'] += '/'
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors='surrogateescape'):
        info = self.get_info()
        name = info['name'].encode(encoding, errors)
        prefix = bytes()
        pax = bytes()
        if len(name) > LENGTH_NAME:
            cut = name.rfind(b'/', 0, LENGTH_PREFIX + 1)
            if 0 < cut and len(name) - cut - 1 <= LENGTH_NAME:
                prefix, name = name[:cut], name[cut + 1:]
            else:
                pax = self._pax_header({'path': info['name']}, encoding)
                name = name[:LENGTH_NAME]
        size = info['size'] if info['type'] in REGULAR_TYPES else 0
        parts = [
            _padded(name, 100), _octal(info['mode'], 8), _octal(info['uid'], 8),
            _octal(info['gid'], 8), _octal(size, 12), _octal(int(info['mtime']), 12),
            b' ' * 8, info['type'], _padded(info['linkname'].encode(encoding, errors), 100),
            POSIX_MAGIC, _padded(info['uname'].encode(encoding, errors), 32),
            _padded(info['gname'].encode(encoding, errors), 32),
            _octal(info['devmajor'], 8) if info['type'] in (CHRTYPE, BLKTYPE) else NUL * 8,
            _octal(info['devminor'], 8) if info['type'] in (CHRTYPE, BLKTYPE) else NUL * 8,
            _padded(prefix, 155)]
        buf = bytes().join(parts)
        buf += NUL * (BLOCKSIZE - len(buf))
        chksum = sum(buf)
        buf = buf[:148] + ('%06o' % chksum).encode('ascii') + NUL + buf[155:]
        return pax + buf

    def _pax_header(self, records, encoding):
        body = bytes()
        for key, value in records.items():
            item = (' %s=%s\n' % (key, value)).encode('utf-8')
            n = len(item) + 1
            while len(str(n)) + len(item) != n:
                n = len(str(n)) + len(item)
            body += str(n).encode('ascii') + item
        info = TarInfo('././@PaxHeader')
        info.type = XHDTYPE
        info.size = len(body)
        info.mode = 0o644
        head = info.tobuf(USTAR_FORMAT)
        return head + body + NUL * ((BLOCKSIZE - len(body) % BLOCKSIZE) % BLOCKSIZE)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        if len(buf) == 0:
            raise EmptyHeaderError('empty header')
        if len(buf) != BLOCKSIZE:
            raise InvalidHeaderError('truncated header')
        if buf.count(NUL) == BLOCKSIZE:
            raise EmptyHeaderError('end of file header')
        chksum = _number(buf, 148, 8)
        unsigned = sum(buf[:148]) + 256 + sum(buf[156:])
        if chksum != unsigned:
            raise InvalidHeaderError('bad checksum')
        obj = cls()
        obj.name = _field(buf, 0, 100).decode(encoding, errors)
        obj.mode = _number(buf, 100, 8)
        obj.uid = _number(buf, 108, 8)
        obj.gid = _number(buf, 116, 8)
        obj.size = _number(buf, 124, 12)
        obj.mtime = _number(buf, 136, 12)
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = _field(buf, 157, 100).decode(encoding, errors)
        obj.uname = _field(buf, 265, 32).decode(encoding, errors)
        obj.gname = _field(buf, 297, 32).decode(encoding, errors)
        obj.devmajor = _number(buf, 329, 8)
        obj.devminor = _number(buf, 337, 8)
        prefix = _field(buf, 345, 155).decode(encoding, errors)
        if obj.type == AREGTYPE and obj.name.endswith('/'):
            obj.type = DIRTYPE
        if buf[257:265] != GNU_MAGIC and prefix and obj.type not in (
                GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            obj.name = prefix + '/' + obj.name
        if obj.type == DIRTYPE:
            obj.name = obj.name.rstrip('/')
        return obj

    def isfile(self):
        return self.type in REGULAR_TYPES

    def isreg(self):
        return self.isfile()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return False

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


def _parse_pax(body):
    records = {}
    pos = 0
    while pos < len(body):
        space = body.find(b' ', pos)
        if space < 0:
            break
        length = int(body[pos:space])
        record = body[space + 1:pos + length - 1].decode('utf-8', 'surrogateescape')
        key, _, value = record.partition('=')
        records[key] = value
        pos += length
    return records


class _MemberFile(MemberFile):
    """extractfile()'s result: the member's bytes as a read-only file."""


class TarFile:
    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = _MemberFile

    def __init__(self, name=None, mode='r', fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors='surrogateescape',
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None,
                 _compression=None):
        if len(mode) > 1 or mode not in 'raw' + 'x':
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._compression = _compression
        self.name = os.path.abspath(name) if name else None
        if fileobj is None:
            if mode == 'x' and name and os.path.exists(name):
                raise FileExistsError(17, 'File exists', name)
            self._own = True
        else:
            self._own = False
            if self.name is None and hasattr(fileobj, 'name') and isinstance(fileobj.name, str):
                self.name = os.path.abspath(fileobj.name)
        self.fileobj = fileobj
        if format is not None:
            self.format = format
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        self.closed = False
        self.members = []
        self._out = bytearray()
        self.offset = 0
        if mode in ('r', 'a'):
            data = self._read_source(name, fileobj)
            if mode == 'r' or data:
                self._load(data)
            if mode == 'a':
                self._out = bytearray(data[:self._end_of_members])

    def _read_source(self, name, fileobj):
        if fileobj is not None:
            return fileobj.read()
        try:
            with builtin_open(name, 'rb') as f:
                return f.read()
        except FileNotFoundError:
            if self.mode == 'a':
                return bytes()
            raise

    def _load(self, data):
        pos = 0
        self._data = data
        pending = {}
        longname = None
        if not data:
            raise ReadError('empty file')
        while pos + BLOCKSIZE <= len(data):
            block = data[pos:pos + BLOCKSIZE]
            try:
                info = self.tarinfo.frombuf(block, self.encoding, self.errors)
            except EmptyHeaderError:
                break
            except InvalidHeaderError as e:
                if pos == 0:
                    raise ReadError('invalid header') from None
                raise ReadError(str(e)) from None
            start = pos + BLOCKSIZE
            size = info.size if info.type in REGULAR_TYPES or info.type in (
                XHDTYPE, XGLTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK,
                SOLARIS_XHDTYPE) else 0
            body = data[start:start + size]
            nxt = start + ((size + BLOCKSIZE - 1) // BLOCKSIZE) * BLOCKSIZE
            if info.type in (XHDTYPE, SOLARIS_XHDTYPE):
                pending = _parse_pax(body)
            elif info.type == GNUTYPE_LONGNAME:
                longname = body.rstrip(NUL).decode(self.encoding, self.errors)
            elif info.type != XGLTYPE:
                if 'path' in pending:
                    info.name = pending['path'].rstrip('/') if info.isdir() else pending['path']
                if 'size' in pending:
                    info.size = int(pending['size'])
                if longname is not None:
                    info.name = longname.rstrip('/') if info.isdir() else longname
                info.pax_headers = pending
                pending = {}
                longname = None
                info.offset = pos
                info.offset_data = start
                self.members.append(info)
            pos = nxt
        self._end_of_members = pos

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return iter(self.members)

    def next(self):
        if not hasattr(self, '_next'):
            self._next = 0
        if self._next >= len(self.members):
            return None
        self._next += 1
        return self.members[self._next - 1]

    def getmembers(self):
        return self.members

    def getnames(self):
        return [m.name for m in self.members]

    def getmember(self, name):
        for member in reversed(self.members):
            if member.name == name.rstrip('/') or member.name == name:
                return member
        raise KeyError('filename %r not found' % name)

    def _check(self, mode=None):
        if self.closed:
            raise OSError('%s is closed' % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError('bad operation for mode %r' % self.mode)

    def extractfile(self, member):
        self._check('r')
        if isinstance(member, str):
            member = self.getmember(member)
        if member.isreg() or member.type not in (LNKTYPE, SYMTYPE, DIRTYPE):
            data = self._data[member.offset_data:member.offset_data + member.size]
            return self.fileobject(data, member.name)
        if member.islnk() or member.issym():
            return self.extractfile(self.getmember(member.linkname))
        return None

    def extractall(self, path='.', members=None, *, numeric_owner=False, filter=None):
        directories = []
        for member in (members if members is not None else self.members):
            if member.isdir():
                directories.append(member)
            self.extract(member, path, set_attrs=not member.isdir(), filter=filter)
        for member in sorted(directories, key=lambda m: m.name, reverse=True):
            dirpath = os.path.join(path, member.name)
            try:
                os.chmod(dirpath, member.mode)
            except (OSError, AttributeError):
                pass

    def extract(self, member, path='', set_attrs=True, *, numeric_owner=False, filter=None):
        self._check('r')
        if isinstance(member, str):
            member = self.getmember(member)
        if filter is not None and callable(filter):
            member = filter(member, path)
            if member is None:
                return
        target = os.path.join(path, member.name)
        if member.isdir():
            os.makedirs(target, exist_ok=True)
            return
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.issym() and hasattr(os, 'symlink'):
            os.symlink(member.linkname, target)
            return
        source = self.extractfile(member)
        with builtin_open(target, 'wb') as f:
            f.write(source.read())
        if set_attrs:
            try:
                os.chmod(target, member.mode)
            except (OSError, AttributeError):
                pass

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, '/').lstrip('/')
        st = os.lstat(name) if hasattr(os, 'lstat') else os.stat(name)
        info = self.tarinfo(arcname)
        mode = st.st_mode
        if stat.S_ISREG(mode):
            info.type = REGTYPE
            info.size = st.st_size
        elif stat.S_ISDIR(mode):
            info.type = DIRTYPE
        elif stat.S_ISLNK(mode):
            info.type = SYMTYPE
            info.linkname = os.readlink(name)
        else:
            return None
        info.mode = stat.S_IMODE(mode)
        info.uid = getattr(st, 'st_uid', 0)
        info.gid = getattr(st, 'st_gid', 0)
        info.mtime = int(st.st_mtime)
        return info

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check('awx')
        if arcname is None:
            arcname = name
        info = self.gettarinfo(name, arcname)
        if info is None:
            return
        if filter is not None:
            info = filter(info)
            if info is None:
                return
        if info.isreg():
            with builtin_open(name, 'rb') as f:
                self.addfile(info, f)
        elif info.isdir():
            self.addfile(info)
            if recursive:
                for f in sorted(os.listdir(name)):
                    self.add(os.path.join(name, f), os.path.join(arcname, f), recursive,
                             filter=filter)
        else:
            self.addfile(info)

    def addfile(self, tarinfo, fileobj=None):
        self._check('awx')
        self._out += tarinfo.tobuf(self.format, self.encoding, self.errors)
        if fileobj is not None:
            data = fileobj.read(tarinfo.size)
            if len(data) < tarinfo.size:
                raise OSError('unexpected end of data')
            self._out += data
            self._out += NUL * ((BLOCKSIZE - len(data) % BLOCKSIZE) % BLOCKSIZE)
        self.members.append(tarinfo)

    def list(self, verbose=True, *, members=None):
        for tarinfo in (members if members is not None else self.members):
            if verbose:
                print(stat.filemode(tarinfo.mode), end=' ')
                print('%s/%s' % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid),
                      end=' ')
                if tarinfo.ischr() or tarinfo.isblk():
                    print('%10s' % ('%d,%d' % (tarinfo.devmajor, tarinfo.devminor)), end=' ')
                else:
                    print('%10d' % tarinfo.size, end=' ')
                print('%d-%02d-%02d %02d:%02d:%02d' % time.localtime(tarinfo.mtime)[:6],
                      end=' ')
            print(tarinfo.name + ('/' if tarinfo.isdir() else ''), end=' ')
            if verbose:
                if tarinfo.issym():
                    print('->', tarinfo.linkname, end=' ')
                if tarinfo.islnk():
                    print('link to', tarinfo.linkname, end=' ')
            print()

    def close(self):
        if self.closed:
            return
        self.closed = True
        if self.mode not in 'awx':
            return
        out = bytes(self._out) + NUL * (BLOCKSIZE * 2)
        out += NUL * ((RECORDSIZE - len(out) % RECORDSIZE) % RECORDSIZE)
        if self._compression == 'gz':
            import gzip
            out = gzip.compress(out)
        if self._own:
            with builtin_open(self.name, 'wb') as f:
                f.write(out)
        else:
            if self.mode == 'a':
                self.fileobj.seek(0)
            self.fileobj.write(out)

    @classmethod
    def open(cls, name=None, mode='r', fileobj=None, bufsize=RECORDSIZE, **kwargs):
        if not name and not fileobj:
            raise ValueError('nothing to open')
        filemode, _, comptype = mode.partition(':')
        if '|' in mode:
            filemode, _, comptype = mode.partition('|')
        filemode = filemode or 'r'
        comptype = comptype or ('*' if filemode == 'r' else 'tar')
        if filemode not in ('r', 'a', 'w', 'x'):
            raise ValueError('mode must be \'r\', \'a\', \'w\' or \'x\'')
        if comptype not in ('*', 'tar', 'gz', 'bz2', 'xz'):
            raise CompressionError('unknown compression type %r' % comptype)
        if comptype in ('bz2', 'xz'):
            raise CompressionError('%s module is not available' % (
                'bz2' if comptype == 'bz2' else 'lzma'))
        if filemode == 'r':
            if fileobj is not None:
                data = fileobj.read()
            else:
                with builtin_open(name, 'rb') as f:
                    data = f.read()
            if comptype == '*':
                errors = []
                for method in ('gz', 'bz2', 'xz', 'tar'):
                    try:
                        return cls._open_data(name, data, method, kwargs)
                    except (ReadError, CompressionError) as e:
                        errors.append('- method %s: %r' % (method, e))
                raise ReadError('file could not be opened successfully:\n' + '\n'.join(errors))
            return cls._open_data(name, data, comptype, kwargs)
        if filemode == 'a' and comptype != 'tar':
            raise ValueError('mode must be \'r\', \'a\', \'w\' or \'x\'')
        return cls(name, filemode, fileobj, _compression=comptype, **kwargs)

    @classmethod
    def _open_data(cls, name, data, method, kwargs):
        if method == 'gz':
            if not data:
                raise ReadError('empty file')
            if data[:2] != bytes([0x1f, 0x8b]):
                raise ReadError('not a gzip file')
            import gzip
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as e:
                raise ReadError('invalid compressed data') from None
        elif method == 'bz2':
            raise ReadError('not a bzip2 file')
        elif method == 'xz':
            raise ReadError('not an lzma file')
        return cls(name, 'r', io.BytesIO(data), **kwargs)

    taropen = open


builtin_open = open


def open(name=None, mode='r', fileobj=None, bufsize=RECORDSIZE, **kwargs):
    return TarFile.open(name, mode, fileobj, bufsize, **kwargs)


def is_tarfile(name):
    try:
        if hasattr(name, 'read'):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False
