"""zipfile: reading and writing ZIP archives (stored and deflated members,
no ZIP64, no encryption). The whole archive is read at open; writes go to
the file as members are added and the central directory at close."""

import io
import os
import struct
import time
import stat
import zlib

from _memberfile import MemberFile

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2',
           'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile', 'PyZipFile', 'LargeZipFile',
           'Path']


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    pass


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
DEFAULT_VERSION = 20
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

_LOCAL = struct.Struct('<4s2B4HL2L2H')
_CENTRAL = struct.Struct('<4s4B4HL2L5H2L')
_END = struct.Struct('<4s4H2LH')
_LOCAL_SIG = bytes([0x50, 0x4b, 3, 4])
_CENTRAL_SIG = bytes([0x50, 0x4b, 1, 2])
_END_SIG = bytes([0x50, 0x4b, 5, 6])

compressor_names = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
                    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
                    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
                    97: 'wavpack', 98: 'ppmd'}


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in (ZIP_BZIP2, ZIP_LZMA):
        raise RuntimeError('Compression requires the (missing) %s module'
                           % ('bz2' if compression == ZIP_BZIP2 else 'lzma'))
    raise NotImplementedError('That compression method is not supported')


class ZipInfo:
    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        null_byte = filename.find(chr(0))
        if null_byte >= 0:
            filename = filename[0:null_byte]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = bytes()
        self.extra = bytes()
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        result = ['<%s filename=%r' % (self.__class__.__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            result.append(' compress_type=%s' % compressor_names.get(self.compress_type,
                                                                      self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            result.append(' filemode=%r' % stat.filemode(hi))
        if lo:
            result.append(' external_attr=%#x' % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            result.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            result.append(' compress_size=%r' % self.compress_size)
        result.append('>')
        return ''.join(result)

    def is_dir(self):
        return self.filename.endswith('/')

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _dos_time(self):
        dt = self.date_time
        dosdate = (dt[0] - 1980) << 9 | dt[1] << 5 | dt[2]
        dostime = dt[3] << 11 | dt[4] << 5 | (dt[5] // 2)
        return dostime, dosdate

    def FileHeader(self, zip64=None):
        name, flags = self._encoded_name()
        dostime, dosdate = self._dos_time()
        header = _LOCAL.pack(_LOCAL_SIG, self.extract_version, self.reserved, flags,
                             self.compress_type, dostime, dosdate, self.CRC,
                             self.compress_size, self.file_size, len(name), len(self.extra))
        return header + name + self.extra

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if hasattr(filename, '__fspath__'):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        mtime = time.localtime(st.st_mtime)
        date_time = mtime[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep or os.sep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = cls(arcname, date_time)
        zinfo.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            zinfo.file_size = 0
            zinfo.external_attr |= 0x10
        else:
            zinfo.file_size = st.st_size
        return zinfo


def _read_archive(data):
    """The members of the ZIP archive in data, from its central directory."""
    end = data.rfind(_END_SIG, max(0, len(data) - ZIP_MAX_COMMENT - _END.size))
    if end < 0 or len(data) - end < _END.size:
        raise BadZipFile('File is not a zip file')
    (_sig, _disk, _cd_disk, _n_disk, count, cd_size, cd_offset,
     comment_len) = _END.unpack(data[end:end + _END.size])
    comment = data[end + _END.size:end + _END.size + comment_len]
    base = end - cd_size - cd_offset
    pos = base + cd_offset
    members = []
    for _ in range(count):
        head = data[pos:pos + _CENTRAL.size]
        if len(head) != _CENTRAL.size or head[:4] != _CENTRAL_SIG:
            raise BadZipFile('Bad magic number for central directory')
        fields = _CENTRAL.unpack(head)
        (_s, create_version, create_system, extract_version, reserved, flag_bits,
         compress_type, dostime, dosdate, crc, csize, usize, nlen, elen, clen, volume,
         internal_attr, external_attr, offset) = fields
        pos += _CENTRAL.size
        raw_name = data[pos:pos + nlen]
        pos += nlen
        extra = data[pos:pos + elen]
        pos += elen
        member_comment = data[pos:pos + clen]
        pos += clen
        name = raw_name.decode('utf-8' if flag_bits & 0x800 else 'cp437')
        zinfo = ZipInfo(name)
        zinfo.extra = extra
        zinfo.comment = member_comment
        zinfo.header_offset = offset + base
        (zinfo.create_version, zinfo.create_system, zinfo.extract_version, zinfo.reserved,
         zinfo.flag_bits, zinfo.compress_type, zinfo.CRC, zinfo.compress_size,
         zinfo.file_size, zinfo.volume, zinfo.internal_attr, zinfo.external_attr) = (
            create_version, create_system, extract_version, reserved, flag_bits,
            compress_type, crc, csize, usize, volume, internal_attr, external_attr)
        zinfo.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                           dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
        members.append(zinfo)
    return members, comment


class _MemberReader(MemberFile):
    """What ZipFile.open(name) returns for reading: the member's bytes."""

    def __init__(self, data, zinfo):
        super().__init__(data, zinfo.filename)
        self.mode = 'r'


class _MemberWriter:
    def __init__(self, archive, zinfo):
        self._archive = archive
        self._zinfo = zinfo
        self._chunks = []
        self.closed = False

    def write(self, data):
        data = bytes(data)
        self._chunks.append(data)
        return len(data)

    def writable(self):
        return True

    def close(self):
        if not self.closed:
            self.closed = True
            self._archive._add(self._zinfo, bytes().join(self._chunks))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ZipFile:
    fp = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.comment = bytes()
        self._closed = False
        self._strict_timestamps = strict_timestamps
        if isinstance(file, str) or hasattr(file, '__fspath__'):
            self.filename = os.fspath(file)
            self._own = True
            data = bytes()
            if mode in ('r', 'a'):
                try:
                    with open(self.filename, 'rb') as f:
                        data = f.read()
                except FileNotFoundError:
                    if mode == 'r':
                        raise
            elif mode == 'x' and os.path.exists(self.filename):
                raise FileExistsError(17, 'File exists', self.filename)
            self.fp = None
        else:
            self.filename = getattr(file, 'name', None)
            self._own = False
            self.fp = file
            data = bytes()
            if mode in ('r', 'a'):
                file.seek(0)
                data = file.read()
        self._data = data
        if mode == 'r' or (mode == 'a' and data):
            try:
                members, self.comment = _read_archive(data)
            except BadZipFile:
                if mode == 'r':
                    raise
                members = []
            for zinfo in members:
                self.filelist.append(zinfo)
                self.NameToInfo[zinfo.filename] = zinfo
        if mode in ('w', 'x'):
            self._data = bytes()
        self._out = bytearray(self._data if mode == 'a' and self.filelist else bytes())
        if mode == 'a' and self.filelist:
            # New members replace the old central directory.
            self._out = bytearray(self._data[:self._central_start()])

    def _central_start(self):
        end = self._data.rfind(_END_SIG)
        fields = _END.unpack(self._data[end:end + _END.size])
        return fields[6]

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        result = ['<%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)]
        if not self._closed:
            if self.filename is not None:
                result.append(' filename=%r' % self.filename)
            result.append(' mode=%r' % self.mode)
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def namelist(self):
        return [data.filename for data in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for zinfo in self.filelist:
            date = '%d-%02d-%02d %02d:%02d:%02d' % zinfo.date_time[:6]
            print('%-46s %s %12d' % (zinfo.filename, date, zinfo.file_size), file=file)

    def testzip(self):
        for zinfo in self.filelist:
            try:
                self.read(zinfo.filename)
            except BadZipFile:
                return zinfo.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        pass

    def _check_open(self):
        if self._closed:
            raise ValueError('Attempt to use ZIP archive that was already closed')

    def read(self, name, pwd=None):
        self._check_open()
        zinfo = name if isinstance(name, ZipInfo) else self.getinfo(name)
        data = self._data
        pos = zinfo.header_offset
        head = data[pos:pos + _LOCAL.size]
        if len(head) != _LOCAL.size or head[:4] != _LOCAL_SIG:
            raise BadZipFile('Bad magic number for file header')
        fields = _LOCAL.unpack(head)
        start = pos + _LOCAL.size + fields[10] + fields[11]
        raw = data[start:start + zinfo.compress_size]
        if zinfo.compress_type == ZIP_STORED:
            out = raw
        elif zinfo.compress_type == ZIP_DEFLATED:
            out = zlib.decompress(raw, -15)
        else:
            _check_compression(zinfo.compress_type)
            out = raw
        if zlib.crc32(out) != zinfo.CRC:
            raise BadZipFile('Bad CRC-32 for file %r' % zinfo.filename)
        return out

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        self._check_open()
        if mode == 'w':
            if isinstance(name, ZipInfo):
                zinfo = name
            else:
                zinfo = ZipInfo(name, time.localtime(time.time())[:6])
                zinfo.compress_type = self.compression
                zinfo.external_attr = 0o600 << 16
            return _MemberWriter(self, zinfo)
        zinfo = name if isinstance(name, ZipInfo) else self.getinfo(name)
        return _MemberReader(self.read(zinfo), zinfo)

    def extract(self, member, path=None, pwd=None):
        if path is None:
            path = os.getcwd()
        return self._extract_member(member, os.fspath(path))

    def extractall(self, path=None, members=None, pwd=None):
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        for zipinfo in members:
            self._extract_member(zipinfo, os.fspath(path))

    def _extract_member(self, member, targetpath):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        arcname = member.filename.replace('/', os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        invalid_path_parts = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(x for x in arcname.split(os.path.sep)
                                   if x not in invalid_path_parts)
        targetpath = os.path.join(targetpath, arcname)
        targetpath = os.path.normpath(targetpath)
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath
        with open(targetpath, 'wb') as target:
            target.write(self.read(member))
        return targetpath

    def _check_writable(self):
        self._check_open()
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")

    def _add(self, zinfo, data):
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zinfo.file_size = len(data)
        zinfo.CRC = zlib.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            level = zinfo._compresslevel
            if level is None:
                level = self.compresslevel if self.compresslevel is not None else -1
            body = zlib.compress(data, level, -15)
        else:
            body = data
        zinfo.compress_size = len(body)
        zinfo.header_offset = len(self._out)
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, UserWarning, stacklevel=3)
        self._out += zinfo.FileHeader() + body
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self._data = bytes(self._out)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._check_writable()
        zinfo = ZipInfo.from_file(filename, arcname,
                                  strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            zinfo.compress_size = 0
            self._add(zinfo, bytes())
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, 'rb') as f:
            self._add(zinfo, f.read())

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        self._check_writable()
        if isinstance(data, str):
            data = data.encode('utf-8')
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith('/'):
                zinfo.external_attr = 0o40775 << 16
                zinfo.external_attr |= 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._add(zinfo, bytes(data))

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
        else:
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            zinfo = ZipInfo(name, time.localtime(time.time())[:6])
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        self._add(zinfo, bytes())

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self.mode == 'r':
            return
        central = bytearray()
        for zinfo in self.filelist:
            name, flags = zinfo._encoded_name()
            dostime, dosdate = zinfo._dos_time()
            central += _CENTRAL.pack(_CENTRAL_SIG, zinfo.create_version, zinfo.create_system,
                                     zinfo.extract_version, zinfo.reserved, flags,
                                     zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                                     zinfo.compress_size, zinfo.file_size, len(name),
                                     len(zinfo.extra), len(zinfo.comment), 0,
                                     zinfo.internal_attr, zinfo.external_attr,
                                     zinfo.header_offset)
            central += name + zinfo.extra + zinfo.comment
        offset = len(self._out)
        count = len(self.filelist)
        self._out += central
        self._out += _END.pack(_END_SIG, 0, 0, count, count, len(central), offset,
                               len(self.comment))
        self._out += self.comment
        data = bytes(self._out)
        if self._own:
            with open(self.filename, 'wb') as f:
                f.write(data)
        else:
            if self.mode == 'a':
                self.fp.seek(0)
            self.fp.write(data)
            if hasattr(self.fp, 'truncate') and self.mode == 'a':
                self.fp.truncate()


PyZipFile = ZipFile


def is_zipfile(filename):
    try:
        if hasattr(filename, 'read'):
            pos = filename.tell()
            filename.seek(0)
            data = filename.read()
            filename.seek(pos)
        else:
            with open(filename, 'rb') as f:
                data = f.read()
        _read_archive(data)
        return True
    except (OSError, BadZipFile, struct.error):
        return False


Path = None
