import multiprocessing

def cpu_intensive(n: int) -> int:
    """CPU-intensive computation."""
    result = 0
    for i in range(n):
        result += i * i
    return result

# Process in parallel
with multiprocessing.Pool() as pool:
    results = pool.map(cpu_intensive, [1000000, 2000000, 3000000])
    print(results)
