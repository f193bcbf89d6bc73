package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PriorityQueueTest {

    /** An item that compares by priority only, as the Python script's {@code Job.__lt__}. */
    record Job(int priority, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void naturalOrderingHandsOutTheSmallestItemFirst() {
        PriorityQueue<Integer> q = new PriorityQueue<>();
        int[] items = {5, 3, 9, 1, 7, 3, 0, 8};
        for (int i : items) {
            q.putNowait(i);
        }
        List<Integer> got = new ArrayList<>();
        while (!q.empty()) {
            got.add(q.getNowait());
        }
        assertThat(got).containsExactly(0, 1, 3, 3, 5, 7, 8, 9);
    }

    @Test
    void aComparatorOrdersTheItems() {
        PriorityQueue<String> q = new PriorityQueue<>(Comparator.comparing(String::length).reversed());
        q.putNowait("a");
        q.putNowait("ccc");
        q.putNowait("bb");
        assertThat(q.getNowait()).isEqualTo("ccc");
        assertThat(q.getNowait()).isEqualTo("bb");
        assertThat(q.getNowait()).isEqualTo("a");
    }

    @Test
    void tiesComeOutInHeapqOrderAsInCPython() throws IOException {
        List<String> expected = QueueTest.expected("priority_ties");
        List<String> printed = new ArrayList<>();
        QueueTest.run(Mono.defer(() -> {
            PriorityQueue<Job> q = new PriorityQueue<>(Comparator.comparingInt(Job::priority));
            List<String> out = new ArrayList<>();
            long x = 7;
            int seq = 0;
            for (int step = 0; step < 60; step++) {
                x = (x * 1103515245L + 12345) % 2147483648L;
                if (x % 3 == 0 && !q.empty()) {
                    out.add(q.getNowait().toString());
                } else {
                    q.putNowait(new Job((int) (x % 4), "j" + seq + "p" + (x % 4)));
                    seq++;
                }
            }
            printed.add(q.toString());
            return Flux.range(0, q.qsize()).concatMap(i -> q.get()).doOnNext(j -> out.add(j.toString()))
                    .then(Mono.fromRunnable(() -> printed.add(String.join(" ", out))));
        }));
        assertThat(printed).containsExactlyElementsOf(expected.subList(0, 2));
    }

    @Test
    void itemsThatCannotBeComparedFailThePut() {
        PriorityQueue<Object> q = new PriorityQueue<>();
        q.putNowait(new Object()); // the first item is never compared, as in heapq
        assertThatThrownBy(() -> q.putNowait(new Object())).isInstanceOf(ClassCastException.class);
    }

    @Test
    void aBoundedPriorityQueueMakesPuttersWait() {
        PriorityQueue<Integer> q = new PriorityQueue<>(2);
        List<Integer> got = new ArrayList<>();
        QueueTest.run(Mono.defer(() -> {
            Task<Void> producer = Asyncio.createTask(Flux.just(5, 4, 3, 2, 1).concatMap(q::put).then());
            return QueueTest.tick()
                    .then(Flux.range(0, 5).concatMap(i -> q.get().doOnNext(got::add).then(QueueTest.tick())).then())
                    .then(producer);
        }));
        // {5,4} -> take 4, 3 enters -> take 3, 2 enters -> take 2, 1 enters -> take 1 -> take 5.
        assertThat(got).containsExactly(4, 3, 2, 1, 5);
    }

    @Test
    void immediateShutdownDiscardsTheHeap() {
        PriorityQueue<Integer> q = new PriorityQueue<>();
        q.putNowait(2);
        q.putNowait(1);
        assertThat(q).hasToString("<PriorityQueue maxsize=0 _queue=[1, 2] tasks=2>");
        q.shutdown(true);
        assertThat(q).hasToString("<PriorityQueue maxsize=0 shutdown>");
        assertThatThrownBy(q::getNowait).isInstanceOf(QueueShutDown.class);
    }
}
