"""sched: a general purpose event scheduler over a time and a delay function."""

import heapq
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self._sequence = 0
        self.timefunc = timefunc
        self.delayfunc = delayfunc

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, self._sequence, action, argument, kwargs)
        self._sequence += 1
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        queue = self._queue
        while queue:
            when, priority, sequence, action, argument, kwargs = queue[0]
            now = self.timefunc()
            if when > now:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
                continue
            heapq.heappop(queue)
            action(*argument, **kwargs)
            self.delayfunc(0)

    @property
    def queue(self):
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
