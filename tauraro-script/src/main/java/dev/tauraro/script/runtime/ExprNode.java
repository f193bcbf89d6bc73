package dev.tauraro.script.runtime;

/**
 * A compiled expression: evaluating it yields a value. In generator and coroutine bodies it may
 * yield {@link Frame#SUSPEND} instead, after storing what it waits on in the frame; evaluating it
 * again later resumes it.
 */
public abstract class ExprNode {
    /** The source range of this node's own operation (set by the compiler where it can fail), or null. */
    public SourceRange pos;

    public abstract Object eval(Frame f);

    /** Notes this node's range on an exception its own operation raised, for the traceback's markers. */
    protected final PyException noted(PyException e) {
        e.notePosition(pos);
        return e;
    }
}
