import multiprocessing

def square(x):
    return x * x

def add(a, b):
    return a + b

def bad(x):
    if x == 3:
        raise ValueError("bad value %d" % x)
    return x

if __name__ == "__main__":
    results = []
    with multiprocessing.Pool(2) as pool:
        print(pool.map(square, range(10), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(square, [1, 2, 3])))
        print(sorted(pool.imap_unordered(square, [4, 5, 6])))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(square, (7,), callback=results.append)
        print(r.get(10))
        print(pool.map_async(square, [1, 2]).get(10))
        try:
            pool.map(bad, range(5))
        except ValueError as e:
            print(e)
    r.wait()
    print(results)
    p = multiprocessing.Pool(2)
    try:
        p.join()
    except ValueError as e:
        print(e)
    p.close()
    try:
        p.map(square, [1])
    except ValueError as e:
        print(e)
    p.join()
