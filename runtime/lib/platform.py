"""What moult knows about the machine and itself. The kernel facts come from
/proc (Linux); anything unknown is the empty string, as CPython reports it."""

import sys
import os
from collections import namedtuple

uname_result = namedtuple('uname_result', 'system node release version machine')


def _proc(name):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return ''


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    # sys.implementation.name is 'moult': this is not CPython.
    name = sys.implementation.name
    return {'cpython': 'CPython', 'pypy': 'PyPy'}.get(name, name)


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        system = 'Linux' if sys.platform.startswith('linux') else sys.platform.capitalize()
        _uname_cache = uname_result(system, _proc('hostname'), _proc('osrelease'),
                                    _proc('version'), _proc('arch'))
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')


def platform(aliased=False, terse=False):
    # CPython adds the C library ('-with-glibc2.36'); moult does not use one.
    u = uname()
    return '-'.join(p for p in (u.system, u.release, u.machine) if p)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def freedesktop_os_release():
    info = {}
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in lines:
            if '=' not in line or line.startswith('#'):
                continue
            key, value = line.split('=', 1)
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')
