package dev.tauraro.asyncio;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Signal;

/**
 * A deadline for a block of code running in a task: at the deadline the task is cancelled, and
 * the resulting {@link CancelledError} leaves the block as a {@link TimeoutError}.
 *
 * <p>Python equivalent: {@code asyncio.Timeout}, made by {@code asyncio.timeout(delay)} and
 * {@code asyncio.timeout_at(when)} and used as {@code async with asyncio.timeout(10):}.
 *
 * <pre>{@code
 * Mono<String> page = Asyncio.timeout(Duration.ofSeconds(10), slowFetch());
 *
 * Mono<String> adjustable = Asyncio.timeout(Duration.ofSeconds(10), t ->
 *         firstStep().flatMap(x -> {
 *             t.reschedule(Asyncio.getRunningLoop().time() + 30);   // give the rest more time
 *             return secondStep(x);
 *         }));
 * }</pre>
 *
 * <p>{@link #enter()} and {@link #exit(Throwable)} are the two halves of {@code async with}, for
 * callers (such as the script layer) that drive the block themselves; {@link #run(Function)} is
 * built on them.
 *
 * <h2>Cancellation</h2>
 * Exactly as CPython 3.11's {@code timeouts.py} (3.11.7): on expiry the timeout calls
 * {@link Task#cancel()} on the task that entered it and becomes "expiring". On exit it calls
 * {@link Task#uncancel()}; only if that leaves no more cancellation requests pending than there
 * were on entry, and the block ended with {@link CancelledError}, is the error replaced by
 * {@link TimeoutError} (caused by it).
 * So a cancellation from outside that arrives at the same time still propagates as
 * {@link CancelledError}, and nested timeouts each handle only their own expiry.
 *
 * <h2>Thread-safety</h2>
 * Loop thread only.
 *
 * <h2>Differences from CPython</h2>
 * The deadline is a {@code Double} in loop time, {@code null} for none. If the task is suspended
 * in a publisher that this library does not own when the deadline passes, it is unsubscribed and
 * ends cancelled without reaching {@link #exit} (see {@link Task}).
 */
public final class Timeout {
    private enum State {
        CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"), EXITED("finished");

        final String value;

        State(String value) {
            this.value = value;
        }
    }

    private State state = State.CREATED;
    private Double when;
    /** The task that entered the block, and its loop; set by {@link #enter()}. */
    private Task<?> task;
    private EventLoop loop;
    /** The task's pending cancellation requests when the block was entered. */
    private int cancellingAtEntry;
    /** The armed expiry: a timer, or a plain callback when the deadline had already passed. */
    private Handle timeoutHandler;

    private Timeout(Double when) {
        this.when = when;
    }

    /**
     * A timeout that expires {@code delay} from now on the running loop ({@code null}: never, until
     * rescheduled). Python: {@code asyncio.timeout(delay)}. Like Python's, the deadline is fixed
     * when this is called, not when the block is entered.
     *
     * @throws IllegalStateException "no running event loop" outside a loop
     */
    public static Timeout after(Duration delay) {
        double now = EventLoop.running().time();
        return new Timeout(delay == null ? null : now + delay.toNanos() / 1e9);
    }

    /**
     * A timeout that expires {@code delaySeconds} from now on the running loop. Python:
     * {@code asyncio.timeout(delay)}.
     */
    public static Timeout after(double delaySeconds) {
        return new Timeout(EventLoop.running().time() + delaySeconds);
    }

    /**
     * A timeout that expires at loop time {@code when} (seconds, as {@link EventLoop#time()};
     * {@code null}: never, until rescheduled). Python: {@code asyncio.timeout_at(when)}.
     */
    public static Timeout at(Double when) {
        return new Timeout(when);
    }

    /** The deadline in loop time, or {@code null} for none. Python: {@code Timeout.when()}. */
    public Double when() {
        return when;
    }

    /**
     * Moves the deadline to loop time {@code when} ({@code null}: no deadline); a deadline already
     * passed expires on the next loop iteration. Python: {@code Timeout.reschedule(when)}.
     *
     * @throws IllegalStateException "Cannot change state of expiring Timeout" (or expired,
     *     finished) unless the block is running and has not expired; "Timeout has not been
     *     entered" before {@link #enter()}
     */
    public void reschedule(Double when) {
        if (state == State.CREATED) {
            throw new IllegalStateException("Timeout has not been entered");
        }
        if (state != State.ENTERED) {
            throw new IllegalStateException("Cannot change state of " + state.value + " Timeout");
        }
        this.when = when;
        if (timeoutHandler != null) {
            timeoutHandler.cancel();
        }
        if (when == null) {
            timeoutHandler = null;
        } else if (when <= loop.time()) {
            timeoutHandler = loop.callSoon(this::onTimeout);
        } else {
            timeoutHandler = loop.callAt(when, this::onTimeout);
        }
    }

