package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class: built-in ({@code int}, {@code ValueError}, ...) or defined by a {@code class}
 * statement. Built-in classes are immutable, which is what lets them be shared by every
 * interpreter in the process without shared mutable state.
 */
public final class PyClass implements PyCallable {
    /** {@code __name__} (CPython's tp_name): set by the class statement, and again by an assignment to it. */
    public String name;
    /** {@code __module__}: set by the class statement, and again by an assignment to it (as in reprs). */
    public String module;
    /** The name in messages: {@link #name}, or module.name for library classes standing for C types. */
    String typeName;
    public final PyClass[] bases;
    public final PyClass[] mro;
    /** The metaclass when it is not {@code type} (a null check keeps plain classes on the fast path). */
    private final PyClass meta;
    /** {@code __qualname__}: the dotted path of nested classes. */
    public String qualname;
    private final Map<String, Object> dict;
    /** The script classes made with this one as a direct base ({@code __subclasses__()}); null for built-ins. */
    private final List<java.lang.ref.WeakReference<PyClass>> subclasses;
    private final boolean builtin;
    /** For built-in types: how calling the type makes a value. */
    private final PyCallable constructor;
    private final boolean exception;
    /** A built-in class of {@link SubclassableValue}s that scripts may extend (set once, by its factory). */
    private boolean subclassable;
    /** A built-in class whose instances its constructor makes whole, which scripts may extend (set once, by its factory). */
    private boolean derivable;
    /** A built-in class no class may extend (CPython's types without Py_TPFLAGS_BASETYPE; set once, by its factory). */
    private boolean sealed;
    /** Whether this class's own dict has {@code __new__}: a flag, so that instantiation need not look it up. */
    private boolean definesNew;

    /** Bits of {@link #hooks}: the attribute hooks a script class of the MRO defines. */
    static final int SETATTR = 1;
    static final int DELATTR = 2;
    static final int GETATTRIBUTE = 4;
    static final int GETATTR = 8;
    /** The class's instances are descriptors: it defines {@code __get__}, {@code __set__}, {@code __delete__}. */
    static final int DESC_GET = 16;
    static final int DESC_SET = 32;
    static final int DESC_DELETE = 64;
    private static final String[] HOOK_NAMES = {"__setattr__", "__delattr__", "__getattribute__", "__getattr__",
        "__get__", "__set__", "__delete__"};
    /**
     * Which hooks the MRO defines, so that attribute access on classes without hooks (most) tests one
     * int instead of looking names up. Recomputed here and in every subclass when a class's dict
     * gains or loses one of the names.
     */
    private int hooks;
    /** Slots of an instance, inherited included ({@code __slots__}); instances store them in an array. */
    final int slotCount;
    /** Whether instances have a {@code __dict__}: false when every class of the MRO has {@code __slots__}. */
    final boolean instanceDict;
    /** The empty root of the key layouts its instances' dicts share; made on the first instance dict. */
    private SharedKeys sharedKeys;

    /** The root layout for a new instance dict (two threads racing here only make two trees). */
    final SharedKeys sharedKeys() {
        SharedKeys k = sharedKeys;
        if (k == null) {
            k = new SharedKeys();
            sharedKeys = k;
        }
        return k;
    }

    private PyClass(String name, String module, PyClass[] bases, Map<String, Object> dict, boolean builtin,
                    PyCallable constructor, PyClass metaclass) {
        this.name = name;
        this.qualname = name;
        this.meta = metaclass == Types.TYPE ? null : metaclass;
        this.subclasses = builtin ? null : new ArrayList<>();
        this.module = module;
        this.typeName = CTypeNames.of(module, name);
        this.bases = bases;
        this.dict = dict;
        this.builtin = builtin;
        this.constructor = constructor;
        this.mro = linearize(this, bases);
        boolean exc = false;
        for (PyClass c : mro) {
            if (c.name.equals("BaseException") && c.builtin) {
                exc = true;
            }
        }
        this.exception = exc;
        this.definesNew = dict.containsKey("__new__");
        if (builtin) {
            // object() has no __dict__; other built-in classes whose values are PyInstances
            // (exceptions, random.Random) do
            this.slotCount = 0;
            this.instanceDict = bases.length > 0;
        } else {
            for (PyClass b : bases) {
                if (b.subclasses != null) {
                    b.subclasses.add(new java.lang.ref.WeakReference<>(this));
                }
            }
            int[] layout = Slots.layout(this, bases, dict);
            this.slotCount = layout[0];
            this.instanceDict = layout[1] != 0;
            this.hooks = computeHooks();
        }
    }

