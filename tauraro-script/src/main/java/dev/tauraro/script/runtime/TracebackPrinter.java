package dev.tauraro.script.runtime;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Renders an uncaught exception as CPython 3.11's {@code sys.excepthook} does
 * ({@code Python/pythonrun.c}): the chain of causes and contexts first, each exception's traceback
 * entries (runs of one repeated entry cut to three), the {@code Type: message} line (with
 * {@code <exception str() failed>} when {@code str()} raises), the {@code __notes__}, and exception
 * groups as the indented box tree ({@code + Exception Group Traceback}, {@code +-+---- 1 ----}
 * separators, at most 15 members and 10 levels shown).
 *
 * <p>Source lines get CPython's {@code ^^^^}/{@code ~~^~~} markers from the entries' ranges
 * ({@link Carets}). With the
 * environment variable {@code TAURARO_DEBUG} set (or the system property {@code tauraro.debug}),
 * a {@code SystemError} made from a Java exception (an interpreter bug) is followed by that Java
 * exception's stack trace.
 */
final class TracebackPrinter {
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;
    private static final String CAUSE = "The above exception was the direct cause of the following exception:\n";
    private static final String CONTEXT = "During handling of the above exception, another exception occurred:\n";

    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    /** file, line -> the source line with its indentation, or "". */
    private final BiFunction<String, Integer, String> sourceLine;
    private int groupDepth;
    private boolean needClose;

    /** The interpreter whose names "Did you mean" may offer; null for none (the {@code traceback} module's text). */
    private final Interpreter suggesting;

    private TracebackPrinter(BiFunction<String, Integer, String> sourceLine, Interpreter suggesting) {
        this.sourceLine = sourceLine;
        this.suggesting = suggesting;
    }

    static String format(PyBaseException e, BiFunction<String, Integer, String> sourceLine, Interpreter suggesting) {
        TracebackPrinter p = new TracebackPrinter(sourceLine, suggesting);
        p.printRecursive(e);
        return p.out.toString();
    }

    /** Whether Java stack traces of interpreter bugs are shown (TAURARO_DEBUG or -Dtauraro.debug). */
    static boolean debug() {
        String env = System.getenv("TAURARO_DEBUG");
        return env != null && !env.isEmpty() && !env.equals("0") || Boolean.getBoolean("tauraro.debug");
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    private String margin() {
        return indent() + (groupDepth > 0 ? "| " : "");
    }

    private void printRecursive(PyBaseException e) {
        seen.put(e, true);
        if (e.cause != null) {
            if (!seen.containsKey(e.cause)) {
                printChained(e.cause, CAUSE);
            }
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            printChained(e.context, CONTEXT);
        }
        if (isGroup(e)) {
            printGroup(e);
        } else {
            printException(e);
        }
    }

    private void printChained(PyBaseException e, String message) {
        boolean close = needClose;
        printRecursive(e);
        needClose = close;
        out.append(margin()).append('\n');
        out.append(margin()).append(message);
        out.append(margin()).append('\n');
    }

    private static boolean isGroup(PyBaseException e) {
        return e.type().isSubclassOf(Exceptions.BASE_EXCEPTION_GROUP) && e.args.size() == 2;
    }

    private void printException(PyBaseException e) {
        if (!e.traceback.isEmpty()) {
            String headerMargin = margin();
            String header = "Traceback (most recent call last):\n";
            if (isGroup(e)) {
                header = "Exception Group Traceback (most recent call last):\n";
                if (groupDepth == 1) {
                    headerMargin = indent() + "+ ";
                }
            }
            out.append(headerMargin).append(header);
            printEntries(e.traceback);
        }
        printMessage(e);
        printNotes(e);
        if (e.javaCause != null && debug()) {
            java.io.StringWriter w = new java.io.StringWriter();
            e.javaCause.printStackTrace(new java.io.PrintWriter(w));
            out.append("Java stack trace of the interpreter bug (TAURARO_DEBUG):\n").append(w);
        }
    }

    private void printEntries(List<PyBaseException.TraceEntry> tb) {
        PyBaseException.TraceEntry previous = null;
        int repeats = 0;
        for (int i = tb.size() - 1; i >= -1; i--) {
            PyBaseException.TraceEntry t = i >= 0 ? tb.get(i) : null;
            if (t != null && t.samePlace(previous)) {
                repeats++;
                if (repeats >= 3) {
                    continue; // CPython prints a run of identical entries three times, then counts
                }
            } else {
                if (repeats >= 3) {
                    out.append(margin()).append("  [Previous line repeated ").append(repeats - 2)
                            .append(" more time").append(repeats - 2 == 1 ? "" : "s").append("]\n");
                }
                repeats = 0;
            }
            if (t == null) {
                break;
            }
            previous = t;
            out.append(margin()).append("  File \"").append(t.file()).append("\", line ").append(t.line())
                    .append(", in ").append(t.function()).append('\n');
            String raw = sourceLine.apply(t.file(), t.line());
            String text = raw.strip();
            if (!text.isEmpty()) {
                out.append(margin()).append("    ").append(text).append('\n');
                String carets = Carets.under(raw, t.position(), "    ");
                if (carets != null) {
                    out.append(margin()).append(carets).append('\n');
                }
            }
        }
    }

    private void printMessage(PyBaseException e) {
        out.append(margin()).append(e.type().qualifiedName());
        String msg;
        try {
            msg = Ops.str(e);
        } catch (PyException | StackOverflowError failed) {
            out.append(": <exception str() failed>\n");
            return;
        }
        String suggestion = suggesting == null ? null : Suggestions.of(e, suggesting);
        if (suggestion != null) {
            msg = msg + ". Did you mean: '" + suggestion + "'?";
        }
        if (!msg.isEmpty()) {
            out.append(": ").append(msg);
        }
        out.append('\n');
    }

    private void printNotes(PyBaseException e) {
        Object notes = e.getOwn("__notes__");
        if (notes == null) {
            return;
        }
        if (!(notes instanceof PyList || notes instanceof PyTuple)) {
            out.append(margin());
            try {
                out.append(Ops.repr(notes));
            } catch (PyException failed) {
                out.append("<__notes__ repr() failed>");
            }
            out.append('\n');
            return;
        }
        for (Object note : Ops.toList(notes)) {
            String text;
            try {
                text = Ops.str(note);
            } catch (PyException failed) {
                out.append("<note str() failed>\n");
                continue;
            }
            for (String line : text.split("\n", -1)) {
                out.append(margin()).append(line).append('\n');
            }
        }
    }

    private void printGroup(PyBaseException e) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            out.append(margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (groupDepth == 0) {
            groupDepth++;
        }
        printException(e);
        List<Object> members = Ops.toList(e.args.get(1));
        int count = members.size();
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true; // the closing line may be written by a nested group instead
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                printRecursive((PyBaseException) members.get(i));
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                out.append(margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (groupDepth == 1) {
            groupDepth--;
        }
    }
}
