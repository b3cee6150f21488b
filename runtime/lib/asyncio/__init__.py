"""A small asyncio: one event loop with virtual time (sleep() does not wait, timers fire
in time order), Futures and Tasks scheduled as in CPython (callbacks FIFO, a task's
steps via call_soon), run, sleep, gather, create_task, wait_for, wait, as_completed,
shield, Event, Lock, Semaphore, Queue."""

import heapq as _heapq
import contextlib as _contextlib

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for', 'wait',
           'as_completed', 'shield', 'get_event_loop', 'get_running_loop', 'new_event_loop',
           'set_event_loop', 'Future', 'Task', 'Event', 'Lock', 'Semaphore',
           'BoundedSemaphore', 'Condition', 'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty',
           'QueueFull', 'CancelledError', 'TimeoutError', 'InvalidStateError',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'current_task', 'all_tasks',
           'iscoroutine', 'iscoroutinefunction', 'timeout', 'AbstractEventLoop']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class CancelledError(BaseException):
    """The operation was cancelled."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = [None]
_current_tasks = {}


class _Handle:
    __slots__ = ('callback', 'args', 'cancelled', 'when', 'seq')

    def __init__(self, callback, args, when=None, seq=0):
        self.callback = callback
        self.args = args
        self.cancelled = False
        self.when = when
        self.seq = seq

    def cancel(self):
        self.cancelled = True

    def __lt__(self, other):
        return (self.when, self.seq) < (other.when, other.seq)


class AbstractEventLoop:
    pass


class _Loop(AbstractEventLoop):
    """Ready callbacks run in FIFO order; timers move to the ready queue when due, and
    when nothing is ready the clock jumps to the next timer."""

    def __init__(self):
        self._ready = []
        self._timers = []
        self._time = 0.0
        self._seq = 0
        self._closed = False
        self._stopping = False

    def time(self):
        return self._time

    def call_soon(self, callback, *args, context=None):
        handle = _Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self._time + max(delay, 0), callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        handle = _Handle(callback, args, when, self._seq)
        _heapq.heappush(self._timers, handle)
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        return Task(coro, loop=self, name=name)

    def _run_once(self):
        if not self._ready and self._timers:
            self._time = max(self._time, self._timers[0].when)
        while self._timers and self._timers[0].when <= self._time:
            handle = _heapq.heappop(self._timers)
            if not handle.cancelled:
                self._ready.append(handle)
        batch = self._ready
        self._ready = []
        for handle in batch:
            if not handle.cancelled:
                handle.callback(*handle.args)

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)
        previous = _running_loop[0]
        _running_loop[0] = self
        try:
            while not future.done():
                if not self._ready and not self._timers:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._run_once()
        finally:
            _running_loop[0] = previous
        return future.result()

    def run_forever(self):
        previous = _running_loop[0]
        _running_loop[0] = self
        self._stopping = False
        try:
            while not self._stopping and (self._ready or self._timers):
                self._run_once()
        finally:
            _running_loop[0] = previous

    def stop(self):
        self._stopping = True

    def is_running(self):
        return _running_loop[0] is self

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def shutdown_asyncgens(self):
        return _done_future(self, None)


def _done_future(loop, value):
    f = Future(loop=loop)
    f.set_result(value)
    return f


_default_loop = [None]


def get_running_loop():
    loop = _running_loop[0]
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    loop = _running_loop[0]
    if loop is not None:
        return loop
    if _default_loop[0] is None or _default_loop[0].is_closed():
        _default_loop[0] = _Loop()
    return _default_loop[0]


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    _default_loop[0] = loop


class Future:
    """A result that will be set later; awaiting it suspends until then."""
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def result(self):
        if self._state == _CANCELLED:
            raise CancelledError(*(() if self._cancel_message is None
                                   else (self._cancel_message,)))
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise CancelledError
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [cb for cb in self._callbacks if cb != fn]
        return before - len(self._callbacks)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError('await wasn\'t used with future')
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state.lower())


class Task(Future):
    """Runs a coroutine step by step on the loop."""
    _counter = [0]

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        self._coro = coro
        Task._counter[0] += 1
        self._name = name if name is not None else 'Task-%d' % Task._counter[0]
        self._must_cancel = False
        self._waiter = None
        self._loop.call_soon(self._step)
        _all_tasks.add(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._waiter is not None and self._waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = CancelledError(*(() if self._cancel_message is None
                                       else (self._cancel_message,)))
            self._must_cancel = False
        self._waiter = None
        previous = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as e:
            Future.cancel(self, msg=e.args[0] if e.args else None)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if isinstance(result, Future) and getattr(result, '_asyncio_future_blocking', False):
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._waiter = result
                if self._must_cancel:
                    if self._waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    'Task got bad yield: %r' % (result,)))
        finally:
            _current_tasks[self._loop] = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        return '<Task %s name=%r>' % (self._state.lower(), self._name)


_all_tasks = set()


def current_task(loop=None):
    return _current_tasks.get(loop or get_running_loop())


def all_tasks(loop=None):
    return {t for t in _all_tasks if not t.done()}


def iscoroutine(obj):
    return hasattr(obj, 'send') and hasattr(obj, 'throw') and hasattr(obj, '__await__') \
        or type(obj).__name__ == 'coroutine'


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        return (loop or get_event_loop()).create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        async def wrap():
            return await coro_or_future
        return (loop or get_event_loop()).create_task(wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, *, debug=None):
    """Runs the coroutine main on a new event loop and returns its result."""
    if _running_loop[0] is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    try:
        set_event_loop(loop)
        return loop.run_until_complete(main)
    finally:
        _shutdown(loop)


def _shutdown(loop):
    # The tasks main left running are cancelled and given a chance to finish.
    pending = [t for t in _all_tasks if not t.done() and t._loop is loop]
    for task in pending:
        task.cancel()
    if pending:
        try:
            loop.run_until_complete(gather(*pending, return_exceptions=True))
        except Exception:
            pass
    for task in list(_all_tasks):
        if task._loop is loop:
            _all_tasks.discard(task)
    set_event_loop(None)
    loop.close()


class _Sleep0:
    # Awaiting this yields None once: the task steps again on the next iteration.
    def __await__(self):
        yield


async def sleep(delay, result=None):
    """Suspends for delay (virtual) seconds."""
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Runs the awaitables concurrently; the results come back in argument order."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    arg_to_fut = {}
    for arg in coros_or_futures:
        if id(arg) in arg_to_fut:
            fut = arg_to_fut[id(arg)]
        else:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut.get_loop()
            arg_to_fut[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'finished': 0}
    total = len(set(id(c) for c in children))

    def child_done(fut):
        state['finished'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(CancelledError())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == total:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError()
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in set(children):
        fut.add_done_callback(child_done)
    return outer


async def wait_for(aw, timeout):
    """Awaits aw, cancelling it and raising TimeoutError after timeout seconds."""
    loop = get_running_loop()
    fut = ensure_future(aw, loop=loop)
    if timeout is None:
        return await fut
    if fut.done():
        return fut.result()
    waiter = loop.create_future()
    handle = loop.call_later(timeout, _set_unless_cancelled, waiter, False)

    def release(_):
        if not waiter.done():
            waiter.set_result(True)
    fut.add_done_callback(release)
    try:
        await waiter
    finally:
        handle.cancel()
        fut.remove_done_callback(release)
    if fut.done():
        return fut.result()
    fut.cancel()
    try:
        await _wait_done(fut)
    except CancelledError:
        pass
    raise TimeoutError()


async def _wait_done(fut):
    waiter = fut.get_loop().create_future()
    fut.add_done_callback(lambda f: waiter.done() or waiter.set_result(None))
    await waiter
    return fut.result()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns (done, pending) sets."""
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in fs}
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _set_unless_cancelled, waiter, None)
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            if handle is not None:
                handle.cancel()
            if not waiter.done():
                waiter.set_result(None)
    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs) or return_when != ALL_COMPLETED:
            if not any(f.done() for f in fs) or return_when == ALL_COMPLETED:
                await waiter
    finally:
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Yields awaitables giving the results in the order they complete."""
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    done_queue = []
    waiters = []

    def on_done(f):
        done_queue.append(f)
        if waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not done_queue:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done_queue.pop(0).result()
    for _ in range(len(todo)):
        yield next_done()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(f):
        if outer.cancelled():
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())
    inner.add_done_callback(inner_done)
    return outer


class timeout:
    """async with asyncio.timeout(delay): cancels the block after delay seconds."""

    def __init__(self, delay):
        self._delay = delay
        self._handle = None
        self._expired = False

    async def __aenter__(self):
        task = current_task()
        loop = get_running_loop()
        if self._delay is not None:
            self._handle = loop.call_later(self._delay, self._on_timeout, task)
        return self

    def _on_timeout(self, task):
        self._expired = True
        task.cancel()

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
        if self._expired and exc_type is CancelledError:
            raise TimeoutError
        return None

    def expired(self):
        return self._expired


# Synchronization primitives.
class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock or Lock()
        self._waiters = []

    async def __aenter__(self):
        await self._lock.acquire()

    async def __aexit__(self, *exc):
        self._lock.release()

    def locked(self):
        return self._lock.locked()

    async def wait(self):
        self._lock.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
            await self._lock.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        count = 0
        for fut in self._waiters:
            if count >= n:
                break
            if not fut.done():
                count += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        from collections import deque
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    @staticmethod
    def _wakeup_next(waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
