package dev.tauraro.script.runtime;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A private copy of the script's module state, as a child process made by {@code fork()} has one:
 * what a {@code multiprocessing} pool worker or process runs its functions in.
 *
 * <p>Python equivalent: the address space {@code os.fork()} duplicates for
 * {@code multiprocessing}'s default start method on Linux, and the pickling that carries
 * arguments and results between parent and child.
 *
 * <p>A fork has its own {@link PyModule} for each module the script defined ({@code __main__} and
 * the {@code .py} files it imported); their globals hold deep copies of the parent's values at
 * the moment of the fork. Functions defined in those modules are copied with their code compiled
 * again against the fork's module (lazily, on first call), so {@code global counter; counter += 1}
 * in a worker changes the worker's {@code counter} only. Classes defined by the script are made
 * again with copied namespaces; instances are copied as instances of the fork's class. Library
 * modules (Java-backed ones and the frozen script ones: {@code time}, {@code threading},
 * {@code collections}, ...), built-in classes, immutable values and Java objects are shared.
 *
 * <p>{@link #transfer} is the one deep copier: it makes the fork (every script-defined function and
 * class is copied) and it carries values between forks as pickling would (functions and classes
 * are looked up by module and qualified name in the receiving side's modules, data is copied,
 * identity and cycles are preserved within one transfer).
 *
 * <h2>Thread-safety</h2>
 * A fork belongs to the threads that {@link #enter() entered} it (a worker, or a process and the
 * threads it starts). Forking reads the source state without locking: fork from the thread that
 * owns that state, or while it is not being mutated.
 *
 * <h2>Differences from CPython</h2>
 * More lenient than pickle: a lambda, a nested function or a class that cannot be found by name
 * is copied (with a copied closure) instead of failing with {@code PicklingError}. Library modules
 * are shared, not copied: state a library keeps in its own globals (such as {@code threading}'s
 * thread table) is common to all forks. Instances of library classes are copied, but objects that
 * are globals of a library module (sentinels such as {@code dataclasses.MISSING}) keep their
 * identity, as pickling them by reference would. Queues and synchronisation primitives
 * ({@code threading} and {@code multiprocessing.synchronize} instances) are shared handles.
 */
public final class ModuleFork {
    /** The fork the current thread runs in; inherited by threads it starts (they share its memory). */
    private static final InheritableThreadLocal<ModuleFork> CURRENT = new InheritableThreadLocal<>();

    private final Interpreter interp;
    /** This fork's copies of the script's modules, by name. */
    private final Map<String, PyModule> modules;
    /** The signal that stopped the process running in this fork (15, 9), or 0 while it may run. */
    private volatile int stopSignal;

    private ModuleFork(Interpreter interp, Map<String, PyModule> modules) {
        this.interp = interp;
        this.modules = modules;
    }

    /** The fork the calling thread runs in for {@code interp}, or null for the interpreter's own state. */
    public static ModuleFork current(Interpreter interp) {
        ModuleFork f = CURRENT.get();
        return f != null && f.interp == interp ? f : null;
    }

    /** Makes the calling thread (and threads it starts from now on) run in this fork. */
    public void enter() {
        CURRENT.set(this);
    }

    /**
     * Marks the process running in this fork as stopped by {@code signal} (multiprocessing's
     * {@code terminate()}/{@code kill()}): its threads end at their next poll, see
     * {@link Interpreter#beginStop()}. The first signal counts.
     */
    public void stop(int signal) {
        if (stopSignal == 0) {
            stopSignal = signal;
        }
    }

    /** The signal that stopped this fork's process, or 0. */
    public int stopSignal() {
        return stopSignal;
    }

    /** This fork's copy of a script module, or null. */
    public PyModule module(String name) {
        return modules.get(name);
    }

    /**
     * Forks the state of {@code from} (null: the interpreter's own state): copies every script
     * module's globals as they are now.
     */
    public static ModuleFork fork(Interpreter interp, ModuleFork from) {
        Map<String, PyModule> source = scriptModules(interp, from);
        Map<String, PyModule> copies = new LinkedHashMap<>();
        IdentityHashMap<PyModule, PyModule> forking = new IdentityHashMap<>();
        for (PyModule m : source.values()) {
            PyModule copy = new PyModule(m.name, interp);
            copies.put(m.name, copy);
            forking.put(m, copy);
        }
        ModuleFork fork = new ModuleFork(interp, copies);
        Copier c = new Copier(interp, fork, forking);
        forking.forEach((m, copy) -> m.toDict().forEach((name, v) -> copy.set((String) name, c.copy(v))));
        return fork;
    }

