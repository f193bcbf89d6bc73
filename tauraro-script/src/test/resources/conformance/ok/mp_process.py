import multiprocessing

def work(n, label="x"):
    print("worker", n, label)

def fail():
    raise ValueError("boom")

def named():
    print("inside", multiprocessing.current_process().name)

if __name__ == "__main__":
    print(multiprocessing.current_process().name)
    p = multiprocessing.Process(target=work, args=(1,), kwargs={"label": "y"})
    print(p.exitcode)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive())
    q = multiprocessing.Process(target=named, name="custom")
    print(q.name)
    q.start()
    q.join(10)
    print(q.exitcode)
    d = multiprocessing.Process(target=work, args=(2,), daemon=True)
    print(d.daemon)
    d.start()
    d.join()
    f = multiprocessing.Process(target=fail)
    f.start()
    f.join()
    print("failed exitcode", f.exitcode)
    data = [1, 2]
    def mutate(lst):
        lst.append(3)
        print("child sees", lst)
    m = multiprocessing.Process(target=mutate, args=(data,))
    m.start()
    m.join()
    print("parent sees", data)
    print(isinstance(multiprocessing.cpu_count(), int), multiprocessing.cpu_count() >= 1)
