package dev.tauraro.script.runtime;

import java.util.List;

/**
 * A traceback object ({@code e.__traceback__}, {@code tb.tb_next}): a view of one entry of an
 * exception's recorded traceback and the entries inside it. It offers {@code tb_lineno},
 * {@code tb_next} and a {@code tb_frame} with {@code f_lineno} and {@code f_code.co_name} /
 * {@code co_filename}; frames here have no live locals to show.
 */
public final class PyTraceback {
    /** The exception's entries, innermost first (as {@link PyBaseException#traceback} keeps them). */
    private final List<PyBaseException.TraceEntry> entries;
    /** The entry this object stands for; {@code tb_next} goes to index - 1. */
    private final int index;

    private PyTraceback(List<PyBaseException.TraceEntry> entries, int index) {
        this.entries = entries;
        this.index = index;
    }

    /** {@code e.__traceback__}: the outermost entry, or None when the exception was never raised. */
    static Object of(PyBaseException e) {
        List<PyBaseException.TraceEntry> copy = List.copyOf(e.traceback);
        return copy.isEmpty() ? PyNone.NONE : new PyTraceback(copy, copy.size() - 1);
    }

    /** The entries from this one inwards, innermost first: what {@code with_traceback(tb)} installs. */
    List<PyBaseException.TraceEntry> entries() {
        return entries.subList(0, index + 1);
    }

    /** The entry this object stands for. */
    PyBaseException.TraceEntry entry() {
        return entries.get(index);
    }

    Object attr(String name) {
        PyBaseException.TraceEntry t = entries.get(index);
        return switch (name) {
            case "tb_lineno" -> (long) t.line();
            case "tb_next" -> index == 0 ? PyNone.NONE : new PyTraceback(entries, index - 1);
            case "tb_frame" -> new Code(t);
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<traceback object at 0x" + Ops.hexId(this) + ">";
    }

    /** {@code tb_frame} and its {@code f_code}: names and line of a finished frame. */
    record Code(PyBaseException.TraceEntry entry) {
        Object attr(String name) {
            return switch (name) {
                case "f_lineno" -> (long) entry.line();
                case "f_code" -> this;
                case "co_name" -> entry.function();
                case "co_filename" -> entry.file();
                default -> null;
            };
        }

        @Override
        public String toString() {
            return "<frame at 0x" + Ops.hexId(this) + ", file '" + entry.file()
                    + "', line " + entry.line() + ", code " + entry.function() + ">";
        }
    }
}