    /** Whether the deadline passed while the block ran. Python: {@code Timeout.expired()}. */
    public boolean expired() {
        return state == State.EXPIRING || state == State.EXPIRED;
    }

    /**
     * Enters the block (Python's {@code __aenter__}): binds the timeout to the current task and
     * arms the timer. Cold: happens on subscription, without yielding.
     *
     * @return a Mono of this timeout, or an {@link IllegalStateException}: "Timeout should be used
     *     inside a task" when subscribed outside a task, "Timeout has already been entered" the
     *     second time
     */
    public Mono<Timeout> enter() {
        return Mono.fromCallable(() -> {
            if (state != State.CREATED) {
                throw new IllegalStateException("Timeout has already been entered");
            }
            EventLoop running = EventLoop.running();
            Task<?> current = running.currentTask();
            if (current == null) {
                throw new IllegalStateException("Timeout should be used inside a task");
            }
            state = State.ENTERED;
            loop = running;
            task = current;
            cancellingAtEntry = current.cancelling();
            reschedule(when);
            return this;
        });
    }

    /**
     * Leaves the block (Python's {@code __aexit__}) that ended with {@code bodyError} (null if it
     * succeeded). Disarms the timer; if the timeout expired and no other cancellation of the task
     * is pending, turns the block's {@link CancelledError} into {@link TimeoutError}.
     *
     * @return a Mono that completes empty when the block's own outcome stands (the caller then
     *     re-raises {@code bodyError}, if any), or signals the {@link TimeoutError} that replaces it
     */
    public Mono<Void> exit(Throwable bodyError) {
        return Mono.defer(() -> {
            if (state != State.ENTERED && state != State.EXPIRING) {
                return Mono.error(new IllegalStateException("Cannot exit " + state.value + " Timeout"));
            }
            if (timeoutHandler != null) {
                timeoutHandler.cancel();
                timeoutHandler = null;
            }
            if (state == State.EXPIRING) {
                state = State.EXPIRED;
                if (task.uncancel() <= cancellingAtEntry && bodyError instanceof CancelledError) {
                    // No new cancellation request arrived meanwhile: this one is ours to handle.
                    return Mono.error(new TimeoutError(null, bodyError));
                }
            } else {
                state = State.EXITED;
            }
            return Mono.empty();
        });
    }

    /**
     * Runs {@code body} inside this timeout: {@link #enter()}, the body, then {@link #exit} with
     * its outcome. Python: {@code async with timeout: return await body}.
     */
    public <T> Mono<T> run(Function<? super Timeout, ? extends Mono<T>> body) {
        Objects.requireNonNull(body, "body");
        return enter()
                .flatMap(t -> Mono.defer(() -> body.apply(t)).materialize())
                .flatMap(signal -> exit(signal.getThrowable()).then(Mono.defer(() -> outcome(signal))))
                .doOnCancel(() -> {
                    if (timeoutHandler != null) {
                        timeoutHandler.cancel();
                    }
                });
    }

    /** Replays a materialized outcome. */
    static <T> Mono<T> outcome(Signal<T> signal) {
        if (signal.isOnError()) {
            return Mono.error(signal.getThrowable());
        }
        return signal.isOnNext() ? Mono.just(signal.get()) : Mono.empty();
    }

    private void onTimeout() {
        task.cancel();
        state = State.EXPIRING;
        timeoutHandler = null;
    }

    /** Reads like CPython's repr: {@code <Timeout [active] when=12.5>}. */
    @Override
    public String toString() {
        String info = "";
        if (state == State.ENTERED) {
            info = " when=" + (when == null ? "None" : pyFloat(Math.round(when * 1000) / 1000.0));
        }
        return "<Timeout [" + state.value + "]" + info + ">";
    }

    /** A double as Python's {@code repr(float)} writes it, for the values loop times take. */
    static String pyFloat(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isNaN(d) ? "nan" : d > 0 ? "inf" : "-inf";
        }
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
