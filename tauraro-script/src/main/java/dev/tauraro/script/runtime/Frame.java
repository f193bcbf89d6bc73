package dev.tauraro.script.runtime;


/**
 * The activation of a function: its local slots plus the state that lets a generator or
 * coroutine body pause and resume. A suspended frame is just this object on the heap: no thread
 * and no Java stack are held.
 */
public final class Frame {
    /** What a resumable expression returns when its frame pauses. */
    public static final Object SUSPEND = new Object() {
        @Override
        public String toString() {
            return "<suspend>";
        }
    };
    /** Marks a resumable node's slot while that node is paused. */
    public static final Object PAUSED = new Object();

    /**
     * The {@link CallDepth} of the thread running this frame, once a call from it has looked it
     * up: calls made by call nodes reuse it instead of asking the thread. Frames resumed from Java
     * (generators, coroutines) get it set at each resumption, since another thread may resume them.
     */
    public CallDepth calls;
    public final Object[] slots;
    public final PyFunction function;
    public final PyModule module;
    /** The class namespace while a class body runs, else null. */
    public java.util.Map<String, Object> namespace;
    /** The value of a {@code return}. */
    public Object ret;
    /** What the frame paused on: the yielded value or the awaited object. */
    public Object yielded;
    /** True when it paused at an await, false at a yield. */
    public boolean awaiting;
    /** The value sent in on resumption. */
    public Object sent;
    /** The exception thrown in on resumption, or null. */
    public RuntimeException thrown;
    /** The exception being handled (for bare {@code raise} and context chaining). */
    public PyBaseException handling;
    /** The frame that called this one while it runs (the thread's live stack, see {@link CallDepth#top}). */
    public Frame back;
    /** The line of the statement running in this frame: set by blocks before each statement. */
    public int line;
    /**
     * The generator a {@code yield from} of this generator's frame is paused in, or once resumed
     * straight and ended, its {@link Delegated} end for the {@code yield from} to take; else null.
     * Resuming the frame with a value resumes that generator straight ({@link PyGenerator#resume})
     * instead of descending the body's nodes to the {@code yield from} and returning through them
     * again: a recursive generator (a tree walk) passes each item up through every level of its
     * chain. One field for both, because every call allocates a frame and its size is paid there.
     */
    public Object delegate;

    /** How a delegate resumed straight ended: its return value, or what it raised. */
    public record Delegated(Object returned, RuntimeException raised) {}

    public Frame(int size, PyFunction function, PyModule module) {
        this.slots = new Object[size];
        this.function = function;
        this.module = module;
    }

    /**
     * {@code locals()}: the module's live globals at module level, the namespace being built in a
     * class body, else a new dict of the function's bound variables (a snapshot, as CPython's).
     */
    public PyDict locals() {
        if (namespace != null) {
            if ((Object) namespace instanceof PyDict d) {
                return d;
            }
            PyDict d = new PyDict();
            d.putAll(namespace);
            return d;
        }
        if (function == null) {
            return module.dict();
        }
        PyDict d = new PyDict();
        String[] names = function.code.localNames;
        for (int i = 0; names != null && i < names.length && i < slots.length; i++) {
            if (names[i] != null && !names[i].startsWith(".")) {
                Object v = dev.tauraro.script.compile.Compiler.slotValue(slots[i]);
                if (v != null) {
                    d.put(names[i], v);
                }
            }
        }
        return d;
    }

    /** The name tracebacks show for this frame. */
    public String codeName() {
        return function == null ? "<module>" : function.code.name;
    }

    /** The file tracebacks show for this frame. */
    public String fileName() {
        if (function != null) {
            return function.code.filename;
        }
        Object f = module.get("__file__");
        return f == null ? "<string>" : f.toString();
    }

    /** The value sent in on resumption, or throws what was thrown in. */
    public Object takeSent() {
        RuntimeException t = thrown;
        if (t != null) {
            thrown = null;
            throw t;
        }
        Object v = sent;
        sent = null;
        return v == null ? PyNone.NONE : v;
    }
}
