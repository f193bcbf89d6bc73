package dev.tauraro.script.runtime;

import java.util.LinkedHashMap;

/**
 * A module: its globals as named cells, so compiled code binds each global name to its cell once
 * and reads it with one field load.
 */
public final class PyModule {
    /** The name it was made with; {@code ModuleType.__init__} of a subclass instance sets it later. */
    public String name;
    public final Interpreter interp;
    private final LinkedHashMap<String, Cell> globals = new LinkedHashMap<>();
    private ModuleDict dict;
    /** A script subclass of {@code types.ModuleType} this module is an instance of; null for {@code module}. */
    private PyClass cls;
    /** The built-in names its code sees when not the interpreter's: exec with a {@code __builtins__} of its own. */
    private BuiltinNamespace builtins;

    public PyModule(String name, Interpreter interp) {
        this.name = name;
        this.interp = interp;
        set("__name__", name);
    }

    /**
     * {@code types.ModuleType(name, doc=None)}: an empty module of the running interpreter, with the
     * attributes CPython's has before anything runs in it.
     */
    static Object construct(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length > 2) {
            throw Exceptions.typeError("module() takes at most 2 arguments (" + a.length + " given)");
        }
        Object[] p = new Object[2];
        System.arraycopy(a, 0, p, 0, a.length - nk);
        for (int i = 0; i < nk; i++) {
            int at = k[i].equals("name") ? 0 : k[i].equals("doc") ? 1 : -1;
            if (at < 0) {
                throw Exceptions.typeError("'" + k[i] + "' is an invalid keyword argument for module()");
            }
            p[at] = a[a.length - nk + i];
        }
        if (p[0] == null) {
            throw Exceptions.typeError("module() missing required argument 'name' (pos 1)");
        }
        if (!(PyDerived.unwrap(p[0]) instanceof String name)) {
            throw Exceptions.typeError("module() argument 'name' must be str, not " + Ops.typeName(p[0]));
        }
        Frame top = CallDepth.current().top;
        if (top == null) {
            throw Exceptions.typeError("module() can only be called from a running script");
        }
        PyModule m = new PyModule(name, top.module.interp);
        m.set("__doc__", p[1] == null ? PyNone.NONE : p[1]);
        m.set("__package__", PyNone.NONE);
        m.set("__loader__", PyNone.NONE);
        m.set("__spec__", PyNone.NONE);
        return m;
    }

    /** The built-in names code compiled for this module finds. */
    public BuiltinNamespace builtins() {
        return builtins != null ? builtins : interp.builtins();
    }

    /** Makes {@code names} the built-in names of code compiled for this module from now on. */
    public void useBuiltins(BuiltinNamespace names) {
        builtins = names;
    }

    /** {@code type(m)}: {@code module}, or the script subclass it was made as or assigned to. */
    public PyClass type() {
        return cls == null ? Types.MODULE : cls;
    }

    /** Whether attribute access goes through a script subclass ({@link ModuleSubclass}). */
    boolean subclassed() {
        return cls != null;
    }

    /** {@code m.__class__ = C}: C must be {@code module} or a subclass of it, as CPython allows for modules. */
    void setClass(Object value) {
        if (!(value instanceof PyClass c) || !c.isSubclassOf(Types.MODULE)) {
            throw Exceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        cls = c == Types.MODULE ? null : c;
    }

    /** {@code M.__new__(M)} for a script subclass M of {@code types.ModuleType}: a module with no name yet. */
    static PyModule allocate(PyClass cls) {
        Frame top = CallDepth.current().top;
        if (top == null) {
            throw Exceptions.typeError("module() can only be called from a running script");
        }
        PyModule m = new PyModule("?", top.module.interp);
        m.globals.clear(); // no __name__ until __init__ runs, as CPython's
        m.cls = cls;
        return m;
    }

    /** {@code ModuleType.__init__(self, name, doc=None)}: names the module and gives it CPython's first attributes. */
    static final BuiltinFunction INIT = new BuiltinFunction("__init__", (a, k) -> {
        if (a.length == 0 || !(a[0] instanceof PyModule m)) {
            throw Exceptions.typeError("descriptor '__init__' requires a 'module' object");
        }
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        PyModule made = (PyModule) construct(rest, k);
        m.name = made.name;
        made.globals.forEach((n, c) -> m.set(n, c.value));
        return PyNone.NONE;
    });

    /** The cell of a global name, created unbound on first use. */
    public Cell cell(String name) {
        return globals.computeIfAbsent(name, Cell::new);
    }

    public Object get(String name) {
        Cell c = globals.get(name);
        return c == null ? null : c.value;
    }

    public void set(String name, Object value) {
        cell(name).value = value;
    }

    /** The globals as a live dict ({@code globals()}, {@code module.__dict__}); made on first use. */
    public PyDict dict() {
        ModuleDict d = dict;
        if (d == null) {
            d = new ModuleDict(this);
            dict = d;
        }
        return d;
    }

    /** The module whose globals {@code d} shows, or null when it is an ordinary dict. */
    public static PyModule of(Object d) {
        return d instanceof ModuleDict m ? m.module() : null;
    }

    private boolean builtin;

    LinkedHashMap<String, Cell> cells() {
        return globals;
    }

    /** Marks the Java functions bound here as this module's ({@code math.sqrt.__module__ == 'math'}). */
    void claimFunctions() {
        globals.forEach((k, c) -> {
            if (c.value instanceof BuiltinFunction f) {
                f.claim(name, () -> this);
            }
        });
    }

    /** The bound names and values, in definition order: {@code globals()} / {@code dir(module)}. */
    public PyDict toDict() {
        PyDict d = new PyDict();
        globals.forEach((k, c) -> {
            if (c.value != null) {
                d.put(k, c.value);
            }
        });
        return d;
    }

    /** A module the interpreter itself provides (a Java binding), shown as CPython's built-in modules. */
    void markBuiltin() {
        builtin = true;
    }

    /** Whether this is a Java binding ({@link #markBuiltin}). */
    public boolean isBuiltin() {
        return builtin;
    }

    /**
     * As CPython's: {@code <module 'm' from 'path'>} for a module from a file, {@code (frozen)}
     * for one of the bundled library modules (their tracebacks say {@code <frozen m>}),
     * {@code (built-in)} for a Java binding, else the bare name.
     */
    @Override
    public String toString() {
        Cell file = globals.get("__file__");
        if (file != null && file.value instanceof String f) {
            return f.startsWith("<frozen ") ? "<module '" + name + "' (frozen)>" : "<module '" + name + "' from '" + f + "'>";
        }
        return "<module '" + name + "'" + (builtin ? " (built-in)" : "") + ">";
    }
}
