package dev.tauraro.multiprocessing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How a pool thread waits for its chunks' outcomes, without a cluster. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutcomeWaitTest {
    /**
     * Waits, in a thread of its own, for {@code results} with {@code report}; true if the wait
     * ended within 10 s (reporting all), false if it hung (it is then interrupted, as terminate()
     * would, and ends).
     */
    private static boolean reportsAllWithin10s(CompletableFuture<?>[] results, IntConsumer report)
            throws InterruptedException {
        AtomicReference<Boolean> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> outcome.set(OutcomeWait.reportAll(results, new boolean[results.length], report)),
                "waiter");
        waiter.start();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        if (waiter.isAlive()) {
            waiter.interrupt();
            waiter.join(TimeUnit.SECONDS.toMillis(10));
            return false;
        }
        return outcome.get();
    }

    /**
     * Whatever parks while a chunk is reported takes the permit a completion left: chunk 0, passed
     * over by the scan, completes while chunk 1 is reported, and the report then parks once (as a
     * contended lock does). The wait must look again before it parks.
     */
    @Test
    void aCompletionWhoseWakeUpAReportTookIsStillSeen() throws InterruptedException {
        CompletableFuture<Object> first = new CompletableFuture<>();
        CompletableFuture<Object> second = CompletableFuture.completedFuture("done");
        List<Integer> reported = new CopyOnWriteArrayList<>();
        boolean ended = reportsAllWithin10s(new CompletableFuture<?>[] {first, second}, i -> {
            reported.add(i);
            if (i == 1) {
                Thread waiter = Thread.currentThread();
                Thread completer = new Thread(() -> {
                    first.complete("done");
                    LockSupport.unpark(waiter);   // as ClusterRunner.wakeWaiters does
                }, "completer");
                completer.start();
                try {
                    completer.join();   // Object.wait: leaves LockSupport's permit alone
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
                LockSupport.park(this);   // the permit is there: returns at once, taking it
            }
        });
        assertThat(ended).as("the wait parked for good after chunk 0 completed").isTrue();
        assertThat(reported).containsExactly(1, 0);
    }

    /**
     * The way an imap over the cluster can hang (most likely the one that did once in CI):
     * reporting chunk 1 takes the consumer's lock (IMapIterator's) and parks there while chunk 0,
     * which the scan has already looked at, completes; the wake-up meant for the wait is used up
     * by that park. The wait must still see chunk 0 rather than park for good. (Without the fix
     * this fails most times, not every time: the lock's release may unpark the waiter once more.)
     */
    @Test
    void aWakeUpUsedUpByAParkWhileReportingIsNotLost() throws InterruptedException {
        CompletableFuture<Object> first = new CompletableFuture<>();
        CompletableFuture<Object> second = CompletableFuture.completedFuture("done");
        ReentrantLock consumerLock = new ReentrantLock();
        List<Integer> reported = new CopyOnWriteArrayList<>();
        AtomicReference<Boolean> outcome = new AtomicReference<>();
        CountDownLatch consumerHoldsLock = new CountDownLatch(1);
        Thread waiter = new Thread(() -> outcome.set(OutcomeWait.reportAll(
                new CompletableFuture<?>[] {first, second}, new boolean[2], i -> {
                    consumerLock.lock();
                    try {
                        reported.add(i);
                    } finally {
                        consumerLock.unlock();
                    }
                })), "waiter");
        // The consumer and the thread completing a message in one: it holds its lock until the
        // waiter is parked waiting for it, then chunk 0 completes and the waiter is unparked, as
        // ClusterRunner.wakeWaiters does: that unpark ends the park inside lock() (which parks
        // again until the lock is let go), so the wake-up is used up there.
        Thread consumer = new Thread(() -> {
            consumerLock.lock();
            try {
                consumerHoldsLock.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while ((!consumerLock.hasQueuedThread(waiter) || waiter.getState() != Thread.State.WAITING)
                        && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                first.complete("done");
                LockSupport.unpark(waiter);
            } finally {
                consumerLock.unlock();
            }
        }, "consumer");
        consumer.start();
        consumerHoldsLock.await();
        waiter.start();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        boolean hung = waiter.isAlive();
        if (hung) {
            waiter.interrupt();   // as terminate() would: the wait gives up
            waiter.join(TimeUnit.SECONDS.toMillis(10));
        }
        consumer.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(hung).as("the wait parked for good after chunk 0 completed").isFalse();
        assertThat(outcome.get()).isTrue();
        assertThat(reported).containsExactly(1, 0);
    }

    @Test
    void anInterruptEndsTheWaitLeavingTheUnfinishedUnreported() throws InterruptedException {
        CompletableFuture<Object> done = CompletableFuture.completedFuture("done");
        CompletableFuture<Object> never = new CompletableFuture<>();
        boolean[] flags = new boolean[2];
        AtomicReference<Boolean> outcome = new AtomicReference<>();
        AtomicReference<Boolean> flagAfter = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            outcome.set(OutcomeWait.reportAll(new CompletableFuture<?>[] {done, never}, flags, i -> {
            }));
            flagAfter.set(Thread.currentThread().isInterrupted());
        }, "waiter");
        waiter.start();
        waiter.interrupt();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(waiter.isAlive()).isFalse();
        assertThat(outcome.get()).isFalse();
        assertThat(flagAfter.get()).isFalse();
        assertThat(flags).containsExactly(true, false);
    }
}
