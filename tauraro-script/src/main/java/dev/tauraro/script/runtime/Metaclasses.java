package dev.tauraro.script.runtime;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * How classes are made: the {@code class} statement's protocol (metaclass choice, {@code __prepare__},
 * the metaclass call, {@code __init_subclass__}) and {@code type}'s own {@code __new__},
 * {@code __init__}, {@code __call__} and {@code __prepare__}, which metaclasses reach through
 * {@code super()}.
 *
 * <p>A class made with no metaclass other than {@code type} never leaves Java: the statement builds
 * it directly, without packing a namespace dict or calling through {@code type.__call__}.
 */
public final class Metaclasses {
    private Metaclasses() {
    }

    /**
     * {@code type}'s own methods, called through one switch rather than made as a lambda each: on
     * JDK 17 linking a lambda's call site costs about 0.1 ms of interpreted bootstrap code, and these
     * are all made at every start (see Types.New).
     */
    private enum TypeFn implements PyCallable {
        CALL, NEW, INIT, PREPARE, SETATTR, DELATTR;

        @Override
        public Object call(Object[] a, String[] k) {
            return switch (this) {
                case CALL -> typeDunderCall(a, k);
                case NEW -> typeDunderNew(a, k);
                case INIT -> typeDunderInit(a, k);
                case PREPARE -> new PyDict();
                case SETATTR -> typeDunderSetattr(a);
                case DELATTR -> typeDunderDelattr(a);
            };
        }
    }

    static final BuiltinFunction TYPE_CALL = new BuiltinFunction("__call__", TypeFn.CALL);
    static final BuiltinFunction TYPE_NEW = new BuiltinFunction("__new__", TypeFn.NEW);
    static final BuiltinFunction TYPE_INIT = new BuiltinFunction("__init__", TypeFn.INIT);
    /** {@code type.__prepare__(name, bases, **kwargs)}: an empty dict. */
    static final BuiltinFunction TYPE_PREPARE = new BuiltinFunction("__prepare__", TypeFn.PREPARE);
    static final BuiltinFunction TYPE_SETATTR = new BuiltinFunction("__setattr__", TypeFn.SETATTR);
    static final BuiltinFunction TYPE_DELATTR = new BuiltinFunction("__delattr__", TypeFn.DELATTR);

    /** {@code type.__call__(cls, *args, **kwargs)}: {@code cls.__new__} then {@code cls.__init__}. */
    private static Object typeDunderCall(Object[] a, String[] k) {
        if (a.length == 0 || !(a[0] instanceof PyClass c)) {
            throw Exceptions.typeError("descriptor '__call__' of 'type' object needs an argument");
        }
        return c.construct(java.util.Arrays.copyOfRange(a, 1, a.length), k);
    }

    /** {@code type.__new__(mcs, name, bases, ns, **kwargs)}. */
    private static Object typeDunderNew(Object[] a, String[] k) {
        if (a.length == 0 || !(a[0] instanceof PyClass mcs)) {
            throw Exceptions.typeError("type.__new__(X): X is not a type object");
        }
        if (!mcs.isSubclassOf(Types.TYPE)) {
            throw Exceptions.typeError("type.__new__(" + mcs.name + "): " + mcs.name + " is not a subtype of type");
        }
        return typeNew(mcs, java.util.Arrays.copyOfRange(a, 1, a.length), k);
    }

