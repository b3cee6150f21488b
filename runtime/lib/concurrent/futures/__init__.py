"""Executors and futures. moult runs one thread: submit() runs the call at once and
returns a finished Future, so map(), as_completed() and wait() see every call done."""

from collections import namedtuple as _namedtuple

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor', 'InvalidStateError']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class CancelledError(Exception):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class BrokenExecutor(RuntimeError):
    pass


class InvalidStateError(Exception):
    pass


class Future:
    """The result (or exception) of a call made through an Executor."""

    def __init__(self):
        self._state = 'PENDING'
        self._result = None
        self._exception = None
        self._callbacks = []

    def cancel(self):
        if self._state in ('RUNNING', 'FINISHED'):
            return False
        if self._state != 'CANCELLED':
            self._state = 'CANCELLED'
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == 'CANCELLED'

    def running(self):
        return self._state == 'RUNNING'

    def done(self):
        return self._state in ('CANCELLED', 'FINISHED')

    def _invoke_callbacks(self):
        for callback in self._callbacks:
            try:
                callback(self)
            except Exception:
                pass

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def result(self, timeout=None):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED':
            raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        if self._state == 'CANCELLED':
            raise CancelledError()
        if self._state != 'FINISHED':
            raise TimeoutError()
        return self._exception

    def set_running_or_notify_cancel(self):
        if self._state == 'CANCELLED':
            return False
        self._state = 'RUNNING'
        return True

    def set_result(self, result):
        if self.done():
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = 'FINISHED'
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self.done():
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._exception = exception
        self._state = 'FINISHED'
        self._invoke_callbacks()

    def __repr__(self):
        if self._state == 'FINISHED':
            if self._exception is not None:
                return '<Future at %#x state=finished raised %s>' % (
                    id(self), type(self._exception).__name__)
            return '<Future at %#x state=finished returned %s>' % (
                id(self), type(self._result).__name__)
        return '<Future at %#x state=%s>' % (id(self), self._state.lower())


class Executor:
    """Runs calls; here each submit() runs to completion before returning."""

    def __init__(self, max_workers=None, *args, **kwargs):
        if max_workers is not None and max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        self._max_workers = max_workers
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        future = Future()
        future.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for future in futures:
                yield future.result()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        super().__init__(max_workers)
        if initializer is not None:
            initializer(*initargs)


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 max_tasks_per_child=None):
        super().__init__(max_workers)
        if initializer is not None:
            initializer(*initargs)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done',
                                    module='concurrent.futures')


def as_completed(fs, timeout=None):
    """The futures as they complete (all finished here: in the given order)."""
    seen = set()
    for future in fs:
        if id(future) not in seen:
            seen.add(id(future))
            yield future


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)
