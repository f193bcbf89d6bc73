package dev.tauraro.script.runtime;

/**
 * One attribute site of compiled code ({@code obj.name}, {@code obj.name = v}, {@code obj.name(...)}).
 * It keeps what the class lookup gave for the last type of instance seen there, valid while that
 * class's {@link PyClass#version} is unchanged, so that a repeated access skips the walk over the
 * MRO's dicts (CPython's specialising {@code LOAD_ATTR} caches the same way). The hooks are still
 * consulted on every access, and the instance dict too: for dicts on a shared key layout
 * ({@link SharedKeys}) the site keeps the name's position in the last few layouts seen (or that the
 * layout lacks it), so that reading or replacing an instance attribute is a reference compare and an
 * array access. A layout never changes, so the result is always what a fresh lookup gives.
 */
public final class AttrSite {
    /**
     * Immutable, so that threads sharing a site (pool workers run without the GIL) see whole entries;
     * {@code older} is the entry of another class seen before, up to {@link #LAYOUTS} classes, so
     * that a site reached by instances of a few classes (a base class's method) keeps them all.
     */
    private record Entry(PyClass type, int version, Object classAttr, Entry older) {
    }

    /**
     * {@code name}'s position in a shared layout (-1: absent; with {@code grown} set, a store adds it
     * by moving the dict to that layout), and the entry for the layout seen before, up to
     * {@link #LAYOUTS} of them so that a site reached by instances of a few classes keeps them all.
     */
    private record Position(SharedKeys keys, int index, SharedKeys grown, Position older) {
        Position find(SharedKeys k) {
            Position p = this;
            while (p != null && p.keys != k) {
                p = p.older;
            }
            return p;
        }

        /** {@code chain} with an entry for {@code keys} in front, cut to {@link #LAYOUTS} entries. */
        static Position push(Position chain, SharedKeys keys, int index, SharedKeys grown) {
            Position kept = null;
            int n = 0;
            Position[] rest = new Position[LAYOUTS - 1];
            for (Position p = chain; p != null && n < LAYOUTS - 1; p = p.older) {
                rest[n++] = p;
            }
            while (n > 0) {
                Position p = rest[--n];
                kept = new Position(p.keys, p.index, p.grown, kept);
            }
            return new Position(keys, index, grown, kept);
        }
    }

    private static final int LAYOUTS = 4;

    /**
     * The whole lookup of a plain instance attribute found (or stored) here: instances of
     * {@code type} at {@code version} (so without attribute hooks, and with no class attribute of
     * the name, which could be a descriptor) whose dict is on layout {@code keys} hold it at
     * {@code index} (a store of a new name moves the dict to {@code grown}); or, for a method call,
     * that their dict (none: {@code keys} null) lacks the name and the call goes to {@code method}:
     * the class's plain function, or list's method for a subclass of list that leaves the name to
     * list ({@link #callee}). One compare each for
     * the class, its version and the layout, where {@link #classAttr} and {@link #own} each walk
     * their entries; {@code older} is the entry of another class or layout, up to {@link #LAYOUTS}
     * (a base class's method sees its subclasses' instances).
     */
    private record Direct(PyClass type, int version, SharedKeys keys, int index, SharedKeys grown, Object method,
                          Direct older) {
        /** {@code chain} with a new entry in front, without stale ones or one for the same class and layout. */
        static Direct push(Direct chain, PyClass type, SharedKeys keys, int index, SharedKeys grown,
                           Object method) {
            Direct[] rest = new Direct[LAYOUTS - 1];
            int n = 0;
            for (Direct q = chain; q != null && n < rest.length; q = q.older) {
                if (q.version == q.type.version && (q.type != type || q.keys != keys)) {
                    rest[n++] = q;
                }
            }
            Direct kept = null;
            while (n > 0) {
                Direct q = rest[--n];
                kept = new Direct(q.type, q.version, q.keys, q.index, q.grown, q.method, kept);
            }
            return new Direct(type, type.version, keys, index, grown, method, kept);
        }
    }

    private Direct directRead;
    private Direct directWrite;
    private Direct directMethod;
    /**
     * Direct entries made here: past {@link #DIRECT_LIMIT} the site sees more classes and layouts
     * than its entries hold, and stops making them (each would only push out another).
     */
    private int directMade;
    private static final int DIRECT_LIMIT = 4 * LAYOUTS;

