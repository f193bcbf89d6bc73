package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import reactor.core.publisher.Mono;

/**
 * The reference models for the property tests of {@link Lock} and {@link Semaphore}: exact
 * replays of CPython 3.11's {@code asyncio.Lock} and {@code asyncio.Semaphore} that take the
 * trace of a random schedule and say, at each admission, whether CPython would have admitted
 * that task there.
 *
 * <p>A schedule is a list of tasks, each arriving after a random delay, holding for a random
 * time (0 = one bare yield) and possibly cancelled at a random moment; small integer times make
 * ties, so cancellations often land between a wake-up and the resumption it causes, where the
 * two primitives differ from a plain FIFO queue.
 */
final class AdmissionModel {
    private AdmissionModel() {
    }

    /**
     * One task of a schedule: it arrives after {@code arrival} seconds and {@code arrivalYields}
     * bare yields, holds for {@code hold} seconds (0 = one bare yield), and unless
     * {@code cancelAt < 0} is cancelled after {@code cancelAt} seconds and {@code cancelYields}
     * yields. The yields shift an event by a few loop iterations against others due at the same
     * time, so cancellations and arrivals land between a wake-up and the resumption it causes.
     */
    record TaskPlan(int arrival, int arrivalYields, int hold, int cancelAt, int cancelYields, boolean withLock) {
        @Override
        public String toString() {
            return "(arrive " + arrival + "+" + arrivalYields + "y, hold " + hold
                    + (cancelAt >= 0 ? ", cancel " + cancelAt + "+" + cancelYields + "y" : "")
                    + (withLock ? ", withLock" : ", acquire/release") + ")";
        }
    }

    static Gen<List<TaskPlan>> schedules() {
        // arrival code: 0..5 s with 0..2 yields; cancel code: none (negative) or 0..12 s with 0..3 yields
        Gen<TaskPlan> plan = integers().between(0, 17).zip(integers().between(0, 4),
                integers().between(-30, 51), booleans().all(),
                (a, hold, c, withLock) -> new TaskPlan(a / 3, a % 3, hold, c < 0 ? -1 : c / 4, c < 0 ? 0 : c % 4,
                        withLock));
        return lists().of(plan).ofSizeBetween(1, 12);
    }

    private static Mono<Void> yields(int n) {
        Mono<Void> m = Asyncio.sleep(0);
        for (int k = 1; k < n; k++) {
            m = m.then(Asyncio.sleep(0));
        }
        return n == 0 ? Mono.empty() : m;
    }

    /** The primitive under test. */
    interface Permits {
        Mono<Boolean> acquire();

        void release();

        <T> Mono<T> withLock(Supplier<? extends Mono<T>> body);
    }

    /** LEAVE: a task that arrived leaves without being admitted (its acquire failed: it was cancelled). */
    private enum Kind { ARRIVE, ADMIT, RELEASE, CANCEL, LEAVE }

    private record Ev(Kind kind, int task) {
        @Override
        public String toString() {
            return kind + " " + task;
        }
    }

    /**
     * Runs {@code plans} against {@code permits} on a virtual-time loop and checks the trace
     * against an exact replay of CPython 3.11's {@code asyncio.Semaphore} of {@code n} permits
     * (see {@link #checkSemaphore}); also checks arrival order, that every task not cancelled
     * finished normally and that nothing deadlocked.
     */
    static void runAndCheckSemaphore(int n, List<TaskPlan> plans, Permits permits) {
        Run r = run(plans, permits);
        checkSemaphore(n, r.trace());
        checkOrderAndTasks(r.trace(), r.tasks());
    }

    private record Run(List<Ev> trace, List<Task<Void>> tasks) {
    }

