package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked FIFO behind the ready queue. */
class ReadyQueueTest {
    private static final class Item implements Runnable {
        final int n;

        Item(int n) {
            this.n = n;
        }

        @Override
        public void run() {
        }
    }

    @Test
    void itemsComeOutInTheOrderTheyWentInAcrossManyChunks() {
        ReadyQueue q = new ReadyQueue();
        for (int i = 0; i < 5000; i++) {
            q.add(new Item(i));
        }
        assertThat(q.size()).isEqualTo(5000);
        List<Integer> out = new ArrayList<>();
        while (!q.isEmpty()) {
            out.add(((Item) q.poll()).n);
        }
        assertThat(out).hasSize(5000).isSorted();
        assertThat(out.get(4999)).isEqualTo(4999);
    }

    @Test
    void interleavedAddsAndPollsMatchADeque() {
        ReadyQueue q = new ReadyQueue();
        ArrayDeque<Item> model = new ArrayDeque<>();
        Random rnd = new Random(42);
        int next = 0;
        for (int step = 0; step < 100_000; step++) {
            // Bursts of adds then drains, so the queue repeatedly crosses chunk boundaries and empties.
            boolean add = model.isEmpty() || rnd.nextInt(100) < (step / 3000 % 2 == 0 ? 70 : 30);
            if (add) {
                Item it = new Item(next++);
                q.add(it);
                model.add(it);
            } else {
                assertThat(q.poll()).isSameAs(model.poll());
            }
            assertThat(q.size()).isEqualTo(model.size());
        }
        while (!model.isEmpty()) {
            assertThat(q.poll()).isSameAs(model.poll());
        }
        assertThat(q.isEmpty()).isTrue();
    }

    @Test
    void anEmptiedQueueIsReusableFromTheStart() {
        ReadyQueue q = new ReadyQueue();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 1500; i++) {
                q.add(new Item(i));
            }
            for (int i = 0; i < 1500; i++) {
                assertThat(((Item) q.poll()).n).isEqualTo(i);
            }
            assertThat(q.isEmpty()).isTrue();
        }
    }
}
