package dev.tauraro.multiprocessing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An activity run in its own thread of control, started with {@link #start()} and waited for with
 * {@link #join()}.
 *
 * <p>Python equivalent: {@code multiprocessing.Process}. Give it a target, or subclass it and
 * override {@link #run()}:
 *
 * <pre>{@code
 * Process p = new Process(() -> System.out.println("hello " + name));   // Python: args=(name,)
 * p.start();
 * p.join();
 * System.out.println(p.exitcode());   // 0
 * }</pre>
 *
 * <h2>Exit code</h2>
 * {@link #exitcode()} is null until the process has finished, then 0 if {@link #run()} returned
 * normally, or 1 if it raised; like CPython, the exception is then printed to standard error after
 * a line {@code Process <name>:}. Throwing {@link ProcessExit} ends it with that exit code and
 * no report (Python's {@code os._exit}).
 *
 * <h2>Names and identity</h2>
 * Names default to {@code Process-N}, numbered by one counter shared with pool workers (named
 * {@code ForkPoolWorker-N}), as in CPython. {@link Multiprocessing#currentProcess()} returns the
 * process whose thread (or whose descendant thread) is asking, and the {@code MainProcess}
 * elsewhere.
 *
 * <h2>Thread-safety</h2>
 * All methods may be called from any thread. {@link #join()} blocks: do not call it on an event
 * loop thread.
 *
 * <h2>Differences from CPython</h2>
 * A process here is a Java thread of this JVM, not an OS process: targets run in parallel (there
 * is no GIL) and share memory, so arguments are shared references, not pickled copies, and
 * anything they mutate must be thread-safe. {@code args} and {@code kwargs} are simply captured by
 * the target lambda. {@link #pid()} and {@link #ident()} are the thread's id (the MainProcess
 * reports the JVM's OS pid). There is no {@code terminate()}, {@code kill()} or {@code close()}: a
 * thread cannot be killed. A daemon process is a daemon thread: it does not keep the JVM alive,
 * while a non-daemon one does (CPython joins non-daemon children at exit, which has the same
 * effect). Blocking calls interrupted in the waiting thread throw a {@link CompletionException}
 * caused by the {@link InterruptedException}, with the interrupt flag restored.
 */
public class Process {
    /** CPython's {@code _process_counter}: numbers processes and pool workers alike. */
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The process a thread belongs to; threads a process starts belong to it too. */
    private static final InheritableThreadLocal<Process> CURRENT = new InheritableThreadLocal<>();
    private static final Process MAIN = new Process(true);

    private final Runnable target;
    private final Process parent;
    /** Children started by this process, pruned of finished ones on read. */
    private final Set<Process> children = ConcurrentHashMap.newKeySet();
    private final boolean main;
    private volatile String name;
    private volatile Boolean daemon;
    private volatile Thread thread;
    private volatile Integer exitcode;

    /** The MainProcess singleton. */
    private Process(boolean mainProcess) {
        this.target = null;
        this.parent = null;
        this.main = mainProcess;
        this.name = "MainProcess";
        this.daemon = false;
    }

    /** A process whose {@link #run()} does nothing (override it), named {@code Process-N}. */
    public Process() {
        this(null, null);
    }

    /** A process that runs {@code target}, named {@code Process-N}. */
    public Process(Runnable target) {
        this(target, null);
    }

    /** A process that runs {@code target}, with a name ({@code null} for {@code Process-N}). */
    public Process(Runnable target, String name) {
        this(target, name, "Process-", current());
    }

    /** For pool workers: the default name uses {@code prefix}; {@code parent} owns the pool. */
    Process(Runnable target, String name, String prefix, Process parent) {
        this(target, name, prefix, parent, true);
    }

    /**
     * {@code counted}: whether it takes a number from the counter (every process and pool worker
     * does, as in CPython; a pool's extra claiming threads, which stand for no process, do not).
     */
    Process(Runnable target, String name, String prefix, Process parent, boolean counted) {
        this.target = target;
        this.parent = parent;
        this.main = false;
        int n = counted ? COUNTER.incrementAndGet() : 0;
        this.name = name != null ? name : prefix + n;
    }

    static Process current() {
        Process p = CURRENT.get();
        return p != null ? p : MAIN;
    }

    static Process mainProcess() {
        return MAIN;
    }

    // ---------------------------------------------------------------- life cycle

    /** The process's activity: runs the target, if any. Override it in a subclass. */
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    /**
     * Starts {@link #run()} in a new thread. Python: {@code start()}.
     *
     * @throws IllegalStateException "cannot start a process twice"
     */
    public final void start() {
        Thread t;
        synchronized (this) {
            if (main || thread != null) {
                throw new IllegalStateException("cannot start a process twice");
            }
            t = new Thread(this::bootstrap, name);
            t.setDaemon(isDaemon());
            thread = t;
        }
        parent.children.add(this);
        t.start();
    }

    /** CPython's {@code BaseProcess._bootstrap}: run, report an escaping exception, set the exit code. */
    private void bootstrap() {
        CURRENT.set(this);
        int code = 1;
        try {
            run();
            code = 0;
        } catch (ProcessExit e) {
            code = e.code(); // os._exit: no report
        } catch (Throwable e) {
            try {
                System.err.println("Process " + name + ":");
                e.printStackTrace();
            } catch (Throwable ignored) {
                // Reporting failed (say, out of memory): the exit code still says what happened.
            }
        } finally {
            exitcode = code;
        }
    }

    /**
     * Waits until the process has finished. Python: {@code join()}.
     *
     * @throws IllegalStateException "can only join a started process", or "can only join a child
     *     process" when a process joins itself
     */
    public final void join() {
        Thread t = joinable();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw AsyncResult.interrupted(e);
        }
    }

    /**
     * Waits until the process has finished or {@code timeout} has passed; then check
     * {@link #isAlive()} or {@link #exitcode()}. Python: {@code join(timeout)}.
     */
    public final void join(Duration timeout) {
        Thread t = joinable();
        long nanos = Math.max(0, timeout.toNanos());
        try {
            if (nanos > 0) {
                t.join(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            throw AsyncResult.interrupted(e);
        }
    }

    private Thread joinable() {
        Thread t = thread;
        if (t == null) {
            throw new IllegalStateException("can only join a started process");
        }
        if (t == Thread.currentThread()) {
            throw new IllegalStateException("can only join a child process");
        }
        return t;
    }

    /** Whether it has started and not finished (always true for the MainProcess). */
    public final boolean isAlive() {
        if (main) {
            return true;
        }
        Thread t = thread;
        return t != null && t.isAlive() && exitcode == null;
    }

    /** Null until finished; then 0 after a normal return, 1 after an exception. */
    public final Integer exitcode() {
        return exitcode;
    }

    // ---------------------------------------------------------------- attributes

    /** The name. Python: {@code name}. */
    public final String getName() {
        return name;
    }

    /** Renames it (the thread too, once started). */
    public final void setName(String name) {
        this.name = String.valueOf(name);
        Thread t = thread;
        if (t != null) {
            t.setName(this.name);
        }
    }

    /**
     * Whether it is a daemon; unless set, a new process inherits the flag of the process that
     * created it. Python: {@code daemon}.
     */
    public final boolean isDaemon() {
        Boolean d = daemon;
        return d != null ? d : parent != null && parent.isDaemon();
    }

    /**
     * Sets the daemon flag.
     *
     * @throws IllegalStateException "process has already started"
     */
    public final void setDaemon(boolean daemon) {
        synchronized (this) {
            if (thread != null || main) {
                throw new IllegalStateException("process has already started");
            }
            this.daemon = daemon;
        }
    }

    /** The id of its thread, or null before {@link #start()}. Python: {@code pid}. */
    public final Long pid() {
        if (main) {
            return ProcessHandle.current().pid();
        }
        Thread t = thread;
        return t == null ? null : t.getId();
    }

    /** Same as {@link #pid()}. Python: {@code ident}. */
    public final Long ident() {
        return pid();
    }

    /** Interrupts its thread, if started (pool terminate). */
    final void interrupt() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    /** Whether the calling thread is this process's own thread. */
    final boolean isCurrentThread() {
        return thread == Thread.currentThread();
    }

    /** The process that created this one, or null for the MainProcess. */
    final Process parent() {
        return parent;
    }

    /** The children this process started that are still alive. Python: {@code active_children()}. */
    final List<Process> activeChildren() {
        children.removeIf(p -> p.exitcode != null);
        List<Process> alive = new ArrayList<>();
        for (Process p : children) {
            if (p.isAlive()) {
                alive.add(p);
            }
        }
        return alive;
    }

    /** The type shown in the repr, as CPython shows its class name. */
    String typeName() {
        return main ? "_MainProcess" : getClass().getSimpleName();
    }

    /** CPython's repr, e.g. {@code <Process name='Process-1' pid=31 parent=4242 stopped exitcode=0>}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(typeName()).append(" name='").append(name).append('\'');
        Integer code = exitcode;
        String status;
        if (main) {
            status = "started";
            code = null;
        } else if (thread == null) {
            status = "initial";
        } else {
            sb.append(" pid=").append(pid());
            status = code != null ? "stopped" : "started";
        }
        sb.append(" parent=").append(parent == null ? "None" : String.valueOf(parent.pid()));
        sb.append(' ').append(status);
        if (code != null) {
            sb.append(" exitcode=").append(code);
        }
        if (isDaemon()) {
            sb.append(" daemon");
        }
        return sb.append('>').toString();
    }
}
