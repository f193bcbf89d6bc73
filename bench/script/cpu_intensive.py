# The seed page's cpu_intensive loop, n = 30,000,000.
def cpu_intensive(n: int) -> int:
    """CPU-intensive computation."""
    result = 0
    for i in range(n):
        result += i * i
    return result


print(cpu_intensive(30_000_000))
