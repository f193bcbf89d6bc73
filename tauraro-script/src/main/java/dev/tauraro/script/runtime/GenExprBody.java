package dev.tauraro.script.runtime;

/**
 * The body of a generator expression with one {@code for} clause, which can also give its items
 * without suspending: {@link PyGenerator#iterator()} steps it directly, so that {@code next()} from a
 * loop or a consumer such as {@code set(...)}, {@code sum(...)} or {@code str.join} costs one call
 * instead of a resume through the suspension path. Both ways keep the loop's iterator in the same
 * frame slot, so a generator may be stepped one way and then the other ({@code send}, {@code throw}).
 */
public abstract class GenExprBody extends StmtNode {
    protected GenExprBody(int line) {
        super(line);
    }

    /** The next item, or null at the end of the loop (or an exception, the frame's line set). */
    public abstract Object next(Frame f);
}