    /**
     * A copy of {@code v} for the side {@code to} (a fork, or null for the interpreter's own
     * state), as unpickling a pickle of {@code v} there would make.
     */
    public static Object transfer(Object v, Interpreter interp, ModuleFork to) {
        if (immutable(v)) {
            return v;
        }
        return new Copier(interp, to, null).copy(v);
    }

    /** The script's own modules on one side: the fork's, or the interpreter's non-library modules. */
    private static Map<String, PyModule> scriptModules(Interpreter interp, ModuleFork side) {
        if (side != null) {
            return side.modules;
        }
        Map<String, PyModule> r = new LinkedHashMap<>();
        interp.modules().forEach((name, m) -> {
            if (isScript(m)) {
                r.put(name, m);
            }
        });
        return r;
    }

    /** Whether the script defined this module (a file), rather than a library (Java or frozen). */
    private static boolean isScript(PyModule m) {
        return m.get("__file__") instanceof String f && !f.startsWith("<frozen");
    }

    private static boolean immutable(Object v) {
        return v == null || v instanceof String || v instanceof Long || v instanceof Boolean || v instanceof Double
                || v == PyNone.NONE || v instanceof java.math.BigInteger || v instanceof Int128;
    }

    /**
     * Whether instances are shared rather than copied: queues and synchronisation primitives, which
     * CPython passes to a child as handles onto the same OS object, not as copies.
     */
    private static boolean sharedHandle(PyClass type) {
        for (PyClass c : type.mro) {
            if ("threading".equals(c.module) || "multiprocessing.synchronize".equals(c.module)) {
                return true;
            }
        }
        return false;
    }

    /** One deep copy: forking ({@link #forking} set) or one transfer. */
    private static final class Copier {
        private final Interpreter interp;
        /** The receiving side (null: the interpreter's own state). */
        private final ModuleFork side;
        /** When forking: each source module and its copy (everything they define is copied). */
        private final IdentityHashMap<PyModule, PyModule> forking;
        private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>(8);

        Copier(Interpreter interp, ModuleFork side, IdentityHashMap<PyModule, PyModule> forking) {
            this.interp = interp;
            this.side = side;
            this.forking = forking;
        }

        /** The receiving side's script module of that name, or null. */
        private PyModule target(String name) {
            if (side != null) {
                return side.modules.get(name);
            }
            PyModule m = interp.modules().get(name); // one lookup: no per-transfer map of the modules
            return m != null && isScript(m) ? m : null;
        }

