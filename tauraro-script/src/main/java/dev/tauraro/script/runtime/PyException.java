package dev.tauraro.script.runtime;

/**
 * A Python exception travelling through Java frames. It carries the Python exception object; the
 * traceback is recorded on that object as frames unwind. It has no Java stack trace: raising is
 * control flow here and must stay cheap.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final PyBaseException value;
    /** Line of the innermost statement of the current frame that saw this exception, or 0. */
    public int pendingLine;
    /** The source range of the operation that raised in the current frame, when one was noted. */
    public SourceRange pendingPosition;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + Ops.str(value);
    }

    /** Records the line of the statement that raised, unless a deeper statement did already. */
    public void noteLine(int line) {
        if (pendingLine == 0) {
            pendingLine = line;
            pendingPosition = null;
        }
    }

    /**
     * Records the operation that raised (its first line and its range), unless a deeper operation
     * or statement of this frame did already.
     */
    public void notePosition(SourceRange r) {
        if (pendingLine == 0 && r != null) {
            pendingLine = r.line();
            pendingPosition = r;
        }
    }

    /**
     * Set when the exception is re-raised without an entry for the current frame (CPython's
     * {@code RERAISE} of what {@code except*} left): the next {@link #leaveFrame} only clears it.
     */
    public boolean skipFrame;

    /** Closes the current frame's traceback entry as the exception leaves a function. */
    public void leaveFrame(String file, String function) {
        if (skipFrame) {
            skipFrame = false;
        } else if (!CTypeNames.hidesFrame(file, function)) {
            value.traceback.add(new PyBaseException.TraceEntry(file, pendingLine, function, pendingPosition));
        }
        pendingLine = 0;
        pendingPosition = null;
    }
}