    private int computeHooks() {
        int h = 0;
        for (PyClass c : mro) {
            if (!c.builtin) {
                for (int i = 0; i < HOOK_NAMES.length; i++) {
                    if (c.dict.containsKey(HOOK_NAMES[i])) {
                        h |= 1 << i;
                    }
                }
            }
        }
        return h;
    }

    /** Whether a script class of the MRO defines the hook ({@link #SETATTR}, ...). */
    final boolean has(int hook) {
        return (hooks & hook) != 0;
    }

    /**
     * Counts changes to the dicts of this class and of its bases, so that {@link AttrSite}s can keep
     * what a lookup found for as long as it equals the value they saw. Only {@link #setAttr} and
     * {@link #delAttr} change a class's dict once it exists.
     */
    int version;

    /** {@link #version}, for caches outside this package (a {@code super().name(...)} call site's). */
    public int version() {
        return version;
    }

    /** A class's dict changed: its subclasses see the change through their MRO too. */
    private void changed(boolean hookName) {
        version++;
        if (hookName) {
            hooks = computeHooks();
        }
        if (subclasses == null) {
            return;
        }
        for (java.lang.ref.WeakReference<PyClass> r : subclasses) {
            PyClass sub = r.get();
            if (sub != null) {
                sub.changed(hookName);
            }
        }
    }

    private static boolean isHookName(String attr) {
        for (String n : HOOK_NAMES) {
            if (n.equals(attr)) {
                return true;
            }
        }
        return false;
    }

    /** A built-in class; {@code dict} is frozen. */
    public static PyClass builtin(String name, String module, PyCallable constructor, Map<String, Object> dict,
                                  PyClass... bases) {
        return new PyClass(name, module, bases, Map.copyOf(dict), true, constructor, null);
    }

    /**
     * A built-in class whose instances are {@link SubclassableValue}s, so that script classes may extend
     * it; {@code constructor} called without arguments must make the empty value {@code __new__} gives.
     */
    public static PyClass subclassableBuiltin(String name, String module, PyCallable constructor,
                                              Map<String, Object> dict, PyClass... bases) {
        PyClass c = builtin(name, module, constructor, dict, bases);
        c.subclassable = true;
        return c;
    }

    boolean subclassable() {
        return subclassable;
    }

    /**
     * A built-in class (base {@code object}) whose methods are made with it, so that they can name it
     * (a method descriptor's {@code __objclass__}). With {@code derivable}, script classes may extend
     * it and its instances are what the constructor makes of the arguments, as {@code tuple}'s or
     * {@code int}'s: a subclass instance holds the value the constructor made ({@link PyDerived}), as
     * the itertools types' {@code __new__} makes the iterator in CPython. Without, it is no acceptable
     * base type.
     */
    public static PyClass builtin(String name, String module, PyCallable constructor, boolean derivable,
                                  java.util.function.Function<PyClass, Map<String, Object>> methods) {
        HashMap<String, Object> dict = new HashMap<>();
        PyClass c = new PyClass(name, module, new PyClass[] {Types.OBJECT}, dict, true, constructor, null);
        dict.putAll(methods.apply(c)); // before any use; the class is built-in, so scripts cannot change it
        c.derivable = derivable;
        c.sealed = !derivable;
        return c;
    }

