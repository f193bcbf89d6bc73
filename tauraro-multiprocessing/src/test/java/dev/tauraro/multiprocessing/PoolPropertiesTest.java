package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * Pool operations compared with a serial reference model (a plain loop) over generated inputs,
 * chunk sizes and pool sizes; and the promise that failures, even dying workers, reach the
 * caller instead of hanging it (bounded by the class timeout, never by sleeps).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PoolPropertiesTest {
    private static final List<Pool> POOLS = new ArrayList<>();

    @BeforeAll
    static void startPools() {
        for (int n = 1; n <= 4; n++) {
            POOLS.add(new Pool(n));
        }
    }

    @AfterAll
    static void stopPools() {
        for (Pool p : POOLS) {
            p.terminate();
            p.join();
        }
    }

    private static Gen<List<Integer>> inputs() {
        return lists().of(integers().between(-1000, 1000)).ofSizeBetween(0, 300);
    }

    private static Gen<Integer> chunksizes() {
        return integers().between(1, 12);
    }

    private static Gen<Integer> poolIndex() {
        return integers().between(0, 3);
    }

    private static long f(int x) {
        return (long) x * x - 7L * x;
    }

    private static <T, R> List<R> serial(Function<T, R> fn, List<T> input) {
        List<R> out = new ArrayList<>();
        for (T t : input) {
            out.add(fn.apply(t));
        }
        return out;
    }

    private static <R> List<R> drain(Iterator<R> it) {
        List<R> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void mapEqualsTheSerialResultForAnyInputAndChunksize() {
        qt().forAll(inputs(), chunksizes(), poolIndex()).checkAssert((input, cs, p) -> {
            Pool pool = POOLS.get(p);
            assertThat(pool.map(PoolPropertiesTest::f, input, cs)).isEqualTo(serial(PoolPropertiesTest::f, input));
            assertThat(pool.map(PoolPropertiesTest::f, input)).isEqualTo(serial(PoolPropertiesTest::f, input));
        });
    }

    @Test
    void imapEqualsTheSerialResultForAnyInputAndChunksize() {
        qt().forAll(inputs(), chunksizes(), poolIndex()).checkAssert((input, cs, p) -> {
            Pool pool = POOLS.get(p);
            assertThat(drain(pool.imap(PoolPropertiesTest::f, input, cs))).isEqualTo(serial(PoolPropertiesTest::f, input));
        });
    }

    @Test
    void starmapEqualsTheSerialResultForAnyInputAndChunksize() {
        qt().forAll(inputs(), chunksizes(), poolIndex()).checkAssert((input, cs, p) -> {
            List<Map.Entry<Integer, Integer>> pairs = new ArrayList<>();
            for (int i = 0; i < input.size(); i++) {
                pairs.add(Map.entry(input.get(i), i));
            }
            List<Integer> expected = serial(e -> e.getKey() * 3 + e.getValue(), pairs);
            assertThat(POOLS.get(p).starmap((Integer a, Integer b) -> a * 3 + b, pairs, cs)).isEqualTo(expected);
        });
    }

    @Test
    void imapUnorderedYieldsAPermutationOfTheSerialResult() {
        qt().forAll(inputs(), chunksizes(), poolIndex()).checkAssert((input, cs, p) -> {
            List<Long> got = drain(POOLS.get(p).imapUnordered(PoolPropertiesTest::f, input, cs));
            assertThat(got).containsExactlyInAnyOrderElementsOf(serial(PoolPropertiesTest::f, input));
        });
    }

    @Test
    void mapFluxEmitsTheSerialResultInOrder() {
        qt().withExamples(50).forAll(inputs(), chunksizes(), poolIndex()).checkAssert((input, cs, p) -> {
            List<Long> got = POOLS.get(p).mapFlux(PoolPropertiesTest::f, input, cs).collectList().block();
            assertThat(got).isEqualTo(serial(PoolPropertiesTest::f, input));
        });
    }

    /** A marker exception carrying the position that raised it. */
    static final class Boom extends RuntimeException {
        final int position;

        Boom(int position) {
            super("boom at " + position);
            this.position = position;
        }
    }

    @Test
    void anExceptionAtAnyPositionReachesTheCaller() {
        qt().forAll(integers().between(1, 200), integers().between(0, 100_000), chunksizes(), poolIndex())
                .checkAssert((n, seed, cs, p) -> {
                    int k = seed % n;
                    List<Integer> input = range(n);
                    Function<Integer, Integer> fn = x -> {
                        if (x == k) {
                            throw new Boom(x);
                        }
                        return x;
                    };
                    Pool pool = POOLS.get(p);
                    assertThat(catchThrowable(() -> pool.map(fn, input, cs)))
                            .isInstanceOfSatisfying(Boom.class, b -> assertThat(b.position).isEqualTo(k));
                    // imap yields everything before the failing chunk, then raises it.
                    Iterator<Integer> it = pool.imap(fn, input, cs);
                    int before = (k / cs) * cs;
                    for (int i = 0; i < before; i++) {
                        assertThat(it.next()).isEqualTo(i);
                    }
                    assertThatThrownBy(it::next).isInstanceOf(Boom.class);
                });
    }

    @Test
    void aWorkerDyingInAnyTaskNeverHangsTheCaller() {
        qt().withExamples(60).forAll(integers().between(1, 120), integers().between(0, 100_000), chunksizes(), poolIndex())
                .checkAssert((n, seed, cs, p) -> {
                    int k = seed % n;
                    List<Integer> input = range(n);
                    Function<Integer, Integer> fn = x -> {
                        if (x == k) {
                            throw new StackOverflowError("simulated at " + x);
                        }
                        return x;
                    };
                    Pool pool = POOLS.get(p);
                    assertThat(catchThrowable(() -> pool.map(fn, input, cs)))
                            .isInstanceOf(BrokenPoolError.class)
                            .hasCauseInstanceOf(StackOverflowError.class);
                    assertThat(catchThrowable(() -> drain(pool.imapUnordered(fn, input, cs))))
                            .isInstanceOf(BrokenPoolError.class);
                    assertThat(catchThrowable(() -> pool.apply(() -> fn.apply(k))))
                            .isInstanceOf(BrokenPoolError.class);
                    // The dead workers were replaced: the pool still computes everything.
                    assertThat(pool.map(x -> x + 1, input, cs)).isEqualTo(serial(x -> x + 1, input));
                });
    }

    @Test
    void chunkClaimsHandOutEveryChunkExactlyOnceWhateverTheClaimOrder() {
        qt().forAll(integers().between(0, 200), integers().between(1, 8),
                lists().of(integers().between(0, 7)).ofSizeBetween(1, 50)).checkAssert((count, slots, order) -> {
                    ChunkClaims claims = new ChunkClaims(count);
                    Set<Integer> seen = new HashSet<>();
                    int i = 0;
                    int c;
                    while ((c = claims.claim(order.get(i++ % order.size()) % slots)) >= 0) {
                        assertThat(seen.add(c)).as("chunk %s claimed twice", c).isTrue();
                        assertThat(claims.remaining()).isEqualTo(count - seen.size());
                    }
                    assertThat(seen).hasSize(count);
                    assertThat(claims.exhausted()).isTrue();
                });
    }

    @Test
    void chunkClaimsRacingFromManyThreadsStillHandOutEachChunkOnce() throws Exception {
        int count = 10_000;
        int threads = 4;
        ChunkClaims claims = new ChunkClaims(count);
        List<List<Integer>> got = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Integer> mine = new ArrayList<>();
            got.add(mine);
            int slot = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                int c;
                while ((c = claims.claim(slot)) >= 0) {
                    mine.add(c);
                }
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) {
            th.join();
        }
        List<Integer> all = new ArrayList<>();
        got.forEach(all::addAll);
        Collections.sort(all);
        assertThat(all).isEqualTo(range(count));
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            r.add(i);
        }
        return r;
    }
}