    final String name;
    private Entry last;
    /** Positions for reads. */
    private Position read;
    /** Positions for stores (which also know the layout an absent name grows the dict to). */
    private Position write;

    /**
     * {@code cls.__annotations__}: a class's own, never found in its MRO (type's data descriptor in
     * CPython), so such a site leaves classes to {@link Ops#getAttr}.
     */
    private final boolean ownOnClass;

    public AttrSite(String name) {
        this.name = name.intern(); // instance dicts then usually find their key by identity
        this.ownOnClass = name.equals("__annotations__");
    }

    public String name() {
        return name;
    }

    /** {@code type.lookup(name)}, from the cache when the type and its version match. */
    Object classAttr(PyClass type) {
        // small, so that the JIT inlines it into the nodes; a miss goes out of line
        for (Entry e = last; e != null; e = e.older) {
            if (e.type == type) {
                return e.version == type.version ? e.classAttr : lookUp(type);
            }
        }
        return lookUp(type);
    }

    /** Looks the name up on {@code type} and puts the entry in front, dropping this class's stale one. */
    private Object lookUp(PyClass type) {
        Entry[] rest = new Entry[LAYOUTS - 1];
        int n = 0;
        for (Entry o = last; o != null && n < rest.length; o = o.older) {
            if (o.type != type) {
                rest[n++] = o;
            }
        }
        Entry kept = null;
        while (n > 0) {
            Entry o = rest[--n];
            kept = new Entry(o.type, o.version, o.classAttr, kept);
        }
        Entry e = new Entry(type, type.version, type.lookup(name), kept);
        last = e;
        return e.classAttr;
    }

    /** The instance's own attribute of this name (in its {@code __dict__}), or null. */
    Object own(PyInstance inst) {
        PyDict d = inst.dict;
        if (d == null) {
            return null;
        }
        SharedKeys k = d.shared;
        if (k == null) {
            return d.get(name);
        }
        for (Position p = read; p != null; p = p.older) {
            if (p.keys == k) {
                return p.index < 0 ? null : d.sharedValue(p.index, name);
            }
        }
        Position p = Position.push(read, k, k.indexOf(name), null); // out of line: a new layout here
        read = p;
        return p.index < 0 ? null : d.sharedValue(p.index, name);
    }

    /**
     * Notes that {@code inst}'s own attribute was read here with no hook and no class attribute in
     * the way ({@code t} is its class), so that the next read of one like it takes {@link #get}'s
     * direct path; a valid direct entry for another class or layout is kept.
     */
    void readPlain(PyInstance inst, PyClass t) {
        SharedKeys k = inst.dict == null ? null : inst.dict.shared;
        Position p = k == null || read == null ? null : read.find(k);
        if (p != null && p.index >= 0 && directMade++ < DIRECT_LIMIT) {
            directRead = Direct.push(directRead, t, k, p.index, null, null);
        }
    }

    /**
     * Notes that {@code inst.name} was found to be {@code value}, a class attribute that binds to
     * itself ({@link Attributes#constant}), with the instance dict's layout lacking the name and no
     * hook in the way ({@code t} is its class): the next read of one like it returns the value from
     * the direct entry. An instance attribute of the name set later moves the dict to another
     * layout, and a change of the class its version, so neither entry then matches.
     */
    void readConstant(PyInstance inst, PyClass t, Object value) {
        SharedKeys k = inst.dict == null ? null : inst.dict.shared;
        Position p = k == null || read == null ? null : read.find(k);
        if (p != null && p.index < 0 && directMade++ < DIRECT_LIMIT) {
            directRead = Direct.push(directRead, t, k, -1, null, value);
        }
    }

    /** As {@link #readPlain}, for a store into the instance dict that nothing intercepted. */
    void storedPlain(PyInstance inst, PyClass t, SharedKeys before) {
        Position p = before == null || write == null || inst instanceof PyBaseException ? null : write.find(before);
        if (p != null && directMade++ < DIRECT_LIMIT) {
            directWrite = Direct.push(directWrite, t, before, p.index, p.grown, null);
        }
    }

