package dev.tauraro.httpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;

class PermitsTest {
    private static final java.util.function.Supplier<RuntimeException> NEVER = () -> new IllegalStateException("no timeout set");

    @Test
    void aWaiterCancelledWhileItSubscribesNeverStaysQueued() throws Exception {
        Permits permits = new Permits(1);
        Permits.Permit held = permits.acquire(null, NEVER).block();
        // Subscribing (which queues the waiter) and cancelling race on two threads, many times.
        CyclicBarrier both = new CyclicBarrier(2);
        AtomicReference<Disposable> current = new AtomicReference<>();
        CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 20_000; i++) {
                await(both);
                Disposable d;
                while ((d = current.getAndSet(null)) == null) {
                    Thread.onSpinWait();
                }
                d.dispose();
                await(both);
            }
        });
        for (int i = 0; i < 20_000; i++) {
            await(both);
            // The subscriber is published on subscription, so the other thread cancels while
            // acquire is still deciding whether to queue it.
            permits.acquire(null, NEVER).subscribe(new BaseSubscriber<Permits.Permit>() {
                @Override
                protected void hookOnSubscribe(Subscription s) {
                    s.request(1);
                    current.set(this);
                }
            });
            await(both);
        }
        canceller.get();
        assertThat(permits.pending()).isZero();
        // The one permit still goes to the next live waiter when released.
        CompletableFuture<Permits.Permit> next = permits.acquire(null, NEVER).toFuture();
        held.release();
        assertThat(next.get()).isNotNull();
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
