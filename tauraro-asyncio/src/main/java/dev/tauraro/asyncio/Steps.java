package dev.tauraro.asyncio;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * The subscriber and subscription of an operation made of awaits run one after another — acquire,
 * body, release ({@link WithLock}); wait, re-acquire ({@link Condition#await()}) — that gives its
 * downstream a single outcome at the end.
 *
 * <p>It subscribes to one step at a time ({@link #subscribeStep}) and requests everything from
 * it; the subclass reacts to each step's signals according to its {@link #phase} and ends with
 * {@link #finish}. A value that is ready before the downstream requested it is held until then.
 * A downstream cancel cancels the current step, then lets the subclass release what it holds
 * ({@link #cancelled(byte)}). Loop thread only.
 *
 * @param <T> the type of the value passed downstream
 */
abstract class Steps<T> implements CoreSubscriber<Object>, Subscription {
    /** The phase once the outcome was passed on or the downstream cancelled. */
    static final byte DONE = -1;

    final CoreSubscriber<? super T> actual;
    /** The subclass's phase (numbered from 0), or {@link #DONE}. */
    byte phase;
    private Subscription upstream;
    private boolean requested;
    /** A value that arrived at {@link #finish} before the downstream requested it. */
    private T pending;

    Steps(CoreSubscriber<? super T> actual) {
        this.actual = actual;
    }

    @Override
    public final Context currentContext() {
        return actual.currentContext();
    }

    /** Enters {@code newPhase} and subscribes to its step. */
    final void subscribeStep(byte newPhase, Mono<?> step) {
        phase = newPhase;
        upstream = null;
        step.subscribe(this);
    }

    @Override
    public final void onSubscribe(Subscription s) {
        if (phase == DONE) {
            s.cancel();
            return;
        }
        upstream = s;
        s.request(Long.MAX_VALUE);
    }

    /** Passes the outcome on: {@code error}, else {@code value} (none when null) and completion. */
    final void finish(Throwable error, T value) {
        phase = DONE;
        upstream = null;
        if (error != null) {
            actual.onError(error);
        } else if (value == null) {
            actual.onComplete();
        } else if (requested) {
            emit(value);
        } else {
            pending = value;
        }
    }

    private void emit(T value) {
        actual.onNext(value);
        actual.onComplete();
    }

    @Override
    public final void request(long n) {
        if (Operators.validate(n) && !requested) {
            requested = true;
            T v = pending;
            if (v != null) {
                pending = null;
                emit(v);
            }
        }
    }

    @Override
    public final void cancel() {
        byte p = phase;
        if (p == DONE) {
            return;
        }
        phase = DONE;
        pending = null;
        Subscription s = upstream;
        upstream = null;
        if (s != null) {
            s.cancel();
        }
        cancelled(p);
    }

    /** The downstream cancelled during {@code phase}, after the current step was cancelled. */
    void cancelled(byte phase) {
    }
}