        Object copy(Object v) {
            if (immutable(v)) {
                return v;
            }
            Object done = memo.get(v);
            if (done != null) {
                return done;
            }
            if (v instanceof PyList l) {
                PyList r = new PyList(l.size());
                memo.put(v, r);
                for (Object x : l) {
                    r.add(copy(x));
                }
                return r;
            }
            if (v instanceof PyTuple t) {
                Object[] items = new Object[t.items.length];
                for (int i = 0; i < items.length; i++) {
                    items[i] = copy(t.items[i]);
                }
                Object again = memo.get(v); // a cycle through a mutable item made it already
                if (again != null) {
                    return again;
                }
                PyTuple r = new PyTuple(items);
                memo.put(v, r);
                return r;
            }
            if (v instanceof PyDict d) {
                PyDict r = new PyDict();
                memo.put(v, r);
                d.forEach((key, x) -> r.put(copy(key), copy(x)));
                return r;
            }
            if (v instanceof PySet s) {
                PySet r = new PySet(s.frozen);
                memo.put(v, r);
                for (Object x : s) {
                    r.add(copy(x));
                }
                return r;
            }
            if (v instanceof PyBaseException e) {
                PyBaseException r = new PyBaseException(copyClass(e.type()));
                memo.put(v, r);
                r.args = (PyTuple) copy(e.args);
                r.traceback.addAll(e.traceback);
                r.cause = (PyBaseException) copy(e.cause);
                r.context = (PyBaseException) copy(e.context);
                r.suppressContext = e.suppressContext;
                if (e.members != null) { // errno, strerror, filename, ... of built-in exception types
                    for (java.util.Map.Entry<String, Object> m : e.members.entrySet()) {
                        r.member(m.getKey(), copy(m.getValue()));
                    }
                }
                copyDict(e, r);
                return r;
            }
            if (v instanceof PyDerived dv && !sharedHandle(dv.type())) {
                Object value = copy(dv.value);
                Object again = memo.get(v); // a cycle through its own container made it already
                if (again != null) {
                    return again;
                }
                PyDerived r = new PyDerived(copyClass(dv.type()), value);
                memo.put(v, r);
                copyDict(dv, r);
                return r;
            }
            if (v instanceof PyInstance inst) {
                if (sharedHandle(inst.type()) || librarySingleton(inst)) {
                    return v;
                }
                PyInstance r = new PyInstance(copyClass(inst.type()));
                memo.put(v, r);
                copyDict(inst, r);
                return r;
            }
            if (v instanceof PyFunction f) {
                return copyFunction(f);
            }
            if (v instanceof PyClass c) {
                return copyClass(c);
            }
            if (v instanceof PyModule m) {
                PyModule r = forking != null ? forking.get(m) : isScript(m) ? target(m.name) : null;
                return r != null ? r : m;
            }
            if (v instanceof BoundMethod b) {
                return new BoundMethod(copy(b.self), copy(b.function));
            }
            if (v instanceof Descriptors.Property p) {
                return new Descriptors.Property(copy(p.getter), copy(p.setter), copy(p.deleter), copy(p.doc));
            }
            if (v instanceof Descriptors.StaticMethod sm) {
                return new Descriptors.StaticMethod(copy(sm.function()));
            }
            if (v instanceof Descriptors.ClassMethod cm) {
                return new Descriptors.ClassMethod(copy(cm.function()));
            }
            if (v instanceof DictView view) { // it shows the copy of its dict, as a view does after fork()
                Object r = view.onto(copy(view.owner));
                memo.put(v, r);
                return r;
            }
            return v; // Java objects (pools, processes, locks), generators, builtins: shared
        }

        private void copyDict(PyInstance from, PyInstance to) {
            if (from.dict != null) {
                PyDict d = to.namespace();
                from.dict.forEach((key, x) -> d.put(copy(key), copy(x)));
            }
            if (from.slots != null && to.slots != null) {
                for (int i = 0; i < from.slots.length && i < to.slots.length; i++) {
                    to.slots[i] = from.slots[i] == null ? null : copy(from.slots[i]);
                }
            }
        }

