"""sched: a general-purpose event scheduler, written for tauraro-script from the sched documentation
and CPython 3.11's observed behaviour.

Events are kept in a heap ordered by (time, priority, sequence); the sequence number, unique per
scheduler, keeps events with equal time and priority in the order they were entered. The scheduler
is safe to use from several threads (one lock around the queue), as CPython's is."""

import heapq
import time
from collections import namedtuple

__all__ = ["scheduler"]

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = "When the event runs, in the scheduler's timefunc units."
Event.priority.__doc__ = "Orders events of the same time: lower runs first."
Event.sequence.__doc__ = "Entry order, which separates events of equal time and priority."
Event.action.__doc__ = "The callable that runs as action(*argument, **kwargs)."
Event.argument.__doc__ = "The positional arguments of the action (a sequence)."
Event.kwargs.__doc__ = "The keyword arguments of the action (a dict)."

_sentinel = object()


class scheduler:
    """Runs actions at given times: timefunc tells the time, delayfunc(seconds) waits."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        import threading
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._next_sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Schedule action(*argument, **kwargs) at time; returns the Event, for cancel()."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, self._next_sequence, action, argument, kwargs)
            self._next_sequence += 1
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """Schedule an action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove an event from the queue (ValueError when it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when no event is scheduled."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as their times come. Blocking, wait (delayfunc) until the queue is
        empty; otherwise run the events that are due and return the time until the next one
        (None when none is left). delayfunc(0) follows each action, to let other threads run."""
        lock, queue, timefunc, delayfunc = self._lock, self._queue, self.timefunc, self.delayfunc
        while True:
            with lock:
                if not queue:
                    return None
                event = queue[0]
                now = timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return event.time - now
                delayfunc(event.time - now)
            else:
                event.action(*event.argument, **event.kwargs)
                delayfunc(0)

    @property
    def queue(self):
        """The scheduled events, in the order they will run (a new list)."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