    /** {@code type.__init__}: the class is complete already; only the argument count is checked. */
    private static Object typeDunderInit(Object[] a, String[] k) {
        int n = a.length - 1 - (k == null ? 0 : k.length);
        if (n != 1 && n != 3) {
            throw Exceptions.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return PyNone.NONE;
    }

    /**
     * {@code type.__setattr__(cls, name, value)}: the plain class attribute store, which a metaclass
     * defining its own {@code __setattr__} (enum's, refusing to rebind members) calls to get past itself.
     */
    private static Object typeDunderSetattr(Object[] a) {
        if (a.length != 3 || !(a[0] instanceof PyClass c) || !(a[1] instanceof String name)) {
            throw Exceptions.typeError("descriptor '__setattr__' of 'type' object needs a type, a str and a value");
        }
        c.setAttr(name, a[2]);
        return PyNone.NONE;
    }

    /** {@code type.__delattr__(cls, name)}. */
    private static Object typeDunderDelattr(Object[] a) {
        if (a.length != 2 || !(a[0] instanceof PyClass c) || !(a[1] instanceof String name)) {
            throw Exceptions.typeError("descriptor '__delattr__' of 'type' object needs a type and a str");
        }
        if (!c.delAttr(name)) {
            throw Ops.noAttribute(c, name);
        }
        return PyNone.NONE;
    }

    /**
     * A method of {@code type} that class objects answer: read on {@code type} it is unbound
     * ({@code type.mro(C)}), read on another class it is bound to that class ({@code C.mro()}).
     * {@code extra} is how many arguments follow the class. {@code __instancecheck__} and
     * {@code __subclasscheck__} are the plain tests, without a metaclass's hook: what a metaclass's
     * own hook reaches through {@code super()}.
     */
    enum TypeMethod implements PyCallable {
        INSTANCECHECK("__instancecheck__", 1), SUBCLASSCHECK("__subclasscheck__", 1), MRO("mro", 0),
        SUBCLASSES("__subclasses__", 0);

        private final String pyName;
        private final int extra;

        TypeMethod(String pyName, int extra) {
            this.pyName = pyName;
            this.extra = extra;
        }

        BuiltinFunction unbound() {
            return new BuiltinFunction(pyName, this);
        }

        /** The unbound method's call ({@code type.mro(C)}): the class comes first. */
        @Override
        public Object call(Object[] a, String[] k) {
            if (a.length == 0) {
                throw Exceptions.typeError("unbound method type." + pyName + "() needs an argument");
            }
            if (!(a[0] instanceof PyClass c)) {
                throw Exceptions.typeError("descriptor '" + pyName + "' for 'type' objects doesn't apply to a '"
                        + Ops.typeName(a[0]) + "' object");
            }
            return run(c, "type", java.util.Arrays.copyOfRange(a, 1, a.length));
        }

        BuiltinFunction bound(PyClass c) {
            return new BuiltinFunction(pyName, c, (a, k) -> run(c, c.name, a));
        }

        private Object run(PyClass c, String owner, Object[] rest) {
            if (rest.length != extra) {
                throw Exceptions.typeError(owner + "." + pyName + "() takes " + (extra == 0 ? "no arguments"
                        : "exactly one argument") + " (" + rest.length + " given)");
            }
            return switch (this) {
                case INSTANCECHECK -> Ops.isInstance(rest[0], c);
                case SUBCLASSCHECK -> {
                    if (!(rest[0] instanceof PyClass sub)) {
                        throw Exceptions.typeError("issubclass() arg 1 must be a class");
                    }
                    yield sub.isSubclassOf(c);
                }
                case MRO -> new PyList(java.util.Arrays.asList(c.mro));
                case SUBCLASSES -> c.subclassList();
            };
        }
    }

    /**
     * The members {@code type} contributes to metaclasses that subclass it. Read on a class whose
     * metaclass is {@code type}, the methods among them are bound to that class (see {@link Ops#getAttrOrNull}).
     */
    static Map<String, Object> typeDict() {
        return Map.of("__call__", TYPE_CALL, "__new__", TYPE_NEW, "__init__", TYPE_INIT,
                "__prepare__", new Descriptors.StaticMethod(TYPE_PREPARE),
                "__setattr__", TYPE_SETATTR, "__delattr__", TYPE_DELATTR,
                "__instancecheck__", TypeMethod.INSTANCECHECK.unbound(),
                "__subclasscheck__", TypeMethod.SUBCLASSCHECK.unbound(),
                "mro", TypeMethod.MRO.unbound(), "__subclasses__", TypeMethod.SUBCLASSES.unbound());
    }

    /** {@code type(x)} and {@code type(name, bases, ns)}. */
    static Object typeCall(Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length - nk == 1 && nk == 0) {
            return Ops.type(a[0]);
        }
        if (a.length - nk != 3) {
            throw Exceptions.typeError("type() takes 1 or 3 arguments");
        }
        return typeNew(Types.TYPE, a, k);
    }

