package dev.tauraro.script.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tauraro.script.runtime.Interpreter;
import dev.tauraro.script.runtime.PyException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code _thread}'s locks and the threading features built on it, run as scripts. */
@Timeout(60)
class ThreadModuleTest {
    private static Interpreter interpreter() {
        PrintStream ps = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Interpreter interp = new Interpreter(ps, ps, List.of("x.py"), true);
        interp.importModule("_thread");
        return interp;
    }

    @Test
    void aLockHeldByOneThreadIsRefusedToAnotherWithoutBlockingAndMayBeReleasedByIt() throws Exception {
        Interpreter interp = interpreter();
        ThreadModule.ScriptLock lock = new ThreadModule.ScriptLock(interp, false);
        assertThat(lock.acquire(true, -1)).isTrue();
        AtomicBoolean other = new AtomicBoolean(true);
        Thread t = new Thread(() -> {
            other.set(lock.acquire(false, -1));
            lock.release(); // a plain lock has no owner
        });
        t.start();
        t.join();
        assertThat(other).isFalse();
        assertThat(lock.locked()).isFalse();
        assertThatThrownBy(lock::release).isInstanceOf(PyException.class).hasMessageContaining("release unlocked lock");
    }

    @Test
    void anRLockCountsItsOwnersAcquiresAndRefusesReleaseByOthers() throws Exception {
        Interpreter interp = interpreter();
        ThreadModule.ScriptLock rlock = new ThreadModule.ScriptLock(interp, true);
        rlock.acquire(true, -1);
        rlock.acquire(true, -1);
        assertThat(rlock.toString()).startsWith("<locked _thread.RLock object owner=" + Thread.currentThread().getId()
                + " count=2 at 0x");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                rlock.release();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        t.join();
        assertThat(failure.get()).hasMessageContaining("cannot release un-acquired lock");
        rlock.release();
        assertThat(rlock.isOwned()).isTrue();
        rlock.release();
        assertThat(rlock.isOwned()).isFalse();
        assertThat(rlock.toString()).startsWith("<unlocked _thread.RLock object owner=0 count=0 at 0x");
    }

    @Test
    void lockArgumentsAreCheckedLikeCPython() {
        ThreadModule.ScriptLock lock = new ThreadModule.ScriptLock(interpreter(), false);
        assertThatThrownBy(() -> lock.acquire(false, 1)).hasMessageContaining(
                "can't specify a timeout for a non-blocking call");
        assertThatThrownBy(() -> lock.acquire(true, -2)).hasMessageContaining("timeout value must be positive");
        assertThatThrownBy(() -> lock.acquire(true, 1e10)).hasMessageContaining("timeout value is too large");
    }

    @Test
    void aTimedAcquireOfAHeldLockGivesUpAndReturnsFalse() {
        ThreadModule.ScriptLock lock = new ThreadModule.ScriptLock(interpreter(), false);
        lock.acquire(true, -1);
        assertThat(lock.acquire(true, 0.001)).isFalse();
    }

    @Test
    void threadLocalAttributesAreSeparatePerThreadAndTheSubclassInitRunsInEachThread() {
        String out = StdlibScripts.runCode("local.py", String.join("\n",
                "import threading",
                "class L(threading.local):",
                "    def __init__(self):",
                "        super().__init__()",
                "        self.n = 0",
                "loc = L()",
                "loc.n = 5",
                "res = []",
                "def work(i):",
                "    loc.n += i",
                "    res.append(loc.n)",
                "ts = [threading.Thread(target=work, args=(i,)) for i in (1, 2, 3)]",
                "for t in ts:",
                "    t.start()",
                "for t in ts:",
                "    t.join()",
                "print(sorted(res), loc.n)",
                ""));
        assertThat(out).isEqualTo("[1, 2, 3] 5\n");
    }

    @Test
    void theInterpreterWaitsForNonDaemonThreadsAfterTheMainScript() {
        String out = StdlibScripts.runCode("exit.py", String.join("\n",
                "import threading",
                "ev = threading.Event()",
                "def late():",
                "    ev.wait()",
                "    print('late')",
                "threading.Thread(target=late).start()",
                "threading.Timer(0.01, ev.set).start()",
                "print('main')",
                ""));
        assertThat(out).isEqualTo("main\nlate\n");
    }

    @Test
    void aThreadNotStartedByThreadingIsADummyThread() throws Exception {
        Interpreter interp = interpreter();
        interp.runMain(new dev.tauraro.script.syntax.SourceFile("d.py", String.join("\n",
                "import threading",
                "def who():",
                "    t = threading.current_thread()",
                "    return type(t).__name__ + ' ' + t.name + ' ' + str(t.daemon) + ' ' + str(t.is_alive())",
                "")));
        Object who = interp.importModule("__main__").get("who");
        AtomicReference<Object> result = new AtomicReference<>();
        Thread alien = new Thread(() -> {
            interp.gil().lock();
            try {
                result.set(dev.tauraro.script.runtime.Ops.call(who));
            } finally {
                interp.gil().unlock();
            }
        });
        interp.releasingGil(() -> {
            alien.start();
            try {
                alien.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(result.get()).isEqualTo("_DummyThread Dummy-1 True True");
    }
}