    /** Stores the instance's own attribute of this name (into its {@code __dict__}). */
    void store(PyInstance inst, Object value) {
        PyDict d = inst.namespace();
        SharedKeys k = d.shared;
        if (k == null) {
            d.put(name, value);
            return;
        }
        Position chain = write;
        Position p = chain == null ? null : chain.find(k);
        if (p == null) {
            int i = k.indexOf(name);
            SharedKeys grown = i < 0 ? k.next(name, PyHash.of(name)) : null;
            if (i < 0 && grown == null) {
                d.put(name, value); // the layout cannot grow so: the dict takes its own keys
                return;
            }
            p = Position.push(chain, k, i, grown);
            write = p;
        }
        if (p.grown != null) {
            d.appendShared(p.grown, value);
        } else {
            d.setShared(p.index, name, value);
        }
    }

    /** {@code obj.name}. */
    public Object get(Object obj) {
        if (obj instanceof PyInstance inst) {
            Object v = directValue(inst);
            return v != null ? v : Attributes.get(inst, this);
        }
        if (obj instanceof PyModule m) {
            ModuleEntry e = moduleEntry;
            if (e != null && e.module == m && !m.subclassed()) {
                Object v = e.cell.value;
                if (v != null) {
                    return v;
                }
            }
            return moduleAttr(m);
        }
        if (obj instanceof PyClass c && !ownOnClass) {
            // a class's own lookup, as Ops.getAttr starts with, from the same cache (keyed by the
            // class itself: for its instances the entry holds the same lookup)
            Object v = classAttr(c);
            if (v != null) {
                return Attributes.bind(v, null, c);
            }
        }
        return Ops.getAttr(obj, name);
    }

    /**
     * {@code getattr(obj, name, default)}'s lookup (a call of the builtin with this site's name
     * constant): null when the attribute is missing, an AttributeError of a hook or descriptor
     * included, without making the exception a miss of the plain lookup would raise.
     */
    public Object getOrNull(Object obj) {
        if (obj instanceof PyInstance inst) {
            Object v = directValue(inst);
            return v != null ? v : Attributes.getOrNull(inst, this);
        }
        return Ops.getAttrOrMissing(obj, name);
    }

    /** The instance's own attribute when a direct entry ({@link #readPlain}) covers it, else null. */
    private Object directValue(PyInstance inst) {
        PyDict d = inst.dict;
        if (d != null) {
            PyClass t = inst.type();
            SharedKeys k = d.shared;
            for (Direct q = directRead; q != null; q = q.older) {
                if (q.type == t && q.keys == k) {
                    if (q.version != t.version) {
                        return null;
                    }
                    return q.index >= 0 ? d.sharedValue(q.index, name) : q.method; // a class constant
                }
            }
        }
        return null;
    }

    /**
     * The cell of {@code name} in the last module read here ({@code math.sqrt}, {@code random.random}).
     * A plain module's attribute is its global's value, and the cell of a global stays the same for
     * the module's life: assignment, {@code del}, {@code setattr} and writes through
     * {@code globals()} or {@code __dict__} all change the cell's value, so reading it is always what
     * a fresh lookup gives. An unbound cell (deleted, or never set: a module {@code __getattr__} may
     * answer) and a module of a script subclass (its class may intercept) take the full lookup.
     * Immutable, so that threads sharing a site see whole entries.
     */
    private record ModuleEntry(PyModule module, Cell cell) {
    }

    private ModuleEntry moduleEntry;

    /** {@code m.name} the full way, remembering the module's cell for the next read when it is bound. */
    private Object moduleAttr(PyModule m) {
        if (!m.subclassed()) {
            Cell c = m.cells().get(name);
            if (c != null && c.value != null) {
                moduleEntry = new ModuleEntry(m, c);
                return c.value;
            }
        }
        return Ops.getAttr(m, name);
    }

    /** {@code obj.name = value}. */
    public void set(Object obj, Object value) {
        if (obj instanceof PyInstance inst) {
            PyClass t = inst.type();
            for (Direct q = directWrite; q != null; q = q.older) {
                if (q.type == t) {
                    PyDict d = inst.namespace(); // the class has instance dicts: the slow path makes it too
                    if (d.shared == q.keys && q.version == t.version) {
                        if (q.grown != null) {
                            d.appendShared(q.grown, value);
                        } else {
                            d.setShared(q.index, name, value);
                        }
                        return;
                    }
                }
            }
            Attributes.set(inst, this, value);
        } else {
            Ops.setAttr(obj, name, value);
        }
    }

