package dev.tauraro.script.runtime;

/**
 * A running frame as scripts see it ({@code sys._getframe()}, {@code f_back}): its code's name and
 * file, its current line and its caller, read live from the thread's frame stack
 * ({@link CallDepth#top}, {@link Frame#back}). {@code f_locals} is a snapshot, as CPython's is for
 * a function's frame.
 */
public final class FrameView {
    private final Frame frame;

    FrameView(Frame frame) {
        this.frame = frame;
    }

    /** The frame {@code depth} levels out from the innermost running one of this thread, or null. */
    public static FrameView of(int depth) {
        Frame f = CallDepth.current().top;
        for (int i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        return f == null ? null : new FrameView(f);
    }

    /**
     * {@code sys._current_frames()}: each thread running this interpreter's code, by its ident, to
     * its innermost frame; the newest thread first, as CPython lists its thread states.
     */
    public static PyDict currentFrames(Interpreter interp) {
        java.util.TreeMap<Long, Frame> byIdent = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        CallDepth.topFrames().forEach((t, f) -> {
            if (f.module != null && f.module.interp == interp) {
                byIdent.put(t.getId(), f);
            }
        });
        PyDict d = new PyDict();
        byIdent.forEach((ident, f) -> d.put(ident, new FrameView(f)));
        return d;
    }

    Object attr(String name) {
        return switch (name) {
            case "f_back" -> frame.back == null ? PyNone.NONE : new FrameView(frame.back);
            case "f_lineno" -> (long) frame.line;
            case "f_code" -> new PyTraceback.Code(new PyBaseException.TraceEntry(frame.fileName(), frame.line,
                    frame.codeName()));
            case "f_globals" -> frame.module.dict();
            case "f_locals" -> frame.locals();
            case "f_builtins" -> PyNone.NONE;
            default -> null;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameView v && v.frame == frame;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(frame);
    }

    @Override
    public String toString() {
        return "<frame at 0x" + Ops.hexId(frame) + ", file '"
                + frame.fileName() + "', line " + frame.line + ", code " + frame.codeName() + ">";
    }
}