        /**
         * Whether the instance is a global of a library module (a sentinel such as
         * {@code dataclasses.MISSING}), which keeps its identity. Only the module of its class is
         * searched (all library modules for plain {@code object()} sentinels); script classes never.
         */
        private boolean librarySingleton(PyInstance inst) {
            PyClass t = inst.type();
            if (t.isBuiltin() && t != Types.OBJECT || inst instanceof PyBaseException) {
                return false;
            }
            for (PyModule m : t == Types.OBJECT ? interp.modules().values()
                    : java.util.Collections.singletonList(interp.modules().get(t.module))) {
                if (m != null && !isScript(m)) {
                    for (Object g : m.toDict().values()) {
                        if (g == inst) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Where a function of {@code home} belongs on the receiving side, or null if it stays shared. */
        private PyModule destination(PyModule home) {
            if (forking != null) {
                return forking.get(home);
            }
            if (!isScript(home)) {
                return null;
            }
            PyModule t = target(home.name);
            return t == home ? null : t;
        }

        private Object copyFunction(PyFunction f) {
            PyModule dest = destination(f.module);
            if (dest == null || f.code.recompile == null) {
                return f;
            }
            if (forking == null && named(dest, f.qualname) instanceof PyFunction g && g.qualname.equals(f.qualname)) {
                memo.put(f, g); // pickled by reference: the receiver's function of that name
                return g;
            }
            Code code = (Code) memo.get(f.code);
            if (code == null) {
                code = recompiled(f.code, dest);
                memo.put(f.code, code);
            }
            Object[] defaults = null;
            if (f.defaults != null) {
                defaults = new Object[f.defaults.length];
                for (int i = 0; i < defaults.length; i++) {
                    defaults[i] = copy(f.defaults[i]);
                }
            }
            HashMap<String, Object> kw = null;
            if (f.kwDefaults != null) {
                kw = new HashMap<>();
                for (Map.Entry<String, Object> e : f.kwDefaults.entrySet()) {
                    kw.put(e.getKey(), copy(e.getValue()));
                }
            }
            Cell[] closure = new Cell[f.closure.length];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = copyCell(f.closure[i]);
            }
            PyFunction r = new PyFunction(code, dest, defaults, kw, closure);
            memo.put(f, r);
            r.name = f.name;
            r.qualname = f.qualname;
            r.doc = f.doc == null ? null : copy(f.doc);
            r.moduleName = f.moduleName == null ? null : copy(f.moduleName);
            r.owner = f.owner == null ? null : (PyClass) copy(f.owner);
            r.annotations = f.annotations == null ? null : (PyDict) copy(f.annotations);
            if (f.dict != null) {
                r.dict = (PyDict) copy(f.dict);
            }
            return r;
        }

        /** Closure cells are shared by the functions that captured them: one copy per cell. */
        private Cell copyCell(Cell c) {
            if (c == null) {
                return null;
            }
            Cell r = (Cell) memo.get(c);
            if (r == null) {
                r = new Cell(c.name);
                memo.put(c, r);
                r.value = c.value == null ? null : copy(c.value);
            }
            return r;
        }

        private PyClass copyClass(PyClass c) {
            if (c.isBuiltin()) {
                return c;
            }
            Object done = memo.get(c);
            if (done != null) {
                return (PyClass) done;
            }
            boolean copy;
            if (forking != null) {
                copy = target(c.module) != null;
            } else {
                PyModule dest = target(c.module);
                if (dest == null) {
                    return c;
                }
                if (named(dest, c.name) instanceof PyClass found && found.name.equals(c.name)
                        && !found.isBuiltin()) {
                    memo.put(c, found); // pickled by reference
                    return found;
                }
                copy = foreign(c, dest);
            }
            if (!copy) {
                return c;
            }
            PyClass[] bases = new PyClass[c.bases.length];
            for (int i = 0; i < bases.length; i++) {
                bases[i] = copyClass(c.bases[i]);
            }
            HashMap<String, Object> layout = new HashMap<>();
            if (c.getOwn("__slots__") != null) {
                layout.put("__slots__", c.getOwn("__slots__")); // the same instance layout
            }
            PyClass r = PyClass.user(c.name, c.module, bases, layout);
            memo.put(c, r);
            for (Map.Entry<String, Object> e : c.dictView().entrySet()) {
                r.setAttr(e.getKey(), copy(e.getValue()));
            }
            return r;
        }

        /** Whether a class found on neither side by name has methods from another side's module. */
        private boolean foreign(PyClass c, PyModule dest) {
            for (Object v : c.dictView().values()) {
                if (v instanceof PyFunction f && isScript(f.module) && f.module != dest) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What {@code module.qualname} names (classes' members followed), or null. */
    private static Object named(PyModule m, String qualname) {
        if (qualname.contains("<")) {
            return null;
        }
        String[] parts = qualname.split("\\.");
        Object o = m.get(parts[0]);
        for (int i = 1; i < parts.length && o != null; i++) {
            o = o instanceof PyClass c ? c.getOwn(parts[i]) : null;
        }
        if (o instanceof Descriptors.StaticMethod sm) {
            return sm.function();
        }
        if (o instanceof Descriptors.ClassMethod cm) {
            return cm.function();
        }
        return o;
    }

    /** {@code code} for functions of {@code module}: same frame layout, body compiled on first run. */
    private static Code recompiled(Code c, PyModule module) {
        Code r = new Code(c.name, c.qualname, c.filename, c.kind, c.paramNames, c.argCount, c.kwOnlyCount,
                c.hasVarArgs, c.hasKwArgs, c.cellSlots, c.freeSlots);
        r.positionalOnly = c.positionalOnly;
        r.firstLine = c.firstLine;
        r.doc = c.doc;
        r.localNames = c.localNames;
        r.recompile = c.recompile;
        // forking costs nothing for functions never called
        r.compileOnFirstUse(() -> r.recompile.apply(module));
        return r;
    }

    @Override
    public String toString() {
        return "<fork of " + modules.keySet() + ">";
    }
}
