# The seed's parallel-processing example with the pool taken out: the same three calls, serially.
def cpu_intensive(n: int) -> int:
    """CPU-intensive computation."""
    result = 0
    for i in range(n):
        result += i * i
    return result


results = [cpu_intensive(n) for n in [1000000, 2000000, 3000000]]
print(results)
