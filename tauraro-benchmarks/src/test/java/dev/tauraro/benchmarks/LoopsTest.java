package dev.tauraro.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tauraro.asyncio.Asyncio;
import dev.tauraro.asyncio.EventLoop;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Mono;

@Timeout(30)
class LoopsTest {
    @Test
    void repeatRangeRunsTheBodyForEachIndexInOrder() {
        List<Integer> seen = new ArrayList<>();
        Asyncio.run(Loops.repeatRange(5, i -> Mono.fromRunnable(() -> seen.add(i))), EventLoop.withVirtualTime());
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void repeatRangeOfZeroRunsNothing() {
        List<Integer> seen = new ArrayList<>();
        Asyncio.run(Loops.repeatRange(0, i -> Mono.fromRunnable(() -> seen.add(i))), EventLoop.withVirtualTime());
        assertThat(seen).isEmpty();
    }

    @Test
    void repeatRangeStartsEachBodyOnlyAfterThePreviousOneCompleted() {
        List<String> log = new ArrayList<>();
        Asyncio.run(Loops.repeatRange(3, i -> Mono.fromRunnable(() -> log.add("start " + i))
                .then(Asyncio.sleep(Duration.ofSeconds(1)))
                .then(Mono.fromRunnable(() -> log.add("end " + i)))), EventLoop.withVirtualTime());
        assertThat(log).containsExactly("start 0", "end 0", "start 1", "end 1", "start 2", "end 2");
    }

    @Test
    void repeatRangeOverManySynchronousBodiesDoesNotOverflowTheStack() {
        int[] count = {0};
        Asyncio.run(Loops.repeatRange(200_000, i -> Mono.fromRunnable(() -> count[0]++)), EventLoop.withVirtualTime());
        assertThat(count[0]).isEqualTo(200_000);
    }

    @Test
    void eachSubscriptionOfARepeatRangeStartsFromZero() {
        List<Integer> seen = new ArrayList<>();
        Mono<Void> loop = Loops.repeatRange(2, i -> Mono.fromRunnable(() -> seen.add(i)));
        Asyncio.run(loop.then(loop), EventLoop.withVirtualTime());
        assertThat(seen).containsExactly(0, 1, 0, 1);
    }

    @Test
    void concatMapRangeRunsTheSameLoop() {
        List<Integer> seen = new ArrayList<>();
        Asyncio.run(Loops.concatMapRange(4, i -> Mono.fromRunnable(() -> seen.add(i))), EventLoop.withVirtualTime());
        assertThat(seen).containsExactly(0, 1, 2, 3);
    }
}
