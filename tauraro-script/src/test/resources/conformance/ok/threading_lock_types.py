# threading's locks have CPython's types: _thread.lock (_thread.LockType) and _thread.RLock
import _thread
import threading

lock, rlock = threading.Lock(), threading.RLock()
print(type(lock), type(rlock), type(lock).__name__, type(lock).__module__)
print(type(lock) is _thread.LockType, isinstance(lock, _thread.LockType), type(_thread.allocate_lock()) is type(lock))
print(isinstance(rlock, type(threading.RLock())), isinstance(rlock, _thread.LockType))
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)
r = type(rlock)()
with r:
    with r:
        print(repr(r).split(" owner=")[0], repr(r).split(" count=")[1].split(" ")[0])
print(repr(r).split(" at ")[0])
print(lock.acquire(False), lock.acquire(False), lock.locked(), repr(lock).split(" at ")[0])
lock.release()
print(repr(lock).split(" at ")[0], hasattr(lock, "acquire"), hasattr(rlock, "_is_owned"))
c = threading.Condition(threading.Lock())
with c as entered:
    c.notify_all()
print(entered, type(threading.Condition()._lock).__name__)
