package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** Future states, callbacks, awaiting, repr and CompletableFuture interop. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FutureTest {
    private final EventLoop loop = EventLoop.withVirtualTime();
    private final List<String> log = new ArrayList<>();

    private void runLoop() {
        loop.callSoon(loop::stop);
        loop.runForever();
    }

    // result() of a pending future: InvalidStateError "Result is not set."; set twice: "invalid state"
    @Test
    void aPendingFutureHasNoResultAndCanBeSetOnlyOnce() {
        Future<String> f = loop.createFuture();
        assertThat(f.done()).isFalse();
        assertThatThrownBy(f::result).isInstanceOf(InvalidStateError.class).hasMessage("Result is not set.");
        assertThatThrownBy(f::exception).isInstanceOf(InvalidStateError.class).hasMessage("Exception is not set.");
        f.setResult("v");
        assertThat(f.done()).isTrue();
        assertThat(f.result()).isEqualTo("v");
        assertThat(f.exception()).isNull();
        assertThatThrownBy(() -> f.setResult("w")).isInstanceOf(InvalidStateError.class).hasMessage("invalid state");
        assertThatThrownBy(() -> f.setException(new RuntimeException())).hasMessage("invalid state");
        assertThat(f.cancel()).isFalse();
    }

    @Test
    void resultRethrowsUncheckedExceptionsAsTheyAreAndWrapsCheckedOnes() {
        Future<String> unchecked = loop.createFuture();
        IllegalStateException boom = new IllegalStateException("boom");
        unchecked.setException(boom);
        assertThatThrownBy(unchecked::result).isSameAs(boom);
        assertThat(unchecked.exception()).isSameAs(boom);
        Future<String> checked = loop.createFuture();
        IOException io = new IOException("io");
        checked.setException(io);
        assertThatThrownBy(checked::result).isInstanceOf(CompletionException.class).hasCause(io);
    }

    // f.cancel("fm"): result() raises CancelledError('fm'); without a message CancelledError()
    @Test
    void aCancelledFutureRaisesCancelledErrorWithItsMessage() {
        Future<String> f = loop.createFuture();
        assertThat(f.cancel("fm")).isTrue();
        assertThat(f.cancelled()).isTrue();
        assertThat(f.done()).isTrue();
        assertThatThrownBy(f::result).isInstanceOf(CancelledError.class).hasToString("CancelledError('fm')");
        assertThatThrownBy(f::exception).hasToString("CancelledError('fm')");
        assertThat(f.cancel()).isFalse();
        Future<String> g = loop.createFuture();
        g.cancel();
        assertThatThrownBy(g::result).hasToString("CancelledError()");
    }

    @Test
    void doneCallbacksRunOnTheLoopInTheOrderAddedAndLateOnesAreScheduledAtOnce() {
        Future<String> f = loop.createFuture();
        f.addDoneCallback(x -> log.add("first " + x.result()));
        f.addDoneCallback(x -> log.add("second"));
        f.setResult("v");
        assertThat(log).isEmpty();
        f.addDoneCallback(x -> log.add("late"));
        runLoop();
        assertThat(log).containsExactly("first v", "second", "late");
    }

    @Test
    void removeDoneCallbackRemovesEveryRegistrationOfIt() {
        Future<String> f = loop.createFuture();
        Consumer<Future<String>> cb = x -> log.add("cb");
        f.addDoneCallback(cb);
        f.addDoneCallback(x -> log.add("other"));
        f.addDoneCallback(cb);
        assertThat(f.removeDoneCallback(cb)).isEqualTo(2);
        assertThat(f.removeDoneCallback(cb)).isZero();
        f.setResult("v");
        runLoop();
        assertThat(log).containsExactly("other");
    }

    @Test
    void awaitingDeliversTheOutcomeOneIterationAfterItIsSet() {
        String r = loop.runUntilComplete(Mono.defer(() -> {
            Future<String> f = loop.createFuture();
            loop.callSoon(() -> {
                log.add("setting");
                f.setResult("v");
                loop.callSoon(() -> log.add("same iteration as wake-up, scheduled before it"));
            });
            return f.doOnNext(v -> log.add("woke with " + v));
        }));
        assertThat(r).isEqualTo("v");
        assertThat(log).containsExactly("setting", "woke with v", "same iteration as wake-up, scheduled before it");
    }

    @Test
    void unsubscribingStopsListeningButNeverCancelsTheFuture() {
        Future<String> f = loop.createFuture();
        Disposable d = f.subscribe(v -> log.add("got " + v));
        d.dispose();
        assertThat(f.cancelled()).isFalse();
        f.setResult("v");
        runLoop();
        assertThat(log).isEmpty();
    }

    @Test
    void theOwnedViewCancelsTheFutureWhenUnsubscribed() {
        Future<String> f = loop.createFuture();
        Disposable d = f.owned().subscribe(v -> log.add("got " + v));
        d.dispose();
        assertThat(f.cancelled()).isTrue();
    }

    @Test
    void cancellingATaskAwaitingAFutureCancelsTheFuture() {
        Future<String> f = loop.createFuture();
        loop.runUntilComplete(Mono.defer(() -> {
            Task<String> t = loop.createTask(f);
            return Asyncio.sleep(0).then(Mono.defer(() -> {
                t.cancel("stop");
                return t.onErrorResume(CancelledError.class, e -> Mono.fromRunnable(() -> log.add("task: " + e)));
            }));
        }));
        assertThat(f.cancelled()).isTrue();
        assertThat(log).containsExactly("task: CancelledError('stop')");
    }

    @Test
    void subscribingFromAnotherThreadMovesTheAwaitOntoTheLoop() {
        EventLoop real = EventLoop.create();
        Thread[] seen = new Thread[2];
        String r = real.runUntilComplete(Mono.defer(() -> {
            seen[0] = Thread.currentThread();
            Future<String> f = real.createFuture();
            real.callLater(0.001, () -> f.setResult("v"));
            return Asyncio.await(Mono.fromCallable(() -> "x")
                    .subscribeOn(reactor.core.scheduler.Schedulers.single())
                    .flatMap(x -> f)
                    .doOnNext(v -> seen[1] = Thread.currentThread()));
        }));
        real.close();
        assertThat(r).isEqualTo("v");
        assertThat(seen[1]).isSameAs(seen[0]);
    }

    @Test
    void toCompletableFutureMirrorsEachOutcome() {
        Future<String> ok = loop.createFuture();
        Future<String> bad = loop.createFuture();
        Future<String> cancelled = loop.createFuture();
        CompletableFuture<String> cfOk = ok.toCompletableFuture();
        CompletableFuture<String> cfBad = bad.toCompletableFuture();
        CompletableFuture<String> cfCancelled = cancelled.toCompletableFuture();
        IllegalStateException boom = new IllegalStateException("boom");
        ok.setResult("v");
        bad.setException(boom);
        cancelled.cancel();
        assertThat(cfOk).isNotDone();
        runLoop();
        assertThat(cfOk).isCompletedWithValue("v");
        assertThat(cfBad).isCompletedExceptionally();
        assertThatThrownBy(cfBad::join).hasCause(boom);
        assertThat(cfCancelled).isCancelled();
    }

    @Test
    void cancellingTheCompletableFutureCancelsTheFuture() {
        Future<String> f = loop.createFuture();
        f.toCompletableFuture().cancel(true);
        assertThat(f.cancelled()).isTrue();
    }

    // <Future pending>, <Future finished result=5>, <Future finished exception=...>, <Future cancelled>
    @Test
    void theReprReadsLikeCpythons() {
        Future<Integer> f = loop.createFuture();
        assertThat(f).hasToString("<Future pending>");
        f.setResult(5);
        assertThat(f).hasToString("<Future finished result=5>");
        Future<Integer> e = loop.createFuture();
        e.setException(new IllegalArgumentException("x"));
        assertThat(e).hasToString("<Future finished exception=java.lang.IllegalArgumentException: x>");
        Future<Integer> c = loop.createFuture();
        c.cancel();
        assertThat(c).hasToString("<Future cancelled>");
        assertThat(c.getLoop()).isSameAs(loop);
    }
}
