"""signal: moult delivers no asynchronous signals. Handlers are recorded
(signal/getsignal behave as CPython's), and raise_signal() runs the recorded
handler at once, in the calling frame."""

import sys as _sys
from enum import IntEnum as _IntEnum

__all__ = ['Signals', 'Handlers', 'Sigmasks', 'signal', 'getsignal', 'raise_signal',
           'strsignal', 'valid_signals', 'default_int_handler', 'alarm', 'pause',
           'SIG_DFL', 'SIG_IGN', 'NSIG']

_NUMBERS = (
    ('SIGHUP', 1, 'Hangup'), ('SIGINT', 2, 'Interrupt'), ('SIGQUIT', 3, 'Quit'),
    ('SIGILL', 4, 'Illegal instruction'), ('SIGTRAP', 5, 'Trace/breakpoint trap'),
    ('SIGABRT', 6, 'Aborted'), ('SIGBUS', 7, 'Bus error'),
    ('SIGFPE', 8, 'Floating point exception'), ('SIGKILL', 9, 'Killed'),
    ('SIGUSR1', 10, 'User defined signal 1'), ('SIGSEGV', 11, 'Segmentation fault'),
    ('SIGUSR2', 12, 'User defined signal 2'), ('SIGPIPE', 13, 'Broken pipe'),
    ('SIGALRM', 14, 'Alarm clock'), ('SIGTERM', 15, 'Terminated'),
    ('SIGSTKFLT', 16, 'Stack fault'), ('SIGCHLD', 17, 'Child exited'),
    ('SIGCONT', 18, 'Continued'), ('SIGSTOP', 19, 'Stopped (signal)'),
    ('SIGTSTP', 20, 'Stopped'), ('SIGTTIN', 21, 'Stopped (tty input)'),
    ('SIGTTOU', 22, 'Stopped (tty output)'), ('SIGURG', 23, 'Urgent I/O condition'),
    ('SIGXCPU', 24, 'CPU time limit exceeded'), ('SIGXFSZ', 25, 'File size limit exceeded'),
    ('SIGVTALRM', 26, 'Virtual timer expired'), ('SIGPROF', 27, 'Profiling timer expired'),
    ('SIGWINCH', 28, 'Window changed'), ('SIGIO', 29, 'I/O possible'),
    ('SIGPWR', 30, 'Power failure'), ('SIGSYS', 31, 'Bad system call'),
    ('SIGRTMIN', 34, None), ('SIGRTMAX', 64, None),
)

Signals = _IntEnum('Signals', [(name, num) for name, num, _ in _NUMBERS], module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module=__name__)

for _member in Signals:
    globals()[_member.name] = _member
SIGIOT = Signals.SIGABRT
SIGCLD = Signals.SIGCHLD
SIGPOLL = Signals.SIGIO
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


_DESCRIPTIONS = {num: text for _, num, text in _NUMBERS if text}


class _DefaultIntHandler:
    """CPython's handler is a C function: it shows as a built-in."""
    __name__ = __qualname__ = 'default_int_handler'

    def __call__(self, signalnum, frame):
        raise KeyboardInterrupt

    def __repr__(self):
        return '<built-in function default_int_handler>'


default_int_handler = _DefaultIntHandler()


# Python installs its own SIGINT handler and ignores SIGPIPE and SIGXFSZ.
_handlers = {num: SIG_DFL for num in range(1, NSIG)}
_handlers[2] = default_int_handler
_handlers[13] = SIG_IGN
_handlers[25] = SIG_IGN


def _check_number(signalnum):
    signalnum = signalnum.__index__() if not isinstance(signalnum, int) else int(signalnum)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError('signal number out of range')
    return signalnum


def signal(signalnum, handler):
    num = _check_number(signalnum)
    if handler in (0, 1) and isinstance(handler, int):
        handler = Handlers(handler)
    elif not callable(handler):
        raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a '
                        'callable object')
    if num in (9, 19, 32, 33):
        raise OSError(22, 'Invalid argument')
    old = _handlers[num]
    _handlers[num] = handler
    return old


def getsignal(signalnum):
    return _handlers[_check_number(signalnum)]


def strsignal(signalnum):
    num = _check_number(signalnum)
    if num in _DESCRIPTIONS:
        return _DESCRIPTIONS[num]
    if 34 <= num <= 64:
        return 'Real-time signal %d' % (num - 34)
    return None


def valid_signals():
    return {n for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum):
    num = _check_number(signalnum)
    handler = _handlers[num]
    if handler is SIG_IGN:
        return
    if handler is SIG_DFL:
        if num in (17, 18, 23, 28):
            return
        _sys.stdout.flush()
        _sys.stderr.flush()
        import os
        os._exit(128 + num)
    handler(num, _sys._getframe(1) if hasattr(_sys, '_getframe') else None)


_alarm = 0


def alarm(seconds):
    """No timer fires in moult; returns the seconds left of the previous alarm
    as recorded."""
    global _alarm
    previous, _alarm = _alarm, seconds
    return previous


def pause():
    return None


def setitimer(which, seconds, interval=0.0):
    return (0.0, 0.0)


def getitimer(which):
    return (0.0, 0.0)


def siginterrupt(signalnum, flag):
    _check_number(signalnum)


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1


def pthread_sigmask(how, mask):
    return set()


def pthread_kill(thread_id, signalnum):
    raise_signal(signalnum)


del _member
