package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Java snippets of the README, compiled and run. The text between {@code // README:} and
 * {@code // END} in each test is what the README quotes; the only change there is that the README
 * runs {@code Asyncio.run(main)} where the test runs {@code Asyncio.run(main, loop)} on a
 * virtual-time loop. Expected outputs were produced by the same programs under CPython 3.11.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReadmeExamplesTest {
    private final EventLoop loop = EventLoop.withVirtualTime();

    // README: fetchData
    static Mono<String> fetchData(String url) {
        return Asyncio.sleep(1.0).thenReturn("Data from " + url);   // async I/O stands here
    }
    // END

    @Test
    void gatherRunsTheThreeFetchesConcurrentlyAndKeepsArgumentOrder() {
        String out = printed(() -> {
            // README: gather
            Mono<List<String>> main = Asyncio.gather(fetchData("url1"), fetchData("url2"), fetchData("url3"));
            List<String> results = Asyncio.run(main, loop);
            System.out.println(results);
            // END
        });
        assertThat(out).isEqualTo("[Data from url1, Data from url2, Data from url3]\n");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    // README: semaphore
    final Semaphore semaphore = new Semaphore(3);                    // at most 3 at once

    Mono<String> limitedTask(int n, double seconds) {
        return semaphore.withLock(() -> Asyncio.sleep(seconds, "done " + n));
    }
    // END

    @Test
    void aSemaphoreLimitsConcurrencyAndWaitForGivesUpOnTheSlowTask() {
        String out = printed(() -> {
            // README: semaphore-main
            Mono<List<String>> main = Asyncio.gather(IntStream.range(0, 6)
                    .mapToObj(n -> Asyncio.waitFor(limitedTask(n, n == 5 ? 10.0 : 1.0), 5.0)
                            .onErrorResume(TimeoutError.class, e -> Mono.just("timed out " + n)))
                    .toList());
            System.out.println(Asyncio.run(main, loop));
            // END
        });
        // Tasks 0-2 hold the permits from 0 to 1, tasks 3-5 from 1; task 5's deadline is 5.0.
        assertThat(out).isEqualTo("[done 0, done 1, done 2, done 3, done 4, timed out 5]\n");
        assertThat(loop.time()).isEqualTo(5.0);
        assertThat(semaphore.locked()).isFalse(); // the timed-out task gave its permit back
    }

    @Test
    void aCancelledTaskRaisesCancelledErrorWithTheMessageInTheTaskThatAwaitsIt() {
        String out = printed(() -> {
            // README: cancel
            Mono<String> main = Mono.defer(() -> {
                Task<String> task = Asyncio.createTask(Asyncio.sleep(10.0, "finished"));
                return Asyncio.sleep(1.0)
                        .then(Mono.fromRunnable(() -> task.cancel("why")))
                        .then(task)
                        .onErrorResume(CancelledError.class, e -> Mono.just("cancelled: " + e.getMessage()));
            });
            System.out.println(Asyncio.run(main, loop));
            // END
        });
        assertThat(out).isEqualTo("cancelled: why\n");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    // README: worker
    static Mono<Void> worker(Queue<Integer> queue, int id) {
        return queue.get()                                          // a null item completes empty
                .flatMap(job -> Asyncio.sleep(0.1, job * 2)
                        .doOnNext(result -> {
                            System.out.println("Worker " + id + ": " + result);
                            queue.taskDone();
                        })
                        .then(Mono.defer(() -> worker(queue, id)))); // next job
    }
    // END

    @Test
    void queueWorkersShareTheJobsAndJoinWaitsUntilEachIsDone() {
        String out = printed(() -> {
            // README: queue
            Queue<Integer> queue = new Queue<>();
            Mono<Void> main = Mono.defer(() -> {
                List<Task<Void>> workers = IntStream.range(0, 3)
                        .mapToObj(i -> Asyncio.createTask(worker(queue, i)))
                        .toList();
                return Flux.range(1, 6).concatMap(queue::put)
                        .then(queue.join())                                   // every job done
                        .thenMany(Flux.fromIterable(workers).concatMap(w -> queue.put(null)))  // stop
                        .then(Asyncio.gather(workers))
                        .then();
            });
            Asyncio.run(main, loop);
            // END
        });
        assertThat(out).isEqualTo("Worker 0: 2\nWorker 1: 4\nWorker 2: 6\nWorker 0: 8\nWorker 1: 10\nWorker 2: 12\n");
        assertThat(loop.time()).isEqualTo(0.2);
    }

    @Test
    void aTaskGroupWaitsForItsTasks() {
        String out = printed(() -> {
            // README: taskgroup
            Mono<List<String>> main = Asyncio.taskGroup(tg -> {
                Task<String> a = tg.createTask(fetchData("url1"));
                Task<String> b = tg.createTask(fetchData("url2"));
                return Mono.just(List.of(a, b));
            }).map(tasks -> tasks.stream().map(Task::result).toList());     // both are done here
            System.out.println(Asyncio.run(main, loop));
            // END
        });
        assertThat(out).isEqualTo("[Data from url1, Data from url2]\n");
        assertThat(loop.time()).isEqualTo(1.0);
    }

    @Test
    void aFailingTaskCancelsItsSiblingsAndTheGroupRaisesAnExceptionGroup() {
        String out = printed(() -> {
            // README: taskgroup-failure
            Mono<String> main = Asyncio.taskGroup(tg -> {
                tg.createTask(fetchData("url1"));                               // cancelled at 0.5
                tg.createTask(Asyncio.sleep(0.5).then(Mono.error(new IllegalStateException("boom"))));
                return Mono.just("body done");
            }).onErrorResume(ExceptionGroup.class,
                    eg -> Mono.just(eg.getMessage() + ": " + eg.exceptions().get(0).getMessage()));
            System.out.println(Asyncio.run(main, loop));
            // END
        });
        assertThat(out).isEqualTo("unhandled errors in a TaskGroup (1 sub-exception): boom\n");
        assertThat(loop.time()).isEqualTo(0.5);
    }

    @Test
    void toThreadRunsBlockingCodeOffTheLoopAndResumesOnTheLoopThread() {
        String loopThread = Thread.currentThread().getName();
        String out = printed(() -> {
            // README: to-thread
            Mono<String> main = Asyncio.toThread(() -> "computed on " + Thread.currentThread().getName())
                    .map(s -> s + ", resumed on " + Thread.currentThread().getName());
            System.out.println(Asyncio.run(main, loop));
            // END
        });
        assertThat(out).matches("computed on asyncio-\\d+, resumed on \\Q" + loopThread + "\\E\n");
    }

    /** What {@code body} prints to {@code System.out}, with {@code \n} line ends. */
    private static String printed(Runnable body) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        synchronized (ReadmeExamplesTest.class) {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try {
                body.run();
            } finally {
                System.setOut(original);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