    private static Run run(List<TaskPlan> plans, Permits permits) {
        List<Ev> trace = new ArrayList<>();
        List<Task<Void>> tasks = new ArrayList<>();
        String outcome = Asyncio.run(Mono.defer(() -> {
            List<Mono<?>> all = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                tasks.add(Asyncio.createTask(worker(i, plans.get(i), permits, trace)));
            }
            all.addAll(tasks);
            for (int i = 0; i < plans.size(); i++) {
                int target = i;
                int at = plans.get(i).cancelAt();
                if (at >= 0) {
                    all.add(Asyncio.createTask(Asyncio.sleep(at).then(yields(plans.get(i).cancelYields()))
                            .then(Mono.fromRunnable(() -> {
                        trace.add(new Ev(Kind.CANCEL, target));
                        tasks.get(target).cancel();
                    }))));
                }
            }
            return Mono.firstWithSignal(Asyncio.gather(true, all).thenReturn("done"),
                    Asyncio.sleep(Duration.ofSeconds(100_000), "deadlock"));
        }), EventLoop.withVirtualTime());
        assertThat(outcome).as("deadlock; trace %s", trace).isEqualTo("done");
        return new Run(trace, tasks);
    }

    private static Mono<Void> worker(int i, TaskPlan plan, Permits permits, List<Ev> trace) {
        boolean[] admitted = new boolean[1];
        Supplier<Mono<Void>> body = () -> Mono.defer(() -> {
            admitted[0] = true;
            trace.add(new Ev(Kind.ADMIT, i));
            return Asyncio.sleep(plan.hold());
        });
        return Asyncio.sleep(plan.arrival()).then(yields(plan.arrivalYields())).then(Mono.defer(() -> {
            trace.add(new Ev(Kind.ARRIVE, i));
            Mono<Void> attempt;
            if (plan.withLock()) {
                attempt = permits.withLock(() -> body.get().doOnTerminate(() -> trace.add(new Ev(Kind.RELEASE, i))));
            } else {
                attempt = permits.acquire().then(body.get().doOnTerminate(() -> {
                    trace.add(new Ev(Kind.RELEASE, i));
                    permits.release();
                }));
            }
            // the moment a cancelled waiter runs again and leaves (CPython: the except clause after await fut)
            return attempt.doOnError(e -> {
                if (!admitted[0]) {
                    trace.add(new Ev(Kind.LEAVE, i));
                }
            });
        }));
    }

    /** As {@link #runAndCheckSemaphore}, against a replay of CPython 3.11's {@code asyncio.Lock} ({@link #checkLock}). */
    static void runAndCheckLock(List<TaskPlan> plans, Permits permits) {
        Run r = run(plans, permits);
        checkLock(r.trace());
        checkOrderAndTasks(r.trace(), r.tasks());
    }

    /**
     * Replays the trace on CPython 3.11's {@code asyncio.Lock} ({@code asyncio/locks.py}):
     * {@code acquire} takes the lock at once only when it is unlocked and every queued future is
     * cancelled; otherwise it queues a future. {@code release} unlocks and wakes the first waiter
     * only if its future is still pending ({@code _wake_up_first}); a woken waiter that runs
     * ({@code ADMIT}) leaves the queue and locks; a waiter that leaves cancelled (woken or not)
     * wakes the first waiter if the lock is free. Unlike the semaphore, a cancelled waiter at the
     * head of the queue blocks the wake-up until it has run. Every admission must be one this
     * replay allows at that point of the trace.
     */
    static void checkLock(List<Ev> trace) {
        boolean locked = false;
        java.util.LinkedHashMap<Integer, Fut> waiters = new java.util.LinkedHashMap<>();
        Integer holder = null;
        Integer immediate = null;
        for (int k = 0; k < trace.size(); k++) {
            Ev ev = trace.get(k);
            String where = "at event " + k + " of " + trace + " (CPython lock: " + (locked ? "locked" : "unlocked")
                    + ", waiters " + waiters + ")";
            int i = ev.task();
            // a waiter cancelled while pending may leave inside another task's immediate acquire; the
            // lock is then held, so its leaving wakes nobody and changes no admission
            boolean quietLeave = ev.kind() == Kind.LEAVE && waiters.get(i) != Fut.RESULT;
            if (immediate != null && !quietLeave) {
                assertThat(ev).as("CPython takes a free lock without waiting, " + where)
                        .isEqualTo(new Ev(Kind.ADMIT, immediate));
            }
            switch (ev.kind()) {
                case ARRIVE -> {
                    if (!locked && waiters.values().stream().allMatch(f -> f == Fut.CANCELLED)) {
                        locked = true;
                        immediate = i;
                    } else {
                        waiters.put(i, Fut.PENDING);
                    }
                }
                case ADMIT -> {
                    if (immediate != null) {
                        immediate = null;
                    } else {
                        assertThat(waiters.get(i)).as("admitted before CPython would have woken it, " + where)
                                .isEqualTo(Fut.RESULT);
                        assertThat(locked).as("woken into a held lock, " + where).isFalse();
                        waiters.remove(i);
                        locked = true;
                    }
                    assertThat(holder).as("two holders, " + where).isNull();
                    holder = i;
                }
                case RELEASE -> {
                    assertThat(holder).as("released without holding, " + where).isEqualTo(i);
                    holder = null;
                    locked = false;
                    wakeUpFirst(waiters);
                }
                case CANCEL -> waiters.computeIfPresent(i, (t, f) -> f == Fut.PENDING ? Fut.CANCELLED : f);
                case LEAVE -> {
                    if (waiters.remove(i) != null && !locked) {
                        wakeUpFirst(waiters);
                    }
                }
            }
        }
        String all = " in trace " + trace;
        assertThat(immediate).as("pending immediate admission" + all).isNull();
        assertThat(waiters).as("still waiting" + all).isEmpty();
        assertThat(locked).as("CPython's lock ends unlocked" + all).isFalse();
    }

    private static void wakeUpFirst(java.util.Map<Integer, Fut> waiters) {
        waiters.entrySet().stream().findFirst().filter(w -> w.getValue() == Fut.PENDING)
                .ifPresent(w -> w.setValue(Fut.RESULT));
    }

    /** A waiter of the replayed CPython semaphore: its future pending, done with a result, or cancelled. */
    private enum Fut { PENDING, RESULT, CANCELLED }

    /**
     * Replays the trace on CPython 3.11's {@code asyncio.Semaphore} ({@code asyncio/locks.py}):
     * {@code acquire} takes a permit at once only when {@code locked()} is false (a free permit and
     * no waiter whose future is not cancelled, a woken one included); otherwise it queues a future.
     * {@code release} and a woken waiter that is cancelled before it runs give the permit back and
     * wake the first pending waiter, taking the permit off for it ({@code _wake_up_next}); a woken
     * waiter that runs ({@code ADMIT}) leaves the queue and wakes the next if permits are left; a
     * waiter cancelled while pending gives nothing back. Every admission must be one this replay
     * allows at that point of the trace.
     */
    static void checkSemaphore(int n, List<Ev> trace) {
        int value = n;
        java.util.LinkedHashMap<Integer, Fut> waiters = new java.util.LinkedHashMap<>();
        Set<Integer> holding = new HashSet<>();
        Integer immediate = null;
        for (int k = 0; k < trace.size(); k++) {
            Ev ev = trace.get(k);
            String where = "at event " + k + " of " + trace + " (CPython semaphore: value " + value + ", waiters "
                    + waiters + ")";
            int i = ev.task();
            // a waiter cancelled while pending may leave (its error delivered) inside another task's acquire:
            // it holds nothing, so that changes no admission
            boolean quietLeave = ev.kind() == Kind.LEAVE && waiters.get(i) != Fut.RESULT;
            if (immediate != null && !quietLeave) {
                assertThat(ev).as("CPython takes a free permit without waiting, " + where)
                        .isEqualTo(new Ev(Kind.ADMIT, immediate));
            }
            switch (ev.kind()) {
                case ARRIVE -> {
                    boolean locked = value == 0 || waiters.containsValue(Fut.PENDING)
                            || waiters.containsValue(Fut.RESULT);
                    if (!locked) {
                        value--;
                        immediate = i;
                    } else {
                        waiters.put(i, Fut.PENDING);
                    }
                }
                case ADMIT -> {
                    if (immediate != null) {
                        immediate = null;
                    } else {
                        assertThat(waiters.get(i)).as("admitted before CPython would have woken it, " + where)
                                .isEqualTo(Fut.RESULT);
                        waiters.remove(i);
                        if (value > 0) {
                            value = wakeUpNext(value, waiters);
                        }
                    }
                    holding.add(i);
                    assertThat(holding.size()).as("more than %d holders, %s", n, where).isLessThanOrEqualTo(n);
                }
                case RELEASE -> {
                    assertThat(holding.remove(i)).as("released without holding, " + where).isTrue();
                    value = wakeUpNext(value + 1, waiters);
                }
                case CANCEL -> waiters.computeIfPresent(i, (t, f) -> f == Fut.PENDING ? Fut.CANCELLED : f);
                case LEAVE -> {
                    Fut f = waiters.remove(i);
                    if (f == Fut.RESULT) { // woken, then cancelled before it ran: the permit goes back
                        value = wakeUpNext(value + 1, waiters);
                    }
                }
            }
        }
        String all = " in trace " + trace;
        assertThat(immediate).as("pending immediate admission" + all).isNull();
        assertThat(waiters).as("still waiting" + all).isEmpty();
        assertThat(value).as("CPython's semaphore ends with all its permits" + all).isEqualTo(n);
    }

    private static int wakeUpNext(int value, java.util.Map<Integer, Fut> waiters) {
        for (java.util.Map.Entry<Integer, Fut> w : waiters.entrySet()) {
            if (w.getValue() == Fut.PENDING) {
                w.setValue(Fut.RESULT);
                return value - 1;
            }
        }
        return value;
    }

    /** Admissions follow arrival order; every task ends, cancelled only by a cancel() and otherwise admitted. */
    private static void checkOrderAndTasks(List<Ev> trace, List<Task<Void>> tasks) {
        String all = " in trace " + trace;
        List<Integer> arrivals = new ArrayList<>();
        List<Integer> admissions = new ArrayList<>();
        Set<Integer> cancelled = new HashSet<>();
        for (Ev ev : trace) {
            switch (ev.kind()) {
                case ARRIVE -> arrivals.add(ev.task());
                case ADMIT -> admissions.add(ev.task());
                case CANCEL -> cancelled.add(ev.task());
                default -> {
                }
            }
        }
        List<Integer> admittedInArrivalOrder = new ArrayList<>(arrivals);
        admittedInArrivalOrder.retainAll(admissions);
        assertThat(admissions).as("admissions follow arrival order" + all).isEqualTo(admittedInArrivalOrder);
        for (int i = 0; i < tasks.size(); i++) {
            Task<Void> t = tasks.get(i);
            assertThat(t.done()).isTrue();
            if (t.cancelled()) {
                assertThat(cancelled).as("task %d cancelled without a cancel()%s", i, all).contains(i);
            } else {
                assertThat(t.exception()).as("task %d failed%s", i, all).isNull();
                assertThat(admissions).as("task %d finished without being admitted%s", i, all).contains(i);
            }
        }
    }
}
