"""Threads for a single-threaded interpreter. A started thread runs its target later, in
the thread that first needs it to have run: join() runs it, and so do the operations
that would otherwise wait forever (an empty queue.Queue.get, Event.wait, Barrier.wait,
Condition.wait). Non-daemon threads still pending at exit run then. Programs whose
output does not depend on how threads interleave print what CPython prints."""

import sys as _sys

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate',
           'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore',
           'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError', 'Timer',
           'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'ExceptHookArgs', 'get_native_id', 'gettrace', 'getprofile']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_pending = []
_counter = [0]
_ident = [1]


def _next_name():
    _counter[0] += 1
    return 'Thread-%d' % _counter[0]


def _run_pending(until=None):
    """Runs started threads (oldest first) until until() is true or none are left."""
    while _pending and (until is None or not until()):
        thread = _pending.pop(0)
        thread._run_now()


class Thread:
    """A thread of control; start() schedules run(), which happens on demand."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        if name is None:
            name = _next_name()
            if target is not None:
                target_name = getattr(target, '__name__', None)
                if target_name:
                    name += ' (%s)' % target_name
        self._name = str(name)
        self._daemon = bool(daemon) if daemon is not None else current_thread().daemon \
            if _main is not None else False
        self._started = False
        self._finished = False
        self._ident = None

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        _ident[0] += 1
        self._ident = _ident[0]
        _pending.append(self)

    def _run_now(self):
        previous = _current[0]
        _current[0] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, self)))
        finally:
            _current[0] = previous
            self._finished = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if self in _pending:
            _run_pending(until=lambda: self._finished)

    def is_alive(self):
        return self._started and not self._finished

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemon

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemon = bool(value)

    def isDaemon(self):
        return self._daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._finished:
            status = 'stopped'
        if self._daemon:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._started = True
        self._ident = 1


_main = None
_main = _MainThread()
_current = [_main]


def current_thread():
    return _current[0]


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


get_native_id = get_ident


def active_count():
    return 1 + sum(1 for t in _pending)


activeCount = active_count


def enumerate():
    return [_main] + list(_pending)


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0


class ExceptHookArgs(tuple):
    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    """Prints an exception raised by a thread's run() (as CPython does, to stderr)."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    name = args.thread.name if args.thread is not None else get_ident()
    print('Exception in thread %s:' % name, file=stderr, flush=True)
    try:
        import traceback
        traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                                  file=stderr)
    except Exception:
        print('%s: %s' % (args.exc_type.__name__, args.exc_value), file=stderr)
    stderr.flush()


class Timer(Thread):
    """Runs function(*args) after interval seconds (here: when the thread runs)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class Lock:
    """A lock; acquiring one already held would wait forever, so it fails instead."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if self._locked:
            _run_pending(until=lambda: not self._locked)
            if self._locked:
                if not blocking or timeout >= 0:
                    return False
                raise RuntimeError('deadlock: acquiring a lock held by the only thread')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s %s object>' % ('locked' if self._locked else 'unlocked',
                                   'threading.Lock' if type(self) is Lock else
                                   type(self).__name__)


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._owner is me:
            self._count += 1
            return True
        if self._owner is not None:
            _run_pending(until=lambda: self._owner is None)
            if self._owner is not None:
                if not blocking or timeout >= 0:
                    return False
                raise RuntimeError('deadlock: acquiring a lock held by another thread')
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner is not current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._notified = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        start = self._notified
        self._lock.release()
        try:
            _run_pending(until=lambda: self._notified != start)
        finally:
            self._lock.acquire()
        return self._notified != start

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if not result:
            self._lock.release()
            try:
                _run_pending(until=predicate)
            finally:
                self._lock.acquire()
            result = predicate()
        return result

    def notify(self, n=1):
        self._notified += 1

    def notify_all(self):
        self._notified += 1

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value <= 0:
            _run_pending(until=lambda: self._value > 0)
            if self._value <= 0:
                if not blocking or timeout is not None:
                    return False
                raise RuntimeError('deadlock: semaphore never released')
        self._value -= 1
        return True

    __enter__ = acquire

    def release(self, n=1):
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        Semaphore.release(self, n)


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if not self._flag:
            _run_pending(until=lambda: self._flag)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._waiting = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._waiting
        self._waiting += 1
        generation = self._generation
        if self._waiting == self._parties:
            if self._action is not None:
                self._action()
            self._waiting = 0
            self._generation += 1
            return index
        _run_pending(until=lambda: self._generation != generation)
        if self._generation == generation:
            self._broken = True
            raise BrokenBarrierError
        return index

    def reset(self):
        self._waiting = 0
        self._broken = False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._waiting)
    broken = property(lambda self: self._broken)


class local:
    """Thread-local data: with one real thread, plain attributes."""


def _run_at_exit():
    _run_pending(until=lambda: all(t._daemon for t in _pending))


# CPython's interpreter calls threading._shutdown() at exit to wait for threads.
_shutdown = _run_at_exit


try:
    import atexit as _atexit
    _atexit.register(_run_at_exit)
except Exception:
    pass
