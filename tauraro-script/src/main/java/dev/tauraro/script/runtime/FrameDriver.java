package dev.tauraro.script.runtime;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;

/**
 * Runs a suspendable frame forward for one subscriber: the one await mechanism behind coroutines
 * and async generators.
 *
 * <p>Each time the body suspends at an {@code await}, the driver subscribes to the awaited Mono and
 * resumes the frame with its signal. A signal that arrives while that subscription is being made
 * (the awaited thing was ready) is taken by the loop in {@link #step} instead of recursing, so a
 * chain of ready awaits does not grow the Java stack (a trampoline). While suspended, the frame is
 * on the heap and the driver waits on one subscription: no thread is held.
 *
 * <p>Coroutines and async generators differ only in how a run ends, which the subclasses decide:
 * the body raised ({@link #raised}), returned ({@link #returned}), or yielded a value rather than
 * awaiting ({@link #yielded}).
 */
abstract class FrameDriver implements CoreSubscriber<Object>, Subscription {
    final Frame frame;
    final CoreSubscriber<? super Object> actual;
    /** Set once a terminal signal went to {@link #actual} or the subscriber cancelled. */
    boolean done;
    private Subscription upstream;
    private Object innerValue;
    /** True while subscribing to an awaited Mono: a signal arriving now is handled by step's loop. */
    private boolean subscribing;
    private boolean syncReady;
    private Object syncValue;
    private RuntimeException syncError;

    /**
     * The contextvars Context the frame runs in (installed around each step), or null to run in
     * whatever is current: a task's own copy, else the context of whoever subscribed (awaited) it.
     */
    private final Object context;

    FrameDriver(Frame frame, CoreSubscriber<? super Object> actual) {
        this(frame, actual, null);
    }

    FrameDriver(Frame frame, CoreSubscriber<? super Object> actual, Object taskContext) {
        this.frame = frame;
        this.actual = actual;
        this.context = taskContext != null ? taskContext : CallDepth.current().context;
    }

    /** The body raised {@code e}: end the run. */
    abstract void raised(PyException e);

    /** The body returned (its value is in {@code frame.ret}): end the run. */
    abstract void returned();

    /**
     * The body yielded {@code frame.yielded} instead of awaiting.
     *
     * @return an exception to throw into the frame, which then continues; or null once the run has
     *     been ended
     */
    abstract RuntimeException yielded();

    /** The subscriber cancelled; release what the run holds. */
    void cancelled() {
    }

    /** Runs the frame with a sent value or a thrown exception until it suspends for real or ends. */
    final void step(Object value, RuntimeException error) {
        step(value, error, false);
    }

    /**
     * Takes over a frame that already ran to a suspension without a driver (an {@code await} ran
     * its coroutine inline, {@link PyCoroutine#awaitInline}): handles what it suspended on
     * ({@code frame.yielded}) as if its own step had just run, then drives it on.
     */
    final void resumeSuspended() {
        step(null, null, true);
    }

    private void step(Object value, RuntimeException error, boolean suspended) {
        if (context == null) {
            run(value, error, suspended);
            return;
        }
        CallDepth here = CallDepth.current();
        Object saved = here.context;
        here.context = context;
        try {
            run(value, error, suspended);
        } finally {
            here.context = saved;
        }
    }

    private void run(Object value, RuntimeException error, boolean suspended) {
        while (!done) {
            if (!suspended) {
                int status;
                try {
                    status = exec(value, error);
                } catch (PyException e) {
                    raised(e);
                    return;
                }
                if (status != StmtNode.SUSPEND) {
                    returned();
                    return;
                }
            }
            suspended = false;
            if (!frame.awaiting) {
                RuntimeException thrown = yielded();
                if (thrown == null) {
                    return;
                }
                value = null;
                error = thrown;
                continue;
            }
            Mono<?> m;
            try {
                m = Interop.awaitable(frame.yielded);
            } catch (PyException e) {
                value = null;
                error = e;
                continue;
            }
            frame.yielded = null;
            innerValue = null;
            syncReady = false;
            subscribing = true;
            try {
                m.subscribe(this);
            } catch (RuntimeException e) {
                if (!syncReady) {
                    syncReady = true;
                    syncValue = null;
                    syncError = Interop.toPy(e);
                }
            } finally {
                subscribing = false;
            }
            if (!syncReady) {
                return; // resumed later by onError/onComplete
            }
            value = syncValue;
            error = syncError;
            syncValue = null;
            syncError = null;
        }
    }

    /** Runs the body once from where it paused; returns its status, or throws what it raised. */
    private int exec(Object value, RuntimeException error) {
        frame.sent = value;
        frame.thrown = error;
        CallDepth depth = CallDepth.current();
        frame.calls = depth;
        depth.enter(frame.module.interp.recursionLimit);
        depth.push(frame);
        try {
            return frame.function.code.body.exec(frame);
        } catch (StackOverflowError e) {
            throw CallDepth.exceeded("");
        } finally {
            depth.exit();
            depth.popStep(frame);
        }
    }

    private void resume(Object value, RuntimeException error) {
        upstream = null;
        if (subscribing) {
            syncReady = true;
            syncValue = value;
            syncError = error;
        } else {
            step(value, error);
        }
    }

    // ------------------------------------------------ the awaited Mono's signals

    @Override
    public void onSubscribe(Subscription s) {
        upstream = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(Object v) {
        innerValue = v;
    }

    @Override
    public void onError(Throwable t) {
        resume(null, Interop.toPy(t));
    }

    @Override
    public void onComplete() {
        Object v = innerValue;
        innerValue = null;
        resume(Interop.toPy(v), null);
    }

    // ------------------------------------------------ our subscriber's requests

    @Override
    public void request(long n) {
    }

    @Override
    public void cancel() {
        done = true;
        cancelled();
        Subscription s = upstream;
        upstream = null;
        if (s != null) {
            s.cancel();
        }
    }
}
