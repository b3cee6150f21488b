"""CSV reading and writing: reader, writer, DictReader, DictWriter and dialects, with
the quoting rules of CPython's csv module (QUOTE_MINIMAL by default)."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect',
           'excel', 'excel_tab', 'unix_dialect', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'unregister_dialect',
           'DictReader', 'DictWriter']

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

_field_limit = [131072]


class Error(Exception):
    pass


class Dialect:
    """How a CSV file is written: delimiter, quoting and line endings."""
    _name = ''
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _Format(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    old = _field_limit[0]
    if args:
        _field_limit[0] = args[0]
    return old


class _Format:
    """A dialect with keyword overrides applied and checked."""

    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                     'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
            value = fmtparams.pop(name, getattr(dialect, name, None))
            setattr(self, name, value)
        if fmtparams:
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % next(iter(fmtparams)))
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.doublequote is None:
            self.doublequote = True
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')


class _Reader:
    def __init__(self, lines, fmt):
        self._lines = iter(lines)
        self.dialect = fmt
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        fmt = self.dialect
        fields = []
        field = []
        quoted = False
        in_quotes = False
        started = False
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if in_quotes and not fmt.strict:
                    fields.append(''.join(field))
                    return fields
                if in_quotes:
                    raise Error('unexpected end of data') from None
                if started:
                    fields.append(''.join(field))
                    return fields
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be '
                            'opened in text mode)' % type(line).__name__)
            self.line_num += 1
            started = True
            i = 0
            n = len(line)
            at_start = not field and not quoted
            while i < n:
                ch = line[i]
                if in_quotes:
                    if ch == fmt.escapechar and i + 1 < n:
                        field.append(line[i + 1])
                        i += 2
                        continue
                    if ch == fmt.quotechar:
                        if fmt.doublequote and i + 1 < n and line[i + 1] == fmt.quotechar:
                            field.append(ch)
                            i += 2
                            continue
                        in_quotes = False
                        i += 1
                        continue
                    field.append(ch)
                    i += 1
                    continue
                if ch == fmt.delimiter:
                    fields.append(self._value(''.join(field), quoted))
                    field = []
                    quoted = False
                    at_start = True
                    i += 1
                    if fmt.skipinitialspace:
                        while i < n and line[i] == ' ':
                            i += 1
                    continue
                if ch in '\r\n':
                    rest = line[i:].strip('\r\n')
                    if rest:
                        raise Error("new-line character seen in unquoted field - do you need "
                                    "to open the file with newline=''?")
                    break
                if ch == fmt.quotechar and at_start and fmt.quoting != QUOTE_NONE:
                    in_quotes = True
                    quoted = True
                    at_start = False
                    i += 1
                    continue
                if ch == fmt.escapechar and i + 1 < n:
                    field.append(line[i + 1])
                    i += 2
                    at_start = False
                    continue
                field.append(ch)
                at_start = False
                i += 1
            if in_quotes:
                # The line's own newline characters are already in the field.
                continue
            if not fields and not field and not quoted:
                return []
            fields.append(self._value(''.join(field), quoted))
            return fields

    def _value(self, text, quoted):
        if len(text) > _field_limit[0]:
            raise Error('field larger than field limit (%d)' % _field_limit[0])
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            return float(text)
        return text


def reader(csvfile, dialect='excel', **fmtparams):
    """Iterates over the rows (lists of str) of the lines of csvfile."""
    return _Reader(csvfile, _Format(dialect, fmtparams))


class _Writer:
    def __init__(self, fileobj, fmt):
        self._file = fileobj
        self.dialect = fmt

    def _field(self, value):
        fmt = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        quoting = fmt.quoting
        if quoting == QUOTE_ALL:
            quote = True
        elif quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float)) or isinstance(value, bool)
        elif quoting == QUOTE_NONE:
            quote = False
        else:
            quote = (text == '' and False) or any(
                c in text for c in (fmt.delimiter, fmt.quotechar or '', '\r', '\n')
                if c) or (text[:1] == ' ' and False)
        if quoting == QUOTE_NONE or (not quote and fmt.escapechar):
            specials = [fmt.delimiter, '\r', '\n'] + ([fmt.quotechar] if fmt.quotechar else [])
            if any(c in text for c in specials):
                if not fmt.escapechar:
                    raise Error('need to escape, but no escapechar set')
                for c in [fmt.escapechar] + specials:
                    text = text.replace(c, fmt.escapechar + c)
            return text
        if quote:
            if fmt.doublequote:
                text = text.replace(fmt.quotechar, fmt.quotechar * 2)
            elif fmt.escapechar:
                text = text.replace(fmt.quotechar, fmt.escapechar + fmt.quotechar)
            return fmt.quotechar + text + fmt.quotechar
        return text

    def writerow(self, row):
        try:
            values = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        fmt = self.dialect
        if len(values) == 1 and values[0] in ('', None) and fmt.quoting != QUOTE_NONE:
            line = fmt.quotechar * 2 if fmt.quotechar else ''
        else:
            line = fmt.delimiter.join(self._field(v) for v in values)
        return self._file.write(line + fmt.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    """An object whose writerow(row) writes one CSV line to csvfile."""
    return _Writer(csvfile, _Format(dialect, fmtparams))


class DictReader:
    """Rows as dicts keyed by the header row (or by fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel',
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel',
                 *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError('dict contains fields not in fieldnames: '
                                 + ', '.join(repr(x) for x in wrong))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))
