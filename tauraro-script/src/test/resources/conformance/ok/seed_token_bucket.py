import asyncio
import time

class RateLimiter:
    def __init__(self, rate: float, capacity: int):
        self.rate = rate  # tokens per second
        self.capacity = capacity
        self.tokens = capacity
        self.last_update = time.time()
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            now = time.time()
            elapsed = now - self.last_update
            self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
            self.last_update = now

            if self.tokens >= 1:
                self.tokens -= 1
                return

            # Wait for token
            wait_time = (1 - self.tokens) / self.rate
            await asyncio.sleep(wait_time)
            self.tokens = 0

# Usage
limiter = RateLimiter(rate=10, capacity=10)  # 10 requests/sec

async def make_request(url: str):
    await limiter.acquire()
    # Make actual request
    print(f"Request to {url}")

async def main():
    tasks = [make_request(f"url{i}") for i in range(20)]
    await asyncio.gather(*tasks)

# driver (not from the seed)
asyncio.run(main())
print("tokens left below 1:", limiter.tokens < 1)
