package dev.tauraro.multiprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProcessTest {
    @Test
    void aProcessRunsItsTargetAndExitsWithCodeZero() {
        AtomicReference<String> ran = new AtomicReference<>();
        Process p = new Process(() -> ran.set("hello"));
        assertThat(p.exitcode()).isNull();
        assertThat(p.isAlive()).isFalse();
        p.start();
        p.join();
        assertThat(ran.get()).isEqualTo("hello");
        assertThat(p.exitcode()).isZero();
        assertThat(p.isAlive()).isFalse();
    }

    /** Starts and joins {@code p}; returns what it printed on standard error meanwhile. */
    private static String runCapturingStderr(Process p) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            p.start();
            p.join();
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void processExitEndsItWithTheCodeAndNoReport() {
        boolean[] after = new boolean[1];
        Process p = new Process(() -> {
            try {
                throw new ProcessExit(3);
            } catch (Exception e) {
                after[0] = true; // an Error: ordinary handlers do not see it
            }
            after[0] = true;
        });
        assertThat(runCapturingStderr(p)).isEmpty();
        assertThat(p.exitcode()).isEqualTo(3);
        assertThat(after[0]).isFalse();
    }

    @Test
    void anExceptionGivesExitCodeOneAndIsPrintedLikeCpython() {
        Process p = new Process(() -> {
            throw new IllegalArgumentException("bad 3");
        });
        String err = runCapturingStderr(p);
        assertThat(p.exitcode()).isEqualTo(1);
        assertThat(err)
                .startsWith("Process " + p.getName() + ":")
                .contains("java.lang.IllegalArgumentException: bad 3");
    }

    @Test
    void namesAreNumberedProcessN() {
        Process a = new Process();
        Process b = new Process(() -> { }, null);
        assertThat(a.getName()).matches("Process-\\d+");
        int na = Integer.parseInt(a.getName().substring("Process-".length()));
        assertThat(b.getName()).isEqualTo("Process-" + (na + 1));
        assertThat(new Process(() -> { }, "mine").getName()).isEqualTo("mine");
    }

    @Test
    void startingTwiceOrJoiningBeforeStartIsRefused() {
        Process p = new Process(() -> { });
        assertThatThrownBy(p::join).isInstanceOf(IllegalStateException.class).hasMessage("can only join a started process");
        p.start();
        assertThatThrownBy(p::start).isInstanceOf(IllegalStateException.class).hasMessage("cannot start a process twice");
        p.join();
    }

    @Test
    void aProcessCannotJoinItself() {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Process[] self = new Process[1];
        self[0] = new Process(() -> {
            try {
                self[0].join();
            } catch (Throwable e) {
                seen.set(e);
            }
        });
        self[0].start();
        self[0].join();
        assertThat(seen.get()).hasMessage("can only join a child process");
    }

    @Test
    void joinWithATimeoutReturnsWhileTheProcessRuns() throws Exception {
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
        p.join(Duration.ofMillis(1));
        assertThat(p.isAlive()).isTrue();
        assertThat(p.exitcode()).isNull();
        release.countDown();
        p.join();
        assertThat(p.isAlive()).isFalse();
    }

    @Test
    void theReprFollowsTheLifeCycleLikeCpythons() {
        CountDownLatch release = new CountDownLatch(1);
        Process p = new Process(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, "P");
        String parent = "parent=" + ProcessHandle.current().pid();
        assertThat(p.toString()).isEqualTo("<Process name='P' " + parent + " initial>");
        p.start();
        assertThat(p.toString()).isEqualTo("<Process name='P' pid=" + p.pid() + " " + parent + " started>");
        release.countDown();
        p.join();
        assertThat(p.toString()).isEqualTo("<Process name='P' pid=" + p.pid() + " " + parent + " stopped exitcode=0>");
        Process d = new Process();
        d.setDaemon(true);
        assertThat(d.toString()).endsWith(" initial daemon>");
    }

    @Test
    void theDaemonFlagIsInheritedAndFixedOnceStarted() {
        AtomicReference<Boolean> childDaemon = new AtomicReference<>();
        AtomicReference<Boolean> threadDaemon = new AtomicReference<>();
        Process p = new Process(() -> {
            Process child = new Process();
            childDaemon.set(child.isDaemon());
            threadDaemon.set(Thread.currentThread().isDaemon());
        });
        assertThat(p.isDaemon()).isFalse();
        p.setDaemon(true);
        p.start();
        assertThatThrownBy(() -> p.setDaemon(false)).isInstanceOf(IllegalStateException.class)
                .hasMessage("process has already started");
        p.join();
        assertThat(childDaemon.get()).isTrue();
        assertThat(threadDaemon.get()).isTrue();
    }

    @Test
    void currentProcessInsideIsTheProcessAndItsThreadsToo() throws Exception {
        AtomicReference<Process> inside = new AtomicReference<>();
        AtomicReference<Process> inThread = new AtomicReference<>();
        Process p = new Process(() -> {
            inside.set(Multiprocessing.currentProcess());
            Thread t = new Thread(() -> inThread.set(Multiprocessing.currentProcess()));
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        p.start();
        p.join();
        assertThat(inside.get()).isSameAs(p);
        assertThat(inThread.get()).isSameAs(p);
    }

    @Test
    void aSubclassCanOverrideRun() {
        AtomicReference<String> ran = new AtomicReference<>();
        Process p = new Process() {
            @Override
            public void run() {
                ran.set("overridden");
            }
        };
        p.start();
        p.join();
        assertThat(ran.get()).isEqualTo("overridden");
        assertThat(p.exitcode()).isZero();
    }

    @Test
    void pidAndIdentIdentifyTheStartedThread() {
        AtomicReference<Long> tid = new AtomicReference<>();
        Process p = new Process(() -> tid.set(Thread.currentThread().getId()));
        assertThat(p.pid()).isNull();
        p.start();
        p.join();
        assertThat(p.pid()).isEqualTo(tid.get()).isEqualTo(p.ident());
    }

    @Test
    void renamingAStartedProcessRenamesItsThread() throws Exception {
        CountDownLatch renamed = new CountDownLatch(1);
        AtomicReference<String> threadName = new AtomicReference<>();
        Process p = new Process(() -> {
            try {
                renamed.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            threadName.set(Thread.currentThread().getName());
        });
        p.start();
        p.setName("renamed");
        renamed.countDown();
        p.join();
        assertThat(threadName.get()).isEqualTo("renamed");
        assertThat(p.getName()).isEqualTo("renamed");
    }
}
