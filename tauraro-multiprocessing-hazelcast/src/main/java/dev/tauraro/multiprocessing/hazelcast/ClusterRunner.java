package dev.tauraro.multiprocessing.hazelcast;

import com.hazelcast.client.HazelcastClientNotActiveException;
import com.hazelcast.client.HazelcastClientOfflineException;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IndeterminateOperationState;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.OperationTimeoutException;
import com.hazelcast.nio.serialization.HazelcastSerializationException;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;
import dev.tauraro.multiprocessing.BrokenPoolError;
import dev.tauraro.multiprocessing.TaskRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs each chunk a pool worker claims on a worker member of the cluster, as a {@link ChunkTask}
 * on that member's {@code tauraro-pool} executor; the pool's worker thread waits for it.
 *
 * <p>At-least-once: when the member running a chunk dies, leaves or drops its connection before
 * the result arrives, the chunk is sent again to another member (chosen by {@link WorkerMembers}).
 * The first run may have finished, or have had side effects, on the lost member; the caller gets
 * one result per item either way. A task's own exception is not retried: it is the chunk's outcome.
 */
final class ClusterRunner implements TaskRunner {
    /** How often a wait for a result checks that its member is still there. */
    private static final long POLL_MILLIS = 200;

    private final HazelcastInstance instance;
    private final boolean ownsInstance;
    private final WorkerMembers members;
    private final IExecutorService executor;

    ClusterRunner(HazelcastInstance instance, boolean ownsInstance, WorkerMembers members) {
        this.instance = instance;
        this.ownsInstance = ownsInstance;
        this.members = members;
        this.executor = instance.getExecutorService(HazelcastConfigs.EXECUTOR);
    }

    @Override
    public void map(Function<Object, Object> fn, Object[] batch) throws Exception {
        Object[] out = (Object[]) run(ChunkTask.map(fn, batch));
        System.arraycopy(out, 0, batch, 0, batch.length);
    }

    @Override
    public Object call(Callable<?> fn) throws Exception {
        return run(ChunkTask.call(fn));
    }

    /** The task's value, or its exception as the worker raised it; re-sent while members are lost. */
    private Object run(ChunkTask task) throws Exception {
        while (true) {
            checkInstance();
            Member m = members.acquire();
            Object value;
            try {
                value = outcome(submit(task, m), m);
            } catch (MemberLost e) {
                members.suspect(m);
                continue;
            } finally {
                members.release(m);
            }
            // Outside the try: the task's own exception must not pass for a member's failure.
            if (value instanceof ChunkTask.Failure) {
                throw raisedBy(((ChunkTask.Failure) value).error, m);
            }
            return value;
        }
    }

    private Future<Object> submit(ChunkTask task, Member m) throws MemberLost {
        try {
            return executor.submitToMember(task, m);
        } catch (HazelcastSerializationException e) {
            throw Pickling.error(task, e, "the task or one of its arguments");
        } catch (RuntimeException e) {
            if (memberFault(e)) {
                throw new MemberLost();
            }
            throw e;
        }
    }

    /** What the member returned; {@link MemberLost} when it is lost first. */
    private Object outcome(Future<Object> f, Member m) throws Exception {
        while (true) {
            try {
                return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (!members.usable(m)) {
                    // No cancel: the member is gone or unreachable, and a cancel request would wait on it.
                    throw new MemberLost();
                }
            } catch (InterruptedException e) {
                f.cancel(true); // terminate(): stop the member's work too
                throw e;
            } catch (ExecutionException | RuntimeException e) {
                // Hazelcast throws some failures from get() as they are, others as the cause.
                Throwable cause = e instanceof ExecutionException && !memberFault(e) ? e.getCause() : e;
                if (memberFault(cause)) {
                    throw new MemberLost();
                }
                if (cause instanceof HazelcastSerializationException) {
                    throw Pickling.error(null, cause, "a result");
                }
                throw raisedBy(cause, m);
            }
        }
    }

    /** What the caller gets for {@code e} raised on {@code m}: an exception as it is, an Error as a broken pool (as a dead local worker). */
    private static Exception raisedBy(Throwable e, Member m) {
        if (e instanceof Exception) {
            return (Exception) e;
        }
        return new BrokenPoolError("The task raised " + e + " on cluster member " + m.getAddress(), e);
    }

    /** Whether {@code e}, not raised by the task, says the member (or the way to it) failed. */
    private boolean memberFault(Throwable e) {
        if (e instanceof HazelcastClientNotActiveException) {
            return false; // our own client is down: checkInstance() reports it
        }
        return e instanceof RetryableException
                || e instanceof IndeterminateOperationState
                || e instanceof TargetDisconnectedException
                || e instanceof HazelcastInstanceNotActiveException
                || e instanceof HazelcastClientOfflineException
                || e instanceof OperationTimeoutException
                || e instanceof RejectedExecutionException;
    }

    private void checkInstance() {
        if (!instance.getLifecycleService().isRunning()) {
            throw new BrokenPoolError("The pool's Hazelcast instance is shut down");
        }
    }

    @Override
    public void close() {
        members.close();
        if (ownsInstance) {
            // Called on the pool's last thread, which terminate() (or a second terminate) may
            // interrupt at any moment: Hazelcast's shutdown, waiting for its executors, would then
            // give up and log a warning. It runs on a thread of its own that nobody interrupts;
            // this one waits for it, bounded, and keeps its interrupt for after.
            Thread t = new Thread(instance::shutdown, "tauraro-cluster-shutdown");
            t.start();
            boolean interrupted = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (t.isAlive() && System.nanoTime() < deadline) {
                try {
                    t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The member running a chunk was lost before its result arrived. */
    private static final class MemberLost extends Exception {
        private static final long serialVersionUID = 1L;

        MemberLost() {
            super(null, null, false, false);
        }
    }
}
