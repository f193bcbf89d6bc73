package dev.tauraro.benchmarks;

import java.util.function.IntFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Python's {@code for i in range(n): await body(i)} written with plain Reactor operators, to
 * compare with {@code Asyncio.forRange}, which the workloads use.
 */
final class Loops {
    private Loops() {
    }

    /**
     * Subscribes to {@code body.apply(i)} for i = 0 .. n-1, each after the previous one completed.
     * {@code repeat} re-subscribes in a loop rather than by recursion, so bodies that complete
     * synchronously (a put into a queue with room) do not grow the stack; it pays for its
     * thread-safety with four atomic operations an iteration.
     */
    static Mono<Void> repeatRange(int n, IntFunction<? extends Mono<?>> body) {
        if (n <= 0) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            int[] i = {0};
            return Mono.defer(() -> body.apply(i[0]++)).repeat(n - 1L).then();
        });
    }

    /** The same loop as the obvious {@code Flux.range(0, n).concatMap(...)}. */
    static Mono<Void> concatMapRange(int n, IntFunction<? extends Mono<?>> body) {
        return Flux.range(0, n).concatMap(body::apply).then();
    }
}
