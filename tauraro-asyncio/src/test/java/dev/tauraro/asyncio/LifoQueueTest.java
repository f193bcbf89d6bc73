package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LifoQueueTest {

    @Test
    void itemsComeOutMostRecentFirst() {
        LifoQueue<Integer> stack = new LifoQueue<>();
        for (int i = 0; i < 5000; i++) {
            stack.putNowait(i);
        }
        for (int i = 4999; i >= 0; i--) {
            assertThat(stack.getNowait()).isEqualTo(i);
        }
        assertThatThrownBy(stack::getNowait).isInstanceOf(QueueEmpty.class);
    }

    @Test
    void toStringAndOrderMatchCPython() throws IOException {
        // The last two lines of the priority_ties transcript are CPython's LifoQueue.
        List<String> expected = QueueTest.expected("priority_ties");
        List<String> printed = new ArrayList<>();
        QueueTest.run(Mono.defer(() -> {
            LifoQueue<Integer> lq = new LifoQueue<>();
            return Flux.range(0, 5).concatMap(lq::put).then(Mono.fromRunnable(() -> {
                printed.add(lq.toString());
                List<Integer> got = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    got.add(lq.getNowait());
                }
                printed.add(got.toString());
            }));
        }));
        assertThat(printed).containsExactlyElementsOf(expected.subList(2, 4));
    }

    @Test
    void aBoundedStackMakesPuttersWaitLikeAQueue() {
        LifoQueue<String> stack = new LifoQueue<>(2);
        List<String> got = new ArrayList<>();
        QueueTest.run(Mono.defer(() -> {
            Task<Void> producer = Asyncio.createTask(Flux.just("a", "b", "c", "d").concatMap(stack::put).then());
            return QueueTest.tick().then(Mono.fromRunnable(() -> assertThat(stack.full()).isTrue()))
                    .then(Flux.range(0, 4).concatMap(i -> stack.get().doOnNext(got::add)
                            .then(QueueTest.tick())).then())
                    .then(producer);
        }));
        // b is on top of a; taking b lets c in on top of a, and so on.
        assertThat(got).containsExactly("b", "c", "d", "a");
        assertThat(stack).hasToString("<LifoQueue maxsize=2 tasks=4>");
    }
}
