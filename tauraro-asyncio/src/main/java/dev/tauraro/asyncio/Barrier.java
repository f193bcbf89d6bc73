package dev.tauraro.asyncio;

import reactor.core.publisher.Mono;

/**
 * A meeting point for a fixed number of tasks: each waits until {@link #parties()} tasks are
 * waiting, then all go on together, and the barrier can be used again.
 *
 * <p>Python equivalent: {@code asyncio.Barrier}.
 * <pre>{@code
 * Barrier barrier = new Barrier(3);
 * Mono<Integer> arrive = barrier.await(); // 0, 1 or 2: a different index for each of the three
 * }</pre>
 * ({@code await} stands for Python's {@code wait}, since {@code Object.wait()} is final.)
 *
 * <p>A barrier cycles through the states of CPython's: <em>filling</em> (tasks arrive),
 * <em>draining</em> (the last one arrived; the waiters leave and newcomers wait until they have),
 * <em>resetting</em> ({@link #reset()} while tasks waited: they get {@link BrokenBarrierError}) and
 * <em>broken</em> ({@link #abort()}: every wait fails until {@code reset()}).
 *
 * <h2>Fairness</h2>
 * Built on a {@link Condition}, as in CPython, so tasks pass in FIFO order.
 *
 * <h2>Cancellation</h2>
 * A task cancelled while waiting leaves the barrier (its count drops) with
 * {@link CancelledError}; the others keep waiting.
 *
 * <h2>Thread-safety</h2>
 * Use it from the thread of the loop its tasks run on.
 *
 * <h2>Differences from CPython</h2>
 * {@code parties < 1} throws {@link IllegalArgumentException} (Python's {@code ValueError}).
 */
public final class Barrier {
    private enum State {
        FILLING("filling"), DRAINING("draining"), RESETTING("resetting"), BROKEN("broken");

        final String value;

        State(String value) {
            this.value = value;
        }
    }

    /** Signals every waiter when the state changes. */
    private final Condition cond = new Condition();
    private final int parties;
    private State state = State.FILLING;
    /** Tasks inside {@link #await()} past the blocking phase. */
    private int count;

    /**
     * A barrier for {@code parties} tasks.
     *
     * @throws IllegalArgumentException "parties must be > 0"
     */
    public Barrier(int parties) {
        if (parties < 1) {
            throw new IllegalArgumentException("parties must be > 0");
        }
        this.parties = parties;
    }

    /**
     * Waits until {@link #parties()} tasks wait, then signals this task's arrival index, from 0
     * to {@code parties - 1}. Cold. Python: {@code wait()}.
     *
     * <p>Signals {@link BrokenBarrierError} "Barrier aborted" if the barrier is broken, and
     * "Abort or reset of barrier" if it is aborted or reset while this task waits.
     */
    public Mono<Integer> await() {
        return cond.withLock(() -> block().then(Mono.using(
                () -> count++,
                index -> (index + 1 == parties ? trip() : waitTripped()).thenReturn(index),
                index -> leave(),
                true)));
    }

    /** Waits while the barrier drains or resets; fails if it is broken. */
    private Mono<Void> block() {
        return cond.waitFor(() -> state != State.DRAINING && state != State.RESETTING)
                .then(Mono.defer(() -> state == State.BROKEN
                        ? Mono.error(new BrokenBarrierError("Barrier aborted"))
                        : Mono.empty()));
    }

    /** The last task arrived: let everyone go. */
    private Mono<Void> trip() {
        return Mono.fromRunnable(() -> {
            state = State.DRAINING;
            cond.signalAll();
        });
    }

    /** Waits until the barrier trips; fails if it is aborted or reset meanwhile. */
    private Mono<Void> waitTripped() {
        return cond.waitFor(() -> state != State.FILLING)
                .then(Mono.defer(() -> state == State.BROKEN || state == State.RESETTING
                        ? Mono.error(new BrokenBarrierError("Abort or reset of barrier"))
                        : Mono.empty()));
    }

    /** The {@code finally} of {@code wait()}: the last task out lets the next round fill. */
    private void leave() {
        count--;
        if (count == 0) {
            if (state == State.RESETTING || state == State.DRAINING) {
                state = State.FILLING;
            }
            cond.signalAll();
        }
    }

    /**
     * Returns the barrier to the filling state; tasks waiting now get {@link BrokenBarrierError}.
     * Cold.
     */
    public Mono<Void> reset() {
        return cond.withLock(() -> Mono.fromRunnable(() -> {
            if (count > 0) {
                state = State.RESETTING;
            } else {
                state = State.FILLING;
            }
            cond.signalAll();
        }));
    }

    /**
     * Breaks the barrier: tasks waiting now, and later ones until {@link #reset()}, get
     * {@link BrokenBarrierError}. Cold.
     */
    public Mono<Void> abort() {
        return cond.withLock(() -> Mono.fromRunnable(() -> {
            state = State.BROKEN;
            cond.signalAll();
        }));
    }

    /** How many tasks must wait for the barrier to trip. */
    public int parties() {
        return parties;
    }

    /** How many tasks wait now (0 unless filling). Python: {@code n_waiting}. */
    public int nWaiting() {
        return state == State.FILLING ? count : 0;
    }

    /** Whether the barrier is broken. */
    public boolean broken() {
        return state == State.BROKEN;
    }

    @Override
    public String toString() {
        String extra = state.value;
        if (state != State.BROKEN) {
            extra += ", waiters:" + nWaiting() + "/" + parties;
        }
        return "<Barrier [" + extra + "]>";
    }
}
