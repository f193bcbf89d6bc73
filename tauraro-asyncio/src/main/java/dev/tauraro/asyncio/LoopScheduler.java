package dev.tauraro.asyncio;

import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.Exceptions;
import reactor.core.scheduler.Scheduler;

/**
 * The Reactor {@link Scheduler} view of an {@link EventLoop}, returned by
 * {@link EventLoop#scheduler()}: work runs as plain callbacks on the loop's thread.
 *
 * <p>Immediate work goes through {@code callSoon} on the loop's thread and
 * {@code callSoonThreadsafe} elsewhere, so work scheduled from one thread runs in FIFO order.
 * Delayed and periodic work are loop timers; a delay asked for from another thread is counted from
 * when the request reaches the loop. {@link #now(TimeUnit)} is the loop's clock on a virtual-time
 * loop (so {@code elapsed()} agrees with {@link EventLoop#time()}) and the wall clock otherwise.
 * Disposing the scheduler does nothing: it lives as long as its loop, and rejects work once the
 * loop is closed. Disposing a worker cancels the work it still holds.
 */
final class LoopScheduler implements Scheduler {
    private final EventLoop loop;

    LoopScheduler(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public Disposable schedule(Runnable task) {
        return submit(new Work(task, null), 0, 0);
    }

    @Override
    public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
        return submit(new Work(task, null), Math.max(0, unit.toNanos(delay)), 0);
    }

    @Override
    public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return submit(new Work(task, null), Math.max(0, unit.toNanos(initialDelay)), periodNanos(period, unit));
    }

    @Override
    public long now(TimeUnit unit) {
        return loop.isVirtualTime() ? unit.convert(loop.nanoTime(), TimeUnit.NANOSECONDS)
                : Scheduler.super.now(unit);
    }

    @Override
    public Worker createWorker() {
        return new LoopWorker();
    }

    /** The scheduler belongs to its loop: disposing it is a no-op. Close the loop instead. */
    @Override
    public void dispose() {
    }

    @Override
    public boolean isDisposed() {
        return loop.isClosed();
    }

    @Override
    public String toString() {
        return "LoopScheduler(" + loop + ")";
    }

    /** A period of zero or less means "again on the next iteration", as Reactor allows. */
    private static long periodNanos(long period, TimeUnit unit) {
        return period <= 0 ? -1 : unit.toNanos(period);
    }

    /**
     * Hands {@code w} to the loop: at once, after {@code delayNanos}, and then every
     * {@code periodNanos} when that is not 0 (-1: every iteration).
     */
    private Disposable submit(Work w, long delayNanos, long periodNanos) {
        if (loop.isClosed()) {
            throw Exceptions.failWithRejected();
        }
        w.period = periodNanos;
        w.delay = delayNanos;
        try {
            if (loop.inLoopThread()) {
                w.arm();
            } else {
                loop.callSoonThreadsafe(w::arm);
            }
        } catch (IllegalStateException closed) {
            throw Exceptions.failWithRejected(closed);
        }
        return w;
    }

    /**
     * One piece of scheduled work. {@code disposed} may be set from any thread; everything else is
     * touched only on the loop's thread (after the hand-over in {@link #submit}).
     */
    private final class Work implements Runnable, Disposable {
        private final Runnable task;
        private final Disposable.Composite owner;
        private volatile boolean disposed;
        long delay;
        long period;
        /** Loop-time deadline of the next periodic run, for a fixed rate without drift. */
        private long deadline;
        private Handle handle;

        Work(Runnable task, Disposable.Composite owner) {
            this.task = task;
            this.owner = owner;
        }

        /** First scheduling; loop thread. */
        void arm() {
            if (disposed) {
                return;
            }
            if (delay == 0 && period == 0) {
                handle = loop.callSoon(this);
            } else {
                deadline = loop.nanoTime() + delay;
                handle = loop.callAtNanos(deadline, this);
            }
        }

        @Override
        public void run() {
            if (disposed) {
                return;
            }
            if (period == 0) {
                disposed = true;
                release();
                task.run();
                return;
            }
            task.run();
            if (disposed) {
                return;
            }
            if (period < 0) {
                handle = loop.callSoon(this);
            } else {
                deadline += period;
                handle = loop.callAtNanos(deadline, this);
            }
        }

        @Override
        public void dispose() {
            if (disposed) {
                return;
            }
            disposed = true;
            release();
            if (loop.inLoopThread()) {
                cancelHandle();
            } else if (!loop.isClosed()) {
                try {
                    loop.callSoonThreadsafe(this::cancelHandle);
                } catch (IllegalStateException closed) {
                    // Nothing left to cancel on a closed loop.
                }
            }
        }

        /** Frees the timer slot early; the {@code disposed} flag alone already stops the run. */
        private void cancelHandle() {
            Handle h = handle;
            if (h != null) {
                h.cancel();
            }
        }

        private void release() {
            if (owner != null) {
                owner.remove(this);
            }
        }

        @Override
        public boolean isDisposed() {
            return disposed;
        }
    }

    /** A worker: its work runs in the order given (from one thread) and dies with it. */
    private final class LoopWorker implements Worker {
        private final Disposable.Composite tasks = Disposables.composite();

        @Override
        public Disposable schedule(Runnable task) {
            return add(new Work(task, tasks), 0, 0);
        }

        @Override
        public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
            return add(new Work(task, tasks), Math.max(0, unit.toNanos(delay)), 0);
        }

        @Override
        public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
            return add(new Work(task, tasks), Math.max(0, unit.toNanos(initialDelay)), periodNanos(period, unit));
        }

        private Disposable add(Work w, long delayNanos, long periodNanos) {
            if (!tasks.add(w)) {
                throw Exceptions.failWithRejected();
            }
            try {
                return submit(w, delayNanos, periodNanos);
            } catch (RuntimeException rejected) {
                tasks.remove(w);
                throw rejected;
            }
        }

        @Override
        public void dispose() {
            tasks.dispose();
        }

        @Override
        public boolean isDisposed() {
            return tasks.isDisposed();
        }
    }
}