    /**
     * A special method that the metaclass of {@code cls} defines in script code, bound to {@code cls}
     * ({@code __instancecheck__}, {@code __subclasscheck__}), or null: classes made by {@code type} pay
     * one null check.
     */
    public static Object hook(PyClass cls, String name) {
        PyClass meta = cls.customMetaclass();
        if (meta == null) {
            return null;
        }
        for (PyClass m : meta.mro) {
            if (m.isBuiltin()) {
                return null;
            }
            Object v = m.getOwn(name);
            if (v != null) {
                return v instanceof PyFunction ? new BoundMethod(cls, v) : v;
            }
        }
        return null;
    }

    static Object[] prepend(Object first, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = first;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /**
     * The most derived of {@code explicit} and the metaclasses of {@code bases}, or the CPython
     * "metaclass conflict" TypeError when they are not in one line of inheritance.
     */
    public static PyClass winner(PyClass explicit, PyClass[] bases) {
        PyClass w = explicit;
        for (PyClass b : bases) {
            PyClass m = b.metaclass();
            if (w.isSubclassOf(m)) {
                continue;
            }
            if (m.isSubclassOf(w)) {
                w = m;
                continue;
            }
            throw Exceptions.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return w;
    }

    /**
     * {@code type.__new__(mcs, name, bases, ns, **kwargs)}: the class, after {@code __init_subclass__}
     * of its parent has seen it. {@code a} holds name, bases and namespace, then the keyword values.
     */
    static PyClass typeNew(PyClass mcs, Object[] a, String[] k) {
        int nk = k == null ? 0 : k.length;
        if (a.length - nk != 3) {
            throw Exceptions.typeError("type.__new__() takes exactly 3 arguments (" + (a.length - nk) + " given)");
        }
        if (!(a[0] instanceof String name)) {
            throw Exceptions.typeError("type.__new__() argument 1 must be str, not " + Ops.typeName(a[0]));
        }
        if (!(a[1] instanceof PyTuple bt)) {
            throw Exceptions.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(a[1]));
        }
        if (!(PyDerived.unwrap(a[2]) instanceof PyDict d)) {
            throw Exceptions.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(a[2]));
        }
        PyClass[] bases = classes(bt.items);
        HashMap<String, Object> ns = new java.util.LinkedHashMap<>(); // definition order, as C.__dict__ shows it
        d.forEach((key, v) -> {
            if (!(key instanceof String s)) {
                throw Exceptions.typeError("type.__new__() namespace keys must be str");
            }
            ns.put(s, v);
        });
        ns.putIfAbsent("__doc__", PyNone.NONE); // every class has one, as type.__new__ makes it
        Object module = ns.get("__module__");
        if (!(module instanceof String)) {
            // as type.__new__: the module whose code called it (types.new_class's classes are in 'types')
            Frame caller = CallDepth.current().top;
            module = caller == null ? "builtins" : caller.module.name;
            ns.put("__module__", module);
        }
        return create(mcs, name, (String) module, bases, ns,
                java.util.Arrays.copyOfRange(a, 3, a.length), k);
    }

