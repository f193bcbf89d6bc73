import multiprocessing

def square(x):
    return x * x

def add(a, b):
    return a + b

def mutate(items):
    items.append("worker")
    return len(items)

if __name__ == "__main__":
    with multiprocessing.Pool(4) as pool:
        print(pool.map(square, range(20)))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(sorted(pool.imap_unordered(square, [3, 1, 2])), list(pool.imap(square, [4, 5])))
        print(pool.apply(add, (10, 20)), pool.apply_async(square, (7,)).get(timeout=5))
        data = ["caller"]
        print(pool.apply(mutate, (data,)), data)
    print(multiprocessing.cpu_count() > 0)