    /**
     * The callee of {@code obj.name(...)}, found before the arguments are evaluated, as CPython's
     * {@code LOAD_METHOD} finds it: so a missing attribute (or a property or {@code __getattr__}
     * with effects) acts before any argument is computed. Null where the lookup cannot fail or have
     * effects and {@link #call} does it faster: a plain method of a script class, a method of a
     * list, str or dict, or one of a {@link NativeMethods} value.
     */
    public Object method(Object obj) {
        if (obj instanceof PyInstance inst) {
            return callee(inst) != null ? null : Attributes.get(inst, this);
        }
        if (obj instanceof PyClass c) {
            return classMethod(c) != null ? null : get(c);
        }
        if (obj instanceof PyModule) {
            return get(obj);
        }
        if (nativeMethod(obj) || obj instanceof PySet s && hasSetMethod(s)) {
            return null;
        }
        if (obj instanceof PyList || obj instanceof String || obj instanceof PyDict) {
            Class<?> c = obj.getClass();
            if (c == builtinWithMethod) {
                return null;
            }
            Object m = Ops.getAttr(obj, name);   // raises AttributeError for a name the type lacks
            builtinWithMethod = c;
            return m;
        }
        return Ops.getAttr(obj, name);
    }

    /**
     * The function {@code inst.name} is found as when it is a plain function of the class that
     * nothing can intercept (no {@code __getattribute__}, no instance attribute of that name), else
     * null. Calling it with {@code inst} first is what {@code inst.name(...)} does, without making a
     * bound method; a call node that found it before evaluating the arguments calls it even if an
     * argument rebinds the name, as CPython's {@code LOAD_METHOD} does.
     */
    public PyFunction plainMethod(PyInstance inst) {
        return callee(inst) instanceof PyFunction f ? f : null;
    }

    /**
     * What {@code inst.name(...)} may call directly: the {@link #plainMethod}, or list's method of
     * this name when {@code inst} is an instance of a script subclass of list that leaves it to
     * list (no {@code __getattribute__}, no class or instance attribute of the name): {@code inst.name}
     * would find list's own method bound to the list it holds, which the call may as well apply
     * directly (deltablue's {@code OrderedCollection(list)} appends and pops so). Else null. Both
     * answers are kept in the direct entries: they depend only on the class at its version and on
     * the instance dict's layout (or its absence), which the entry compares.
     */
    private Object callee(PyInstance inst) {
        PyClass type = inst.type();
        PyDict d = inst.dict;
        SharedKeys k = d == null ? null : d.shared;
        if (k != null || d == null) {
            for (Direct q = directMethod; q != null; q = q.older) {
                if (q.type == type && q.keys == k) {
                    if (q.version == type.version) {
                        return q.method;
                    }
                    break;
                }
            }
        }
        return findCallee(inst, type, d, k);
    }

    /** {@link #callee} the long way (out of line: a new class, layout or version here), noted for the next call. */
    private Object findCallee(PyInstance inst, PyClass type, PyDict d, SharedKeys k) {
        Object fn = null;
        if (!type.has(PyClass.GETATTRIBUTE)) {
            Object cv = classAttr(type);
            if (cv instanceof PyFunction f && own(inst) == null) {
                fn = f;
            } else if (cv == null && inst instanceof PyDerived der && der.value instanceof PyList
                    && listMethod() != NOT_LIST && own(inst) == null) {
                fn = listMethod();
            }
        }
        if (fn != null && (k != null || d == null) && directMade++ < DIRECT_LIMIT) {
            directMethod = Direct.push(directMethod, type, k, -1, null, fn);
        }
        return fn;
    }

    /**
     * The function of {@code cls.name} when it is a class method of a script function (found on the
     * class as {@code Ops.getAttr} finds it), else null: calling it with {@code cls} first is what
     * {@code cls.name(...)} does, without making a bound method.
     */
    public PyFunction classMethod(PyClass c) {
        return classAttr(c) instanceof Descriptors.ClassMethod cm && cm.function() instanceof PyFunction fn ? fn : null;
    }

    /** The builtin type last seen here that has this method (lookups on it are pure). */
    private volatile Class<?> builtinWithMethod;
    /** The {@link NativeMethods} class last found to have this site's method (a set lookup saved per call). */
    private volatile Class<?> nativeWithMethod;

