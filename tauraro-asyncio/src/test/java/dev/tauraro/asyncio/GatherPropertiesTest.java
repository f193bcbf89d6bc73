package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import reactor.core.publisher.Mono;

/**
 * Properties of {@code gather} over any list of children, each sleeping a whole number of seconds
 * (0 is a bare yield) and then returning a value, raising, or cancelling itself, compared with a
 * simple model of CPython 3.11's gather: children finish in order of (delay, position), since
 * children with equal delays start, arm their timers and wake in argument order.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GatherPropertiesTest {
    enum Outcome { VALUE, ERROR, CANCEL_SELF }

    record Child(int delay, Outcome outcome) {
        @Override
        public String toString() {
            return delay + ":" + outcome;
        }
    }

    static final class Boom extends RuntimeException {
        Boom(int index) {
            super("boom " + index, null, false, false);
        }
    }

    private static final Gen<List<Child>> CHILDREN = lists()
            .of(integers().between(0, 4).zip(Generate.enumValues(Outcome.class), Child::new))
            .ofSizeBetween(0, 7);

    /** One run: the children's Monos plus what they record about themselves. */
    private static final class Run {
        final List<Child> spec;
        final Boom[] booms;
        final Task<?>[] tasks;
        final double[] finishedAt;
        final List<Mono<?>> monos = new ArrayList<>();

        Run(List<Child> spec) {
            this.spec = spec;
            int n = spec.size();
            booms = new Boom[n];
            tasks = new Task<?>[n];
            finishedAt = new double[n];
            java.util.Arrays.fill(finishedAt, -1);
            for (int i = 0; i < n; i++) {
                booms[i] = new Boom(i);
                monos.add(child(i, spec.get(i)));
            }
        }

        private Mono<Object> child(int i, Child c) {
            return Mono.defer(() -> {
                tasks[i] = Asyncio.currentTask();
                return Asyncio.sleep(c.delay()).then(Mono.defer(() -> {
                    finishedAt[i] = Asyncio.getRunningLoop().time();
                    switch (c.outcome()) {
                        case VALUE:
                            return Mono.just("v" + i);
                        case ERROR:
                            return Mono.error(booms[i]);
                        default:
                            // Cancelled while running, then completes without another await:
                            // the task ends cancelled.
                            Asyncio.currentTask().cancel();
                            return Mono.just("ignored " + i);
                    }
                }));
            });
        }

        /** Completion order of the model: by delay, ties in argument order. */
        List<Integer> completionOrder() {
            return IntStream.range(0, spec.size()).boxed()
                    .sorted(Comparator.comparingInt((Integer i) -> spec.get(i).delay()).thenComparingInt(i -> i))
                    .toList();
        }

        Optional<Integer> firstFailure(double before) {
            return completionOrder().stream()
                    .filter(i -> spec.get(i).outcome() != Outcome.VALUE && spec.get(i).delay() <= before)
                    .findFirst();
        }

        int maxDelay() {
            return spec.stream().mapToInt(Child::delay).max().orElse(0);
        }

        /** The slot gather(returnExceptions) gives child {@code i}, rendered for comparison. */
        Object expectedSlot(int i) {
            switch (spec.get(i).outcome()) {
                case VALUE:
                    return "v" + i;
                case ERROR:
                    return booms[i];
                default:
                    return "CancelledError('')";
            }
        }

        /** Every child ran to completion, at its own time, with its own outcome. */
        void assertEveryChildRanToCompletion() {
            for (int i = 0; i < spec.size(); i++) {
                assertThat(finishedAt[i]).as("child %d finish time", i).isEqualTo(spec.get(i).delay());
                assertOwnOutcome(i);
            }
        }

        void assertOwnOutcome(int i) {
            Task<?> t = tasks[i];
            assertThat(t.done()).as("child %d done", i).isTrue();
            switch (spec.get(i).outcome()) {
                case VALUE:
                    assertThat(t.result()).isEqualTo("v" + i);
                    break;
                case ERROR:
                    assertThat(t.exception()).isSameAs(booms[i]);
                    break;
                default:
                    assertThat(t.cancelled()).as("child %d cancelled itself", i).isTrue();
            }
        }
    }

    private static Object render(Object slot) {
        return slot instanceof CancelledError ? slot.toString() : slot;
    }

    @Test
    void withoutReturnExceptionsTheFirstFailureByCompletionTimePropagatesAndSiblingsRunToCompletion() {
        qt().withExamples(300).forAll(CHILDREN).checkAssert(spec -> {
            Run run = new Run(spec);
            EventLoop loop = EventLoop.withVirtualTime();
            Object[] outcome = new Object[2];
            Asyncio.run(Mono.defer(() -> Asyncio.gather(run.monos)
                    .doOnNext(results -> outcome[0] = results)
                    .onErrorResume(e -> Mono.fromRunnable(() -> outcome[0] = e))
                    .then(Mono.fromRunnable(() -> outcome[1] = loop.time()))
                    // Outlive every child: gather must not have cancelled any of them.
                    .then(Asyncio.sleep(run.maxDelay() + 1))), loop);

            Optional<Integer> first = run.firstFailure(Double.MAX_VALUE);
            if (first.isEmpty()) {
                assertThat(outcome[0]).isEqualTo(IntStream.range(0, spec.size()).mapToObj(i -> "v" + i).toList());
                assertThat(outcome[1]).isEqualTo((double) run.maxDelay());
            } else {
                int j = first.get();
                if (spec.get(j).outcome() == Outcome.ERROR) {
                    assertThat(outcome[0]).isSameAs(run.booms[j]);
                } else {
                    assertThat(outcome[0]).isInstanceOf(CancelledError.class);
                }
                assertThat(outcome[1]).as("gather failed when child %d did", j).isEqualTo((double) spec.get(j).delay());
            }
            run.assertEveryChildRanToCompletion();
        });
    }

    @Test
    void withReturnExceptionsEachOutcomeTakesItsSlotInArgumentOrder() {
        qt().withExamples(300).forAll(CHILDREN).checkAssert(spec -> {
            Run run = new Run(spec);
            EventLoop loop = EventLoop.withVirtualTime();
            List<Object> results = Asyncio.run(Asyncio.gather(true, run.monos), loop);
            assertThat(results).hasSize(spec.size());
            for (int i = 0; i < spec.size(); i++) {
                assertThat(render(results.get(i))).as("slot %d", i).isEqualTo(run.expectedSlot(i));
            }
            assertThat(loop.time()).isEqualTo((double) run.maxDelay());
            run.assertEveryChildRanToCompletion();
        });
    }

    @Test
    void cancellingTheGatherCancelsEveryChildStillRunning() {
        qt().withExamples(300)
                .forAll(CHILDREN, integers().between(0, 5), Generate.booleans())
                .checkAssert((spec, cancelAt, returnExceptions) -> {
                    Run run = new Run(spec);
                    EventLoop loop = EventLoop.withVirtualTime();
                    double when = cancelAt + 0.5;
                    Object[] seen = new Object[2];
                    Asyncio.run(Mono.defer(() -> {
                        Task<List<Object>> g = Asyncio.createTask(Asyncio.gather(returnExceptions, run.monos));
                        return Asyncio.sleep(when).then(Mono.defer(() -> {
                            seen[0] = g.cancel();
                            return g.map(Object.class::cast).onErrorResume(e -> Mono.just(e))
                                    .doOnNext(r -> seen[1] = r);
                        }));
                    }), loop);

                    boolean allFinishedBefore = run.maxDelay() < when;
                    Optional<Integer> earlyFailure = returnExceptions ? Optional.empty() : run.firstFailure(when);
                    if (earlyFailure.isPresent()) {
                        int j = earlyFailure.get();
                        assertThat(seen[0]).as("cancel after gather failed").isEqualTo(false);
                        if (spec.get(j).outcome() == Outcome.ERROR) {
                            assertThat(seen[1]).isSameAs(run.booms[j]);
                        } else {
                            assertThat(seen[1]).isInstanceOf(CancelledError.class);
                        }
                    } else if (allFinishedBefore) {
                        assertThat(seen[0]).as("cancel after gather finished").isEqualTo(false);
                        assertThat(seen[1]).isInstanceOf(List.class);
                    } else {
                        assertThat(seen[0]).as("cancel while children run").isEqualTo(true);
                        assertThat(seen[1]).isInstanceOf(CancelledError.class);
                    }
                    // Cancelled children wake at once; leftovers are cancelled by asyncio.run at exit.
                    assertThat(loop.time()).as("nothing waits past the cancel").isEqualTo(when);
                    for (int i = 0; i < spec.size(); i++) {
                        if (spec.get(i).delay() < when) {
                            assertThat(run.finishedAt[i]).isEqualTo(spec.get(i).delay());
                            run.assertOwnOutcome(i);
                        } else if (earlyFailure.isEmpty()) {
                            assertThat(run.finishedAt[i]).as("child %d never finished", i).isEqualTo(-1);
                            assertThat(run.tasks[i].cancelled()).as("child %d cancelled", i).isTrue();
                        }
                    }
                });
    }
}