    private static PyClass[] classes(Object[] items) {
        PyClass[] bases = new PyClass[items.length == 0 ? 1 : items.length];
        if (items.length == 0) {
            bases[0] = Types.OBJECT;
        }
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyClass c)) {
                if (Ops.getAttrOrNull(items[i], "__mro_entries__") != null) {
                    throw Exceptions.typeError("type() doesn't support MRO entry resolution; use types.new_class()");
                }
                throw Exceptions.typeError("metaclass conflict: the metaclass of a derived class must be a "
                        + "(non-strict) subclass of the metaclasses of all its bases");
            }
            bases[i] = c;
        }
        return bases;
    }

    /** Built-in types that CPython does not let a class extend. */
    private static boolean isFinal(PyClass b) {
        return b == Types.BOOL || b == Types.RANGE || b == Types.NONETYPE || b == Types.FUNCTION
                || b == Types.BUILTIN_FUNCTION || b == Types.METHOD || b == Types.METHOD_DESCRIPTOR
                || b == Types.GENERATOR || b == Types.COROUTINE
                || b == Types.ASYNC_GENERATOR || b == Types.SLICE || b.sealed();
    }

    /** The class itself, then {@code __init_subclass__} with the class keywords. */
    static PyClass create(PyClass mcs, String name, String module, PyClass[] bases, HashMap<String, Object> ns,
                          Object[] kwvalues, String[] kwnames) {
        for (PyClass b : bases) {
            if (isFinal(b)) {
                throw Exceptions.typeError("type '" + b.typeName + "' is not an acceptable base type");
            }
        }
        PyClass meta = winner(mcs, bases);
        Object qual = ns.remove("__qualname__");
        PyClass created = PyClass.user(name, module, bases, ns, meta);
        if (qual instanceof String q) {
            created.qualname = q;
        }
        initSubclass(created, kwvalues, kwnames);
        return created;
    }

    /** {@code super(cls, cls).__init_subclass__(**kwargs)}, which for {@code object} accepts no keywords. */
    private static void initSubclass(PyClass created, Object[] kwvalues, String[] kwnames) {
        for (int i = 1; i < created.mro.length; i++) {
            Object hook = created.mro[i].getOwn("__init_subclass__");
            if (hook instanceof Descriptors.ClassMethod cm) {
                Ops.callKw(cm.function(), prepend(created, kwvalues), kwnames);
                return;
            }
            if (hook != null) {
                Ops.callKw(hook, kwvalues, kwnames);
                return;
            }
        }
        if (kwnames != null && kwnames.length > 0) {
            throw Exceptions.typeError(created.name + ".__init_subclass__() takes no keyword arguments");
        }
    }

    /** {@code object.__init_subclass__} reached through {@code super()}: rejects keywords. */
    static BuiltinFunction objectInitSubclass(PyClass cls) {
        return new BuiltinFunction("__init_subclass__", (a, k) -> {
            if (k != null && k.length > 0) {
                throw Exceptions.typeError(cls.name + ".__init_subclass__() takes no keyword arguments");
            }
            if (a.length > 0) {
                throw Exceptions.typeError(cls.name + ".__init_subclass__() takes no arguments (" + a.length + " given)");
            }
            return PyNone.NONE;
        });
    }

    /**
     * Runs a {@code class} statement once its body function is ready: chooses the metaclass, asks it
     * for the namespace, runs the body into it, and makes the class.
     *
     * @param args bases, then the keyword values ({@code metaclass=} among them)
     */
    public static Object classStatement(String name, String module, String qualname, Object[] args,
                                        String[] kwnames, java.util.function.Consumer<Map<String, Object>> body) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int np = args.length - nk;
        Object explicit = null;
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < nk; i++) {
            if (kwnames[i].equals("metaclass")) {
                explicit = args[np + i];
            } else {
                names.add(kwnames[i]);
                values.add(args[np + i]);
            }
        }
        String[] kn = names.isEmpty() ? null : names.toArray(new String[0]);
        Object[] kv = values.toArray();
        Object[] origBases = null;
        Object[] resolved = resolveMroEntries(args, np);
        if (resolved != null) {
            origBases = java.util.Arrays.copyOf(args, np);
            np = resolved.length - nk;
            args = resolved;
        }
        PyClass[] bases = new PyClass[np == 0 ? 1 : np];
        if (np == 0) {
            bases[0] = Types.OBJECT;
        }
        for (int i = 0; i < np; i++) {
            if (!(args[i] instanceof PyClass c)) {
                throw Exceptions.typeError("bases must be types");
            }
            bases[i] = c;
        }
        Object meta = explicit;
        if (explicit == null || explicit instanceof PyClass) {
            meta = winner(explicit == null ? Types.TYPE : (PyClass) explicit, bases);
        }
        Object[] baseTuple = np == 0 ? new Object[0] : java.util.Arrays.copyOf(args, np);
        if (meta == Types.TYPE) {
            HashMap<String, Object> ns = initialNamespace(new java.util.LinkedHashMap<>(), module, qualname);
            body.accept(ns);
            if (origBases != null) {
                ns.put("__orig_bases__", new PyTuple(origBases));
            }
            // a body that assigns __module__ names the class's module, as in CPython
            return create(Types.TYPE, name, ns.get("__module__") instanceof String m ? m : module, bases, ns, kv, kn);
        }
        Object prepare = Ops.getAttrOrNull(meta, "__prepare__");
        Object mapping = prepare == null || prepare == TYPE_PREPARE ? new PyDict()
                : Ops.callKw(prepare, concat(new Object[] {name, new PyTuple(baseTuple)}, kv), kn);
        Map<String, Object> ns;
        if (mapping instanceof PyDict d && d.getClass() == PyDict.class) {
            ns = new DictNamespace(d);
        } else if (Ops.isInstance(mapping, Types.DICT) || Ops.getAttrOrNull(mapping, "__getitem__") != null) {
            ns = new MappingNamespace(mapping);
        } else {
            throw Exceptions.typeError(Ops.repr(meta) + ".__prepare__() must return a mapping, not "
                    + Ops.typeName(mapping));
        }
        initialNamespace(ns, module, qualname);
        body.accept(ns);
        if (origBases != null) {
            ns.put("__orig_bases__", new PyTuple(origBases));
        }
        return Ops.callKw(meta, concat(new Object[] {name, new PyTuple(baseTuple), mapping}, kv), kn);
    }

    /**
     * PEP 560: a base that is not a class but has {@code __mro_entries__} is replaced by the tuple
     * that method returns for the original bases (how {@code typing.Generic[T]} and its kin are
     * written as bases). Returns the new bases, or null when no base asked for it, so the common
     * class statement allocates nothing more.
     */
    private static Object[] resolveMroEntries(Object[] args, int np) {
        java.util.List<Object> out = null;
        PyTuple orig = null;
        for (int i = 0; i < np; i++) {
            Object b = args[i];
            Object entries = b instanceof PyClass ? null : Ops.getAttrOrNull(b, "__mro_entries__");
            if (entries == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>(java.util.Arrays.asList(args).subList(0, i));
                orig = new PyTuple(java.util.Arrays.copyOf(args, np));
            }
            if (!(Ops.call(entries, orig) instanceof PyTuple t)) {
                throw Exceptions.typeError("__mro_entries__ must return a tuple");
            }
            out.addAll(java.util.Arrays.asList(t.items));
        }
        if (out == null) {
            return null;
        }
        out.addAll(java.util.Arrays.asList(args).subList(np, args.length));
        return out.toArray();
    }

    private static <M extends Map<String, Object>> M initialNamespace(M ns, String module, String qualname) {
        ns.put("__module__", module);
        ns.put("__qualname__", qualname);
        return ns;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** A class body writing straight into the dict {@code __prepare__} returned. */
    private static final class DictNamespace extends AbstractMap<String, Object> {
        private final PyDict dict;

        DictNamespace(PyDict dict) {
            this.dict = dict;
        }

        @Override
        public Object get(Object key) {
            return dict.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            return dict.put(key, value);
        }

        @Override
        public Object remove(Object key) {
            return dict.remove(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            dict.forEach((k, v) -> copy.put(Ops.str(k), v));
            return copy.entrySet();
        }
    }

    /** A class body writing through the item protocol of any mapping {@code __prepare__} returned. */
    private static final class MappingNamespace extends AbstractMap<String, Object> {
        private final Object mapping;

        MappingNamespace(Object mapping) {
            this.mapping = mapping;
        }

        @Override
        public Object get(Object key) {
            try {
                return Ops.getItem(mapping, key);
            } catch (PyException e) {
                if (e.value.type().isSubclassOf(Exceptions.KEY_ERROR)) {
                    return null;
                }
                throw e;
            }
        }

        @Override
        public Object put(String key, Object value) {
            Ops.setItem(mapping, key, value);
            return null;
        }

        @Override
        public Object remove(Object key) {
            Object old = get(key);
            if (old != null) {
                Ops.delItem(mapping, key);
            }
            return old;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    java.util.List<Entry<String, Object>> es = new java.util.ArrayList<>();
                    PyIterator it = Ops.iter(mapping);
                    for (Object k = it.next(); k != null; k = it.next()) {
                        es.add(new SimpleEntry<>(Ops.str(k), Ops.getItem(mapping, k)));
                    }
                    return es.iterator();
                }

                @Override
                public int size() {
                    return (int) Ops.len(mapping);
                }
            };
        }
    }
}
