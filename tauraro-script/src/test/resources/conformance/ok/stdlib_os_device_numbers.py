# os.major/os.minor/os.makedev: glibc's packing of a 64-bit dev_t, and CPython's argument checks.
import os

st = os.stat("/dev/null")
print(os.major(st.st_rdev), os.minor(st.st_rdev), os.makedev(1, 3) == st.st_rdev)
print(os.major(2049), os.minor(2049), os.makedev(8, 1))
print(os.makedev(4095, 2**20 - 1), os.makedev(4096, 256), os.makedev(True, False))
print(os.major(2**64 - 1), os.minor(2**64 - 1), os.major(2**63), os.minor(2**63), os.major(True))
print(os.makedev(-1, 0), os.makedev(0, -1), os.makedev(2**31 - 1, 2**31 - 1))
for m in (12345, 2**32 - 1):
    for n in (0, 77, 2**20, 2**32 - 1):
        d = os.makedev(m if m < 2**31 else m - 2**32, n if n < 2**31 else n - 2**32)
        print(m, n, os.major(d & (2**64 - 1)) == m, os.minor(d & (2**64 - 1)) == n)
for f, args in [(os.major, (-1,)), (os.major, (2**64,)), (os.major, (1.5,)), (os.minor, ("a",)),
                (os.makedev, (2**31, 1)), (os.makedev, (-2**31 - 1, 0)), (os.makedev, (1.5, 1))]:
    try:
        print(f.__name__, f(*args))
    except (TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(os.major.__doc__)
