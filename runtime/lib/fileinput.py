"""fileinput: iterate over the lines of several files (or stdin) as one
stream, with the current file name and line numbers at hand."""

import os
import sys

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "fileno", "isfirstline", "isstdin", "FileInput", "hook_compressed",
           "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif hasattr(files, '__fspath__'):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            if not files:
                files = ('-',)
            else:
                files = tuple(files)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace('r', 'w')
        if openhook and inplace:
            raise ValueError("FileInput cannot use an opening hook in inplace mode")
        if openhook and not callable(openhook):
            raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook
        self._lines = iter(())

    def __del__(self):
        if hasattr(self, '_files'):
            self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        savestdout = self._savestdout
        self._savestdout = None
        if savestdout:
            sys.stdout = savestdout
        output = self._output
        self._output = None
        try:
            if output:
                output.close()
        finally:
            file = self._file
            self._file = None
            self._lines = iter(())
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backup = self._backupfilename
                self._backupfilename = None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def readline(self):
        while True:
            line = self._readline()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _readline(self):
        if not self._file:
            if not self._files:
                return '' if 'b' not in self._mode else bytes()
            self._filename = self._files[0]
            self._files = self._files[1:]
            self._startlineno = self.lineno()
            self._filelineno = 0
            self._file = None
            self._isstdin = False
            self._backupfilename = 0
            encoding = self._encoding
            if encoding is None and 'b' not in self._mode:
                encoding = 'utf-8'
            if self._filename == '-':
                self._filename = '<stdin>'
                self._file = sys.stdin.buffer if 'b' in self._mode and hasattr(
                    sys.stdin, 'buffer') else sys.stdin
                self._isstdin = True
            elif self._inplace:
                self._backupfilename = self._filename + (self._backup or '.bak')
                try:
                    os.unlink(self._backupfilename)
                except OSError:
                    pass
                os.rename(self._filename, self._backupfilename)
                self._file = open(self._backupfilename, self._mode, encoding=encoding,
                                  errors=self._errors)
                self._output = open(self._filename, self._write_mode, encoding=encoding,
                                    errors=self._errors)
                self._savestdout = sys.stdout
                sys.stdout = self._output
            elif self._openhook:
                if self._encoding is None:
                    self._file = self._openhook(self._filename, self._mode)
                else:
                    self._file = self._openhook(self._filename, self._mode,
                                                encoding=self._encoding, errors=self._errors)
            else:
                self._file = open(self._filename, self._mode, encoding=encoding,
                                  errors=self._errors)
        return self._file.readline()

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if self._file:
            try:
                return self._file.fileno()
            except ValueError:
                return -1
        return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    if encoding is None and 'b' not in mode:
        encoding = 'utf-8'
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        return gzip.open(filename, mode.replace('r', 'rt') if 'b' not in mode else mode,
                         encoding=encoding, errors=errors) if 'b' not in mode else \
            gzip.open(filename, mode)
    return open(filename, mode, encoding=encoding, errors=errors)


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return openhook
