package dev.tauraro.script.runtime;

/**
 * A compiled statement. {@link #exec} returns how control leaves it: {@link #NORMAL},
 * {@link #BREAK}, {@link #CONTINUE}, {@link #RETURN} (value in {@link Frame#ret}) or
 * {@link #SUSPEND} (a generator or coroutine paused inside it; executing it again resumes).
 */
public abstract class StmtNode {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    public static final int SUSPEND = 4;

    /** The 1-based source line, for tracebacks. */
    public final int line;

    protected StmtNode(int line) {
        this.line = line;
    }

    public abstract int exec(Frame f);
}
