"""getpass: the user's login name, and reading a password. moult cannot
turn off terminal echo, so getpass() reads a plain line, warning as CPython
does when it has no terminal to control."""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getpass(prompt='Password: ', stream=None):
    if stream is None:
        stream = sys.stderr
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid() if hasattr(os, 'getuid') else _uid_from_proc()
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise OSError('No username set in the environment')


def _uid_from_proc():
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('Uid:'):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None
