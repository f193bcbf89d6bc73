import multiprocessing

def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(None)

if __name__ == "__main__":
    q = multiprocessing.Queue()
    print(q.empty())
    q.put(1)
    q.put_nowait([2, 3])
    print(q.qsize(), q.full())
    print(q.get(), q.get())
    try:
        q.get_nowait()
    except Exception as ex:
        print(type(ex).__name__)
    try:
        q.get(True, 0.01)
    except Exception as ex:
        print("after timeout", type(ex).__name__)
    try:
        q.get(False)
    except Exception as ex:
        print("non-blocking", type(ex).__name__)
    b = multiprocessing.Queue(2)
    b.put(1)
    b.put(2)
    print(b.full())
    try:
        b.put_nowait(3)
    except Exception as ex:
        print(type(ex).__name__)
    try:
        b.put(3, True, 0.01)
    except Exception as ex:
        print("after timeout", type(ex).__name__)
    item = {"k": [1]}
    c = multiprocessing.Queue()
    c.put(item)
    got_item = c.get()
    print(got_item, got_item == item, got_item is item)

    p = multiprocessing.Process(target=producer, args=(q, 5))
    p.start()
    got = []
    while True:
        v = q.get()
        if v is None:
            break
        got.append(v)
    p.join()
    print(got)

    lock = multiprocessing.Lock()
    print(lock.acquire())
    print(lock.acquire(False))
    lock.release()
    with lock:
        print("in lock")
    r = multiprocessing.RLock()
    with r:
        with r:
            print("reentrant")
    e = multiprocessing.Event()
    print(e.is_set())
    e.set()
    print(e.is_set(), e.wait(1))
    e.clear()
    print(e.is_set(), e.wait(0.01))
    s = multiprocessing.Semaphore(2)
    print(s.acquire(), s.acquire(), s.acquire(False))
    s.release()
    with s:
        print("in semaphore")
    bs = multiprocessing.BoundedSemaphore(1)
    bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as ex:
        print("ValueError:", ex)