    /** This built-in class, made no acceptable base type (as CPython's types without Py_TPFLAGS_BASETYPE). */
    public PyClass asFinal() {
        sealed = true;
        return this;
    }

    boolean sealed() {
        return sealed;
    }

    boolean derivable() {
        return derivable;
    }

    /** A class made by a {@code class} statement, with the metaclass its bases imply. */
    public static PyClass user(String name, String module, PyClass[] bases, HashMap<String, Object> dict) {
        return user(name, module, bases, dict, Metaclasses.winner(Types.TYPE, bases));
    }

    /** A class made by {@code type.__new__(metaclass, name, bases, ns)}. */
    public static PyClass user(String name, String module, PyClass[] bases, HashMap<String, Object> dict,
                               PyClass metaclass) {
        for (String implicit : new String[] {"__init_subclass__", "__class_getitem__"}) {
            if (dict.get(implicit) instanceof PyFunction f) {
                dict.put(implicit, new Descriptors.ClassMethod(f)); // implicitly a classmethod, as in CPython
            }
        }
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
            dict.put("__hash__", PyNone.NONE); // as CPython: defining __eq__ alone makes instances unhashable
        }
        PyClass c = new PyClass(name, module, bases, dict, false, null, metaclass);
        for (Object v : new ArrayList<>(dict.values())) {
            if (v instanceof PyFunction f && f.owner == null) {
                f.owner = c;
            } else if (v instanceof Descriptors.Property p) {
                p.setOwner(c);
            } else if (v instanceof Descriptors.ClassMethod cm && cm.function() instanceof PyFunction f) {
                f.owner = c;
            } else if (v instanceof Descriptors.StaticMethod sm && sm.function() instanceof PyFunction f) {
                f.owner = c;
            }
        }
        c.setNames();
        return c;
    }

    /** {@code type(cls)}. */
    public PyClass metaclass() {
        return meta == null ? Types.TYPE : meta;
    }

    /** The metaclass if it is not {@code type}, else null. */
    PyClass customMetaclass() {
        return meta;
    }

    /** {@code cls.__subclasses__()}: the live script classes with this one as a direct base. */
    public PyList subclassList() {
        PyList out = new PyList();
        if (subclasses != null) {
            subclasses.removeIf(r -> r.get() == null);
            for (java.lang.ref.WeakReference<PyClass> r : subclasses) {
                PyClass c = r.get();
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** {@code __set_name__(owner, name)} of each attribute that has one, as {@code type.__new__} calls it. */
    private void setNames() {
        for (Map.Entry<String, Object> e : new ArrayList<>(dict.entrySet())) {
            if (e.getValue() instanceof PyInstance d && !d.type().isBuiltin()) {
                Object hook = d.type().lookup("__set_name__");
                if (hook != null) {
                    try {
                        Ops.callKw(hook, new Object[] {d, this, e.getKey()}, null);
                    } catch (PyException err) {
                        PyException wrapped = Exceptions.newException(Exceptions.RUNTIME_ERROR,
                                "Error calling __set_name__ on '" + d.type().name + "' instance '" + e.getKey()
                                + "' in '" + name + "'");
                        wrapped.value.cause = err.value;
                        wrapped.value.suppressContext = true;
                        throw wrapped;
                    }
                }
            }
        }
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isException() {
        return exception;
    }

    /** The attribute along the MRO, or null. */
    public Object lookup(String attr) {
        for (PyClass c : mro) {
            Object v = c.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Special methods the interpreter looks up on an instance's class for operators, truth tests,
     * calls and construction; {@link #special} remembers what {@link #lookup} found for each.
     */
    enum Special {
        BOOL("__bool__"), LEN("__len__"), EQ("__eq__"), NE("__ne__"), LT("__lt__"), LE("__le__"),
        GT("__gt__"), GE("__ge__"), INIT("__init__"), ITER("__iter__"), GETITEM("__getitem__"),
        SETITEM("__setitem__"), CONTAINS("__contains__"), HASH("__hash__"), CALL("__call__"),
        // the binary operators and their reflected forms (Ops.binaryDunder),
        ADD("__add__"), RADD("__radd__"), SUB("__sub__"), RSUB("__rsub__"), MUL("__mul__"), RMUL("__rmul__"),
        TRUEDIV("__truediv__"), RTRUEDIV("__rtruediv__"), FLOORDIV("__floordiv__"), RFLOORDIV("__rfloordiv__"),
        MOD("__mod__"), RMOD("__rmod__"), POW("__pow__"), RPOW("__rpow__"), LSHIFT("__lshift__"),
        RLSHIFT("__rlshift__"), RSHIFT("__rshift__"), RRSHIFT("__rrshift__"), AND("__and__"), RAND("__rand__"),
        OR("__or__"), ROR("__ror__"), XOR("__xor__"), RXOR("__rxor__"), MATMUL("__matmul__"),
        RMATMUL("__rmatmul__"), DIVMOD("__divmod__"), RDIVMOD("__rdivmod__"),
        // the unary ones (Ops.unaryDunder)
        NEG("__neg__"), POS("__pos__"), INVERT("__invert__");

        final String dunder;

        Special(String dunder) {
            this.dunder = dunder;
        }
    }

    /**
     * What {@link #lookup} found for a special name at a {@link #version} (null: absent). Immutable,
     * so that threads sharing a built-in class never see the version of one lookup with the value
     * of another.
     */
    private record Found(int version, Object value) {
    }

    private final Found[] specials = new Found[Special.values().length];

    /**
     * {@code lookup(s.dunder)}, remembered while no dict of the MRO changes: {@code a == b} on
     * instances asks for {@code __eq__} (and {@code __ne__}) each time, and most classes define
     * neither, which the lookup only learns by walking every dict of the MRO.
     */
    Object special(Special s) {
        Found f = specials[s.ordinal()];
        int v = version;
        if (f == null || f.version != v) {
            f = new Found(v, lookup(s.dunder));
            specials[s.ordinal()] = f;
        }
        return f.value;
    }

    public Object getOwn(String attr) {
        return dict.get(attr);
    }

    public void setAttr(String attr, Object value) {
        if (builtin) {
            throw Exceptions.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (attr.equals("__class__")) {
            setClass(value);
        }
        if (attr.equals("__name__") || attr.equals("__qualname__")) { // type's getset descriptors, not dict entries
            if (!(value instanceof String text)) {
                throw Exceptions.typeError("can only assign string to " + name + "." + attr + ", not '"
                        + Ops.typeName(value) + "'");
            }
            if (attr.equals("__qualname__")) {
                qualname = text;
            } else if (text.indexOf('\0') >= 0) {
                throw Exceptions.valueError("type name must not contain null characters");
            } else {
                name = text;
                typeName = text;
            }
            changed(false);
            return;
        }
        dict.put(attr, value);
        if (attr.equals("__new__")) {
            definesNew = true;
        } else if (attr.equals("__module__") && value instanceof String m) {
            module = m;
        }
        changed(isHookName(attr));
    }

    /**
     * {@code C.__class__ = M} refused as CPython refuses it when {@code type} or a built-in class is
     * involved; between two script metaclasses (which CPython allows for compatible layouts) it is
     * refused too, since call sites keep what they found on the metaclass.
     */
    private void setClass(Object value) {
        if (!(value instanceof PyClass c)) {
            throw Exceptions.typeError("__class__ must be set to a class, not '" + Ops.typeName(value) + "' object");
        }
        if (meta == null || meta.isBuiltin() || c.isBuiltin()) {
            throw Exceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        throw Exceptions.typeError("__class__ assignment of a class is not supported here (tauraro)");
    }

    /** {@code del C.attr}; false when the class's own dict has no such attribute. */
    public boolean delAttr(String attr) {
        if (builtin) {
            throw Exceptions.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        if (!dict.containsKey(attr)) {
            return false;
        }
        dict.remove(attr);
        if (attr.equals("__new__")) {
            definesNew = false;
        }
        changed(isHookName(attr));
        return true;
    }

    /**
     * The index of the slot that this class's own {@code __slots__} declares as {@code name} (its
     * subclasses keep it, base slots coming first), or -1.
     */
    public int slotIndex(String name) {
        return dict.get(name) instanceof Slots.Member m ? m.index : -1;
    }

    public boolean isSubclassOf(PyClass other) {
        for (PyClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    public Map<String, Object> dictView() {
        return java.util.Collections.unmodifiableMap(dict);
    }

    /**
     * {@code C.__dict__} of a script class: one read-only view of its namespace, made on the first
     * read and live (it shows later changes, as CPython's mappingproxy does), so a read costs no
     * allocation. A built-in class's namespace is put together on each read instead
     * ({@link BuiltinMethods#typeDict}), as before.
     */
    MappingProxy namespaceProxy() {
        MappingProxy p = namespaceProxy;
        if (p == null) {
            p = new MappingProxy(BuiltinMethods.typeDict(this));
            if (!builtin) {
                namespaceProxy = p; // immutable wrapper of a final map: threads may share or race to make it
            }
        }
        return p;
    }

    private MappingProxy namespaceProxy;

    /** The name as tracebacks and reprs show it: module-qualified unless builtins or __main__. */
    public String qualifiedName() {
        return module.equals("builtins") || module.equals("__main__") ? name : module + "." + name;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (meta != null) {
            Object mc = meta.lookup("__call__");
            if (mc != Metaclasses.TYPE_CALL) {
                return Ops.callKw(mc, Metaclasses.prepend(this, args), kwnames); // a metaclass's __call__
            }
        }
        return construct(args, kwnames);
    }

    /** {@code type.__call__(cls, *args)}: {@code __new__}, then {@code __init__} on an instance of this class. */
    public Object construct(Object[] args, String[] kwnames) {
        if (constructor != null) {
            return constructor.call(args, kwnames);
        }
        Object obj;
        Object newFn = newFunction();
        if (newFn != null) {
            // A script-defined __new__ (implicitly static): it makes the object; __init__ only runs
            // on an instance of this class, as in CPython.
            Object made = Ops.callKw(newFn instanceof Descriptors.StaticMethod sm ? sm.function() : newFn,
                    Metaclasses.prepend(this, args), kwnames);
            if (!Ops.type(made).isSubclassOf(this)) {
                return made;
            }
            obj = made;
        } else {
            obj = allocate(args, kwnames);
        }
        Object init = special(Special.INIT);
        if (init == null && obj instanceof PyDerived d) {
            d.builtinInit(d.builtinBase(), args, kwnames); // dict.__init__, list.__init__, ...
            return obj;
        }
        if (init instanceof PyFunction f) {
            Object r = f.callWithSelf(obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw Exceptions.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
            }
        } else if (init == null && !exception && newFn == null && args.length > 0) {
            throw Exceptions.typeError(name + "() takes no arguments");
        } else if (init instanceof PyCallable c && !(init instanceof PyFunction)
                && (!exception || init instanceof BuiltinFunction)) {
            // (an exception class's own built-in __init__, such as json.JSONDecodeError(msg, doc, pos)'s)
            c.call(Metaclasses.prepend(obj, args), kwnames);
        }
        return obj;
    }

    /**
     * The {@code __init__} of this class when calling it is only {@code object.__new__} and then that
     * script function: no metaclass, no built-in base but {@code object}, no exception class, no
     * {@code __new__} in the MRO. Call nodes then make the instance and run {@code __init__}'s body
     * themselves ({@link #construct} does the same through an argument array and a bound call).
     * Null otherwise; remembered per {@link #version}, as {@code __init__} and {@code __new__} can
     * only change with it.
     */
    public PyFunction plainInit() {
        PlainInit p = plainInit;
        int v = version;
        if (p == null || p.version != v) {
            boolean plain = !builtin && meta == null && !exception && firstBuiltinConstructor() == Types.OBJECT
                    && newFunction() == null;
            p = new PlainInit(v, plain && special(Special.INIT) instanceof PyFunction f ? f : null);
            plainInit = p;
        }
        return p.init;
    }

    /** What {@link #plainInit} found at a version; immutable, for threads sharing the class. */
    private record PlainInit(int version, PyFunction init) {
    }

    private PlainInit plainInit;

    /** The {@code __new__} a script class defines or inherits, or null (most classes: two flag reads). */
    private Object newFunction() {
        for (PyClass c : mro) {
            if (c.definesNew) {
                return c.dict.get("__new__");
            }
        }
        return null;
    }

    /**
     * A new, uninitialised instance of this class: {@code object.__new__(cls)}, or
     * {@code BaseException.__new__(cls, *args)} for exception classes, or a new class for a metaclass.
     */
    public Object allocate(Object[] args, String[] kwnames) {
        PyClass base = firstBuiltinConstructor();
        PyInstance obj;
        if (exception) {
            obj = ExceptionMembers.create(this, args, kwnames);
        } else if (base == Types.TYPE) {
            return Metaclasses.typeNew(this, args, kwnames);
        } else if (base != null && PyDerived.derivableBase(base) != null) {
            return PyDerived.allocate(this, base, args, kwnames);
        } else if (base == Types.MODULE) {
            return PyModule.allocate(this);
        } else if (base != null && base != Types.OBJECT) {
            throw Exceptions.typeError("subclassing built-in type '" + base.name + "' is not supported");
        } else {
            obj = new PyInstance(this);
        }
        return obj;
    }

    private PyClass firstBuiltinConstructor() {
        for (PyClass c : mro) {
            if (c.builtin) {
                return c;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        // as CPython's type_repr: the qualified name after a module, tp_name (the __name__) in builtins
        return "<class '" + (module.equals("builtins") ? name : module + "." + qualname) + "'>";
    }

    /**
     * C3 linearization, as Python computes {@code __mro__}. With one base (nearly every class, and
     * all the built-in ones made at each start: the general merge was a third of {@code -c pass}'s
     * main-thread CPU) the merge can only give the class followed by its base's MRO.
     */
    private static PyClass[] linearize(PyClass self, PyClass[] bases) {
        if (bases.length <= 1) {
            PyClass[] inherited = bases.length == 0 ? new PyClass[0] : bases[0].mro;
            PyClass[] mro = new PyClass[inherited.length + 1];
            mro[0] = self;
            System.arraycopy(inherited, 0, mro, 1, inherited.length);
            return mro;
        }
        for (int i = 1; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) {
                    throw Exceptions.typeError("duplicate base class " + bases[i].name);
                }
            }
        }
        List<List<PyClass>> seqs = new ArrayList<>();
        for (PyClass b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyClass> result = new ArrayList<>();
        result.add(self);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyClass[0]);
            }
            PyClass next = null;
            for (List<PyClass> s : seqs) {
                PyClass head = s.get(0);
                boolean inTail = false;
                for (List<PyClass> t : seqs) {
                    if (t.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                // CPython's message: the heads left to merge, each named once, in merge order.
                java.util.Set<PyClass> heads = new java.util.LinkedHashSet<>();
                for (List<PyClass> s : seqs) {
                    heads.add(s.get(0));
                }
                StringBuilder names = new StringBuilder();
                for (PyClass h : heads) {
                    names.append(names.length() == 0 ? "" : ", ").append(h.name);
                }
                throw Exceptions.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(next);
            for (List<PyClass> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }

    /** Builder-ish helper for the builtin tables. */
    public static Map<String, Object> dictOf(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
