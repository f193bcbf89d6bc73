package dev.tauraro.script.runtime;

/**
 * The compiled form of a function body (or module, class body, comprehension): the root
 * statement and how the frame is laid out.
 *
 * <p>Frame layout: parameters first (in {@link #paramNames} order), then other locals, then free
 * variables (cells copied from the closure), then temporaries used by resumable nodes.
 */
public final class Code {
    public enum Kind { PLAIN, GENERATOR, COROUTINE, ASYNC_GENERATOR }

    public final String name;
    public final String qualname;
    public final String filename;
    public final Kind kind;
    /** Positional parameter names, then *args, keyword-only names, then **kwargs. */
    public final String[] paramNames;
    public final int argCount;
    public final int kwOnlyCount;
    public final boolean hasVarArgs;
    public final boolean hasKwArgs;
    /**
     * Slots holding a {@link Cell} created on entry (captured locals), parameters included;
     * {@link #CELLS_PENDING} until a body compiled on first use says them (read {@link #cellSlots()}).
     */
    int[] cellSlots;
    /**
     * The cell slots of a library function whose scope the compiler resolves with its body, on first
     * use: what its inner functions capture from it is not known before.
     */
    public static final int[] CELLS_PENDING = new int[0];
    /** Where the closure's cells go, in closure order. */
    public final int[] freeSlots;
    /**
     * The slots a frame of this code needs; negative while the body waits to be compiled on first
     * use ({@link #compileOnFirstUse}): frames are made with {@link #frameSize()}.
     */
    public int frameSize;
    public StmtNode body;
    /** What compiles the body on first use (then this code's body and frame size), or null. */
    private java.util.function.Supplier<Code> pending;
    /** The line of the {@code def} (CPython's {@code co_firstlineno}); 0 when not compiled from source. */
    public int firstLine;
    /** The docstring, or null. */
    public String doc;
    /**
     * True when only positional parameters without cells exist: calls can skip general binding.
     * False while the cells are pending; a thread that still sees it false only binds the general way.
     */
    public boolean simpleArgs;
    /** {@link #simpleArgs} of a plain function (not a generator or coroutine): call nodes may run its body inline. */
    public boolean simple;
    /** How many leading parameters are positional-only ({@code /}). */
    public int positionalOnly;
    /** The variable name of each slot (null for temporaries): what {@code locals()} reads. */
    public String[] localNames;
    /** Compiles this function again with its globals bound to another module's cells (a fork's). */
    public java.util.function.Function<PyModule, Code> recompile;

    public Code(String name, String qualname, String filename, Kind kind, String[] paramNames, int argCount,
                int kwOnlyCount, boolean hasVarArgs, boolean hasKwArgs, int[] cellSlots, int[] freeSlots) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.kind = kind;
        this.paramNames = paramNames;
        this.argCount = argCount;
        this.kwOnlyCount = kwOnlyCount;
        this.hasVarArgs = hasVarArgs;
        this.hasKwArgs = hasKwArgs;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        classify();
    }

    private void classify() {
        simpleArgs = !hasVarArgs && !hasKwArgs && kwOnlyCount == 0 && cellSlots != CELLS_PENDING
                && cellSlots.length == 0 && freeSlots.length == 0;
        simple = simpleArgs && kind == Kind.PLAIN;
    }

    /** The cell slots, compiling a body left for first use whose cells are still pending. */
    public int[] cellSlots() {
        int[] c = cellSlots;
        return c != CELLS_PENDING ? c : compiledCellSlots();
    }

    private synchronized int[] compiledCellSlots() {
        compilePending();
        return cellSlots;
    }

    /**
     * Leaves the body to be compiled when a frame is first made for this code: {@code compile}
     * returns a code of the same layout whose body and frame size this one takes. Library modules
     * use it, so that importing one does not compile the bodies of functions never called.
     */
    public void compileOnFirstUse(java.util.function.Supplier<Code> compile) {
        pending = compile;
        frameSize = -1;
        body = new Pending(this);
    }

    /**
     * The slots a frame of this code needs, compiling a body left for first use (once, under this
     * code's lock). A thread that sees the size set may still see the old body, the
     * {@link Pending} node, which reads the compiled one under the lock; a size is never seen
     * before its body is compiled, so no frame is ever too small for the body that runs in it.
     */
    public int frameSize() {
        int n = frameSize;
        return n >= 0 ? n : compilePending();
    }

    private synchronized int compilePending() {
        if (frameSize < 0) {
            Code compiled = pending.get();
            body = compiled.body;
            // the layout, which a body resolved on first use only now knows; before the size,
            // which other threads read without the lock
            cellSlots = compiled.cellSlots;
            localNames = compiled.localNames;
            classify();
            frameSize = compiled.frameSize;
            pending = null;
        }
        return frameSize;
    }

    private synchronized StmtNode compiledBody() {
        compilePending();
        return body;
    }

    /** The body of a code compiled on first use, until then (and for threads that saw it then). */
    private static final class Pending extends StmtNode {
        private final Code code;

        Pending(Code code) {
            super(0);
            this.code = code;
        }

        @Override
        public int exec(Frame f) {
            return code.compiledBody().exec(f);
        }
    }
}
