"""Shell-style wildcard matching of file names: * ? [seq] [!seq]."""

import os
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def _compile(pat):
    found = _cache.get(pat)
    if found is None:
        found = _cache[pat] = re.compile(translate(pat))
    return found


def fnmatch(name, pat):
    """name matches pat (both case-normalized as the OS does)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compile(pat).match(name) is not None


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile(pat).match
    return [name for name in names if match(os.path.normcase(name))]


def translate(pat):
    """A regular expression (text) matching what pat matches."""
    out = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            if '-' not in stuff:
                stuff = stuff.replace('\\', r'\\')
            else:
                stuff = stuff.replace('\\', r'\\')
            stuff = stuff.replace('&', r'\&').replace('~', r'\~').replace('|', r'\|')
            if not stuff:
                out.append('(?!)')
            elif stuff == '!':
                out.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                out.append('[%s]' % stuff)
        else:
            out.append(re.escape(c))
    return '(?s:%s)\\Z' % ''.join(out)
