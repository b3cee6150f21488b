"""Binary min-heaps on plain lists: heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

The sift steps are the ones CPython uses, so a heap built here has its items in the
same order as CPython's (print(heap) agrees)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest',
           'nsmallest', 'heappushpop']


def _sift_toward_root(heap, top, pos):
    # The item at pos moves up while it is smaller than its parent; top bounds it.
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # The hole at pos sinks along the smaller children down to a leaf, then the item
    # that was there bubbles back up: fewer comparisons than stopping early.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    """Adds item, keeping the heap invariant."""
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the smallest item."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_toward_leaves(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_toward_leaves(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest: faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_toward_leaves(heap, 0)
    return item


def heapify(x):
    """Turns list x into a heap, in place, in linear time."""
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves(x, i)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_toward_leaves_max(heap, 0)
        return largest
    return last


def _sift_toward_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _sift_toward_leaves_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator; ties keep iterable order."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value if key is None else key(value), order, value, it])
            break

    def smaller(a, b):
        # Which entry comes first: by key (reversed if asked), then by iterable order.
        if reverse:
            if b[0] < a[0]:
                return True
            if a[0] < b[0]:
                return False
        else:
            if a[0] < b[0]:
                return True
            if b[0] < a[0]:
                return False
        return a[1] < b[1]

    def gen():
        while entries:
            best = 0
            for i in range(1, len(entries)):
                if smaller(entries[i], entries[best]):
                    best = i
            entry = entries[best]
            yield entry[2]
            for value in entry[3]:
                entry[0] = value if key is None else key(value)
                entry[2] = value
                break
            else:
                del entries[best]
    return gen()


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give them."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] would give."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
