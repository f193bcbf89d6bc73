package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of {@code BaseException} or a subclass, user-defined or built in. */
public class PyBaseException extends PyInstance {
    /** One traceback line: innermost frames are added first. */
    public record TraceEntry(String file, int line, String function) {}

    public PyTuple args;
    public final List<TraceEntry> traceback = new ArrayList<>(4);
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;

    public PyBaseException(PyClass type, Object... args) {
        super(type);
        this.args = new PyTuple(args);
    }

    /** A fresh Java throwable for raising this exception. */
    public PyException toThrowable() {
        return new PyException(this);
    }

    /** The first argument as text, or "" when there are none: what most messages are. */
    public String message() {
        return args.size() == 0 ? "" : Ops.str(args.get(0));
    }
}
