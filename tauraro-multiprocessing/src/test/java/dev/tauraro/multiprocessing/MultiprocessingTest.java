package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class MultiprocessingTest {
    @Test
    void cpuCountIsTheNumberOfAvailableProcessors() {
        assertThat(Multiprocessing.cpuCount()).isEqualTo(Runtime.getRuntime().availableProcessors()).isPositive();
    }

    @Test
    void outsideAnyProcessTheCurrentOneIsTheMainProcess() {
        Process main = Multiprocessing.currentProcess();
        assertThat(main.getName()).isEqualTo("MainProcess");
        assertThat(main.toString()).isEqualTo("<_MainProcess name='MainProcess' parent=None started>");
        assertThat(main.isAlive()).isTrue();
        assertThat(main.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(Multiprocessing.parentProcess()).isNull();
    }

    @Test
    void theParentOfAProcessIsTheProcessThatCreatedIt() {
        AtomicReference<Process> parent = new AtomicReference<>();
        Process p = new Process(() -> parent.set(Multiprocessing.parentProcess()));
        p.start();
        p.join();
        assertThat(parent.get()).isSameAs(Multiprocessing.currentProcess());
    }

    @Test
    void activeChildrenListsLiveChildrenOnly() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Process p = new Process(() -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        p.start();
        started.await();
        assertThat(Multiprocessing.activeChildren()).contains(p);
        release.countDown();
        p.join();
        assertThat(Multiprocessing.activeChildren()).doesNotContain(p);
    }
}
