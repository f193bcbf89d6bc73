# The clocks of time: the _ns forms, thread_time, get_clock_info's flags and errors (values not printed).
import time

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, 0 < info.resolution <= 0.01, isinstance(info.implementation, str))
for bad in ("x", 3):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
a, b = time.monotonic_ns(), time.perf_counter_ns()
busy = sum(i * i for i in range(200000))
print(time.monotonic_ns() >= a, time.perf_counter_ns() >= b, type(a).__name__, type(b).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 1)
t0, t1 = time.thread_time(), time.thread_time_ns()
busy = sum(i * i for i in range(300000))
print(time.thread_time() >= t0, time.thread_time_ns() >= t1, type(time.thread_time()).__name__)
print(abs(time.process_time_ns() / 1e9 - time.process_time()) < 1)