    private boolean nativeMethod(Object obj) {
        if (!(obj instanceof NativeMethods n)) {
            return false;
        }
        Class<?> c = obj.getClass();
        if (c == nativeWithMethod) {
            return true;
        }
        if (n.hasMethod(name)) {
            nativeWithMethod = c;
            return true;
        }
        return false;
    }

    /**
     * Whether set (frozenset, for a frozen one) has a method of this site's name, which {@link #call}
     * then applies without making a bound method ({@code s.add(x)} in a loop): bit 0 set's answer,
     * bit 1 frozenset's, bit 2 that both were found (on the first set seen here). Threads racing on it only
     * repeat the lookup.
     */
    private int setMethods;

    private boolean hasSetMethod(PySet s) {
        int m = setMethods;
        if (m == 0) {
            m = 4 | (BuiltinMethods.methodNames(Types.SET).contains(name) ? 1 : 0)
                    | (BuiltinMethods.methodNames(Types.FROZENSET).contains(name) ? 2 : 0);
            setMethods = m;
        }
        return (m & (s.frozen ? 2 : 1)) != 0;
    }

    /** {@code obj.name(*args)}: a method of a script class is called without making a bound method. */
    public Object call(Object obj, Object[] args, String[] kwnames) {
        if (obj instanceof PyInstance inst) {
            Object c = callee(inst);
            if (c instanceof PyFunction fn) {
                return fn.callWithSelf(inst, args, kwnames);
            }
            if (c instanceof ListMethods.Method m && inst instanceof PyDerived der && der.value instanceof PyList l) {
                return m.call(l, args, kwnames); // (the check stands for the class's layout, which the entry implies)
            }
        } else if (obj instanceof PyClass c) {
            PyFunction fn = classMethod(c);
            if (fn != null) {
                return fn.callWithSelf(c, args, kwnames);
            }
        }
        if (obj instanceof String s && kwnames == null) {
            StrMethods.Method m = strMethod;
            if (m == null) {
                m = BuiltinMethods.strMethod(name);
                strMethod = m = m == null ? NOT_STR : m;
            }
            if (m != NOT_STR) {
                return m.call(s, name, StrMethods.plain(name, args), null);
            }
        }
        if (obj instanceof PyList l) {
            ListMethods.Method m = listMethod();
            if (m != NOT_LIST) {
                return m.call(l, args, kwnames);
            }
        } else if (obj != null && obj.getClass() == PyDict.class) { // not a mappingproxy, which has fewer
            DictMethods.Method m = dictMethod;
            if (m == null) {
                m = DictMethods.method(name);
                dictMethod = m = m == null ? NOT_DICT : m;
            }
            if (m != NOT_DICT) {
                return m.call((PyDict) obj, args, kwnames);
            }
        } else if (obj instanceof PySet s && hasSetMethod(s)) {
            SetMethods.Method m = setMethod;
            if (m == null) {
                setMethod = m = SetMethods.method(name); // not null: set or frozenset has the name
            }
            return m.call(s, args, kwnames); // what the bound method would call
        }
        if (nativeMethod(obj)) {
            return ((NativeMethods) obj).callMethod(name, args, kwnames);
        }
        return Ops.callMethod(obj, name, args, kwnames);
    }

    /**
     * str's method of this site's name, found on the first call on a str here and kept, so that later
     * calls go straight to it (no name switch per call); {@link #NOT_STR} when str has none.
     * Its values are stateless, so threads racing on it only repeat the lookup.
     */
    private StrMethods.Method strMethod;
    private static final StrMethods.Method NOT_STR = (s, n, a, k) -> null;

    /** list's and dict's methods of this site's name, kept as {@link #strMethod} is. */
    private ListMethods.Method listMethod;

    private ListMethods.Method listMethod() {
        ListMethods.Method m = listMethod;
        if (m == null) {
            m = ListMethods.method(name);
            listMethod = m = m == null ? NOT_LIST : m;
        }
        return m;
    }
    private static final ListMethods.Method NOT_LIST = (l, a, k) -> null;
    private DictMethods.Method dictMethod;
    private static final DictMethods.Method NOT_DICT = (d, a, k) -> null;
    /** set's method of this site's name, found on the first call on a set that has it, kept as {@link #strMethod} is. */
    private SetMethods.Method setMethod;
}
