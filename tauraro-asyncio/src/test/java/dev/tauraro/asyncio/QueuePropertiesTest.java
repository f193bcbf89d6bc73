package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Property tests of {@link Queue} against simple reference models: random producers, consumers,
 * joiners and cancellations on a virtual-time loop; and random operation sequences on the item
 * stores.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QueuePropertiesTest {

    /** One random run: the sizes, and a seed for the interleaving and the cancellations. */
    record Scenario(int maxsize, int producers, int consumers, int itemsPerProducer, int cancels,
                    int joiners, long seed) {
    }

    static Gen<Scenario> scenarios() {
        Gen<int[]> sizes = integers().between(0, 4).zip(integers().between(1, 4), integers().between(1, 4),
                integers().between(0, 12), (m, p, c, n) -> new int[] {m, p, c, n});
        return sizes.zip(integers().between(0, 12), integers().between(0, 3), longs().all(),
                (s, cancels, joiners, seed) -> new Scenario(s[0], s[1], s[2], s[3], cancels, joiners, seed));
    }

    @Test
    void nothingIsLostOrDuplicatedEachProducerStaysFifoAndJoinCompletesExactlyWhenAllIsDone() {
        qt().withExamples(1000).forAll(scenarios()).checkAssert(QueuePropertiesTest::check);
    }

    /** The reference model: what was enqueued and got, and when join() may complete. */
    static final class Model {
        final Set<Integer> enqueued = new LinkedHashSet<>();
        final List<Integer> got = new ArrayList<>();
        final List<String> violations = new ArrayList<>();
        /** Set by the watchdog: from then on, cancellations are no longer swallowed. */
        boolean deadlocked;
        int unfinished;
        /** Oracles of the joiners waiting now: completed at the moment unfinished drops to 0. */
        List<Future<Void>> oracles = new ArrayList<>();

        void put(int item) {
            if (!enqueued.add(item)) {
                violations.add("enqueued twice: " + item);
            }
            unfinished++;
        }

        void got(int item) {
            if (!enqueued.contains(item)) {
                violations.add("got an item that was never enqueued (a cancelled put?): " + item);
            }
            if (got.contains(item)) {
                violations.add("got twice: " + item);
            }
            got.add(item);
        }

        void taskDone() {
            if (--unfinished == 0) {
                List<Future<Void>> due = oracles;
                oracles = new ArrayList<>();
                due.forEach(f -> f.setResult(null));
            }
        }
    }

    static void check(Scenario s) {
        Random rnd = new Random(s.seed());
        Queue<Integer> q = new Queue<>(s.maxsize());
        Model model = new Model();
        List<Task<Void>> producers = new ArrayList<>();
        List<Task<Void>> consumers = new ArrayList<>();
        Runnable invariants = () -> checkWakeUps(q, producers, consumers, model);
        EventLoop loop = EventLoop.withVirtualTime();
        Mono<Void> body = Mono.defer(() -> {
            for (int p = 0; p < s.producers(); p++) {
                int base = p * 1000;
                producers.add(Asyncio.createTask(Flux.range(0, s.itemsPerProducer())
                        .concatMap(i -> yields(rnd, invariants)
                                .then(q.put(base + i))
                                // Runs in the same step as the put's completion: no cancel between.
                                .then(Mono.fromRunnable(() -> model.put(base + i)))
                                .onErrorResume(CancelledError.class, e -> model.deadlocked ? Mono.error(e) : Mono.empty()))
                        .then()));
            }
            for (int c = 0; c < s.consumers(); c++) {
                Mono<Boolean> once = yields(rnd, invariants)
                        .then(q.get())
                        .doOnNext(item -> {
                            model.got(item);
                            q.taskDone();
                            model.taskDone();
                        })
                        // No null item is ever put, so an empty get() is a bug.
                        .switchIfEmpty(Mono.fromRunnable(() -> model.violations.add("get() completed empty")))
                        .thenReturn(true)
                        .onErrorResume(CancelledError.class, e -> model.deadlocked ? Mono.error(e) : Mono.just(true))
                        .onErrorResume(QueueShutDown.class, e -> Mono.just(false));
                consumers.add(Asyncio.createTask(once.repeat().takeWhile(b -> b).then()));
            }
            List<Task<Void>> others = new ArrayList<>();
            for (int j = 0; j < s.joiners(); j++) {
                others.add(Asyncio.createTask(yields(rnd, invariants).then(Mono.defer(() -> joiner(q, model)))));
            }
            // Created last, so every producer and consumer has started before the first cancel.
            List<Task<Void>> targets = new ArrayList<>(producers);
            targets.addAll(consumers);
            others.add(Asyncio.createTask(Flux.range(0, s.cancels())
                    .concatMap(k -> yields(rnd, invariants).then(Mono.fromRunnable(() ->
                            targets.get(rnd.nextInt(targets.size())).cancel()))).then()));
            List<Task<Void>> rest = new ArrayList<>(consumers);
            rest.addAll(others);
            return Asyncio.gather(true, producers)
                    .then(Mono.fromRunnable(q::shutdown))
                    .then(Asyncio.gather(true, rest))
                    .then();
        });
        String outcome = Asyncio.run(Mono.defer(() -> {
            Task<Void> main = Asyncio.createTask(body);
            // On a virtual clock an idle loop jumps here at once: a deadlock fails fast.
            Asyncio.getRunningLoop().callLater(1e6, () -> {
                model.deadlocked = true;
                main.cancel("deadlock");
            });
            return main.thenReturn("ok").onErrorResume(CancelledError.class, e -> Mono.just("deadlock"));
        }), loop);

        assertThat(outcome).as("%s", s).isEqualTo("ok");
        assertThat(model.violations).as("%s", s).isEmpty();
        // Nothing lost: the queue was drained after the shutdown, so every enqueued item was got.
        assertThat(new HashSet<>(model.got)).as("%s", s).isEqualTo(model.enqueued);
        assertThat(model.got).as("%s", s).doesNotHaveDuplicates();
        for (int p = 0; p < s.producers(); p++) {
            List<Integer> mine = new ArrayList<>();
            for (int item : model.got) {
                if (item / 1000 == p) {
                    mine.add(item);
                }
            }
            List<Integer> sorted = new ArrayList<>(mine);
            Collections.sort(sorted);
            assertThat(mine).as("FIFO of producer %d in %s", p, s).isEqualTo(sorted);
        }
        assertThat(model.oracles).as("joiners left waiting in %s", s).isEmpty();
        assertThat(q).as("%s", s).hasToString("<Queue maxsize=" + s.maxsize() + " shutdown>");
    }

    /**
     * No wake-up is lost: every item put wakes one waiting getter and every item taken wakes one
     * waiting putter, and a woken waiter that cannot use its wake-up passes it on. So between two
     * steps, the getters woken (and not yet resumed) are at least as many as the items that
     * waiting getters could take, and likewise for putters and free slots.
     */
    static void checkWakeUps(Queue<Integer> q, List<Task<Void>> producers, List<Task<Void>> consumers, Model model) {
        int[] getters = count(consumers);
        if (getters[1] < Math.min(q.qsize(), getters[0])) {
            model.violations.add("lost getter wake-up: " + q + ", " + getters[1] + " woken");
        }
        if (q.maxsize() > 0) {
            int[] putters = count(producers);
            if (putters[1] < Math.min(q.maxsize() - q.qsize(), putters[0])) {
                model.violations.add("lost putter wake-up: " + q + ", " + putters[1] + " woken");
            }
        }
    }

    /** How many of the tasks wait in a queue line, and how many were woken from one. */
    private static int[] count(List<Task<Void>> tasks) {
        int[] n = new int[2];
        for (Task<Void> t : tasks) {
            if (t.waiter instanceof Queue.Blocked<?> b) {
                if (b.state == Waiter.PENDING) {
                    n[0]++;
                } else if (b.state == Waiter.WOKEN) {
                    n[1]++;
                }
            }
        }
        return n;
    }

    /**
     * Joins, checking against the model: at once when nothing is unfinished; otherwise it must
     * resume in the iteration after unfinished drops to 0. The oracle future is completed right
     * after the queue's taskDone() in that same step, so its callback runs right after the
     * joiner's resumption: the joiner must find it done (not early) and the callback must find the
     * joiner resumed (not late).
     */
    static Mono<Void> joiner(Queue<Integer> q, Model model) {
        if (model.unfinished == 0) {
            boolean[] done = new boolean[1];
            q.join().subscribe(null, e -> model.violations.add("join failed: " + e), () -> done[0] = true);
            if (!done[0]) {
                model.violations.add("join waited although nothing was unfinished");
            }
            return Mono.empty();
        }
        Future<Void> oracle = Asyncio.getRunningLoop().createFuture();
        model.oracles.add(oracle);
        boolean[] resumed = new boolean[1];
        oracle.addDoneCallback(f -> {
            if (!resumed[0]) {
                model.violations.add("join did not resume right after the last task_done()");
            }
        });
        return q.join().then(Mono.fromRunnable(() -> {
            resumed[0] = true;
            if (!oracle.done()) {
                model.violations.add("join completed while tasks were unfinished");
            }
        }));
    }

    /** Zero to two bare yields, chosen when subscribed, checking the invariants after each. */
    static Mono<Void> yields(Random rnd, Runnable invariants) {
        return Mono.defer(() -> {
            int n = rnd.nextInt(3);
            Mono<Void> m = Mono.empty();
            for (int i = 0; i < n; i++) {
                m = m.then(Asyncio.sleep(0)).then(Mono.fromRunnable(invariants));
            }
            return m;
        });
    }

    // ---------------------------------------------------------------- item stores

    /** Operations on a store: op kind in the low 2 bits, a repeat count above. */
    static Gen<List<Integer>> operations() {
        return lists().of(integers().between(0, 4 * 1500 - 1)).ofSizeBetween(0, 40);
    }

    @Test
    void theChunkedDequeBehavesLikeArrayDeque() {
        qt().withExamples(300).forAll(operations()).checkAssert(ops -> {
            ItemDeque<Integer> deque = new ItemDeque<>();
            ArrayDeque<Integer> model = new ArrayDeque<>();
            int next = 0;
            for (int op : ops) {
                int count = op >> 2;
                for (int k = 0; k < count; k++) {
                    switch (op & 3) {
                        case 0 -> {
                            deque.addLast(next);
                            model.addLast(next++);
                        }
                        case 1 -> {
                            deque.addFirst(next);
                            model.addFirst(next++);
                        }
                        case 2 -> {
                            if (!model.isEmpty()) {
                                assertThat(deque.pollFirst()).isEqualTo(model.pollFirst());
                            }
                        }
                        default -> {
                            if (!model.isEmpty()) {
                                assertThat(deque.pollLast()).isEqualTo(model.pollLast());
                            }
                        }
                    }
                }
                assertThat(deque.size()).isEqualTo(model.size());
            }
            assertThat(deque.toList()).isEqualTo(new ArrayList<>(model));
            assertThat(deque.clear()).isEqualTo(model.size());
            assertThat(deque.size()).isZero();
        });
    }

    @Test
    void queueAndLifoQueueHandOutItemsLikeADequeModel() {
        qt().withExamples(200).forAll(operations(), integers().between(0, 1)).checkAssert((ops, lifo) -> {
            Queue<Integer> q = lifo == 1 ? new LifoQueue<>() : new Queue<>();
            ArrayDeque<Integer> model = new ArrayDeque<>();
            int next = 0;
            int puts = 0;
            for (int op : ops) {
                int count = op >> 2;
                boolean put = (op & 1) == 0;
                for (int k = 0; k < count; k++) {
                    if (put) {
                        q.putNowait(next);
                        model.addLast(next++);
                        puts++;
                    } else if (!model.isEmpty()) {
                        Integer expected = lifo == 1 ? model.pollLast() : model.pollFirst();
                        assertThat(q.getNowait()).isEqualTo(expected);
                    }
                }
                assertThat(q.qsize()).isEqualTo(model.size());
            }
            assertThat(q.storeList()).isEqualTo(new ArrayList<>(model));
            assertThat(q.toString()).contains(puts > 0 ? "tasks=" + puts : "maxsize=0>");
        });
    }

    @Test
    void priorityQueueHandsOutItemsInNonDecreasingOrderWithoutLosingAny() {
        qt().withExamples(200).forAll(lists().of(integers().between(-50, 50)).ofSizeBetween(0, 3000),
                integers().between(0, 3)).checkAssert((items, popEvery) -> {
                    PriorityQueue<Integer> q = new PriorityQueue<>();
                    java.util.PriorityQueue<Integer> model = new java.util.PriorityQueue<>();
                    for (int i = 0; i < items.size(); i++) {
                        q.putNowait(items.get(i));
                        model.add(items.get(i));
                        if (popEvery > 0 && i % (popEvery + 1) == 0) {
                            assertThat(q.getNowait()).isEqualTo(model.poll());
                        }
                    }
                    assertThat(q.qsize()).isEqualTo(model.size());
                    while (!model.isEmpty()) {
                        assertThat(q.getNowait()).isEqualTo(model.poll());
                    }
                    assertThat(q.empty()).isTrue();
                });
    }
}
