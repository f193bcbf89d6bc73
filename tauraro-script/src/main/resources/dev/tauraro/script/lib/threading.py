'''Threads and synchronisation objects over the interpreter's Java threads.

The primitives come from _thread (Java-backed): Lock is _thread's plain lock and RLock its
reentrant lock, which also offers _is_owned/_release_save/_acquire_restore so that a Condition
built on it keeps the recursion level across wait(). Everything else (Condition, Semaphore,
Event, Barrier, Timer) is written here on top of those two locks.

Differences from CPython: the deprecated camelCase aliases (isSet, currentThread, ...) do not
warn; settrace/setprofile/stack_size are absent; native_id is the Java thread id.
'''
import _thread
from itertools import count as _count
from time import monotonic as _now

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'excepthook', 'local',
           'get_native_id']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
_register_atexit = _thread._register_atexit    # concurrent.futures registers its shutdown here
Lock = _allocate_lock = _thread.allocate_lock


def RLock(*args, **kwargs):
    '''Return a new reentrant lock: the thread holding it may acquire it again.'''
    return _thread.RLock()


def _take(lock, timeout):
    '''Acquire lock; timeout None waits for ever, a timeout <= 0 does not wait at all.'''
    if timeout is None:
        return lock.acquire()
    if timeout > 0:
        return lock.acquire(True, timeout)
    return lock.acquire(False)


def _describe(obj, state):
    '''The repr shared by the synchronisation objects: <module.Class at 0x...: state>.'''
    kind = type(obj)
    return "<%s.%s at %#x: %s>" % (kind.__module__, kind.__qualname__, id(obj), state)


class Condition:
    '''A condition variable: threads wait() on it until another thread holding its lock notifies.

    Each waiter parks on a private lock of its own, held from the start; notify() releases the
    oldest of those locks, so waiters wake in the order they began waiting.
    '''

    def __init__(self, lock=None):
        self._lock = lock = RLock() if lock is None else lock
        self.acquire, self.release = lock.acquire, lock.release
        # the private locks of the threads now in wait(), oldest first; guarded by self._lock
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        '''Whether the calling thread holds the lock (for a plain lock: whether anyone does).'''
        own_check = getattr(self._lock, '_is_owned', None)
        if own_check is not None:
            return own_check()
        free = self._lock.acquire(False)
        if free:
            self._lock.release()
        return not free

    def _let_go(self):
        '''Release the lock completely, returning what _take_back needs to restore it.'''
        full_release = getattr(self._lock, '_release_save', None)
        if full_release is not None:
            return full_release()
        self._lock.release()
        return None

    def _take_back(self, saved):
        restore = getattr(self._lock, '_acquire_restore', None)
        if restore is not None:
            restore(saved)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        '''Release the lock, sleep until notified or timed out, take the lock again.

        Returns False only when the timeout expired first.
        '''
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        parked = _thread.allocate_lock()
        parked.acquire()
        self._waiters.append(parked)
        saved = self._let_go()
        woken = False
        try:
            woken = _take(parked, timeout)
            return woken
        finally:
            self._take_back(saved)
            if not woken:
                # timed out (or interrupted): nobody released our lock, so it is still queued
                if parked in self._waiters:
                    self._waiters.remove(parked)

    def wait_for(self, predicate, timeout=None):
        '''Wait until predicate() is true or the timeout expires; return its last result.'''
        deadline = None if timeout is None else _now() + timeout
        result = predicate()
        while not result:
            self.wait(None if deadline is None else max(deadline - _now(), 0))
            result = predicate()
            if deadline is not None and _now() >= deadline:
                break
        return result

    def notify(self, n=1):
        '''Wake up to n of the threads waiting on this condition, oldest first.'''
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        n = max(n, 0)
        chosen = self._waiters[:n]
        del self._waiters[:n]
        for parked in chosen:
            parked.release()

    def notify_all(self):
        '''Wake up every thread waiting on this condition.'''
        waiting = len(self._waiters)
        self.notify(waiting)

    notifyAll = notify_all


