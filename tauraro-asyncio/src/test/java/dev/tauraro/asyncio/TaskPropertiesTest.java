package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.generators.Generate;
import reactor.core.publisher.Mono;

/** Properties of task scheduling and cancellation against simple reference models. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TaskPropertiesTest {

    /**
     * Tasks that each sleep a list of delays (0 = bare yield) log every wake-up; the model orders
     * wake-ups by loop time, then by iteration, then by creation order, because every task with
     * the same schedule wakes in the same iteration in the order its timers were armed.
     */
    @Test
    void tasksWithEqualSchedulesWakeInCreationOrderAndTimeOrdersTheRest() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 3)).ofSizeBetween(1, 6))
                .checkAssert(delays -> {
                    List<String> log = new ArrayList<>();
                    EventLoop loop = EventLoop.withVirtualTime();
                    Asyncio.run(Mono.defer(() -> {
                        List<Mono<?>> tasks = new ArrayList<>();
                        for (int i = 0; i < delays.size(); i++) {
                            int id = i;
                            tasks.add(Asyncio.createTask(Asyncio.sleep(delays.get(i))
                                    .then(Mono.fromRunnable(() -> log.add(id + "@" + loop.time())))
                                    .then(Asyncio.sleep(0))
                                    .then(Mono.fromRunnable(() -> log.add(id + " again")))));
                        }
                        return Mono.when(tasks);
                    }), loop);
                    // Model: a task's first wake is at its delay; "again" one iteration later.
                    // Zero-delay tasks wake before the clock moves; equal delays wake together.
                    List<String> expected = new ArrayList<>();
                    List<Integer> order = IntStream.range(0, delays.size()).boxed()
                            .sorted(Comparator.comparingInt((Integer i) -> delays.get(i)).thenComparingInt(i -> i))
                            .toList();
                    for (int k = 0; k < order.size(); ) {
                        int d = delays.get(order.get(k));
                        int end = k;
                        while (end < order.size() && delays.get(order.get(end)) == d) {
                            end++;
                        }
                        for (int m = k; m < end; m++) {
                            expected.add(order.get(m) + "@" + (double) d);
                        }
                        for (int m = k; m < end; m++) {
                            expected.add(order.get(m) + " again");
                        }
                        k = end;
                    }
                    assertThat(log).isEqualTo(expected);
                });
    }

    enum Op { CANCEL, UNCANCEL }

    /**
     * Any sequence of {@code cancel()} and {@code uncancel()} on a sleeping task: cancelling()
     * counts cancels minus uncancels (never below zero), and the task ends cancelled exactly when
     * at least one cancel was made, since uncancel() withdraws only the count in 3.11.
     */
    @Test
    void cancellingCountsRequestsAndTheTaskEndsCancelledIffItWasCancelledAtAll() {
        qt().withExamples(200)
                .forAll(lists().of(Generate.enumValues(Op.class)).ofSizeBetween(0, 8))
                .checkAssert(ops -> {
                    int[] model = {0};
                    boolean anyCancel = ops.contains(Op.CANCEL);
                    Object outcome = Asyncio.run(Mono.defer(() -> {
                        Task<String> t = Asyncio.createTask(Asyncio.sleep(5).thenReturn("slept"));
                        return Asyncio.sleep(1).then(Mono.defer(() -> {
                            for (Op op : ops) {
                                if (op == Op.CANCEL) {
                                    assertThat(t.cancel()).isTrue();
                                    model[0]++;
                                    assertThat(t.cancelling()).isEqualTo(model[0]);
                                } else {
                                    model[0] = Math.max(0, model[0] - 1);
                                    assertThat(t.uncancel()).isEqualTo(model[0]);
                                }
                            }
                            return t.map(Object.class::cast).onErrorResume(CancelledError.class, Mono::just);
                        }));
                    }), EventLoop.withVirtualTime());
                    if (anyCancel) {
                        assertThat(outcome).isInstanceOf(CancelledError.class);
                    } else {
                        assertThat(outcome).isEqualTo("slept");
                    }
                });
    }
}
