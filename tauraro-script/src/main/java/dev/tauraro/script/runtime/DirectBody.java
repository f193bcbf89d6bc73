package dev.tauraro.script.runtime;

/**
 * The Java body of a function that runs on its positional arguments without a frame of its own,
 * as CPython's functions written in C do (none shows in tracebacks or {@code f_back} chains). A
 * {@link PyFunction} with such a body and only plain parameters is called straight through
 * {@link #call} when two or three positional arguments fill them exactly; other calls bind a
 * frame as usual and run the same code on its slots.
 */
public abstract class DirectBody extends StmtNode {
    protected DirectBody() {
        super(0);
    }

    /** The result for the arguments, one per parameter. */
    public abstract Object call(Object[] args);

    @Override
    public final int exec(Frame f) {
        f.ret = call(f.slots);
        return RETURN;
    }
}
