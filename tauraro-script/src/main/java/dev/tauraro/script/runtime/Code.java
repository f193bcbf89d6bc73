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
    /** Slots holding a {@link Cell} created on entry (captured locals), parameters included. */
    public final int[] cellSlots;
    /** Where the closure's cells go, in closure order. */
    public final int[] freeSlots;
    public int frameSize;
    public StmtNode body;
    /** The line of the {@code def} (CPython's {@code co_firstlineno}); 0 when not compiled from source. */
    public int firstLine;
    /** The docstring, or null. */
    public String doc;
    /** True when only positional parameters without cells exist: calls can skip general binding. */
    public final boolean simple;
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
        this.simple = !hasVarArgs && !hasKwArgs && kwOnlyCount == 0 && cellSlots.length == 0
                && freeSlots.length == 0 && kind == Kind.PLAIN;
    }
}
