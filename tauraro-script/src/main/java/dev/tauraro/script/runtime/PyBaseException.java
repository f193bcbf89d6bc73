package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of {@code BaseException} or a subclass, user-defined or built in. */
public class PyBaseException extends PyInstance {
    /**
     * One traceback line: innermost frames are added first. {@code position} is the range of the
     * operation that raised there, or null when only the statement's line is known.
     */
    public record TraceEntry(String file, int line, String function, SourceRange position) {
        public TraceEntry(String file, int line, String function) {
            this(file, line, function, null);
        }

        /** Same place for the "[Previous line repeated]" count: file, line and function, as CPython. */
        public boolean samePlace(TraceEntry o) {
            return o != null && line == o.line && file.equals(o.file) && function.equals(o.function);
        }
    }

    public PyTuple args;
    public final List<TraceEntry> traceback = new ArrayList<>(4);
    public PyBaseException cause;
    public PyBaseException context;
    public boolean suppressContext;
    /**
     * The attributes some built-in exception types add ({@code OSError.errno}, {@code UnicodeError.start},
     * {@code ImportError.name}, ...), which CPython keeps in C fields rather than in {@code __dict__};
     * null for most exceptions.
     */
    java.util.Map<String, Object> members;
    /**
     * For a NameError of a name lookup: the frame the name was looked up in, whose local, global and
     * builtin names the traceback printer offers as "Did you mean" (CPython reads them from the
     * traceback's last frame); null otherwise.
     */
    public Frame lookupFrame;
    /** For a {@code SystemError} made from an unexpected Java exception: that exception (shown with TAURARO_DEBUG). */
    public Throwable javaCause;
    /**
     * For an exception raised on a cluster member and rebuilt here: the traceback the member
     * formatted, which a failed cluster {@code Process} prints as a local one prints its own; else null.
     */
    public String remoteTraceback;

    public PyBaseException(PyClass type, Object... args) {
        super(type);
        this.args = new PyTuple(args);
    }

    /** Sets a built-in member attribute (see {@link #members}). */
    void member(String name, Object value) {
        if (members == null) {
            members = new java.util.HashMap<>(8);
        }
        members.put(name, value);
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
