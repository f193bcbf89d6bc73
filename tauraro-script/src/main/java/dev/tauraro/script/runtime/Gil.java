package dev.tauraro.script.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock of one {@link Interpreter}, with CPython's forced switching: a thread
 * that has waited a whole switch interval (5 ms, {@code sys.getswitchinterval()}) for the lock asks
 * the holder to drop it, and the holder, which polls {@link Interpreter#switchRequested} at loop
 * back-edges and function calls, hands it over and queues up again behind the waiters.
 *
 * <p>Fairness: the lock is a fair {@link ReentrantLock}, so a holder that drops the lock on request
 * and immediately asks for it again queues behind every thread already waiting: CPU-bound threads
 * take turns instead of one starving the others (CPython gets the same effect from its
 * {@code FORCE_SWITCHING} wait).
 *
 * <p>Thread-safety: {@link #lock()} may be called from any thread; the request flag lives on the
 * interpreter so that the polling nodes read one volatile field and nothing else.
 *
 * <p>A waiter that times out leaves the lock's queue for the instant it takes to raise the request
 * and queue again; a holder that yields waits for a waiter to take the lock (as CPython's
 * {@code FORCE_SWITCHING} does) rather than retake it in that instant.
 */
public final class Gil extends ReentrantLock {
    private static final long serialVersionUID = 1L;
    private final transient Interpreter interp;
    /** Threads inside {@link #lock()} without the lock, queued or about to queue again. */
    private final AtomicInteger waiting = new AtomicInteger();

    Gil(Interpreter interp) {
        super(true);
        this.interp = interp;
    }

    /**
     * Takes the lock; while another thread holds it, asks that thread to drop it after every full
     * switch interval spent waiting. Not interruptible (an interrupt is kept for later).
     */
    @Override
    public void lock() {
        if (isHeldByCurrentThread()) {
            super.lock(); // one more hold
            return;
        }
        boolean interrupted = false;
        waiting.incrementAndGet();
        while (true) {
            try {
                if (tryLock(interp.switchIntervalNanos(), TimeUnit.NANOSECONDS)) {
                    break;
                }
                interp.switchRequested = true;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        waiting.decrementAndGet();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Drops the lock (every hold) and takes it again behind the threads already waiting: called by
     * the holder when it sees {@link Interpreter#switchRequested}. Does nothing on a thread that
     * does not hold the lock (such a thread runs script code outside the GIL's protocol).
     */
    void yieldToWaiters() {
        if (!isHeldByCurrentThread()) {
            return;
        }
        interp.switchRequested = false;
        if (waiting.get() == 0) {
            return;
        }
        int holds = getHoldCount();
        for (int i = 0; i < holds; i++) {
            unlock();
        }
        // A waiter may be between a timed-out wait and its next one, out of the lock's queue: a
        // holder that asked for the lock at once would get it back. Let a waiter take it first.
        while (waiting.get() > 0 && !isLocked()) {
            Thread.yield();
        }
        lock();
        for (int i = 1; i < holds; i++) {
            lock();
        }
    }
}
