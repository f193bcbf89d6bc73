import multiprocessing
from collections import deque
def f(d):
    d.append(len(d))
    return d
if __name__ == "__main__":
    d = deque([1, (2,)], maxlen=5)
    d.popleft()
    with multiprocessing.Pool(2) as p:
        r = p.apply(f, (d,))
        print(r, type(r).__name__, r.maxlen, d, p.map(f, [deque()]))
    q = multiprocessing.Queue()
    q.put(deque("ab"))
    x = q.get()
    print(x, isinstance(x, deque))
    x.appendleft(0)
    print(x)
