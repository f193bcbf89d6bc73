# time.process_time counts the process's CPU time: it grows with work.
import time

t0 = time.process_time()
n0 = time.process_time_ns()
print(type(t0).__name__, type(n0).__name__, t0 > 0, n0 > 0)

# Busy work for 0.3 s of wall time (a fixed loop count took under 0.05 s of CPU once the JIT had
# warmed it in the JUnit runner's JVM); a running thread spends most of that on the CPU.
total = 0
w0 = time.perf_counter()
while time.perf_counter() - w0 < 0.3:
    for i in range(10_000):
        total += i % 7
t1 = time.process_time()
print("grew with work", t1 - t0 > 0.05)

# (how little a sleep costs is not checked: the JUnit runner shares the JVM, whose other threads count)
a = time.process_time_ns()
b = time.process_time()
print("same clock", abs(b - a / 1e9) < 0.2, time.process_time_ns() >= a)
