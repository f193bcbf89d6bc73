package dev.tauraro.multiprocessing.hazelcast;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent;
import com.hazelcast.core.LifecycleListener;
import dev.tauraro.multiprocessing.BrokenPoolError;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The worker members a pool sends its messages (of one or more chunks) to, and how many of them
 * each is running.
 *
 * <p>Each message goes to the live worker member with the lowest share of its slots in use, so a
 * member that joins mid-map (with nothing running) takes the next ones, and a member is not
 * handed more than its share while others have free slots.
 *
 * <p>A member whose task failed for a reason of the member's own (it left, its connection dropped,
 * it is shutting down) is suspect: no more chunks go to it until it leaves the member list, which
 * Hazelcast's failure detector does within seconds. When no worker member is left, callers wait
 * for one to join, but only until {@code lossTimeout} has passed since the pool first found none;
 * from then on they fail with {@link BrokenPoolError}, so no caller ever waits without bound.
 *
 * <p>Thread-safety: every method is synchronized; waiters wait on this object.
 */
final class WorkerMembers implements MembershipListener, LifecycleListener {
    private final HazelcastInstance instance;
    private final Cluster cluster;
    private final long lossTimeoutNanos;
    /** Chunks running per member (guarded by this). */
    private final Map<UUID, Integer> running = new HashMap<>();
    /** Members not to use any more (guarded by this); dropped when they leave the list. */
    private final Set<UUID> suspects = new HashSet<>();
    /** When the pool first found no worker member (System.nanoTime), or null while there is one. */
    private Long noneSince;
    /**
     * Whether a client instance has lost its connection to the cluster (guarded by this): its
     * member list is then the last one it saw, so no member in it is usable until it reconnects.
     */
    private boolean disconnected;
    private final UUID membershipRegistration;
    private final UUID lifecycleRegistration;

    WorkerMembers(HazelcastInstance instance, Duration lossTimeout) {
        this.instance = instance;
        this.cluster = instance.getCluster();
        this.lossTimeoutNanos = lossTimeout.toNanos();
        this.lifecycleRegistration = instance.getLifecycleService().addLifecycleListener(this);
        this.membershipRegistration = cluster.addMembershipListener(this);
    }

    /** The slots of the worker members now in the cluster. */
    int totalSlots() {
        int n = 0;
        for (Member m : cluster.getMembers()) {
            n += HazelcastConfigs.slots(m);
        }
        return n;
    }

    /**
     * Waits at most {@code timeout} for the cluster to have worker members, returning their slots.
     *
     * @throws BrokenPoolError "No worker member joined ..." if none did in time
     */
    synchronized int awaitSlots(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int slots;
        while ((slots = totalSlots()) == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new BrokenPoolError("No worker member joined the cluster within " + timeout.toMillis()
                        + " ms (start one with: java -cp ... " + ClusterWorker.class.getName() + " --cluster host:port)");
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
        return slots;
    }

    /**
     * Picks the member for the next message and counts it as running there; waits (bounded) while
     * there is none.
     *
     * @throws BrokenPoolError when no worker member has been left for the loss timeout
     */
    synchronized Member acquire() throws InterruptedException {
        while (true) {
            Member best = null;
            double bestLoad = Double.MAX_VALUE;
            for (Member m : cluster.getMembers()) {
                int slots = HazelcastConfigs.slots(m);
                if (slots == 0 || disconnected || suspects.contains(m.getUuid())) {
                    continue;
                }
                double load = (double) running.getOrDefault(m.getUuid(), 0) / slots;
                if (load < bestLoad) {
                    best = m;
                    bestLoad = load;
                }
            }
            long now = System.nanoTime();
            if (best != null) {
                noneSince = null;
                running.merge(best.getUuid(), 1, Integer::sum);
                return best;
            }
            if (noneSince == null) {
                noneSince = now;
            }
            long left = noneSince + lossTimeoutNanos - now;
            if (left <= 0) {
                throw new BrokenPoolError("No cluster member is left to run the task (none for "
                        + TimeUnit.NANOSECONDS.toMillis(lossTimeoutNanos) + " ms)");
            }
            // Polls as well as waiting for events: a client learns of members by its own schedule.
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
        }
    }

    /**
     * Whether every usable worker member already runs at least {@code perSlot} messages for each
     * of its slots; false when there is no usable member ({@link #acquire} then waits or fails).
     */
    synchronized boolean saturated(int perSlot) {
        if (disconnected) {
            return false;
        }
        boolean any = false;
        for (Member m : cluster.getMembers()) {
            int slots = HazelcastConfigs.slots(m);
            if (slots == 0 || suspects.contains(m.getUuid())) {
                continue;
            }
            any = true;
            if (running.getOrDefault(m.getUuid(), 0) < (long) slots * perSlot) {
                return false;
            }
        }
        return any;
    }

    /** A message acquired on {@code m} ended (whatever its outcome). */
    synchronized void release(Member m) {
        running.computeIfPresent(m.getUuid(), (k, n) -> n > 1 ? n - 1 : null);
    }

    /** {@code m} failed a task for a reason of its own: send it nothing more. */
    synchronized void suspect(Member m) {
        if (cluster.getMembers().contains(m)) {
            suspects.add(m.getUuid());
        }
    }

    /** Whether {@code m} is still in the member list and not suspect. */
    synchronized boolean usable(Member m) {
        return !disconnected && !suspects.contains(m.getUuid()) && cluster.getMembers().contains(m);
    }

    @Override
    public synchronized void memberAdded(MembershipEvent event) {
        notifyAll();
    }

    @Override
    public synchronized void memberRemoved(MembershipEvent event) {
        suspects.remove(event.getMember().getUuid());
        notifyAll();
    }

    @Override
    public synchronized void stateChanged(LifecycleEvent event) {
        if (event.getState() == LifecycleEvent.LifecycleState.CLIENT_DISCONNECTED) {
            disconnected = true;
        } else if (event.getState() == LifecycleEvent.LifecycleState.CLIENT_CONNECTED) {
            disconnected = false;
        }
        notifyAll();
    }

    /** Stops listening to the cluster. */
    void close() {
        try {
            cluster.removeMembershipListener(membershipRegistration);
            instance.getLifecycleService().removeLifecycleListener(lifecycleRegistration);
        } catch (RuntimeException e) {
            // The instance is already shut down: nothing to remove.
        }
    }
}
