"""Iterator building blocks. Arguments are checked (and iter() called) when the
iterator is created, as CPython does; the iteration itself is a generator."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_MAXSIZE = (1 << 63) - 1


def _is_number(value):
    # Numbers add 0; strings, lists and the like refuse to.
    if isinstance(value, (int, float)):
        return True
    try:
        value + 0
    except TypeError:
        return False
    return True


class _Iterator:
    """Base of the iterator types built on a generator: instances print as
    `<itertools.NAME object at ...>`. iter() hands out the generator itself so
    for-loops run at generator speed; it shares the state with next()."""
    __slots__ = ('_gen',)

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)


def _iterator_type(name, make):
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._gen = make(*args, **kwargs)
        return self
    return type(name, (_Iterator,), {'__new__': __new__, '__slots__': (),
                                     '__module__': 'itertools', '__doc__': make.__doc__})


class count:
    """count(start=0, step=1) yields start, start + step, start + 2 * step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not _is_number(value):
                raise TypeError('a number is required')
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return 'count(%r)' % (self._next,)
        return 'count(%r, %r)' % (self._next, self._step)


class repeat:
    """repeat(obj[, times]) yields obj forever or times times."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            times = max(times, 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


def _cycle(iterable):
    """Yields the items of iterable, then the same items again, forever."""
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


def _accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running func results) of iterable."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total
    return gen()


class chain:
    """chain(a, b, ...) yields the items of a, then of b, ..."""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._source = iter(iterables)
        return result

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    self._active = iter(next(self._source))
                except StopIteration:
                    self._source = None
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None

    def __class_getitem__(cls, item):
        return cls


def _compress(data, selectors):
    """Yields the items of data whose matching selector is true."""
    data, selectors = iter(data), iter(selectors)
    return (d for d, s in zip(data, selectors) if s)


def _dropwhile(predicate, iterable):
    """Skips items while predicate is true, then yields everything."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def _takewhile(predicate, iterable):
    """Yields items while predicate is true."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                return
            yield x
    return gen()


def _filterfalse(predicate, iterable):
    """Yields the items for which predicate is false (or which are false)."""
    it = iter(iterable)
    if predicate is None:
        return (x for x in it if not x)
    return (x for x in it if not predicate(x))


def _starmap(function, iterable):
    """Yields function(*args) for each args of iterable."""
    it = iter(iterable)
    return (function(*args) for args in it)


class groupby:
    """Yields (key, group) for runs of consecutive items with the same key.

    A group reads from the shared iterator, so it is emptied once groupby advances.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = (lambda x: x) if key is None else key
        self._started = False
        self._done = False
        self._tgtkey = None
        self._currkey = None
        self._currvalue = None
        self._current_group = None

    def __iter__(self):
        return self

    def _step(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._done = True
            raise
        self._currvalue = value
        self._currkey = self._keyfunc(value)

    def __next__(self):
        self._current_group = None
        if self._done:
            raise StopIteration
        if not self._started:
            self._step()
            self._started = True
        else:
            # Skip whatever is left of the previous group.
            while self._currkey == self._tgtkey:
                self._step()
        self._tgtkey = self._currkey
        marker = object()
        self._current_group = marker
        return self._currkey, _grouper(self._grouper(self._tgtkey, marker))

    def _grouper(self, tgtkey, marker):
        while (self._current_group is marker and not self._done
               and self._currkey == tgtkey):
            yield self._currvalue
            if self._current_group is not marker:
                return
            try:
                self._step()
            except StopIteration:
                return


def _islice(iterable, *args):
    """islice(it, stop) or islice(it, start, stop[, step]), like seq[start:stop:step]."""
    if len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    if stop is not None and not (isinstance(stop, int) and 0 <= stop <= _MAXSIZE):
        raise ValueError('Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if start is None:
        start = 0
    elif not (isinstance(start, int) and 0 <= start <= _MAXSIZE):
        raise ValueError('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    if step is None:
        step = 1
    elif not (isinstance(step, int) and 1 <= step <= _MAXSIZE):
        raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)

    def gen():
        wanted = start
        index = 0
        if stop is not None and wanted >= stop:
            # CPython skips the first start items before noticing there is nothing.
            for _ in zip(range(start), it):
                pass
            return
        for element in it:
            if index == wanted:
                yield element
                wanted += step
                if stop is not None and wanted >= stop:
                    # Consume the items between this one and stop.
                    for _ in zip(range(stop - index - 1), it):
                        pass
                    return
            index += 1
    return gen()


def _pairwise(iterable):
    """Yields (a, b), (b, c), ... for the items a, b, c, ..."""
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


class _TeeLink:
    """One cell of the list the tee iterators share: a value and the next cell."""
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns n independent iterators over the items of one iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def _zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest iterable ends, padding with fillvalue."""
    its = [iter(x) for x in iterables]

    def gen():
        if not its:
            return
        active = len(its)
        exhausted = [False] * len(its)
        while True:
            row = []
            for i, it in enumerate(its):
                if exhausted[i]:
                    row.append(fillvalue)
                    continue
                try:
                    row.append(next(it))
                except StopIteration:
                    exhausted[i] = True
                    active -= 1
                    if not active:
                        return
                    row.append(fillvalue)
            yield tuple(row)
    return gen()


def _product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) yields ('a', 0), ('a', 1), ('b', 0), ..."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        result = [()]
        for pool in pools:
            result = [prefix + (item,) for prefix in result for item in pool]
        for prod in result:
            yield prod
    return gen()


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


def _permutations(iterable, r=None):
    """r-length orderings of the items, in lexicographic order of positions."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    _check_r(r)

    def gen():
        if r > n:
            return
        # Depth-first over positions, taking the unused ones in increasing order.
        used = [False] * n
        chosen = []

        def walk():
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    chosen.append(i)
                    yield from walk()
                    chosen.pop()
                    used[i] = False
        yield from walk()
    return gen()


_NO_R = object()


def _combinations(iterable, r=_NO_R):
    """r-length subsequences of the items, keeping their order."""
    if r is _NO_R:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)

    def gen():
        if r > n:
            return
        chosen = []

        def walk(first):
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            # Leave enough items after i to fill the remaining places.
            for i in range(first, n - (r - len(chosen)) + 1):
                chosen.append(i)
                yield from walk(i + 1)
                chosen.pop()
        yield from walk(0)
    return gen()


def _combinations_with_replacement(iterable, r=_NO_R):
    """r-length subsequences where an item may repeat, keeping the items' order."""
    if r is _NO_R:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    n = len(pool)
    _check_r(r)

    def gen():
        if n == 0 and r > 0:
            return
        chosen = []

        def walk(first):
            if len(chosen) == r:
                yield tuple(pool[i] for i in chosen)
                return
            for i in range(first, n):
                chosen.append(i)
                yield from walk(i)
                chosen.pop()
        yield from walk(0)
    return gen()


cycle = _iterator_type('cycle', _cycle)
accumulate = _iterator_type('accumulate', _accumulate)
compress = _iterator_type('compress', _compress)
dropwhile = _iterator_type('dropwhile', _dropwhile)
takewhile = _iterator_type('takewhile', _takewhile)
filterfalse = _iterator_type('filterfalse', _filterfalse)
starmap = _iterator_type('starmap', _starmap)
islice = _iterator_type('islice', _islice)
pairwise = _iterator_type('pairwise', _pairwise)
zip_longest = _iterator_type('zip_longest', _zip_longest)
product = _iterator_type('product', _product)
permutations = _iterator_type('permutations', _permutations)
combinations = _iterator_type('combinations', _combinations)
combinations_with_replacement = _iterator_type('combinations_with_replacement', _combinations_with_replacement)


class _grouper(_Iterator):
    __slots__ = ()

    def __new__(cls, gen):
        self = object.__new__(cls)
        self._gen = gen
        return self


_grouper.__module__ = 'itertools'
