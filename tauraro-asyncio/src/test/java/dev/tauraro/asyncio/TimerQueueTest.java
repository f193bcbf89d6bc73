package dev.tauraro.asyncio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The timer heap: deadline order, ties in scheduling order, lazy removal and compaction. */
class TimerQueueTest {
    private final EventLoop loop = EventLoop.withVirtualTime();
    private long seq;

    private TimerHandle timer(long deadline) {
        return new TimerHandle(loop, () -> {
        }, deadline, seq++);
    }

    private static List<TimerHandle> drain(TimerQueue q) {
        List<TimerHandle> out = new ArrayList<>();
        while (!q.isEmpty()) {
            out.add(q.poll());
        }
        return out;
    }

    private static final Comparator<TimerHandle> ORDER =
            Comparator.<TimerHandle>comparingLong(t -> t.deadline).thenComparingLong(t -> t.seq);

    @Test
    void timersComeOutByDeadlineThenBySchedulingOrder() {
        TimerQueue q = new TimerQueue();
        Random rnd = new Random(7);
        List<TimerHandle> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            TimerHandle t = timer(rnd.nextInt(20));
            all.add(t);
            q.add(t);
        }
        assertThat(q.peek()).isSameAs(all.stream().min(ORDER).orElseThrow());
        all.sort(ORDER);
        assertThat(drain(q)).containsExactlyElementsOf(all);
    }

    @Test
    void aTimerKnowsItsPlaceInTheHeapUntilItLeaves() {
        TimerQueue q = new TimerQueue();
        List<TimerHandle> all = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            TimerHandle t = timer(100 - i);
            all.add(t);
            q.add(t);
        }
        for (TimerHandle t : all) {
            assertThat(t.heapIndex).isBetween(0, 99);
        }
        TimerHandle first = q.poll();
        assertThat(first.heapIndex).isEqualTo(-1);
    }

    @Test
    void cancelledTimersAreCompactedAwayWhenTheyOutnumberLiveOnesAndOrderSurvives() {
        TimerQueue q = new TimerQueue();
        List<TimerHandle> live = new ArrayList<>();
        Random rnd = new Random(3);
        for (int i = 0; i < 400; i++) {
            TimerHandle t = timer(rnd.nextInt(50));
            q.add(t);
            if (i % 4 == 0) {
                live.add(t);
            } else {
                t.cancel(); // TimerHandle.cancel notifies the loop's queue, not this one
                q.noteCancelled();
            }
        }
        assertThat(q.size()).isLessThan(400);
        live.sort(ORDER);
        List<TimerHandle> out = drain(q);
        out.removeIf(TimerHandle::cancelled);
        assertThat(out).containsExactlyElementsOf(live);
    }

    @Test
    void smallHeapsKeepCancelledTimersUntilTheyReachTheTop() {
        TimerQueue q = new TimerQueue();
        TimerHandle a = timer(1);
        TimerHandle b = timer(2);
        q.add(a);
        q.add(b);
        a.cancel();
        q.noteCancelled();
        assertThat(q.size()).isEqualTo(2);
        assertThat(q.poll()).isSameAs(a);
        assertThat(q.poll()).isSameAs(b);
        assertThat(q.peek()).isNull();
    }
}
