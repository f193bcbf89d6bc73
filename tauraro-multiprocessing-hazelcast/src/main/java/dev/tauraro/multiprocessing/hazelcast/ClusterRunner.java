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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * Runs the chunks the pool's workers claim on the worker members of the cluster, several to a
 * message ({@link ChunkBatch}) on a member's {@code tauraro-pool} executor; each worker thread
 * claims {@value #CHUNKS_PER_CLAIM} chunks at once and waits for their outcomes.
 *
 * <p>Why messages: a round trip to a member costs far more than a trivial task, so the pool's
 * workers claim up to {@value #CLAIMS_PER_SLOT} chunks ahead per process ({@link #workersPerProcess()}
 * threads; at most {@value #MAX_CLAIMS} chunks in all), and one dispatcher thread sends what
 * is waiting whenever a member has room for another message ({@value #MESSAGES_PER_SLOT} per slot:
 * one running, one queued there, so a slot never waits for a round trip; one per slot once a
 * function's chunks are known to take 2 ms or more, so that the last of them are not held back
 * queued behind another). A message holds chunks of one function only, as many as the members
 * took about {@code 2 ms} to run by the average of that function's messages that came back (one
 * chunk until one has, at most {@value #MAX_CHUNKS_PER_MESSAGE}), so trivial tasks travel in
 * dozens while long ones still go one by one and spread over the members.
 *
 * <p>At-least-once: when the member running a message dies, leaves or drops its connection before
 * the outcomes arrive, its chunks are queued again, first, for another member (chosen by
 * {@link WorkerMembers}). The first run may have finished, or have had side effects, on the lost
 * member; the caller gets one result per item either way. A task's own exception is not retried:
 * it is the chunk's outcome. A message that cannot be serialized is split, so that each chunk
 * fails or succeeds on its own.
 */
final class ClusterRunner implements TaskRunner {
    /** Chunks claimed ahead per pool process, at most: they wait here to travel together. */
    static final int CLAIMS_PER_SLOT = 128;
    /**
     * Chunks a pool worker claims at once: its thread is woken once when all have their outcomes
     * (they mostly travel in one message), not once per chunk, the caller's main cost with
     * trivial tasks.
     */
    static final int CHUNKS_PER_CLAIM = 64;
    /** The claiming threads of one pool, at most (unless it has more processes than this). */
    private static final int MAX_CLAIMS = 256;
    /** Messages in flight per slot of a member. */
    static final int MESSAGES_PER_SLOT = 2;
    static final int MAX_CHUNKS_PER_MESSAGE = 64;
    /** How much member time one message should take, at most, once chunks' times are known. */
    private static final long MESSAGE_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** How often the dispatcher checks that the members running messages are still there. */
    private static final long POLL_MILLIS = 200;

    private final HazelcastInstance instance;
    private final boolean ownsInstance;
    private final WorkerMembers members;
    private final IExecutorService executor;
    private final int claimsPerProcess;
    /** The pool's initializer, carried by every chunk; null for none. */
    private final SlotInitializer initializer;

    private final Object lock = new Object();
    /** Chunks waiting to be sent, in claim order (guarded by lock). */
    private final ArrayDeque<Job> outbox = new ArrayDeque<>();
    /** Messages sent whose outcomes have not arrived (guarded by lock). */
    private final Set<Message> inFlight = new HashSet<>();
    /**
     * Average member time per chunk of each function (a map's function, a call's class) over the
     * messages that came back (guarded by lock); weak, so a map's function is forgotten with it.
     */
    private final Map<Object, Double> chunkNanos = new WeakHashMap<>();
    private long lastLossCheck;
    private Thread dispatcher;
    /** Whether the dispatcher waits for work or room (guarded by lock): only then is it woken. */
    private boolean dispatcherWaiting;
    private boolean closed;

    ClusterRunner(HazelcastInstance instance, boolean ownsInstance, WorkerMembers members, int claimsPerProcess,
            SlotInitializer initializer) {
        this.claimsPerProcess = claimsPerProcess;
        this.initializer = initializer;
        this.instance = instance;
        this.ownsInstance = ownsInstance;
        this.members = members;
        this.executor = instance.getExecutorService(HazelcastConfigs.EXECUTOR);
    }

    /** The chunks claimed ahead per process of a pool of {@code processes}: {@value #CLAIMS_PER_SLOT}, fewer for big pools. */
    static int claimsPerProcess(int processes) {
        return Math.max(1, Math.min(CLAIMS_PER_SLOT, MAX_CLAIMS / processes));
    }

    /** Enough worker threads per process to hold its {@link #claimsPerProcess} chunks, {@link #chunksPerClaim} each. */
    @Override
    public int workersPerProcess() {
        return (claimsPerProcess + chunksPerClaim() - 1) / chunksPerClaim();
    }

    @Override
    public int chunksPerClaim() {
        return Math.min(CHUNKS_PER_CLAIM, claimsPerProcess);
    }

    @Override
    public void map(Function<Object, Object> fn, Object[] batch) throws Exception {
        Exception[] failed = new Exception[1];
        mapChunks(fn, new Object[][] {batch}, (e, i) -> failed[0] = e);
        if (failed[0] != null) {
            throw failed[0];
        }
    }

    /**
     * Queues the chunks for the dispatcher and reports each outcome as it arrives. The waiting
     * thread is woken once per message that brings outcomes of its chunks ({@link #wakeWaiters}),
     * not once per chunk; {@link OutcomeWait} says why a wake-up is never lost.
     */
    @Override
    public void mapChunks(Function<Object, Object> fn, Object[][] batches, ObjIntConsumer<Exception> outcome) {
        int n = batches.length;
        Job[] jobs = new Job[n];
        Thread waiter = Thread.currentThread();
        try {
            for (int i = 0; i < n; i++) {
                jobs[i] = new Job(ChunkTask.map(fn, batches[i], initializer), waiter);
            }
            queue(jobs);
        } catch (RuntimeException e) {   // the instance is down, or a chunk cannot be made
            for (int i = 0; i < n; i++) {
                outcome.accept(e, i);
            }
            return;
        }
        CompletableFuture<?>[] results = new CompletableFuture<?>[n];
        for (int i = 0; i < n; i++) {
            results[i] = jobs[i].result;
        }
        boolean[] reported = new boolean[n];
        if (!OutcomeWait.reportAll(results, reported, i -> outcome.accept(outcomeOf(jobs[i], batches[i]), i))) {
            // terminate(): stop the members' work too
            InterruptedException stop = new InterruptedException();
            for (int i = 0; i < n; i++) {
                if (!reported[i]) {
                    cancel(jobs[i]);
                    outcome.accept(stop, i);
                }
            }
        }
    }

    /** A finished chunk's failure, or null after copying its results into {@code batch}. */
    private static Exception outcomeOf(Job job, Object[] batch) {
        try {
            Object[] out = (Object[]) job.result.getNow(null);
            System.arraycopy(out, 0, batch, 0, batch.length);
            return null;
        } catch (CompletionException e) {
            return exceptionOf(e.getCause());
        } catch (java.util.concurrent.CancellationException e) {
            return e;
        }
    }

    @Override
    public Object call(Callable<?> fn) throws Exception {
        Job job = new Job(ChunkTask.call(fn, initializer), null);
        queue(job);
        try {
            return job.result.get();
        } catch (InterruptedException e) {
            cancel(job); // terminate(): stop the member's work too
            throw e;
        } catch (ExecutionException e) {
            throw exceptionOf(e.getCause());
        }
    }

    /** A chunk's failure as thrown to the pool: an Error still kills the worker, as a local one would. */
    private static Exception exceptionOf(Throwable t) {
        if (t instanceof Exception e) {
            return e;
        }
        throw (Error) t;
    }

    /** Hands the jobs to the dispatcher, started on first use. */
    private void queue(Job... jobs) {
        synchronized (lock) {
            checkInstance();
            if (dispatcher == null && !closed) {
                dispatcher = new Thread(this::dispatch, "tauraro-cluster-dispatcher");
                dispatcher.setDaemon(true);
                dispatcher.start();
            }
            java.util.Collections.addAll(outbox, jobs);
            wakeDispatcher();
        }
    }

    /** The dispatcher thread: sends waiting chunks while members have room, until closed. */
    private void dispatch() {
        try {
            while (true) {
                synchronized (lock) {
                    abandonLost();
                    while (!closed && (outbox.isEmpty() || members.saturated(window()))) {
                        dispatcherWaiting = true;
                        try {
                            lock.wait(POLL_MILLIS);
                        } finally {
                            dispatcherWaiting = false;
                        }
                        abandonLost();
                    }
                    if (closed) {
                        return;
                    }
                    if (!instance.getLifecycleService().isRunning()) {
                        failQueued(new BrokenPoolError("The pool's Hazelcast instance is shut down"));
                        continue;
                    }
                }
                Member m;
                try {
                    m = members.acquire(); // outside the lock: it waits while no member is there
                } catch (BrokenPoolError e) {
                    synchronized (lock) {
                        failQueued(e);
                    }
                    continue;
                }
                Message msg;
                synchronized (lock) {
                    List<Job> jobs = take();
                    if (jobs.isEmpty()) { // their waiters were interrupted meanwhile
                        members.release(m);
                        continue;
                    }
                    msg = new Message(m, jobs);
                    inFlight.add(msg);
                }
                send(msg);
            }
        } catch (InterruptedException e) {
            // close(): no worker is left to wait for anything
        }
    }

    /**
     * Messages per slot in flight for the chunk at the head of the queue (lock held): one when its
     * function's chunks take a message's worth of time each, as a queued one would only hold back
     * a chunk another member could take; else {@value #MESSAGES_PER_SLOT}.
     */
    private int window() {
        Job head = outbox.peek();
        Double nanos = head == null ? null : chunkNanos.get(head.task.kind());
        return nanos != null && nanos >= MESSAGE_NANOS ? 1 : MESSAGES_PER_SLOT;
    }

    /** Wakes the dispatcher if it waits for work or room (lock held); a busy one looks again anyway. */
    private void wakeDispatcher() {
        if (dispatcherWaiting) {
            lock.notifyAll();
        }
    }

    /** The next message's chunks: a chunk that must travel alone, or up to the size the chunks' times allow (lock held). */
    private List<Job> take() {
        List<Job> jobs = new ArrayList<>();
        if (!outbox.isEmpty() && outbox.peek().alone) {
            jobs.add(outbox.poll());
            return jobs;
        }
        if (outbox.isEmpty()) {
            return jobs;
        }
        Object kind = outbox.peek().task.kind();
        Double nanos = chunkNanos.get(kind);
        int cap = nanos == null ? 1 : (int) Math.max(1, Math.min(MAX_CHUNKS_PER_MESSAGE, MESSAGE_NANOS / nanos));
        while (jobs.size() < cap && !outbox.isEmpty() && !outbox.peek().alone && outbox.peek().task.kind() == kind) {
            jobs.add(outbox.poll());
        }
        return jobs;
    }

    private void send(Message msg) {
        Future<ChunkBatch.Outcomes> f;
        try {
            f = executor.submitToMember(msg.batch, msg.member);
        } catch (RuntimeException e) {
            finished(msg, null, e, true);
            return;
        }
        msg.future = f;
        // Hazelcast's futures are CompletableFutures: the outcome arrives on one of its threads.
        ((CompletionStage<ChunkBatch.Outcomes>) f).whenComplete((outcomes, e) -> finished(msg, outcomes, e, false));
    }

    /** A message's outcomes or failure arrived ({@code sending}: its sending failed). */
    private void finished(Message msg, ChunkBatch.Outcomes outcomes, Throwable error, boolean sending) {
        synchronized (lock) {
            if (!inFlight.remove(msg)) {
                return; // abandoned as lost: its chunks were queued again
            }
            members.release(msg.member);
            if (outcomes != null) {
                double perChunk = (double) outcomes.nanos() / msg.jobs.size();
                chunkNanos.merge(msg.jobs.get(0).task.kind(), perChunk, (old, now) -> 0.8 * old + 0.2 * now);
            }
            wakeDispatcher();
        }
        if (error == null) {
            Object[] values = outcomes.values();
            for (int i = 0; i < values.length; i++) {
                Job j = msg.jobs.get(i);
                if (values[i] instanceof ChunkTask.Failure) {
                    j.result.completeExceptionally(raisedBy(((ChunkTask.Failure) values[i]).error, msg.member));
                } else {
                    j.result.complete(values[i]);
                }
            }
            wakeWaiters(msg.jobs);
            return;
        }
        // Hazelcast reports some failures as they are, others as the cause of a wrapper.
        Throwable cause = (error instanceof CompletionException || error instanceof ExecutionException)
                && error.getCause() != null && !memberFault(error) ? error.getCause() : error;
        if (memberFault(cause)) {
            members.suspect(msg.member);
            requeue(msg.jobs);
        } else if (!instance.getLifecycleService().isRunning()) {
            fail(msg.jobs, new BrokenPoolError("The pool's Hazelcast instance is shut down"));
        } else if (cause instanceof HazelcastSerializationException && msg.jobs.size() > 1) {
            for (Job j : msg.jobs) {
                j.alone = true; // find the chunk at fault: each goes again on its own
            }
            requeue(msg.jobs);
        } else if (cause instanceof HazelcastSerializationException) {
            fail(msg.jobs, sending ? Pickling.error(msg.batch.first(), cause, "the task or one of its arguments")
                    : Pickling.error(null, cause, "a result"));
        } else {
            fail(msg.jobs, raisedBy(cause, msg.member));
        }
    }

    /**
     * Queues again, first, the chunks of messages whose member is gone or unreachable (lock held);
     * checked every {@value #POLL_MILLIS} ms. No cancel: a cancel request would wait on that member.
     */
    private void abandonLost() {
        long now = System.nanoTime();
        if (now - lastLossCheck < TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)) {
            return;
        }
        lastLossCheck = now;
        for (Iterator<Message> it = inFlight.iterator(); it.hasNext(); ) {
            Message msg = it.next();
            if (!members.usable(msg.member)) {
                it.remove();
                members.suspect(msg.member);
                members.release(msg.member);
                requeue(msg.jobs);
            }
        }
    }

    private void requeue(List<Job> jobs) {
        synchronized (lock) {
            for (int i = jobs.size() - 1; i >= 0; i--) {
                if (!jobs.get(i).result.isDone()) {
                    outbox.addFirst(jobs.get(i));
                }
            }
            wakeDispatcher();
        }
    }

    private static void fail(List<Job> jobs, Exception e) {
        for (Job j : jobs) {
            j.result.completeExceptionally(e);
        }
        wakeWaiters(jobs);
    }

    /**
     * Wakes the threads waiting in {@link #mapChunks} for these jobs, once each, after all of them
     * have completed: woken per job, a waiter would mostly find one outcome and wait again.
     */
    private static void wakeWaiters(List<Job> jobs) {
        Thread last = null;
        for (Job j : jobs) {
            if (j.waiter != null && j.waiter != last) {   // a claim's chunks sit next to each other
                LockSupport.unpark(j.waiter);
                last = j.waiter;
            }
        }
    }

    /** Fails every waiting chunk with {@code e} (lock held). */
    private void failQueued(Exception e) {
        fail(new ArrayList<>(outbox), e);
        outbox.clear();
    }

    /** The waiter of {@code job} was interrupted: forget it, or cancel the message carrying it. */
    private void cancel(Job job) {
        synchronized (lock) {
            if (outbox.remove(job)) {
                return;
            }
            for (Message msg : inFlight) {
                if (msg.jobs.contains(job) && msg.future != null) {
                    msg.future.cancel(true);
                }
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
        Thread d;
        synchronized (lock) {
            closed = true;
            d = dispatcher;
            lock.notifyAll();
        }
        if (d != null) {
            d.interrupt(); // it may be waiting in members.acquire()
        }
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

    /** A chunk waiting for its outcome. */
    private static final class Job {
        final ChunkTask task;
        final CompletableFuture<Object> result = new CompletableFuture<>();
        /** The thread waiting in {@link #mapChunks}, woken by {@link #wakeWaiters}; null for a call. */
        final Thread waiter;
        /** Sent in a message of its own (a message with it could not be serialized). */
        boolean alone;

        Job(ChunkTask task, Thread waiter) {
            this.task = task;
            this.waiter = waiter;
        }
    }

    /** A message sent to a member: its chunks, and the future of its outcomes once sent. */
    private static final class Message {
        final Member member;
        final List<Job> jobs;
        final ChunkBatch batch;
        volatile Future<ChunkBatch.Outcomes> future;

        Message(Member member, List<Job> jobs) {
            this.member = member;
            this.jobs = jobs;
            List<ChunkTask> tasks = new ArrayList<>(jobs.size());
            for (Job j : jobs) {
                tasks.add(j.task);
            }
            this.batch = new ChunkBatch(tasks);
        }
    }
}
