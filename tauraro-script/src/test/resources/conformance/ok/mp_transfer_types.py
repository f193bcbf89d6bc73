# Every transfer between the script and its workers keeps every type, as pickling does: results of
# every Pool method, callbacks, queues, process arguments and exception arguments.
import multiprocessing


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Failure(Exception):
    pass


VALUE = (1, [2, (3,)], {"k": (4, 5), 6: [7]}, {8}, frozenset([9]), b"b", None, True, False, 1.5, 2 ** 80,
         "s", (), [], {}, Point((1, 2), [3]))


def ident(x):
    return x


def pair(a, b):
    return (a, b)


def fail(x):
    raise Failure(x, (1, 2), [3])


def types(v):
    if isinstance(v, (list, tuple, set, frozenset)):
        return type(v).__name__ + "[" + ",".join(types(x) for x in v) + "]"
    if isinstance(v, dict):
        return "dict{" + ",".join(types(k) + ":" + types(x) for k, x in v.items()) + "}"
    if isinstance(v, Point):
        return "Point(" + types(v.x) + "," + types(v.y) + ")"
    return type(v).__name__


def child(q, v):
    q.put((v, types(v)))


if __name__ == "__main__":
    print(types(VALUE))
    with multiprocessing.Pool(2) as p:
        print("apply", types(p.apply(ident, (VALUE,))))
        print("apply_async", types(p.apply_async(ident, (VALUE,)).get()))
        print("map", types(p.map(ident, [VALUE])))
        print("map_async", types(p.map_async(ident, [VALUE]).get()))
        print("starmap", types(p.starmap(pair, [(VALUE, (1,))])))
        print("starmap_async", types(p.starmap_async(pair, [(VALUE, (1,))]).get()))
        print("imap", types(list(p.imap(ident, [VALUE]))))
        print("imap_unordered", types(list(p.imap_unordered(ident, [VALUE]))))
        got = []
        p.apply_async(ident, (VALUE,), callback=got.append).wait()
        p.map_async(ident, [VALUE], callback=got.append).wait()
        print("callbacks", types(got))
        try:
            p.apply(fail, ((1,),))
        except Failure as e:
            print("exception args", types(e.args), e.args)
    q = multiprocessing.Queue()
    q.put(VALUE)
    print("queue", types(q.get()))
    pr = multiprocessing.Process(target=child, args=(q, VALUE))
    pr.start()
    v, inside = q.get()
    pr.join()
    print("process args", inside)
    print("process result", types(v))
    print(v == VALUE[:-1] + (v[-1],), v[-1])
