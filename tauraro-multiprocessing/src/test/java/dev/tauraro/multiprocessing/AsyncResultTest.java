package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncResultTest {
    private Pool pool;
    private CountDownLatch release;
    private CountDownLatch started;

    @BeforeEach
    void startPool() {
        pool = new Pool(1);
        release = new CountDownLatch(1);
        started = new CountDownLatch(1);
    }

    @AfterEach
    void stopPool() {
        release.countDown();
        pool.terminate();
        pool.join();
    }

    /** A result that stays pending until {@link #release} opens (its task is running by then). */
    private AsyncResult<String> blocked() throws InterruptedException {
        AsyncResult<String> r = pool.applyAsync(() -> {
            started.countDown();
            release.await();
            return "done";
        });
        started.await();
        return r;
    }

    @Test
    void getReturnsTheValueOnceReady() {
        AsyncResult<Integer> r = pool.applyAsync(() -> 7);
        assertThat(r.get()).isEqualTo(7);
        assertThat(r.ready()).isTrue();
        assertThat(r.successful()).isTrue();
    }

    @Test
    void getWithATimeoutRaisesMultiprocessingsTimeoutError() throws Exception {
        AsyncResult<String> r = blocked();
        assertThatThrownBy(() -> r.get(Duration.ofMillis(1)))
                .isExactlyInstanceOf(TimeoutError.class).isInstanceOf(ProcessError.class)
                .hasToString("TimeoutError()");
        release.countDown();
        assertThat(r.get(Duration.ofMinutes(1))).isEqualTo("done");
    }

    @Test
    void waitForWithATimeoutReportsWhetherTheResultIsReady() throws Exception {
        AsyncResult<String> r = blocked();
        assertThat(r.waitFor(Duration.ZERO)).isFalse();
        assertThat(r.waitFor(Duration.ofMillis(1))).isFalse();
        assertThat(r.ready()).isFalse();
        release.countDown();
        r.waitFor();
        assertThat(r.ready()).isTrue();
        assertThat(r.waitFor(Duration.ZERO)).isTrue();
    }

    @Test
    void successfulBeforeReadyRaisesWithCpythonsMessage() throws Exception {
        AsyncResult<String> r = blocked();
        assertThatThrownBy(r::successful).isInstanceOf(IllegalStateException.class)
                .hasMessageMatching("<multiprocessing\\.pool\\.ApplyResult object at 0x[0-9a-f]+> not ready");
    }

    @Test
    void aFailedResultIsNotSuccessfulAndGetThrowsTheException() {
        AsyncResult<Object> r = pool.applyAsync(() -> {
            throw new ArithmeticException("division by zero");
        });
        r.waitFor();
        assertThat(r.successful()).isFalse();
        assertThatThrownBy(r::get).isInstanceOf(ArithmeticException.class).hasMessage("division by zero");
        assertThatThrownBy(() -> r.get(Duration.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theReprNamesTheKindOfResultLikeCpython() {
        assertThat(pool.applyAsync(() -> 1).toString()).matches("<multiprocessing\\.pool\\.ApplyResult object at 0x[0-9a-f]+>");
        assertThat(pool.mapAsync(x -> x, List.of(1)).toString()).matches("<multiprocessing\\.pool\\.MapResult object at 0x[0-9a-f]+>");
    }

    @Test
    void anInterruptedGetRestoresTheFlagAndThrowsCompletionException() throws Exception {
        AsyncResult<String> r = blocked();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(r::get).isInstanceOf(CompletionException.class).hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void toCompletableFutureCompletesWithTheOutcome() {
        CompletableFuture<Integer> cf = pool.applyAsync(() -> 5).toCompletableFuture();
        assertThat(cf.join()).isEqualTo(5);
        CompletableFuture<Object> failed = pool.applyAsync(() -> {
            throw new IllegalStateException("x");
        }).toCompletableFuture();
        assertThatThrownBy(failed::join).hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingTheCompletableFutureDropsWorkThatHasNotStarted() throws Exception {
        AsyncResult<String> busy = blocked();
        AtomicInteger ran = new AtomicInteger();
        AsyncResult<Integer> queued = pool.applyAsync(ran::incrementAndGet);
        assertThat(queued.toCompletableFuture().cancel(false)).isTrue();
        assertThatThrownBy(queued::get).isInstanceOf(CancellationException.class);
        release.countDown();
        assertThat(busy.get()).isEqualTo("done");
        assertThat(pool.apply(ran::get)).isZero();
    }

    @Test
    void cancellingAMapsCompletableFutureFailsTheMap() throws Exception {
        blocked();
        AsyncResult<List<Integer>> queued = pool.mapAsync(x -> x, List.of(1, 2, 3));
        queued.toCompletableFuture().cancel(false);
        assertThatThrownBy(queued::get).isInstanceOf(CancellationException.class);
    }

    @Test
    void anExceptionInACallbackGoesToTheUncaughtHandlerAndTheResultStillBecomesReady() {
        AtomicReference<Throwable> reported = new AtomicReference<>();
        pool.apply(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.set(e));
            return null;
        });
        AsyncResult<Integer> r = pool.applyAsync(() -> 1, v -> {
            throw new IllegalStateException("callback broke");
        }, null);
        assertThat(r.get()).isEqualTo(1);
        assertThat(reported.get()).hasMessage("callback broke");
        // The worker survived the callback.
        assertThat(pool.apply(() -> 2)).isEqualTo(2);
    }
}
