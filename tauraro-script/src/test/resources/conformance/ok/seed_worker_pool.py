import asyncio

class WorkerPool:
    def __init__(self, num_workers: int):
        self.queue = asyncio.Queue()
        self.workers = []
        self.num_workers = num_workers

    async def worker(self, worker_id: int):
        while True:
            task = await self.queue.get()
            if task is None:
                break

            result = await self.process_task(task)
            print(f"Worker {worker_id}: {result}")

            self.queue.task_done()

    async def process_task(self, task):
        # Simulate work
        await asyncio.sleep(0.1)
        return task * 2

    async def run(self, tasks):
        # Start workers
        self.workers = [
            asyncio.create_task(self.worker(i))
            for i in range(self.num_workers)
        ]

        # Add tasks to queue
        for task in tasks:
            await self.queue.put(task)

        # Wait for all tasks to complete
        await self.queue.join()

        # Stop workers
        for _ in range(self.num_workers):
            await self.queue.put(None)

        await asyncio.gather(*self.workers)

# driver (not from the seed)
asyncio.run(WorkerPool(3).run(list(range(1, 8))))
print("pool finished")
