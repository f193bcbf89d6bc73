package dev.tauraro.script.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Methods of the built-in value types ({@code str.split}, {@code list.append}, ...). */
final class BuiltinMethods {
    private BuiltinMethods() {
    }

    /**
     * {@code range.index(x)} and {@code range.count(x)}: an int is found by arithmetic; anything
     * else by comparing with each item, as CPython's sequence search does.
     */
    /** {@code slice.indices(length)}, for a length of any size. */
    private static PyTuple sliceIndices(PySlice s, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            throw Exceptions.typeError("slice.indices() takes exactly one argument (" + a.length + " given)");
        }
        Object n = Ops.indexInt(a[0]);
        if (Ops.big(n).signum() < 0) {
            throw Exceptions.valueError("length should not be negative");
        }
        if (n instanceof Long length) {
            long[] ix = Slices.indices(s, length);
            return new PyTuple(new Object[] {ix[0], ix[1], ix[2]});
        }
        java.math.BigInteger[] ix = Slices.indices(s, (java.math.BigInteger) n);
        return new PyTuple(new Object[] {Ops.normalize(ix[0]), Ops.normalize(ix[1]), Ops.normalize(ix[2])});
    }

    private static Object rangeSearch(PyRange r, String name, Object[] a, String[] k) {
        if (a.length != 1 || k != null && k.length > 0) {
            throw Exceptions.typeError("range." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        Object x = a[0];
        boolean index = name.equals("index");
        if (Ops.isInt(x)) { // an exact int is found by arithmetic, as CPython
            java.math.BigInteger n = Ops.big(x);
            boolean found = r.contains(n);
            if (!index) {
                return found ? 1L : 0L;
            }
            if (!found) {
                throw Exceptions.valueError(Ops.repr(x) + " is not in range");
            }
            return r.indexOf(n);
        }
        long i = 0;
        long count = 0;
        PyIterator it = r.iterator();
        for (Object v = it.next(); v != null; v = it.next(), i++) {
            if (Ops.sameOrEq(v, x)) {
                if (index) {
                    return i;
                }
                count++;
            }
        }
        if (index) {
            throw Exceptions.valueError("sequence.index(x): x not in sequence");
        }
        return count;
    }

    private static final Set<String> STR = Set.of("join", "split", "rsplit", "strip", "lstrip", "rstrip", "upper",
            "lower", "replace", "startswith", "endswith", "find", "rfind", "index", "count", "format", "isdigit",
            "isalpha", "isalnum", "isspace", "isupper", "islower", "title", "capitalize", "center", "ljust", "rjust",
            "zfill", "splitlines", "encode", "partition", "rpartition", "swapcase", "isidentifier", "casefold",
            "removeprefix", "removesuffix", "isnumeric", "isdecimal", "rindex", "expandtabs", "istitle",
            "isprintable", "isascii", "format_map", "translate", "maketrans");
    private static final Set<String> LIST = Set.of("append", "extend", "pop", "insert", "remove", "index", "count",
            "sort", "reverse", "copy", "clear");
    private static final Set<String> DICT = Set.of("get", "keys", "values", "items", "pop", "setdefault", "update",
            "copy", "clear", "popitem");
    /** The read-only part of {@code DICT}: a class's {@code __dict__} has only these. */
    private static final Set<String> PROXY = Set.of("get", "keys", "values", "items", "copy");
    private static final Set<String> SET = Set.of("add", "remove", "discard", "pop", "union", "intersection",
            "difference", "symmetric_difference", "issubset", "issuperset", "copy", "clear", "update",
            "isdisjoint", "intersection_update", "difference_update", "symmetric_difference_update");
    /** A frozenset has the set methods that make no change. */
    private static final Set<String> FROZENSET = Set.of("union", "intersection", "difference",
            "symmetric_difference", "issubset", "issuperset", "copy", "isdisjoint");
    private static final Set<String> TUPLE = Set.of("index", "count");

    /** The class methods of built-in types, which their instances have too ({@code {}.fromkeys}). */
    private static final List<String> CLASS_METHODS = List.of("fromhex", "fromkeys", "maketrans", "from_bytes");
    /** CPython 3.11's: {@code int.is_integer} came in 3.12. */
    private static final Set<String> INT = Set.of("bit_length", "to_bytes", "conjugate", "bit_count",
            "as_integer_ratio");
    private static final Set<String> FLOAT = Set.of("is_integer", "hex", "conjugate", "as_integer_ratio");
    private static final Set<String> BYTES = BytesMethods.NAMES;
    private static final Set<String> BYTEARRAY = byteArrayNames();

    private static Set<String> byteArrayNames() {
        Set<String> names = new java.util.HashSet<>(BytesMethods.NAMES);
        names.addAll(PyByteArray.MUTATORS);
        return Set.copyOf(names);
    }

    /** The public method names of a built-in value type, or null for other classes. */
    static Set<String> methodNames(PyClass c) {
        return c == Types.STR ? STR : c == Types.LIST ? LIST : c == Types.DICT ? DICT : c == Types.SET ? SET
                : c == Types.FROZENSET ? FROZENSET : c == Types.TUPLE ? TUPLE : c == Types.INT ? INT : c == Types.FLOAT ? FLOAT
                : c == Types.BYTES ? BYTES : c == Types.BYTEARRAY ? BYTEARRAY : null;
    }

    static Object attr(Object o, String name) {
        return attr(o, o, name);
    }

    /**
     * {@code o.name} for a built-in value {@code o}; {@code self} is the object the script looked the
     * attribute up on: {@code o} itself, or the built-in subclass instance holding it, which a dict's
     * views show as their {@code mapping}.
     */
    static Object attr(Object self, Object o, String name) {
        Object a = ownAttr(self, o, name);
        if (a == null && name.equals("__class__")) {
            return Ops.type(o); // every object has one: iterators, generators, ranges, views, ...
        }
        return a;
    }

    private static Object ownAttr(Object self, Object o, String name) {
        Set<String> names = o instanceof String ? STR : o instanceof PyList ? LIST : o instanceof PyDict ? (o instanceof MappingProxy ? PROXY : DICT)
                : o instanceof PySet set ? (set.frozen ? FROZENSET : SET) : o instanceof PyTuple ? TUPLE : Ops.isInt(o) ? INT
                : o instanceof Double ? FLOAT : o instanceof PyBytes ? BYTES
                : o instanceof PyByteArray ? BYTEARRAY : null;
        if (names != null) {
            return valueAttr(self, o, names, name);
        }
        if (o instanceof PyRange r) {
            return rangeAttr(r, name);
        }
        if (o instanceof PySlice s) {
            return sliceAttr(s, name);
        }
        if (o instanceof PyGenerator g) {
            return g.attr(name);
        }
        if (o instanceof DictView v) {
            return v.attr(name);
        }
        if (o instanceof PyTraceback tb) {
            return tb.attr(name);
        }
        if (o instanceof PyTraceback.Code c) {
            return c.attr(name);
        }
        if (o instanceof FrameView v) {
            return v.attr(name);
        }
        if (o instanceof PyCoroutine c) {
            return c.attr(name);
        }
        if (o instanceof PyAsyncGenerator g) {
            return g.attr(name);
        }
        if (o instanceof BoundMethod m) {
            return boundMethodAttr(m, name);
        }
        if (o instanceof BuiltinFunction f) {
            Object a = builtinFunctionAttr(f, name);
            if (a != null) {
                return a;
            }
        }
        if (o instanceof Descriptors.Property
                || o instanceof Descriptors.ClassMethod || o instanceof Descriptors.StaticMethod
                || o instanceof Slots.Member || o instanceof TupleGetter) {
            return DescriptorAttrs.attr(o, name);
        }
        if (o instanceof GetSetDescriptor g) {
            return g.attr(name);
        }
        if (o instanceof PyIterator it) {
            Object a = iteratorAttr(it, name);
            if (a != null) {
                return a;
            }
        }
        return JavaObjects.attr(o, name);
    }

    /**
     * An attribute of a value of a type with methods ({@link #methodNames}): a bound method, a class
     * method, a number's parts, else a special method. Each kind of object here has its method, so
     * that the JIT compiles the kinds a program reads attributes of, not all of them in one.
     */
    private static Object valueAttr(Object self, Object o, Set<String> names, String name) {
        if (names.contains(name)) {
            if (o instanceof PyDict && viewKind(name) >= 0) {
                return new BuiltinFunction(name, self, (a, k) -> view(self, name, a, k));
            }
            if (o instanceof PyList l) { // resolved once: a bound l.append called in a loop
                ListMethods.Method m = ListMethods.method(name);
                return new BuiltinFunction(name, self, (a, k) -> m.call(l, a, k));
            }
            if (o instanceof PySet set) {
                SetMethods.Method m = SetMethods.bound(name);
                return new BuiltinFunction(name, self, (a, k) -> m.call(set, a, k));
            }
            return new BuiltinFunction(name, self, (a, k) -> invoke(o, name, a, k));
        }
        if (CLASS_METHODS.contains(name)) {
            Object m = classAttr(Ops.type(self), name); // bound to the class, a subclass's for its instances
            if (m != null) {
                return m;
            }
        }
        if (Ops.isNumber(o)) {
            switch (name) {
                case "real":
                    return Ops.pos(o); // True.real is the int 1
                case "imag":
                    return o instanceof Double ? (Object) 0.0 : (Object) 0L;
                case "numerator":
                    return Ops.isInt(o) ? Ops.pos(o) : null;
                case "denominator":
                    return Ops.isInt(o) ? (Object) 1L : null;
                default:
                    break;
            }
        }
        if (name.equals("__class__")) {
            return Ops.type(o);
        }
        return BuiltinDunders.attr(o, o, name);
    }

    private static Object rangeAttr(PyRange r, String name) {
        return switch (name) {
            case "start" -> r.startValue();
            case "stop" -> r.stopValue();
            case "step" -> r.stepValue();
            case "index", "count" -> new BuiltinFunction(name, (a, k) -> rangeSearch(r, name, a, k));
            case "__reduce__" -> new BuiltinFunction(name, (a, k) -> r.reduce());
            default -> BuiltinDunders.attr(r, r, name);
        };
    }

    private static Object sliceAttr(PySlice s, String name) {
        return switch (name) {
            case "start" -> s.start();
            case "stop" -> s.stop();
            case "step" -> s.step();
            case "indices" -> new BuiltinFunction("indices", (a, k) -> sliceIndices(s, a, k));
            case "__reduce__" -> new BuiltinFunction(name, (a, k) -> new PyTuple(new Object[] {Types.SLICE, s.items()}));
            default -> BuiltinDunders.attr(s, s, name); // __hash__: None
        };
    }

    private static Object boundMethodAttr(BoundMethod m, String name) {
        return switch (name) {
            case "__call__" -> callWrapper(m);
            case "__self__" -> m.self;
            case "__func__" -> m.function;
            case "__name__" -> m.function instanceof PyFunction f ? f.name : null;
            case "__doc__", "__qualname__", "__module__" -> Ops.getAttrOrNull(m.function, name);
            // as CPython, the function's own attributes read through the method (unittest's skip marks)
            default -> m.function instanceof PyFunction f && f.dict != null ? f.dict.get(name) : null;
        };
    }

    /** An attribute a built-in function has of its own, or null. */
    private static Object builtinFunctionAttr(BuiltinFunction f, String name) {
        switch (name) {
            case "__call__":
                return callWrapper(f);
            case "__objclass__":
                if (f.objclass() != null) {
                    return f.objclass();
                }
                break;
            case "__name__":
                return f.name();
            case "__qualname__":
                return f.qualname();
            case "__module__":
                return f.module() == null ? PyNone.NONE : f.module();
            case "__self__":
                Object owner = f.selfAttribute();
                if (owner != null) {
                    return owner;
                }
                break;
            default:
                break;
        }
        return null;
    }

    /** {@code __next__}, {@code __length_hint__} (where the iterator has one) and {@code __iter__} of an iterator, or null. */
    private static Object iteratorAttr(PyIterator it, String name) {
        switch (name) {
            case "__next__":
                return new BuiltinFunction("__next__", (a, k) -> {
                    Object v = it.next();
                    if (v == null) {
                        throw Exceptions.newException(Exceptions.STOP_ITERATION);
                    }
                    return v;
                });
            case "__length_hint__":
                return it.lengthHint() == null ? null : new BuiltinFunction(name, it, (a, k) -> it.lengthHint());
            case "__iter__":
                return new BuiltinFunction("__iter__", it, (a, k) -> it); // an iterator is its own iterator
            default:
                return null;
        }
    }

    /**
     * {@code f.__call__} of a function, built-in, bound method or class: calling it calls
     * {@code f} (CPython's method-wrapper; here a built-in method bound to {@code f}).
     */
    static BuiltinFunction callWrapper(Object f) {
        return new BuiltinFunction("__call__", f, (a, k) -> Ops.callKw(f, a, k));
    }

    /** {@code object.__new__(cls, ...)} (and {@code BaseException.__new__}): a new, uninitialised instance of {@code cls}. */
    static final BuiltinFunction OBJECT_NEW = new BuiltinFunction("__new__", (a, k) -> {
        if (a.length == 0 || !(a[0] instanceof PyClass cls)) {
            throw Exceptions.typeError("object.__new__(X): X is not a type object");
        }
        Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
        if (cls.isBuiltin() && !cls.isException() && cls != Types.OBJECT) {
            return cls.construct(rest, k); // int.__new__(int, 5) is int(5)
        }
        return cls.allocate(rest, k);
    });

    /** The built-in iterator types with a {@code __length_hint__} ({@link PyIterator#lengthHint}). */
    private static final Set<PyClass> HINTED = Set.of(Types.LIST_ITERATOR, Types.LIST_REVERSEITERATOR,
            Types.TUPLE_ITERATOR, Types.STR_ASCII_ITERATOR, Types.STR_ITERATOR, Types.RANGE_ITERATOR,
            Types.DICT_KEYITERATOR, Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR, Types.DICT_REVERSEKEYITERATOR,
            Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR, Types.SET_ITERATOR,
            Types.BYTES_ITERATOR, Types.BYTEARRAY_ITERATOR, Types.REVERSED);

    /** Method descriptors of the built-in types, made once each (see {@link #classAttr}). */
    private static final Map<PyClass, Map<String, BuiltinFunction>> DESCRIPTORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The descriptor {@code c.name}, made once per type and name, as CPython's type dict holds it ({@code str.upper is str.upper}). */
    private static BuiltinFunction cachedDescriptor(PyClass c, String name,
                                                    java.util.function.Function<String, BuiltinFunction> make) {
        return DESCRIPTORS.computeIfAbsent(c, x -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(name, make);
    }

    /** The method descriptor {@code c.name} ({@code str.upper}): called with the instance first. */
    private static BuiltinFunction descriptor(PyClass c, String name) {
        if (c == Types.DICT && viewKind(name) >= 0) { // dict.keys(d): the view's mapping is d itself
            return BuiltinFunction.descriptor(name, c, (a, k) -> {
                if (a.length == 0) {
                    throw Exceptions.typeError("unbound method dict." + name + "() needs an argument");
                }
                if (!(PyDerived.unwrap(a[0]) instanceof PyDict)) {
                    throw Exceptions.descriptorMismatch(name, "dict", a);
                }
                return view(a[0], name, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            });
        }
        return BuiltinFunction.descriptor(name, c, (a, k) -> {
            if (a.length == 0 || k != null && a.length == k.length) {
                throw Exceptions.typeError("unbound method " + c.name + "." + name + "() needs an argument");
            }
            if (!Ops.isInstance(a[0], c)) {
                throw Exceptions.descriptorMismatch(name, c.name, a);
            }
            return invoke(PyDerived.unwrap(a[0]), name, java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
    }

    /**
     * {@code c.__dict__}: the class's own entries, and for a built-in type with methods its method
     * descriptors too ({@code 'upper' in str.__dict__}, {@code str.__dict__['upper'] is str.upper}).
     */
    static Map<String, Object> typeDict(PyClass c) {
        Set<String> names = c.isBuiltin() ? methodNames(c) : null;
        if (names == null) {
            return c.dictView();
        }
        Map<String, Object> d = new java.util.LinkedHashMap<>(c.dictView());
        d.putAll(GetSetDescriptor.own(c));
        for (String n : new java.util.TreeSet<>(names)) {
            d.putIfAbsent(n, classAttr(c, n));
        }
        for (String n : CLASS_METHODS) {   // the class methods
            Object v = classAttr(c, n);
            if (v != null) {
                d.putIfAbsent(n, v);
            }
        }
        return Collections.unmodifiableMap(d);
    }

    static Object classAttr(PyClass c, String name) {
        if (!c.isBuiltin()) {
            // a script class extending dict, str, ... inherits the base's class attributes (dict.fromkeys, ...)
            for (PyClass base : c.mro) {
                if (base.isBuiltin() && PyDerived.derivableBase(base) != null) {
                    Object inherited = name.equals("fromkeys") && base == Types.DICT ? fromkeys(c)
                            : classAttr(base, name);
                    if (inherited != null) {
                        return inherited;
                    }
                }
            }
        }
        if (c.isException()) {
            Object member = ExceptionMembers.classAttr(c, name);
            if (member != null) {
                return member;
            }
        }
        if (name.equals("__new__") && (c == Types.OBJECT || !c.isBuiltin() || PyDerived.derivableBase(c) != null)) {
            // a script class that defines no __new__ inherits object's (tzinfo.__new__(cls) in datetime)
            return OBJECT_NEW;
        }
        if (name.equals("__init__") && PyDerived.derivableBase(c) != null) {
            return new BuiltinFunction("__init__", (a, k) -> {
                if (a.length > 0 && a[0] instanceof PyDerived d) {
                    d.builtinInit(c, java.util.Arrays.copyOfRange(a, 1, a.length), k);
                }
                return PyNone.NONE;
            });
        }
        if (name.equals("__init__") && c.isException()) {
            // a script exception class without an __init__ of its own has its built-in base's
            // (Base.__init__(self, msg) in a subclass's __init__), not object's
            for (PyClass base : c.mro) {
                if (base.isBuiltin()) {
                    return exceptionInit(base);
                }
            }
        }
        if (c == Types.RANGE && (name.equals("count") || name.equals("index"))) {
            return cachedDescriptor(c, name, n -> BuiltinFunction.descriptor(n, c, (a, k) -> {
                if (a.length == 0 || !(a[0] instanceof PyRange r)) {
                    throw Exceptions.descriptorMismatch(n, "range", a);
                }
                return rangeSearch(r, n, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            }));
        }
        if (c == Types.BOOL && !name.startsWith("__")) {
            // bool's named methods are int's (bool.bit_length is int.bit_length); from_bytes makes a bool
            Object inherited = classAttr(Types.INT, name);
            return inherited != null && name.equals("from_bytes")
                    ? new BuiltinFunction("from_bytes", (a, k) -> Ops.truthy(Ops.callKw(inherited, a, k))) : inherited;
        }
        if (name.startsWith("__")) {
            Object dunder = BuiltinDunders.unbound(c, name);
            if (dunder != null) {
                return dunder;
            }
        }
        if (c == Types.INT && name.equals("from_bytes")) {
            return new BuiltinFunction("from_bytes", (a, k) -> {
                byte[] raw = Buffers.bytesOrNull(a[0]);
                raw = (raw != null ? raw : ((PyBytes) Types.BYTES.call(new Object[] {a[0]}, null)).bytes()).clone();
                Object order = a.length > 1 && (k == null || a.length - k.length > 1) ? a[1] : "big";
                boolean signed = false;
                if (k != null) {
                    for (int i = 0; i < k.length; i++) {
                        Object v = a[a.length - k.length + i];
                        if (k[i].equals("byteorder")) {
                            order = v;
                        } else if (k[i].equals("signed")) {
                            signed = Ops.truthy(v);
                        }
                    }
                }
                if (!"little".equals(order) && !"big".equals(order)) {
                    throw Exceptions.valueError("byteorder must be either 'little' or 'big'");
                }
                if ("little".equals(order)) {
                    for (int i = 0; i < raw.length / 2; i++) {
                        byte t = raw[i];
                        raw[i] = raw[raw.length - 1 - i];
                        raw[raw.length - 1 - i] = t;
                    }
                }
                java.math.BigInteger v = raw.length == 0 ? java.math.BigInteger.ZERO
                        : signed ? new java.math.BigInteger(raw) : new java.math.BigInteger(1, raw);
                return Ops.normalize(v);
            });
        }
        if (c == Types.FLOAT && name.equals("fromhex")) {
            return new BuiltinFunction("fromhex", (a, k) -> {
                String h = ((String) a[0]).strip().toLowerCase(java.util.Locale.ROOT);
                if (!h.contains("p")) {
                    h = h + "p0";
                }
                if (!h.startsWith("0x") && !h.startsWith("-0x") && !h.startsWith("+0x")) {
                    h = h.startsWith("-") ? "-0x" + h.substring(1) : "0x" + h;
                }
                return Double.parseDouble(h);
            });
        }
        if ((c == Types.BYTES || c == Types.BYTEARRAY) && name.equals("fromhex")) {
            return new BuiltinFunction("fromhex", (a, k) -> {
                byte[] b = BytesMethods.fromhex(a);
                return c == Types.BYTES ? new PyBytes(b) : new PyByteArray(b);
            });
        }
        if ((c == Types.BYTES || c == Types.BYTEARRAY) && name.equals("maketrans")) {
            return new BuiltinFunction("maketrans", (a, k) -> BytesMethods.maketrans(a));
        }
        if (c == Types.STR && name.equals("maketrans")) {
            return new BuiltinFunction("maketrans", (a, k) -> StrMethods.maketrans(a));
        }
        if (c == Types.DICT && name.equals("fromkeys")) {
            return fromkeys(c);
        }
        if (name.equals("__length_hint__") && HINTED.contains(c)) {
            return cachedDescriptor(c, name, n -> BuiltinFunction.descriptor(n, c, (a, k) -> {
                if (a.length != 1 || !(a[0] instanceof PyIterator it) || it.type() != c) {
                    throw Exceptions.descriptorMismatch("__length_hint__", c.name, a);
                }
                return it.lengthHint();
            }));
        }
        GetSetDescriptor attribute = GetSetDescriptor.of(c, name);
        if (attribute != null) {
            return attribute;
        }
        Set<String> names = methodNames(c);
        if (names != null && names.contains(name)) {
            // one descriptor per type and name, as CPython's type dict holds: str.upper is str.upper
            return cachedDescriptor(c, name, n -> descriptor(c, n));
        }
        // object.__setattr__, C.__repr__, type(None).__hash__: what every class inherits from object
        return ObjectMethods.get(name);
    }

    /**
     * {@code Exception.__init__} and the like, unbound: {@code (self, *args)} sets {@code self.args},
     * as a subclass's {@code __init__} calling {@code Exception.__init__(self, msg, opt)} expects
     * (getopt.GetoptError does). Without it the lookup found object's, which refuses arguments.
     */
    private static BuiltinFunction exceptionInit(PyClass c) {
        return new BuiltinFunction("__init__", (a, k) -> {
            if (a.length == 0 || !(a[0] instanceof PyBaseException e) || !Ops.type(e).isSubclassOf(c)) {
                throw Exceptions.wrapperMismatch("__init__", c.name, a);
            }
            if (k != null && k.length > 0) {
                throw Exceptions.typeError(Ops.typeName(e) + "() takes no keyword arguments");
            }
            e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        });
    }

    /** {@code cls.fromkeys(iterable, value=None)}: a dict, or {@code cls()} filled through its {@code __setitem__}. */
    private static BuiltinFunction fromkeys(PyClass cls) {
        return new BuiltinFunction("fromkeys", cls, (a, k) -> {
            BuiltinArgs.range("dict.fromkeys", "fromkeys", a, k, 1, 2);
            Object d = cls == Types.DICT ? new PyDict() : cls.call(Ops.NO_ARGS, null);
            Object v = a.length > 1 ? a[1] : PyNone.NONE;
            PyIterator it = Ops.iter(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) {
                Ops.setItem(d, x, v);
            }
            return d;
        });
    }

    /** str's method {@code name} for a call site to keep (the same ones {@link #callFast} takes), or null. */
    static StrMethods.Method strMethod(String name) {
        return STR.contains(name) ? StrMethods.checked(name) : null;
    }

    /** Fast path for hot methods; null when not handled here. */
    static Object callFast(Object o, String name, Object[] a, String[] k) {
        if (k != null) {
            return null;
        }
        if (o instanceof PyList l) {
            ListMethods.Method m = ListMethods.method(name);
            return m == null ? null : m.call(l, a, k);
        }
        if (o instanceof String && STR.contains(name) || o instanceof PyDict && DICT.contains(name)) {
            return invoke(o, name, a, k);
        }
        return null;
    }

    /** Which view {@code dict.name()} returns ({@link DictIterator#KEYS}, ...), or -1. */
    private static int viewKind(String name) {
        return switch (name) {
            case "keys" -> DictIterator.KEYS;
            case "values" -> DictIterator.VALUES;
            case "items" -> DictIterator.ITEMS;
            default -> -1;
        };
    }

    /** {@code owner.keys()} / {@code values()} / {@code items()}: a live view, made in O(1). */
    static DictView view(Object owner, String name, Object[] a, String[] k) {
        if (a.length > 0) {
            throw Exceptions.typeError((k != null && k.length > 0 ? "dict." + name + "() takes no keyword arguments"
                    : "dict." + name + "() takes no arguments (" + a.length + " given)"));
        }
        return DictView.of(owner, viewKind(name));
    }

    /**
     * {@code o.name(*a)} for a value of a type with methods; each type's own methods are a method
     * of their own, so that the JIT compiles the ones a program calls, not all in one.
     */
    static Object invoke(Object o, String name, Object[] a, String[] k) {
        if (o instanceof String s) {
            return StrMethods.callChecked(s, name, a, k);
        }
        if (o instanceof PyList l) {
            ListMethods.Method m = ListMethods.method(name);
            if (m != null) {
                return m.call(l, a, k);
            }
        }
        if (o instanceof PyDict d) {
            DictMethods.Method m = DictMethods.method(name);
            if (m != null) {
                return m.call(d, a, k);
            }
        }
        if (o instanceof PySet s) {
            SetMethods.Method m = SetMethods.method(name);
            if (m != null) {
                return m.call(s, a, k);
            }
        }
        if (o instanceof PyTuple t) {
            return name.equals("index") ? SequenceSearch.index(t, "tuple", a, k) : SequenceSearch.count(t, "tuple", a, k);
        }
        if (Ops.isInt(o)) {
            return intMethod(o, name, a, k);
        }
        if (o instanceof Double d) {
            return floatMethod(d, name);
        }
        if (o instanceof PyBytes b) {
            return BytesMethods.call(b.bytes(), "bytes", name, a, k, PyBytes::new);
        }
        if (o instanceof PyByteArray b) {
            Object r = b.mutate(name, a, k);
            return r != null ? r : BytesMethods.call(b.toArray(), "bytearray", name, a, k, PyByteArray::new);
        }
        throw Ops.noAttribute(o, name);
    }

    private static Object intMethod(Object o, String name, Object[] a, String[] k) {
        java.math.BigInteger v = Ops.big(o);
        switch (name) {
            case "bit_length":
                return (long) v.abs().bitLength();
            case "bit_count":
                return (long) v.abs().bitCount();
            case "as_integer_ratio":
                return new PyTuple(new Object[] {Ops.pos(o), 1L});
            case "to_bytes": {
                int len = a.length > 0 ? (int) Ops.toLong(a[0]) : 1;
                Object order = a.length > 1 ? a[1] : "big";
                if (k != null) {
                    for (int i = 0; i < k.length; i++) {
                        if (k[i].equals("byteorder")) {
                            order = a[a.length - k.length + i];
                        }
                    }
                }
                boolean signed = false;
                if (k != null) {
                    for (int i = 0; i < k.length; i++) {
                        if (k[i].equals("signed")) {
                            signed = Ops.truthy(a[a.length - k.length + i]);
                        }
                    }
                }
                if (len < 0) {
                    throw Exceptions.valueError("length argument must be non-negative");
                }
                if (!"little".equals(order) && !"big".equals(order)) {
                    throw Exceptions.valueError("byteorder must be either 'little' or 'big'");
                }
                if (v.signum() < 0 && !signed) {
                    throw Exceptions.newException(Exceptions.OVERFLOW_ERROR,
                            "can't convert negative int to unsigned");
                }
                if ((long) v.bitLength() + (signed ? 1 : 0) > 8L * len) {
                    throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "int too big to convert");
                }
                byte[] raw = v.toByteArray();
                byte[] out = new byte[len];
                if (v.signum() < 0) {
                    java.util.Arrays.fill(out, (byte) 0xff);
                }
                for (int i = 0; i < Math.min(len, raw.length); i++) {
                    out[len - 1 - i] = raw[raw.length - 1 - i];
                }
                if (order.equals("little")) {
                    for (int i = 0; i < len / 2; i++) {
                        byte t = out[i];
                        out[i] = out[len - 1 - i];
                        out[len - 1 - i] = t;
                    }
                }
                return new PyBytes(out);
            }
            default: // conjugate: the int itself (True's is 1)
                return Ops.pos(o);
        }
    }

    private static Object floatMethod(Double d, String name) {
        if (name.equals("is_integer")) {
            return !d.isInfinite() && d == Math.floor(d);
        }
        if (name.equals("hex")) {
            return floatHex(d);
        }
        if (name.equals("as_integer_ratio")) {
            if (d.isNaN()) {
                throw Exceptions.valueError("cannot convert NaN to integer ratio");
            }
            if (d.isInfinite()) {
                throw Exceptions.newException(Exceptions.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
            }
            java.math.BigDecimal bd = new java.math.BigDecimal(d);
            java.math.BigInteger num = bd.unscaledValue();
            java.math.BigInteger den = java.math.BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) {
                num = num.multiply(java.math.BigInteger.TEN.pow(-bd.scale()));
            }
            java.math.BigInteger g = num.gcd(den);
            return new PyTuple(new Object[] {Ops.normalize(num.divide(g)), Ops.normalize(den.divide(g))});
        }
        return d;
    }

    /** CPython's float.hex(): 0x1.<13 hex digits>p<exp>. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0 ? "-" : "") + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (exp >= 0 ? "+" : "") + exp;
    }
}
