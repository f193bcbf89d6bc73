package dev.tauraro.multiprocessing;

/**
 * Ends the current child process or pool worker at once with an exit code, as Python's
 * {@code os._exit(code)} does in a child: {@code throw new ProcessExit(3)}.
 *
 * <p>It is an {@link Error} so that ordinary {@code catch (Exception e)} blocks let it pass on its
 * way out of the process's thread. When it leaves {@link Process#run()}, the process ends with
 * {@link Process#exitcode()} equal to the code and nothing is reported on standard error. When it
 * leaves a task on a pool worker, that worker dies: the task fails with {@link BrokenPoolError}
 * (cause: this error) and a new worker takes its place, as for any {@link Error} escaping a task.
 *
 * <p>Differences from CPython: the process is a thread, so {@code finally} blocks of the Java code
 * it passes through still run, and threads the process started are not stopped.
 */
public final class ProcessExit extends Error {
    private static final long serialVersionUID = 1L;
    private final int code;

    /** Ends the current process with {@code code}. */
    public ProcessExit(int code) {
        super("the process exited with code " + code, null, false, false);
        this.code = code;
    }

    /** The exit code. */
    public int code() {
        return code;
    }

    /** The message alone: it shows inside {@link BrokenPoolError}'s message, read by Python users. */
    @Override
    public String toString() {
        return getMessage();
    }
}