class Semaphore:
    '''A counter of permits: acquire() takes one (waiting while there is none), release() adds.'''

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _describe(self, "value=%d" % self._value)

    def _has_permit(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        '''Take a permit; return False if none came within the timeout (or at once when not blocking).'''
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                got = self._cond.wait_for(self._has_permit, timeout)
            else:
                got = self._has_permit()
            if got:
                self._value -= 1
            return got

    __enter__ = acquire

    def release(self, n=1):
        '''Add n permits and wake as many waiting threads.'''
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_room(n)
            self._value += n
            self._cond.notify(n)

    def __exit__(self, exc_type, exc, tb):
        self.release()

    def _check_room(self, n):
        pass    # an unbounded semaphore takes any number of permits


class BoundedSemaphore(Semaphore):
    '''A Semaphore whose release() refuses to go above the initial value (ValueError).'''

    def __init__(self, value=1):
        super().__init__(value)
        # multiprocessing's BoundedSemaphore reads this name too
        self._initial_value = value

    def __repr__(self):
        return _describe(self, "value=%d/%d" % (self._value, self._initial_value))

    def _check_room(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


class Event:
    '''A flag threads can wait for: set() wakes them all, clear() lowers it again.'''

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _describe(self, 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        '''Block until the flag is set; True unless the timeout expired first.'''
        with self._cond:
            # a notified waiter reports True even if the flag was cleared again before it woke
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    '''One filling of a Barrier: it ends either passed (all parties arrived) or broken.'''

    def __init__(self):
        self.passed = False
        self.broken = False

    def over(self):
        return self.passed or self.broken


class Barrier:
    '''A meeting point for a fixed number of threads: each wait() returns once all have arrived.

    Every filling of the barrier is a _Round; threads wait for their own round to end, so a new
    round can begin filling while the threads of the last one are still waking up.
    '''

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._round = _Round()
        self._arrived = 0   # threads in wait() for the current round

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, "waiters=%d/%d" % (self.n_waiting, self._parties))

    def wait(self, timeout=None):
        '''Wait for the other parties; return this thread's arrival index, 0 to parties - 1.'''
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            current = self._round
            if current.broken:
                raise BrokenBarrierError
            index = self._arrived
            self._arrived += 1
            if self._arrived == self._parties:
                self._pass(current)
                return index
            if not self._cond.wait_for(current.over, timeout):
                self._break(current)
            if current.broken:
                raise BrokenBarrierError
            return index

    def _pass(self, current):
        # the last thread to arrive runs the action before any thread is let go
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break(current)
            raise
        current.passed = True
        self._new_round()

    def _new_round(self):
        self._round = _Round()
        self._arrived = 0
        self._cond.notify_all()

    def _break(self, current):
        current.broken = True
        self._cond.notify_all()

    def reset(self):
        '''Return to the empty state; threads waiting now get BrokenBarrierError.'''
        with self._cond:
            if self._arrived:
                self._round.broken = True
            self._new_round()

    def abort(self):
        '''Break the barrier: waiting and future wait() calls raise BrokenBarrierError until reset().'''
        with self._cond:
            self._break(self._round)

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0 if self._round.broken else self._arrived

    @property
    def broken(self):
        return self._round.broken


class ExceptHookArgs:
    '''What excepthook receives about an exception that ended a thread.'''

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    '''Print "Exception in thread NAME:" and the traceback; a SystemExit ends its thread quietly.'''
    if args.exc_type is SystemExit:
        return
    who = get_ident() if args.thread is None else args.thread.name
    _thread.print_exception(who, args.exc_value)


__excepthook__ = excepthook

# Thread objects now running, by ident. Each dict operation is atomic under the GIL.
_running = {}
# Numbers for generated names; "Thread-N" and "Dummy-N" draw from the same sequence.
_numbers = _count(1)


def _generated_name(prefix):
    return "%s-%d" % (prefix, next(_numbers))


class Thread:
    '''A thread of control: pass a target or override run(), then start() and join().'''

    # stays False on instances of subclasses whose __init__ forgets Thread.__init__
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _generated_name("Thread")
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = "%s (%s)" % (name, label)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._handle = None       # the Java thread, once started
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def _check_init(self):
        assert self._initialized, "Thread.__init__() not called"

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if not self._started:
            words = ["initial"]
        else:
            words = ["started" if self.is_alive() else "stopped"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, " ".join(words))

    def start(self):
        '''Run run() in a new thread; a thread can be started once.'''
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        # the new thread waits for the GIL, which we hold, so it is registered before it runs
        self._handle = _thread.start(self._body, self._name, self._daemonic)
        self._ident = _thread.ident(self._handle)
        _running[self._ident] = self

    def run(self):
        '''Call the target with the arguments; subclasses override this.'''
        try:
            target = self._target
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # drop them so that a finished thread does not keep its arguments alive
            del self._target
            del self._args, self._kwargs

    def _body(self):
        try:
            self.run()
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            self._is_stopped = True
            _running.pop(self._ident, None)

    def join(self, timeout=None):
        '''Wait until the thread ends, or at most timeout seconds.'''
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _thread.join(self._handle, None if timeout is None else max(timeout, 0))

    def is_alive(self):
        self._check_init()
        return self._started and not self._is_stopped and _thread.alive(self._handle)

    @property
    def name(self):
        self._check_init()
        return self._name

    @name.setter
    def name(self, name):
        self._check_init()
        self._name = str(name)

    @property
    def ident(self):
        self._check_init()
        return self._ident

    @property
    def native_id(self):
        self._check_init()
        return self._ident

    @property
    def daemon(self):
        self._check_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # the old camelCase spellings
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    '''A thread that calls function(*args, **kwargs) after interval seconds unless cancelled.'''

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        '''Stop the timer if it has not fired yet.'''
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            call = self.function
            call(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    '''The thread the script started in.'''

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread.main_ident()
        _running[self._ident] = self

    def is_alive(self):
        return True


class _DummyThread(Thread):
    '''Stands for a thread threading did not start: always alive, daemonic, cannot be joined.'''

    def __init__(self):
        super().__init__(name=_generated_name("Dummy"), daemon=True)
        self._started = True
        self._ident = get_ident()
        _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    '''The Thread object of the calling thread (a _DummyThread for threads started elsewhere).'''
    me = _running.get(get_ident())
    return _DummyThread() if me is None else me


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    '''How many Thread objects are alive (the same as len(enumerate())).'''
    return len(_running)


activeCount = active_count


def enumerate():
    '''The Thread objects now alive, the main thread and dummy threads included.'''
    return list(_running.values())


class local:
    '''Thread-local data: each thread sees its own attributes on the same object.

    A subclass's __init__ runs again, with the constructor's arguments, the first time another
    thread touches the object.
    '''

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        _thread.make_local(self, local.__init__, args, kwargs)
        return self

    def __init__(self, *args, **kw):
        pass

    def __getattr__(self, name):
        shown = '_thread._local' if type(self) is local else type(self).__name__
        raise AttributeError("'%s' object has no attribute '%s'" % (shown, name))


_main_thread = _MainThread()
