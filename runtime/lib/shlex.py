"""Shell-like splitting and quoting: split, quote, join (POSIX rules)."""

__all__ = ['split', 'quote', 'join']

_WHITESPACE = ' \t\r\n'


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them."""
    if s is None:
        raise ValueError('s argument must not be None')
    words = []
    word = []
    in_word = False
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch in _WHITESPACE:
            if in_word:
                words.append(''.join(word))
                word = []
                in_word = False
            i += 1
        elif ch == '#' and comments and not in_word:
            while i < n and s[i] != '\n':
                i += 1
        elif ch == '\\':
            if i + 1 >= n:
                raise ValueError('No escaped character')
            word.append(s[i + 1])
            in_word = True
            i += 2
        elif ch == "'":
            end = s.find("'", i + 1)
            if end < 0:
                raise ValueError('No closing quotation')
            word.append(s[i + 1:end])
            in_word = True
            i = end + 1
        elif ch == '"':
            i += 1
            while True:
                if i >= n:
                    raise ValueError('No closing quotation')
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\' and i + 1 < n and s[i + 1] in '\\"$`\n':
                    word.append(s[i + 1])
                    i += 2
                    continue
                word.append(c)
                i += 1
            in_word = True
        else:
            word.append(ch)
            in_word = True
            i += 1
    if in_word:
        words.append(''.join(word))
    return words


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
                  '_@%+=:,./-')


def quote(s):
    """s quoted for a POSIX shell (unchanged when it needs no quotes)."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)
