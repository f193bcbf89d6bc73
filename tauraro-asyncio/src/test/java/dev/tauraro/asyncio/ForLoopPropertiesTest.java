package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

/**
 * Property test of {@link Asyncio#forRange} against a reference model: several loops run as tasks
 * on one virtual-time loop, their bodies completing at once, after a sleep, or failing (at once or
 * after a sleep), and some tasks cancelled part-way. For each loop the model predicts the bodies
 * applied, the outcome and the loop time at which the loop ended.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ForLoopPropertiesTest {
    private static final int AT_ONCE = 0;
    private static final int SLEEP = 1;
    private static final int FAIL = 2;
    private static final int SLEEP_THEN_FAIL = 3;

    /** One loop of a run: its bodies and when its task is cancelled (NaN: never). */
    record Plan(int[] kinds, int[] seconds, double cancelAt) {
    }

    /** What the model predicts for one loop. */
    record Expected(List<String> log, String outcome, double endTime) {
    }

    @Test
    void eachLoopAppliesItsBodiesOneAtATimeInOrderAndEndsAsTheModelSays() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(ForLoopPropertiesTest::check);
    }

    static void check(long seed) {
        Random r = new Random(seed);
        List<Plan> plans = new ArrayList<>();
        int loops = 1 + r.nextInt(3);
        for (int l = 0; l < loops; l++) {
            int n = r.nextInt(12);
            int[] kinds = new int[n];
            int[] seconds = new int[n];
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(10);
                kinds[i] = k < 5 ? AT_ONCE : k < 8 ? SLEEP : k < 9 ? FAIL : SLEEP_THEN_FAIL;
                seconds[i] = r.nextInt(3);
            }
            // Half seconds: a cancellation never ties with a sleep's end.
            double cancelAt = r.nextInt(3) == 0 ? r.nextInt(10) + 0.5 : Double.NaN;
            plans.add(new Plan(kinds, seconds, cancelAt));
        }

        List<List<String>> logs = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        double[] ends = new double[loops];
        Asyncio.run(Mono.defer(() -> {
            EventLoop loop = Asyncio.getRunningLoop();
            List<Mono<Object>> tasks = new ArrayList<>();
            for (int l = 0; l < loops; l++) {
                Plan p = plans.get(l);
                List<String> log = new ArrayList<>();
                logs.add(log);
                outcomes.add(null);
                int index = l;
                Mono<Void> body = Asyncio.forRange(p.kinds.length, i -> {
                    log.add("apply " + i);
                    Mono<Void> wait = Asyncio.sleep(p.seconds[i]);
                    Mono<Void> fail = Mono.error(new IllegalStateException("fail " + i));
                    Mono<Void> b = switch (p.kinds[i]) {
                        case AT_ONCE -> Mono.empty();
                        case SLEEP -> wait;
                        case FAIL -> fail;
                        default -> wait.then(fail);
                    };
                    return b.doOnSuccess(v -> log.add("done " + i));
                });
                Task<Void> task = Asyncio.createTask(body.doOnEach(s -> {
                    if (s.isOnComplete() || s.isOnError()) {
                        ends[index] = loop.time();
                    }
                }));
                if (!Double.isNaN(p.cancelAt)) {
                    loop.callLater(p.cancelAt, () -> task.cancel());
                }
                tasks.add(task.map(v -> (Object) "never").onErrorResume(e -> Mono.just(describe(e)))
                        .defaultIfEmpty("completed")
                        .doOnNext(o -> outcomes.set(index, (String) o)));
            }
            return Asyncio.gather(tasks);
        }), EventLoop.withVirtualTime());

        for (int l = 0; l < loops; l++) {
            Expected e = model(plans.get(l));
            String where = "seed " + seed + ", loop " + l;
            assertThat(logs.get(l)).as(where).isEqualTo(e.log);
            assertThat(outcomes.get(l)).as(where).isEqualTo(e.outcome);
            assertThat(ends[l]).as(where).isEqualTo(e.endTime);
        }
    }

    private static String describe(Throwable e) {
        return e instanceof CancelledError ? "cancelled" : e.getMessage();
    }

    /** The reference: Python's {@code for i in range(n): await body(i)} run by hand. */
    static Expected model(Plan p) {
        List<String> log = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < p.kinds.length; i++) {
            log.add("apply " + i);
            int kind = p.kinds[i];
            if (kind == SLEEP || kind == SLEEP_THEN_FAIL) {
                int d = p.seconds[i];
                if (p.cancelAt > t && p.cancelAt < t + d) {
                    return new Expected(log, "cancelled", p.cancelAt);
                }
                t += d;
            }
            if (kind == FAIL || kind == SLEEP_THEN_FAIL) {
                return new Expected(log, "fail " + i, t);
            }
            log.add("done " + i);
        }
        if (p.cancelAt < t) {
            throw new AssertionError("unreachable: the cancellation fell inside a sleep");
        }
        return new Expected(log, "completed", t);
    }
}
